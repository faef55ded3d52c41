import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { recordRequests, useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const headline = (id: string) =>
  page.locator(`[data-testid="headline-${id}"] .value`).textContent({ timeout: 60_000 });

async function open(query = '') {
  await page.goto(`${site}${query}`);
  await page
    .locator('[data-testid="chart-overtime_total"] svg')
    .first()
    .waitFor({ timeout: 60_000 });
}

describe('the dashboard in a real browser', () => {
  it('loads the demo data in DuckDB and draws the overtime charts, labelled as synthetic', async () => {
    const requests = recordRequests(page);
    await open();
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('synthetische');
    for (const id of [
      'overtime_total',
      'hours_worked',
      'outside_hours',
      'overtime_compensation',
      'home_on_time',
    ])
      await expect(
        page.locator(`[data-testid="chart-${id}"] svg`).count(),
      ).resolves.toBeGreaterThan(0);
    await expect(
      page.locator('[data-testid="chart-overtime_total"] figcaption').textContent(),
    ).resolves.toContain('Bron: DJS enquête 2024 — synthetische demodata');
    // All respondents: total overtime 10.2 h/week as published (DJS 2024).
    await expect(headline('overtime_total')).resolves.toBe('10,2');
    await expect(
      page.locator('[data-testid="headline-overtime_total"] .n').textContent(),
    ).resolves.toMatch(/n = 2\.0\d\d/);
    const origins = new Set(requests.map((u) => new URL(u).origin));
    expect([...origins].filter((o) => o !== new URL(site).origin && o !== 'null')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters to radiology and shows the published mean hours, and the URL follows', async () => {
    await open();
    await page.selectOption('select[name="specialty"]', 'radiologie');
    await page.waitForURL(/specialty=radiologie/);
    await expect.poll(() => headline('hours_worked'), { timeout: 30_000 }).toBe('44,3');
    await expect(headline('contract_hours')).resolves.toBe('39,1');
    await expect(headline('outside_hours')).resolves.toBe('3,3');
    // Valid answers plus those without an answer make up the 131 radiology respondents.
    const counts = await page.locator('[data-testid="headline-hours_worked"] .n').textContent();
    const [, n, missing] = /^n = (\d+)(?:; (\d+) zonder antwoord)?/.exec(counts ?? '') ?? [];
    expect(Number(n) + Number(missing ?? 0)).toBe(131);
    expect(errors).toEqual([]);
  });

  it('restores a shared view from its link, including the comparison', async () => {
    const query = '?specialty=radiologie&hospital_type=algemeen&compare=hospital_type';
    await open(query);
    const before = await headline('hours_worked');
    await expect(page.inputValue('select[name="specialty"]')).resolves.toBe('radiologie');
    await expect(page.inputValue('select[name="hospital_type"]')).resolves.toBe('algemeen');
    await expect(page.inputValue('select[name="compare"]')).resolves.toBe('hospital_type');
    await page.reload();
    await page
      .locator('[data-testid="chart-overtime_total"] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    await expect(headline('hours_worked')).resolves.toBe(before);
    expect(page.url()).toContain(query);
    // The table alternative lists the selection, its hospital-type group and the benchmark.
    const rows = await page
      .locator('[data-testid="chart-overtime_total"] details.table:first-of-type tbody tr')
      .allTextContents();
    // Every hospital type has a row, and so do those with it blank; the empty ones (all but the
    // filtered one) look exactly like suppressed ones. Ranked by value (issue 17): the group with
    // a figure first, then those too small to show by name, then the blanks.
    const labels = rows.map((r) => r.split(/\d|minder/)[0]);
    expect(labels).toEqual([
      'Radiologie · Algemeen ziekenhuis',
      'Algemeen ziekenhuis',
      'Categoraal / overig (incl. GGZ)',
      'STZ / topklinisch',
      'UMC',
      'Afgeschermd of onbekend',
      'Alle respondenten',
    ]);
    const hidden = rows.filter((r) => r.includes('minder dan 10 antwoorden'));
    expect(hidden.map((r) => r.split('minder')[0])).toEqual([
      'Categoraal / overig (incl. GGZ)',
      'STZ / topklinisch',
      'UMC',
      'Afgeschermd of onbekend',
    ]);
  });

  it('switches to English with the numbers formatted the English way', async () => {
    await open('?specialty=radiologie&lang=en');
    await expect(page.locator('h1').textContent()).resolves.toBe('DJS survey dashboard');
    await expect(headline('hours_worked')).resolves.toBe('44.3');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('ignores an unknown URL parameter with a visible notice, and still shows the charts', async () => {
    await open('?specialty=radiology&colour=red');
    const notice = await page.getByTestId('url-notices').textContent();
    expect(notice).toContain('specialty=radiology');
    expect(notice).toContain('radiologie');
    expect(notice).toContain('colour=red');
  });

  it('opens a link with a parameter repeated twice (a tracker tag), with one notice', async () => {
    // Two identical notices once gave Svelte a duplicate key: the page never left "laden".
    await open('?utm_source=x&utm_source=x');
    const notice = await page.getByTestId('url-notices').textContent();
    expect(notice!.split('utm_source=x')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('shows a clear error naming file, line and column when a data file is broken', async () => {
    // A host without the survey file the build made (survey-file.test.ts): the waves are read.
    await page.route(/\/assets\/survey-[\w-]+\.duckdb$/, (route) => route.fulfill({ status: 404 }));
    await page.route('**/assets/2024-*.csv', async (route) => {
      const original = await (await route.fetch()).text();
      const lines = original.split('\n');
      const header = lines[0]!.split(',');
      const cells = lines[5]!.split(',');
      cells[header.indexOf('hours_worked')] = 'veertig';
      lines[5] = cells.join(',');
      await route.fulfill({ body: lines.join('\n'), contentType: 'text/csv' });
    });
    await page.goto(site);
    const error = page.getByTestId('load-error');
    await error.waitFor({ timeout: 60_000 });
    const text = await error.textContent();
    expect(text).toContain('De gegevens konden niet worden geladen');
    // In the reader's language, like the rest of the page.
    expect(text).toContain(
      'data/waves/2024.csv, regel 6, kolom “hours_worked”: gevonden “veertig”, verwacht een getal van 0 tot en met 120',
    );
    await expect(page.locator('[data-testid="chart-overtime_total"]').count()).resolves.toBe(0);
  });
});
