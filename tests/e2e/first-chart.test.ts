import type { Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { duckdbReady, headlines, waitForDuckDb } from './support/duckdb';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/**
 * Holds the app's own JavaScript back until a request matching `asked` is made (or 10 s pass), so
 * that only the inline script in index.html can make it. Comparing resource timings instead was
 * racy: from a local server the app's script can arrive before the inline script has even run.
 * The function returned says whether the request came while the app was held.
 */
async function holdAppUntil(asked: RegExp): Promise<() => boolean> {
  let seen = false;
  let seenWithoutApp = false;
  const made = new Promise<void>((resolve) =>
    page.on('request', (r) => {
      if (!asked.test(r.url())) return;
      seen = true;
      resolve();
    }),
  );
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await Promise.race([made, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    seenWithoutApp = seen;
    await route.continue();
  });
  return () => seenWithoutApp;
}

describe('the first chart before DuckDB', () => {
  it('paints the default view from the build while the wasm is held back, identical to DuckDB', async () => {
    // Hold every DuckDB wasm download until the charts from the shipped results are on screen.
    const held: Route[] = [];
    await page.route(/\.wasm(\?|$)/, (route) => void held.push(route));
    await page.goto(`${site}?topic=burnout`);
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    const early = await headlines(page);
    // DuckDB starts once the page is quiet (src/app/engine-demand.ts), its wasm still held, and
    // says nothing: the reader asked for nothing it needs.
    await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('engine-progress').count()).resolves.toBe(0);
    expect(await headlines(page)).toEqual(early);
    expect(early.length).toBeGreaterThan(0);
    expect(early.join('\n')).not.toContain('undefined');

    // Let DuckDB load: the figures stay.
    for (const route of held) await route.continue();
    await page.unroute(/\.wasm(\?|$)/);
    await waitForDuckDb(page, 90_000);
    expect(await headlines(page)).toEqual(early);

    // The same view with the build's results blocked is computed by DuckDB: the same text.
    await page.route(/results-[^/]*\.json/, (route) => route.abort());
    await page.reload();
    await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 90_000 });
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    expect(await headlines(page)).toEqual(early);
    expect(errors).toEqual([]);
  });

  it('computes a filtered view with DuckDB when the shipped results are withheld, with no figure shown meanwhile', async () => {
    await page.route(/\.wasm(\?|$)/, () => undefined); // DuckDB never arrives
    await page.route(/results-[^/]*\.json/, (route) => route.abort());
    await page.goto(`${site}?topic=burnout&specialty=radiologie`);
    await page.getByTestId('engine-progress').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-testid^="headline-"]').count()).resolves.toBe(0);
  });
});

describe("the inline script's early requests", () => {
  /** How often each topic's results file was requested, once the page has settled. */
  async function resultsRequested(search: string, ready: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    page.on('request', (r) => {
      const m = /results-([a-z_]+)-[\w-]+\.json/.exec(r.url());
      if (m) counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
    });
    await page.goto(`${site}${search}`);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await waitForDuckDb(page, 60_000);
    return counts;
  }

  it('asks for the default topic’s results at once, and the app takes that response', async () => {
    // The default view draws from the default topic's results, which must not wait for the app,
    // nor be fetched a second time.
    const withoutApp = await holdAppUntil(/results-overtime-[\w-]+\.json/);
    await expect(resultsRequested('', '[data-testid="chart-overtime_total"] svg')).resolves.toEqual(
      {
        overtime: 1,
      },
    );
    // Asked for while the app's JavaScript was held back: by the inline script, not the app.
    expect(withoutApp()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('asks for the results of every topic a slide link shows, each once', async () => {
    // burnout is an item (its topic is burnout), job_rating an item of another topic.
    const counts = await resultsRequested(
      '?present=burnout,job_rating&specialty=radiologie',
      '[data-testid="presentation"] svg',
    );
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(Object.keys(counts).sort()).toEqual(['balance', 'burnout']);
    expect(errors).toEqual([]);
  });

  /** The DuckDB files a page asked for (GETs; DuckDB also asks for the wasm's headers). */
  function duckdbRequests(): { worker: string[]; wasm: string[]; start: number[] } {
    const asked = { worker: [] as string[], wasm: [] as string[], start: [] as number[] };
    const opened = Date.now();
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop()!;
      if (r.method() !== 'GET') return;
      if (/^duckdb-browser-\w+\.worker-/.test(file)) asked.worker.push(file);
      if (/^duckdb-\w+-[\w-]+\.wasm$/.test(file)) asked.wasm.push(file);
      if (/^engine-start-/.test(file)) asked.start.push(Date.now() - opened);
    });
    return asked;
  }

  it('starts DuckDB before the app’s JavaScript has arrived, and only once, on a link that needs it', async () => {
    const asked = duckdbRequests();
    const withoutApp = await holdAppUntil(/\/engine-start-[\w-]+\.js$/);
    await page.goto(`${site}?view=explore&q=burnout&by=workload`);
    await waitForDuckDb(page, 60_000);
    // One engine: one worker script, one wasm, whoever asked first (src/app/engine-start.ts).
    expect(asked.worker).toHaveLength(1);
    expect(asked.wasm).toHaveLength(1);
    // Its start asked for while the app's JavaScript was held back: by the inline script.
    expect(withoutApp()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('tells the links that need DuckDB at once by their last value, as the app reads them', async () => {
    const startedByScript = async (search: string) => {
      await page.goto(`${site}${search}`);
      await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
      return page.evaluate(() => (window as { __djsEngine?: boolean }).__djsEngine === true);
    };
    // A second split by a question needs DuckDB; a dimension, however given, does not.
    await expect(
      startedByScript('?view=explore&q=burnout&by=specialty&by2=workload'),
    ).resolves.toBe(true);
    await expect(startedByScript('?view=explore&q=burnout&by=workload&by=specialty')).resolves.toBe(
      false,
    );
    await expect(startedByScript('?view=explore&q=burnout&by=specialty&by=workload')).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('starts DuckDB on a page that does not need it only once the reader is quiet', async () => {
    const asked = duckdbRequests();
    await page.goto(`${site}?topic=burnout&specialty=radiologie`);
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    // A reader who keeps scrolling and picking: every figure from the build, no DuckDB.
    const select = page.locator('select[name="hospital_type"]');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, i % 2 ? -300 : 300);
      await select.selectOption(values[i % values.length]!);
      await page.waitForTimeout(500);
    }
    expect(asked.start).toEqual([]);
    await expect(duckdbReady(page)).resolves.toBe(false);
    // Then quiet: DuckDB starts, once.
    await waitForDuckDb(page, 60_000);
    expect(asked.start).toHaveLength(1);
    expect(asked.worker).toHaveLength(1);
    expect(asked.wasm).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe('DuckDB that cannot start', () => {
  const unloadable = () =>
    page.route(/duckdb-browser-\w+\.worker-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );

  it('says so above the figures the build shipped, instead of loading for ever', async () => {
    await unloadable();
    await page.goto(`${site}?topic=burnout&weighted=1`);
    const failure = page.getByTestId('engine-error');
    await failure.waitFor({ timeout: 60_000 });
    // In the page's language, naming the script, and not blaming a data file.
    const text = (await failure.textContent()) ?? '';
    expect(text).toMatch(/duckdb-browser-\w+\.worker-[\w-]+\.js/);
    expect(text).toContain('Dit bestand kon niet worden geladen of gestart');
    expect(text).toContain('Het rekenprogramma van de site (DuckDB) kon niet starten');
    expect(text).not.toContain('gegevensbestand');
    // The topic's charts, weighted too, are drawn from the shipped results all the same.
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('chart-burnout').textContent()).resolves.toContain(
      'Gewogen naar het aantal',
    );
    await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
    await expect(page.getByTestId('engine-progress').count()).resolves.toBe(0);
  });

  it('says so, naming it, when the wasm is not on the server', async () => {
    await page.route(/duckdb-\w+-[\w-]+\.wasm$/, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(`${site}?topic=burnout`);
    const failure = page.getByTestId('engine-error');
    await failure.waitFor({ timeout: 60_000 });
    const text = (await failure.textContent()) ?? '';
    expect(text).toMatch(
      /duckdb-\w+-[\w-]+\.wasm: Dit bestand kon niet worden geladen of gestart \(404/,
    );
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('engine-progress').count()).resolves.toBe(0);
  });

  it('says in the explorer that a split by a question needs it, in English too', async () => {
    await unloadable();
    await page.goto(`${site}?view=explore&q=burnout&by=workload&lang=en`);
    await page.getByTestId('engine-error').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('engine-error').textContent()).resolves.toContain(
      "The site's query engine (DuckDB) could not start",
    );
    const explorer = page.getByTestId('explorer');
    await expect
      .poll(() => explorer.textContent(), { timeout: 30_000 })
      .toContain('This table needs the site');
  });
});
