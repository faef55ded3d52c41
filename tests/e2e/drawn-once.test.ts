/**
 * Issue 19: the first charts of any view, weighted or not, come from what the build shipped (each
 * topic's query results: src/lib/query/shipped.ts), not from DuckDB, and DuckDB
 * becoming ready draws none of them again. Draws are counted by a MutationObserver on the Plot
 * hosts (`[data-plot]`, whose children PlotView replaces on every draw), keyed by chart and
 * position, so a chart remounted counts as drawn again too. DuckDB is held back by holding its
 * wasm (and worker) requests until the first charts are on screen, or never answered at all.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { duckdbReady, headlines, holdDuckDb as hold, waitForDuckDb } from './support/duckdb';

const site = inject('siteUrl');
const session = useBrowserPage({ width: 1280, height: 800 });
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const DUCKDB = /duckdb-[^/]*\.(wasm|js)(\?|$)/;

/** Counts every draw of every chart, from before the app's first script. */
const COUNTER = `(() => {
  const ids = new WeakMap();
  const draws = (window.__draws = {});
  const keyOf = (host) => {
    if (!ids.has(host)) {
      const frame = host.closest('[data-testid^="chart-"]');
      const name = frame ? frame.getAttribute('data-testid') : 'page';
      const index = frame ? [...frame.querySelectorAll('[data-plot]')].indexOf(host) : 0;
      let key = name + '#' + index;
      // The same chart and position mounted again is a new host: it counts under the same key.
      ids.set(host, key);
    }
    return ids.get(host);
  };
  new MutationObserver((records) => {
    for (const r of records)
      if (r.target instanceof Element && r.target.hasAttribute('data-plot') && r.addedNodes.length > 0) {
        const key = keyOf(r.target);
        draws[key] = (draws[key] || 0) + 1;
      }
  }).observe(document, { subtree: true, childList: true });
})();`;

const draws = (p: Page) =>
  p.evaluate(
    () => ({ ...(window as never as { __draws: object }).__draws }) as Record<string, number>,
  );

/** Holds every request for DuckDB's wasm and worker until `release` is called. */
const holdDuckDb = (p: Page) => hold(p, DUCKDB);

/** Waits until the page is quiet: charts off screen drawn when idle, nothing stale or busy. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(
    () =>
      document.querySelector(
        'section[data-busy="false"], [data-testid="explorer"][data-busy="false"]',
      ) !== null && document.querySelector('[data-stale]') === null,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  // Two idle periods in a row: the draw queue draws the charts further down when idle.
  for (let i = 0; i < 2; i++)
    await p.evaluate(
      () => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })),
    );
}

async function drawnOnceAcrossDuckDb(url: string, firstChart: string): Promise<void> {
  await page.addInitScript(COUNTER);
  const release = await holdDuckDb(page);
  await page.goto(url);
  await page.locator(`${firstChart} svg`).first().waitFor({ timeout: 60_000 });
  await settled(page);
  // Drawn while DuckDB could not have started: its wasm was never served.
  expect(await duckdbReady(page)).toBe(false);
  const before = await draws(page);
  const figures = await headlines(page);
  expect(Object.keys(before).length).toBeGreaterThan(0);

  await release();
  await waitForDuckDb(page, 90_000);
  await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 30_000 });
  await settled(page);
  const after = await draws(page);
  // Every chart drawn before DuckDB was ready is drawn no more after it.
  for (const [key, n] of Object.entries(before)) expect(after[key], key).toBe(n);
  // And no chart anywhere on the page was drawn twice (those drawn when idle included).
  for (const [key, n] of Object.entries(after)) expect(n, key).toBe(1);
  expect(await headlines(page)).toEqual(figures);
  expect(errors).toEqual([]);
}

describe('nothing drawn twice', () => {
  it('on the default view: DuckDB becoming ready draws no chart again', async () => {
    await drawnOnceAcrossDuckDb(site, '[data-testid^="chart-"]');
  });

  it('on a shared link with a filter and a compare-by, drawn before DuckDB', async () => {
    await drawnOnceAcrossDuckDb(
      `${site}?topic=burnout&specialty=radiologie&compare=hospital_type`,
      '[data-testid="chart-burnout"]',
    );
  });

  it('on a weighted link, drawn before DuckDB', async () => {
    await drawnOnceAcrossDuckDb(
      `${site}?topic=burnout&weighted=1&compare=hospital_type`,
      '[data-testid="chart-burnout"]',
    );
    // Weighted on screen: the switch on, the chart saying how it is weighted.
    await expect(page.locator('input[name="weighted"]').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('chart-burnout').textContent()).resolves.toContain(
      'Gewogen naar het aantal',
    );
  });
});

/** The headlines of a view as DuckDB computes them, the shipped results withheld. */
async function fromDuckDb(url: string): Promise<string[]> {
  const live = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1280, height: 800 } });
  await live.route(/results-[^/]*\.json/, (route) => route.abort());
  await live.goto(url);
  await waitForDuckDb(live, 90_000);
  await settled(live);
  const figures = await headlines(live);
  await live.close();
  return figures;
}

describe('before DuckDB, from the shipped results', () => {
  it.each(['', '&weighted=1'])(
    "opens the explorer's table of a question by a dimension (%s)",
    async (weighted) => {
      await holdDuckDb(page);
      await page.goto(`${site}?view=explore&q=burnout&by=specialty${weighted}`);
      await page
        .locator('[data-testid="explorer"][data-busy="false"] [data-testid="crosstab"]')
        .waitFor({ timeout: 60_000 });
      expect(await duckdbReady(page)).toBe(false);
      await expect(
        page.locator('[data-testid="crosstab"] tbody tr').count(),
      ).resolves.toBeGreaterThan(3);
      expect(errors).toEqual([]);
    },
  );

  it('redraws the first filter change with the figures DuckDB gives', async () => {
    // DuckDB never arrives: the change is answered from the topic's shipped results.
    await page.route(DUCKDB, () => undefined);
    await page.goto(`${site}?topic=burnout`);
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    await settled(page);
    const unfiltered = await headlines(page);
    const svg = await page.locator('[data-testid="chart-burnout"] [data-plot]').first().innerHTML();
    await page.selectOption('select[name="specialty"]', 'radiologie');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('specialty') === 'radiologie',
    );
    await settled(page);
    expect(await duckdbReady(page)).toBe(false);
    const filtered = await headlines(page);
    expect(filtered).not.toEqual(unfiltered);
    // The chart itself was drawn again.
    await expect(
      page.locator('[data-testid="chart-burnout"] [data-plot]').first().innerHTML(),
    ).resolves.not.toBe(svg);

    // The same view computed by DuckDB (the shipped results withheld): the same figures.
    expect(await fromDuckDb(`${site}?topic=burnout&specialty=radiologie`)).toEqual(filtered);
    expect(errors).toEqual([]);
  });

  it('draws a weighted link with the figures DuckDB gives, and not the unweighted ones', async () => {
    // DuckDB never arrives: the weights come from the trainee counts and the build's samples.
    await page.route(DUCKDB, () => undefined);
    const url = `${site}?topic=burnout&hospital_type=umc&weighted=1`;
    await page.goto(url);
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    await settled(page);
    expect(await duckdbReady(page)).toBe(false);
    const weighted = await headlines(page);
    expect(weighted.length).toBeGreaterThan(0);
    expect(await fromDuckDb(url)).toEqual(weighted);
    expect(await fromDuckDb(`${site}?topic=burnout&hospital_type=umc`)).not.toEqual(weighted);
    expect(errors).toEqual([]);
  });
});
