import type { Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const figures = (p: Page) =>
  p
    .locator('[data-testid^="headline-"]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-testid')}: ${e.textContent?.replace(/\s+/g, ' ')}`),
    );

describe('the first chart before DuckDB', () => {
  it('paints the default view from the build while the wasm is held back, identical to DuckDB', async () => {
    // Hold every DuckDB wasm download until the precomputed charts are on screen.
    const held: Route[] = [];
    await page.route(/\.wasm(\?|$)/, (route) => void held.push(route));
    await page.goto(`${site}?topic=burnout`);
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('engine-progress').isVisible()).resolves.toBe(true);
    const early = await figures(page);
    expect(early.length).toBeGreaterThan(0);
    expect(early.join('\n')).not.toContain('undefined');

    // Let DuckDB start: the progress goes, the figures stay.
    for (const route of held) await route.continue();
    await page.unroute(/\.wasm(\?|$)/);
    await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 90_000 });
    expect(await figures(page)).toEqual(early);

    // The same view with the build's figures blocked is computed by DuckDB: the same text.
    await page.route(/precomputed-[^/]*\.json/, (route) => route.abort());
    await page.reload();
    await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 90_000 });
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    expect(await figures(page)).toEqual(early);
    expect(errors).toEqual([]);
  });

  it('computes a filtered view with DuckDB when the shipped results are withheld, with no figure shown meanwhile', async () => {
    await page.route(/\.wasm(\?|$)/, () => undefined); // DuckDB never arrives
    await page.route(/results-[^/]*\.json/, (route) => route.abort());
    await page.goto(`${site}?topic=burnout&specialty=radiologie`);
    await page.getByTestId('engine-progress').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-testid^="headline-"]').count()).resolves.toBe(0);
  });
});
