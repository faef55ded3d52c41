import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { parseCsv } from './support/parse-csv';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

async function open(query = '') {
  await page.goto(`${site}${query}`);
  await page
    .locator('[data-testid="chart-overtime_total"] svg')
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Clicks and returns the downloaded file's suggested name and bytes. */
async function download(click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const exportButton = (chart: string, format: string) =>
  page.locator(`[data-testid="chart-${chart}"] button[data-export="${format}"]`);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * The numbers in a text, in order, in English notation ("2,034" is 2034; "< 5%" is 5); the "95%"
 * of a difference's "(95% CI -20.1 to -5.2)" is a name, not a figure.
 */
const numbers = (text: string) =>
  [
    ...text
      .replace(/fewer than 10 answers|too few to compare|95% CI/g, '')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .matchAll(/[-+]?\d+(?:\.\d+)?/g),
  ].map((m) => Number(m[0]));

describe('exports of a chart', () => {
  it('downloads a PNG at twice the size of the chart’s SVG, with title, n, filters and source', async () => {
    await open('?specialty=radiologie');
    const svg = await download(() => exportButton('overtime_total', 'svg').click());
    expect(svg.name).toBe('overwerk-totaal_radiologie_2024.svg');
    const text = svg.bytes.toString('utf8');
    // The SVG parses as XML in the browser, and carries what a reader needs to know.
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        text: root.textContent,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('Overwerk totaal');
    expect(parsed.text).toContain('Selectie: Radiologie (n = ');
    expect(parsed.text).toContain('Vergeleken met: Alle respondenten');
    expect(parsed.text).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    // As wide as the chart on screen, plus a margin either side.
    const plotWidth = Number(
      await page
        .locator('[data-testid="chart-overtime_total"] [data-plot] > svg')
        .first()
        .getAttribute('width'),
    );
    expect(parsed.width).toBe(plotWidth + 32);

    const png = await download(() => exportButton('overtime_total', 'png').click());
    expect(png.name).toBe('overwerk-totaal_radiologie_2024.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    expect(errors).toEqual([]);
  });

  it('downloads a CSV holding exactly the figures of the on-screen table', async () => {
    await open('?specialty=radiologie&compare=hospital_type&lang=en');
    for (const chart of ['hours_worked', 'home_on_time', 'overtime_compensation']) {
      const csv = await download(() => exportButton(chart, 'csv').click());
      expect(csv.name).toMatch(/_radiologie_per-hospital-type_2024\.csv$/);
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFFGroup,')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      const table = await page
        .locator(`[data-testid="chart-${chart}"] details.table`)
        .first()
        .evaluate((details) =>
          [...details.querySelectorAll('tbody tr')].map((tr) => ({
            label: tr.querySelector('th')!.textContent!.trim(),
            cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
          })),
        );
      // Under the chart's rows, one per figure DJS published for an earlier wave, as in the table
      // of published figures beside the trend (overtime_compensation: 2018).
      const published = await page
        .locator(`[data-testid="published-${chart}"] tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => ({
            year: tr.querySelector('th')!.textContent!.trim(),
            figure: tr.querySelector('td')!.textContent!.trim(),
          })),
        );
      const own = rows.slice(0, rows.length - published.length);
      published.forEach((p, i) => {
        const row = rows[own.length + i]!;
        expect(row[0]).toBe(`${p.year}, published (all respondents)`);
        expect(numbers(row.slice(1, -1).join(' '))).toEqual(numbers(p.figure));
      });
      expect(chart !== 'overtime_compensation' || published.length > 0, chart).toBe(true);
      expect(own.map((r) => r[0])).toEqual(table.map((r) => r.label));
      const significant = header!.findIndex((h) => h.startsWith('Significant'));
      own.forEach((row, i) => {
        const figures = row.slice(1, significant >= 0 ? significant : -1);
        expect(numbers(figures.join(' ')), `${chart}, ${row[0]}`).toEqual(
          numbers(table[i]!.cells.join(' ')),
        );
        // Suppressed on screen, suppressed in the file: only n and the note.
        if (table[i]!.cells.some((c) => c === 'fewer than 10 answers'))
          expect(row.at(-1)).toBe('fewer than 10 answers');
      });
    }
    expect(errors).toEqual([]);
  });

  it('downloads the chosen slides as one PowerPoint deck with a native chart per slide', async () => {
    await page.goto(`${site}?specialty=radiologie&present=burnout,overtime_total,home_on_time`);
    await page
      .locator('[data-testid="slide-3"] [data-plot] svg')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    const deck = await download(() => page.getByTestId('download-deck').click());
    expect(deck.name).toBe('presentatie_radiologie_2024.pptx');
    const zip = await JSZip.loadAsync(deck.bytes);
    // A title slide, the three charts, and a slide on method and privacy (tests/e2e/pptx.test.ts).
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(5);
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // Each chart, and beside it its trend over the two waves.
    expect(charts).toHaveLength(6);
    const first = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(first).toContain('Burn-outklachten');
    expect(first).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    expect(errors).toEqual([]);
  });

  it('copies a link that reopens exactly this view, in the language chosen', async () => {
    // The clipboard itself needs a permission a test browser does not give: record what is copied.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: async (text: string) => {
            (window as unknown as { copied: string }).copied = text;
          },
        },
      });
    });
    await open('?wave=2022&specialty=radiologie&benchmark=rest');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForURL(/lang=en/);
    await page.getByTestId('copy-link').first().click();
    await page.getByText('Link copied').first().waitFor();
    const link = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(link).toBe(page.url());
    expect(new URL(link).search).toBe('?wave=2022&specialty=radiologie&benchmark=rest&lang=en');
    const other = page;
    await other.goto('about:blank');
    await other.goto(link);
    await other
      .locator('[data-testid="chart-overtime_total"] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    await expect(other.locator('h1').textContent()).resolves.toBe('DJS survey dashboard');
    await expect(other.inputValue('select[name="wave"]')).resolves.toBe('2022');
    await expect(other.inputValue('select[name="specialty"]')).resolves.toBe('radiologie');
    await expect(other.inputValue('select[name="benchmark"]')).resolves.toBe('rest');
    expect(errors).toEqual([]);
  });
});
