import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

/**
 * Every comparison states the size of the difference with its 95% interval (issue 16): in the
 * chart's tooltip (an SVG <title> on the row's mark) and in its data table, in the reader's
 * language. Newcombe's interval for shares, in points; Welch's for means, in the item's unit.
 */

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

async function open(query: string, chart: string) {
  await page.goto(`${site}${query}`);
  await page.locator(`[data-testid="chart-${chart}"] [data-plot] svg`).first().waitFor({
    timeout: 60_000,
  });
}

/** The tooltips of a chart's marks, and the last column ("Difference from the rest") of its table. */
async function shown(chart: string) {
  const root = page.locator(`[data-testid="chart-${chart}"]`).first();
  const titles = await root.locator('[data-plot] svg title').allTextContents();
  const table = await root
    .locator('details.table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td:last-child')!.textContent!.trim()));
  return { titles, table };
}

const NUMBER = String.raw`[+-]?\d+[.,]\d`;

/** The three numbers of "-12.7 points (95% CI -20.1 to -5.2)", checked to be in order. */
function interval(text: string, pattern: RegExp): void {
  const match = pattern.exec(text);
  expect(match, text).not.toBeNull();
  const [diff, lo, hi] = match!.slice(1).map((s) => Number(s.replace(',', '.')));
  expect(lo!, text).toBeLessThanOrEqual(diff!);
  expect(diff!, text).toBeLessThanOrEqual(hi!);
}

describe('the size of a difference with its 95% interval', () => {
  it('in English: a mean chart’s tooltips and table, split by hospital type', async () => {
    await open('?specialty=radiologie&compare=hospital_type&lang=en', 'hours_worked');
    const { titles, table } = await shown('hours_worked');
    const text = new RegExp(
      String.raw`^(${NUMBER}) \(95% CI (${NUMBER}) to (${NUMBER})\), (no clear difference|better than the rest|worse than the rest|different from the rest)$`,
    );
    const compared = table.filter((c) => c !== '' && c !== 'too few to compare');
    // The selection against the rest of the wave, and at least one hospital type.
    expect(compared.length).toBeGreaterThanOrEqual(2);
    for (const cell of compared) interval(cell, text);
    // The chart says the same as the table, row by row, with the row's label.
    const tips = titles.filter((t) => t.includes('95% CI'));
    expect(tips.length).toBeGreaterThanOrEqual(compared.length);
    for (const cell of compared) expect(tips.some((t) => t.endsWith(`: ${cell}`))).toBe(true);
    expect(tips.some((t) => t.startsWith('Radiology: '))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('in Dutch: a share chart’s difference in procentpunt, "95%-BI … tot …"', async () => {
    await open('?topic=burnout&specialty=radiologie', 'burnout');
    const { titles, table } = await shown('burnout');
    const text = new RegExp(
      String.raw`^(${NUMBER}) procentpunt \(95%-BI (${NUMBER}) tot (${NUMBER})\), `,
    );
    // The selection, radiology, against the rest of the wave.
    interval(table[0]!, text);
    const tip = titles.find((t) => t.startsWith('Radiologie: '));
    expect(tip).toBe(`Radiologie: ${table[0]!}`);
    expect(errors).toEqual([]);
  });
});
