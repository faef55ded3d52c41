import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

// Charts below the fold are drawn when they scroll near, when the browser is idle, or before a
// print or export (src/app/charts/draw-queue.ts). These tests switch idle drawing off, so that
// a chart below the fold stays waiting until one of the other three draws it.

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const LAST = 'home_on_time';
const plot = (p: Page, chart: string) => p.locator(`[data-testid="chart-${chart}"] [data-plot]`);

async function openWithoutIdle(query: string) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto(`${site}${query}`);
  await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 90_000 });
  await page.locator('section[data-busy="false"] [data-plot] svg').first().waitFor();
}

/** Changes a filter and waits until the page's figures are the new view's. */
async function choose(specialty: string) {
  await page.selectOption('select[name="specialty"]', specialty);
  await page.waitForFunction(
    (value) =>
      new URL(location.href).searchParams.get('specialty') === value &&
      document.querySelector('section[data-busy="false"]') !== null,
    specialty,
  );
}

describe('charts below the fold', () => {
  it('are redrawn when they scroll near, with what a chart drawn at once shows', async () => {
    await openWithoutIdle('?topic=overtime');
    await choose('radiologie');
    // On screen or near it: redrawn with the change (a chart near the screen just after the next
    // paint). Further down: waiting, marked as showing older figures.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="chart-contract_hours"] [data-plot][data-stale]'),
    );
    await expect(plot(page, LAST).first().getAttribute('data-stale')).resolves.toBe('');

    await plot(page, LAST).first().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (chart) => !document.querySelector(`[data-testid="chart-${chart}"] [data-plot][data-stale]`),
      LAST,
    );
    const late = await plot(page, LAST).first().textContent();

    // The same view opened afresh, every chart drawn as soon as it can be.
    const fresh = await page
      .context()
      .browser()!
      .newPage({ viewport: { width: 1280, height: 900 } });
    await fresh.goto(`${site}?topic=overtime&specialty=radiologie`);
    await fresh.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 90_000 });
    await plot(fresh, LAST).first().scrollIntoViewIfNeeded();
    await fresh.waitForFunction(() => !document.querySelector('[data-plot][data-stale]'));
    const direct = await plot(fresh, LAST).first().textContent();
    await fresh.close();
    expect(late).toBeTruthy();
    expect(late).toBe(direct);
    expect(errors).toEqual([]);
  });

  it('are all drawn before the page is printed', async () => {
    await openWithoutIdle('?topic=overtime');
    await choose('heelkunde');
    await expect(page.locator('[data-plot][data-stale]').count()).resolves.toBeGreaterThan(0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('[data-plot][data-stale]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('are drawn with the current figures when downloaded before they were seen', async () => {
    await openWithoutIdle('?topic=overtime');
    await choose('radiologie');
    await expect(plot(page, LAST).first().getAttribute('data-stale')).resolves.toBe('');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-testid="chart-${LAST}"] button[data-export="svg"]`).click(),
    ]);
    const svg = (await readFile((await file.path())!)).toString('utf8');
    // The chart as now drawn on the page, with the selection's n in the footer.
    const drawn = await plot(page, LAST)
      .first()
      .locator(':scope > svg, :scope > figure > svg')
      .last()
      .textContent();
    expect(await plot(page, LAST).first().getAttribute('data-stale')).toBeNull();
    const text = await page.evaluate(
      (source) =>
        new DOMParser().parseFromString(source, 'image/svg+xml').documentElement.textContent,
      svg,
    );
    expect(text).toContain(drawn!);
    expect(text).toContain('Selectie: Radiologie (n = ');
    expect(errors).toEqual([]);
  });
});
