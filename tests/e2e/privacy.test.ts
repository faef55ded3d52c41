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

async function open(query: string) {
  await page.goto(`${site}${query}`);
  await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
  await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
}

/** The first table row (the selection) of every chart, as text. */
const selectionRows = () =>
  page
    .locator('[data-testid^="chart-"] details.table:first-of-type tbody tr:first-child')
    .allTextContents();

describe('no figure of fewer than 10 answers, and the label says so truly', () => {
  it('a URL asking for a group of fewer than 10 shows no figure of it anywhere on the page', async () => {
    await open('?topic=burnout&specialty=radiologie&hospital_type=categoraal&benchmark=rest');
    const values = await page.locator('[data-testid^="headline-"] .value').allTextContents();
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === '–')).toBe(true);
    const rows = await selectionRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/^Radiologie · Categoraal.*minder dan 10 antwoorden/);
    // "The rest" has hundreds of answers: shown (a strictly k-anonymous file makes it safe).
    const rest = await page
      .locator('[data-testid="chart-burnout"] details.table:first-of-type tbody tr:last-child')
      .textContent();
    expect(rest).toMatch(/^De rest/);
    expect(rest).not.toContain('minder dan 10 antwoorden');
    expect(errors).toEqual([]);
  });
});
