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

describe('no figure of a small group, and none derivable', () => {
  it('a URL asking for a group of fewer than 10 shows no figure anywhere on the page', async () => {
    await open('?topic=burnout&specialty=radiologie&hospital_type=categoraal&benchmark=rest');
    const values = await page.locator('[data-testid^="headline-"] .value').allTextContents();
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === '–')).toBe(true);
    const rows = await page
      .locator('[data-testid^="chart-"] details.table:first-of-type tbody tr')
      .allTextContents();
    // The selection and "the rest" (everyone minus the selection) are both hidden.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('minder dan 10 antwoorden');
    expect(errors).toEqual([]);
  });

  it('hides a large group whose complement in the wider view is 1–9 people', async () => {
    // Radiology has a handful of anios: "radiology, aios" would reveal them by subtraction.
    await open('?topic=burnout&specialty=radiologie&role=aios');
    const rows = await selectionRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^Radiologie · Aios.*minder dan 10 antwoorden/);
    await expect(
      page.locator('[data-testid="headline-burnout"] .value').textContent(),
    ).resolves.toBe('–');
  });

  it('hides at least two groups of a split when one is small, so none can be subtracted', async () => {
    await open('?topic=overtime&specialty=radiologie&compare=hospital_type');
    const rows = await page
      .locator('[data-testid="chart-hours_worked"] details.table:first-of-type tbody tr')
      .allTextContents();
    const hidden = rows.filter((r) => r.includes('minder dan 10 antwoorden'));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
  });
});
