import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { recordRequests, useBrowserPage } from './support/browser';
import { waitForDuckDb } from './support/duckdb';

/**
 * The site attaches the survey file the build made of the waves (src/build/survey-file.ts)
 * instead of fetching and reading the wave CSVs; a host without it, or with one DuckDB cannot
 * read, gets the CSVs read as before, and the same figures.
 */
const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
let warnings: string[];
beforeEach(() => {
  ({ page, errors } = session);
  warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
});

const SURVEY = /\/assets\/survey-[\w-]+\.duckdb$/;
const WAVES = /\/assets\/20\d\d-[\w-]+\.csv$/;

/** The explorer split by a question, which DuckDB alone computes: every cell's text. */
async function questionSplit(): Promise<string[]> {
  await page.goto(`${site}?view=explore&q=burnout&by=workload`);
  await page.locator('[data-testid="crosstab"] tr.group').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="explorer"][data-busy="false"]').waitFor({ timeout: 60_000 });
  return page
    .locator('[data-testid="crosstab"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim()));
}

describe('the survey in DuckDB', () => {
  it('is the survey file the build made, attached: no wave file is fetched', async () => {
    const requests = recordRequests(page);
    const table = await questionSplit();
    expect(table.length).toBeGreaterThan(3);
    expect(requests.filter((u) => SURVEY.test(u))).toHaveLength(1);
    expect(requests.filter((u) => WAVES.test(u))).toEqual([]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is read from the wave files when the host has no survey file, with the same figures', async () => {
    const attached = await questionSplit();
    const requests = recordRequests(page);
    await page.route(SURVEY, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const read = await questionSplit();
    expect(read).toEqual(attached);
    expect(requests.filter((u) => WAVES.test(u))).toHaveLength(2);
    expect(warnings.some((w) => w.includes('survey.duckdb') && w.includes('404'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is read from the wave files when DuckDB cannot read the survey file', async () => {
    await page.route(SURVEY, (route) =>
      route.fulfill({
        body: Buffer.from('not a database'),
        contentType: 'application/octet-stream',
      }),
    );
    const read = await questionSplit();
    expect(read.length).toBeGreaterThan(3);
    await waitForDuckDb(page, 60_000);
    expect(warnings.some((w) => w.startsWith('survey.duckdb:'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
