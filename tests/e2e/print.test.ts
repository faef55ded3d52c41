/**
 * Issue 18, points 3 and 4: printing. A topic page and a specialty's report are printed to PDF as
 * the "Afdrukken" buttons print them (laid out at an A4 page's width first), and the PDF is read
 * back through invisible links put at the top and foot of every chart drawing, trend, table row
 * and report question (support/pdf-marks.ts): none may be split over two pages, every page but
 * the last must be filled at least to its lower half, and every table must be in the PDF, open.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openTopic, useBrowserPage } from './support/browser';
import { waitForDuckDb } from './support/duckdb';
import { filledShares, markElements, pdfMarks, splitElements } from './support/pdf-marks';

const site = inject('siteUrl');
const session = useBrowserPage({ width: 1280, height: 900 });
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** Clicks a print button with the browser's print dialog replaced by a flag. */
async function printWith(button: string) {
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByTestId(button).click();
  await page.waitForFunction(() => (window as unknown as { printed: boolean }).printed, null, {
    timeout: 60_000,
  });
}

/** What a page break may not cut: a chart's drawing, a trend, a table row, a headline figure. */
const UNITS = '[data-plot], .trend, details.table tr, [data-testid="headlines"] > *';

async function printed(units: string) {
  // A chart redrawn after marking loses its marks: mark only once DuckDB is ready (its figures may
  // replace the shipped ones) and no chart waits to be redrawn.
  await waitForDuckDb(page, 60_000);
  await page.waitForFunction(() => document.querySelectorAll('[data-stale]').length === 0);
  const marked = await markElements(page, units);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return { marked, count: marked.length, pages: pdfMarks(pdf) };
}

describe('printing', () => {
  it('a topic page: A4, tables open, nothing split, no half-blank page, selection and source on every page', async () => {
    await openTopic(page, `${site}?specialty=radiologie&compare=hospital_type&topic=overtime`);
    await printWith('print-page');
    // Laid out at an A4 page's width: the charts were redrawn for it.
    await expect(
      page.evaluate(() => document.querySelector('main')!.clientWidth),
    ).resolves.toBeLessThan(700);
    await page.emulateMedia({ media: 'print' });
    const closed = await page.evaluate(
      () =>
        [...document.querySelectorAll('details.table')].filter(
          (d) => d.querySelector('table')!.getClientRects().length === 0,
        ).length,
    );
    expect(closed).toBe(0);
    // The margins of every page: title and selection on top, source and page number below.
    const margins = await page.evaluate(
      () => document.querySelector('style[data-testid="print-margins"]')?.textContent ?? '',
    );
    expect(margins).toContain('@top-left { content: "Overwerk · Radiologie"; }');
    expect(margins).toContain('"Bron: DJS enquête 2024 — synthetische demodata"');
    expect(margins).toContain('counter(page)');
    // Back to the screen's media before marking: a chart redrawn for another width would drop
    // the marks put in it.
    await page.emulateMedia({ media: null });
    await page.waitForFunction(() => document.querySelectorAll('[data-stale]').length === 0);

    const { marked, count, pages } = await printed(UNITS);
    expect(marked.filter((m) => m === 'tr').length).toBeGreaterThan(20);
    expect(marked.filter((m) => m.endsWith('[data-plot]')).length).toBeGreaterThan(10);
    // Every marked unit is in the PDF (the tables too: they print open) and none is split.
    expect(new Set(pages.marks.map((m) => m.n)).size).toBe(count);
    expect(splitElements(pages, count)).toEqual([]);
    const filled = filledShares(pages);
    expect(filled.length).toBeGreaterThan(1);
    for (const share of filled) expect(share).toBeGreaterThan(0.5);
    // A4 portrait (595 × 842 points).
    for (const h of pages.heights) expect(Math.round(h)).toBe(842);
    expect(errors).toEqual([]);
  });

  it('the report of a specialty: clean A4, no question or chart split, no half-blank page', async () => {
    await page.goto(`${site}?view=report&specialty=radiologie`);
    await page.locator('[data-testid="report"][data-busy="false"]').waitFor({ timeout: 90_000 });
    await printWith('report-print');
    await page.waitForFunction(() => document.querySelectorAll('[data-stale]').length === 0);
    // Each question's sentence, then its chart's drawing, then its table's rows.
    const { marked, count, pages } = await printed(
      `.report .item .sentence, ${UNITS.replace(', [data-testid="headlines"] > *', '')}`,
    );
    const questions = await page.locator('.report .item').count();
    expect(questions).toBeGreaterThan(25);
    expect(marked.filter((m) => m === 'p.sentence').length).toBe(questions);
    expect(new Set(pages.marks.map((m) => m.n)).size).toBe(count);
    expect(splitElements(pages, count)).toEqual([]);
    // A question's sentence is on the page where its chart begins.
    const top = (n: number) => pages.marks.find((m) => m.n === n && m.kind === 'top')!.page;
    marked.forEach((m, n) => {
      if (m === 'p.sentence') expect(top(n + 1), `question ${n}`).toBe(top(n));
    });
    for (const share of filledShares(pages)) expect(share).toBeGreaterThan(0.5);
    const margins = await page.evaluate(
      () => document.querySelector('style[data-testid="print-margins"]')?.textContent ?? '',
    );
    expect(margins).toContain('"Radiologie — DJS enquête 2024"');
    expect(errors).toEqual([]);
  });
});
