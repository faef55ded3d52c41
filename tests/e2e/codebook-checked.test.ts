import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { waitForDuckDb } from './support/duckdb';

/**
 * The codebook the build checked is not checked again in the browser (its SHA-256 is in the
 * JavaScript), so the checks' code is not even fetched; a codebook changed on the host is checked
 * in full and a wrong one named with its paths, as before.
 */
const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** The JavaScript files the page fetched whose text has the codebook checks' own wording. */
function checksFetched(): () => Promise<string[]> {
  const found: Promise<string | null>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    found.push(
      response
        .text()
        .then((text) =>
          text.includes('expected a non-empty array of answer codes') ? response.url() : null,
        )
        .catch(() => null),
    );
  });
  return async () => (await Promise.all(found)).filter((url): url is string => url !== null);
}

describe('the codebook in the browser', () => {
  it('is not checked again when it is the file the build checked: the checks are not loaded', async () => {
    const fetched = checksFetched();
    await page.goto(site);
    await page
      .locator('[data-testid="chart-overtime_total"] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    await waitForDuckDb(page, 60_000);
    await expect(fetched()).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is checked in full when it was changed on the host, and a wrong one is named with its path', async () => {
    const fetched = checksFetched();
    await page.route('**/assets/codebook-*.json', async (route) => {
      const book = (await (await route.fetch()).json()) as { items: { type?: string }[] };
      book.items[0]!.type = 'slider';
      await route.fulfill({ body: JSON.stringify(book), contentType: 'application/json' });
    });
    await page.goto(site);
    const error = page.getByTestId('load-error');
    await error.waitFor({ timeout: 60_000 });
    const text = await error.textContent();
    expect(text).toContain('data/codebook.json');
    expect(text).toContain('items[0].type');
    expect(text).toMatch(/expected one of/);
    expect(await fetched()).toHaveLength(1);
  });
});
