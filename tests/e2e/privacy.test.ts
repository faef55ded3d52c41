import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

describe('no figure of fewer than 10 answers, and the label says so truly', () => {
  it('a URL asking for a group of fewer than 10 shows no figure of it, only which filter to remove', async () => {
    await page.goto(
      `${site}?topic=burnout&specialty=radiologie&hospital_type=categoraal&benchmark=rest`,
    );
    const empty = page.getByTestId('empty-state');
    await empty.waitFor({ timeout: 60_000 });
    // No chart and no headline figure of the selection (the empty state replaces them).
    expect(await page.locator('[data-testid^="chart-"]').count()).toBe(0);
    const values = await page.locator('[data-testid^="headline-"] .value').allTextContents();
    expect(values.every((v) => v === '–')).toBe(true);
    // Each filter it offers to remove leaves a group of 10 or more, and says how many.
    const text = (await empty.textContent()) ?? '';
    const counts = [...text.matchAll(/(\d[\d.]*) respondenten/g)].map((m) =>
      Number(m[1]!.replaceAll('.', '')),
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  });
});
