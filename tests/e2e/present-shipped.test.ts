/**
 * Issue 19: the slides (`?present=…`) and a specialty's report (`?view=report`) draw from the
 * results the build shipped (src/lib/query/shipped.ts), as the topic pages do, without waiting
 * for DuckDB: its wasm is held unanswered, and the figures shown are then compared with those
 * DuckDB computes for the same link on a page that gets no shipped results. And the slides are a
 * chunk of their own, not in the first view's JavaScript.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { duckdbReady, holdDuckDb as hold, waitForDuckDb } from './support/duckdb';

const site = inject('siteUrl');
const viewport = { width: 1280, height: 800 };
const session = useBrowserPage(viewport);
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const DUCKDB = /duckdb-[^/]*\.wasm(\?|$)/;
const RESULTS = /results-[^/]*\.json(\?|$)/;

/** Holds every request for DuckDB's wasm until `release` is called. */
const holdDuckDb = (p: Page) => hold(p, DUCKDB);

/** A page on which DuckDB computes everything: the build's results are not served. */
async function withoutShipped(): Promise<Page> {
  const live = await page.context().browser()!.newPage({ viewport });
  await live.route(RESULTS, (route) => route.abort());
  return live;
}

// Items of three topics (a yes/no, a 1–10 mean, a frequency, a multi-select), filtered and split.
const SLIDES =
  '?present=burnout,job_rating,home_on_time,burnout_cause&specialty=radiologie&compare=hospital_type&slide=2';

/**
 * Every slide's words and numbers once all are drawn: the title (the takeaway, with its figures),
 * the chart's summary and table, the chart's and the trend's text, the footer with n, interval and
 * test. Every slide is laid out, the hidden ones too.
 */
async function slides(p: Page): Promise<string[]> {
  const slide = p.locator('[data-testid^="slide-"][data-item]');
  await slide.first().waitFor({ state: 'attached', timeout: 60_000 });
  const count = await slide.count();
  await p.waitForFunction(
    (n) =>
      document.querySelectorAll('.slide [data-testid="slide-chart"] [data-plot] svg').length >= n &&
      document.querySelector('.presentation [data-stale]') === null,
    count,
    { timeout: 60_000, polling: 100 },
  );
  return slide.evaluateAll((els) =>
    els.map(
      (e) =>
        `${e.getAttribute('data-item')}: ${[...e.querySelectorAll('h2, .sr-only, details.table, [data-plot] svg text, footer')].map((n) => n.textContent?.replace(/\s+/g, ' ').trim()).join(' | ')}`,
    ),
  );
}

describe('slides before DuckDB, from the shipped results', () => {
  it("are not in the first view's JavaScript: their chunk comes when they are opened", async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(site);
    await page.locator('[data-testid^="chart-"] svg').first().waitFor({ timeout: 60_000 });
    const presentation = (list: string[]) =>
      list.filter((p) => /\/Presentation-[\w-]+\.js$/.test(p));
    expect(scripts.length).toBeGreaterThan(0);
    expect(presentation(scripts)).toEqual([]);
    await page.getByTestId('present-topic').click();
    await page.locator('.slide.current [data-plot] svg').first().waitFor({ timeout: 60_000 });
    expect(presentation(scripts)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('draws a filtered, split slide link with the figures DuckDB gives', async () => {
    const release = await holdDuckDb(page);
    await page.goto(`${site}${SLIDES}`);
    await page
      .locator('[data-testid="slide-2"] [data-testid="slide-chart"] [data-plot] svg')
      .waitFor({ timeout: 60_000 });
    const shipped = await slides(page);
    // Drawn while DuckDB could not have started: its wasm was never served.
    expect(await duckdbReady(page)).toBe(false);
    expect(shipped.map((s) => s.split(':')[0])).toEqual([
      'burnout',
      'job_rating',
      'home_on_time',
      'burnout_cause',
    ]);
    expect(shipped[1]).toMatch(/\d+,\d/);
    await expect(page.getByTestId('slide-number').textContent()).resolves.toBe('Dia 2 van 4');

    // The same link computed by DuckDB alone.
    const live = await withoutShipped();
    await live.goto(`${site}${SLIDES}`);
    await waitForDuckDb(live, 90_000);
    expect(await slides(live)).toEqual(shipped);
    await live.close();

    // DuckDB becoming ready changes nothing on the slides.
    await release();
    await waitForDuckDb(page, 90_000);
    expect(await slides(page)).toEqual(shipped);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('a specialty report before DuckDB, from the shipped results', () => {
  const REPORT = '?view=report&specialty=radiologie';
  const sentences = (p: Page) =>
    p
      .locator('[data-testid="report"][data-busy="false"] [data-testid^="report-sentence-"]')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-testid')}: ${e.textContent?.trim()}`),
      );

  it('writes the report with the figures DuckDB gives', async () => {
    await holdDuckDb(page);
    await page.goto(`${site}${REPORT}`);
    await page
      .locator('[data-testid="report"][data-busy="false"] [data-testid="report-intro"]')
      .waitFor({ timeout: 60_000 });
    const shipped = {
      intro: await page.getByTestId('report-intro').textContent(),
      sentences: await sentences(page),
    };
    expect(await duckdbReady(page)).toBe(false);
    expect(shipped.sentences.length).toBeGreaterThan(20);

    const live = await withoutShipped();
    await live.goto(`${site}${REPORT}`);
    await waitForDuckDb(live, 90_000);
    await live
      .locator('[data-testid="report"][data-busy="false"] [data-testid="report-intro"]')
      .waitFor({ timeout: 60_000 });
    expect({
      intro: await live.getByTestId('report-intro').textContent(),
      sentences: await sentences(live),
    }).toEqual(shipped);
    await live.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
