import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Sent, Transfer } from './serve';
import { transfer } from './serve';

interface ChangeTiming {
  select: string;
  value: string;
  /** From the select's input event to every chart on screen redrawn in the DOM. */
  domMs: number;
  /** To every chart of the page redrawn, those below the fold included (drawn when idle). */
  allMs: number;
  /** The same, to the next animation frame (the redraw painted). */
  paintMs: number;
}

/**
 * A real key press on a filter (Playwright's keyboard, through Chromium's input pipeline): the
 * specialty select focused, ArrowDown or ArrowUp pressed, which picks the next value.
 */
interface KeyTiming {
  key: string;
  select: string;
  /** The value the key picked. */
  value: string;
  /** The keydown's timeStamp, ms since navigation start. */
  at: number;
  /** Whether the key was pressed before DuckDB was ready (mark djs:duckdb-ready). */
  beforeDuckDb: boolean;
  /**
   * The interaction's duration as Event Timing reports it (INP's definition: the largest
   * duration of its entries, keydown and keyup: input delay + processing + presentation until
   * the next paint), rounded by the browser to 8 ms. Null: no entry of 16 ms or more (the
   * observer's threshold), so the interaction took under 16 ms.
   */
  durationMs: number | null;
  /** Of the longest entry: from the key's timeStamp to its handlers starting. */
  inputDelayMs?: number;
  /** Of the longest entry: its handlers (and the select's default action) running. */
  processingMs?: number;
  /** From the select's input event to every chart on screen redrawn (probe.js). */
  domMs: number;
  /** The same, to the next animation frame. */
  paintMs: number;
}

export interface LoadResult {
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  /** Milliseconds since navigation start (performance.now() in the page), to the next frame. */
  firstChartMs?: number;
  /** DuckDB's wasm instantiated and the database open (mark djs:duckdb-open). */
  duckdbOpenMs?: number;
  /** The data loaded into DuckDB: filter changes can be answered (mark djs:duckdb-ready). */
  duckdbReadyMs?: number;
  /** Where duckdbReadyMs came from: the page's performance mark, or the loading panel. */
  duckdbReadySource?: 'mark' | 'loading-panel';
  interactiveMs?: number;
  /** The whole default view drawn: not busy, every chart frame with its svg. */
  settledMs?: number;
  /** A filter change made as soon as possible after load, done (since navigation start). */
  firstChangeDoneMs?: number;
  firstChange?: ChangeTiming;
  /** Whether that change was made (its input event) before DuckDB was ready. */
  firstChangeBeforeDuckDb?: boolean;
  changes: ChangeTiming[];
  /** Real key presses on a filter, timed with Event Timing. */
  keys?: KeyTiming[];
  /** Main-thread JS heap (CDP Runtime.getHeapUsage) after load and after the filter changes. */
  heapAfterLoad?: number;
  heapAfterChanges?: number;
  /**
   * Resident memory of the page's renderer process, which also holds DuckDB's worker and its
   * wasm memory (the worker's heap is not visible to CDP from the page).
   */
  rendererRssAfterLoad?: number;
  rendererRssAfterChanges?: number;
  /** What the server sent until the default view was complete. */
  transfer?: Transfer;
}

export interface LoadOptions {
  url: string;
  timeoutMs: number;
  /** Timed filter changes after the first one (the dashboard only). */
  changes: number;
  /**
   * Real key presses on the specialty select (the dashboard only): half right after the first
   * filter change (before DuckDB is ready, as a rule), the rest once DuckDB is ready.
   */
  keys?: number;
  /** The reference page has no filters: only its first chart is timed. */
  kind: 'dashboard' | 'reference';
  /** The site server's log of responses (appended to while the page loads). */
  sent: Sent[];
  /** Default 1280×900. */
  viewport?: { width: number; height: number };
  /**
   * The first filter change, when not the plan's: a link that filters by specialty already
   * changes hospital type (a select set to the value it has is no change).
   */
  firstChange?: { select: string; value: string };
}

const PROBE = path.join(import.meta.dirname, 'probe.js');

interface Marks {
  firstChart?: number;
  firstChartPaint?: number;
  loadingGone?: number;
  duckdbOpen?: number;
  duckdbMark?: number;
  interactive?: number;
  settled?: number;
  error?: string;
}

interface PageKey {
  key: string;
  name: string;
  at: number;
}

interface PageEvent {
  name: string;
  type: string;
  interactionId: number;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}

interface PageChange {
  name: string;
  value: string;
  start: number;
  dom?: number;
  paint?: number;
  all?: number;
}

async function heap(cdp: CDPSession): Promise<number> {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function rendererPids(browserCdp: CDPSession): Promise<number[]> {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The largest renderer started for this load: the page's (a spare renderer is small). */
async function rendererRss(
  browserCdp: CDPSession,
  before: Set<number>,
): Promise<number | undefined> {
  const sizes = (await rendererPids(browserCdp)).filter((p) => !before.has(p)).map(rss);
  return sizes.length ? Math.max(...sizes) : undefined;
}

/** The select's values other than "all", in page order. */
async function optionValues(page: Page, name: string): Promise<string[]> {
  return page.$$eval(`select[name="${name}"] option`, (options) =>
    options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
  );
}

async function timeChange(
  page: Page,
  select: string,
  value: string,
  timeoutMs: number,
): Promise<ChangeTiming> {
  const index = (await page.evaluate('window.__bench.changes.length')) as number;
  await page.selectOption(`select[name="${select}"]`, value, { timeout: timeoutMs });
  await page.waitForFunction(
    `(() => { const c = window.__bench.changes[${index}]; ` +
      `return c && c.paint !== undefined && c.all !== undefined; })()`,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  const c = (await page.evaluate(`window.__bench.changes[${index}]`)) as PageChange;
  return {
    select,
    value,
    domMs: c.dom! - c.start,
    paintMs: c.paint! - c.start,
    allMs: c.all! - c.start,
  };
}

/** A key press in flight: its keydown and the filter change it made, before Event Timing. */
interface Pressed {
  key: string;
  select: string;
  value: string;
  keyIndex: number;
  change: PageChange;
}

/**
 * Presses ArrowDown (ArrowUp at the last value) on the focused select, as a keyboard user picks
 * the next specialty, and waits until the page has redrawn every chart, those below the fold
 * too, so that no press overlaps the work of the one before.
 */
async function pressKey(page: Page, select: string, timeoutMs: number): Promise<Pressed> {
  const selector = `select[name="${select}"]`;
  await page.focus(selector, { timeout: timeoutMs });
  const { index, last } = (await page.$eval(selector, (el) => ({
    index: (el as HTMLSelectElement).selectedIndex,
    last: (el as HTMLSelectElement).options.length - 1,
  }))) as { index: number; last: number };
  const key = index < last ? 'ArrowDown' : 'ArrowUp';
  const [changeIndex, keyIndex] = (await page.evaluate(
    '[window.__bench.changes.length, window.__bench.keys.length]',
  )) as [number, number];
  await page.keyboard.press(key);
  await page.waitForFunction(
    `(() => { const c = window.__bench.changes[${changeIndex}]; ` +
      `return c && c.paint !== undefined && c.all !== undefined; })()`,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  const change = (await page.evaluate(`window.__bench.changes[${changeIndex}]`)) as PageChange;
  const value = await page.$eval(selector, (el) => (el as HTMLSelectElement).value);
  if (change.value !== value) throw new Error(`${key} on ${select}: no change to ${value}`);
  return { key, select, value, keyIndex, change };
}

/**
 * Each press's interaction, from the Event Timing entries of the page: those with an
 * interactionId whose start falls between its keydown and the next press's, the longest of them.
 */
function keyTimings(
  pressed: Pressed[],
  keys: PageKey[],
  events: PageEvent[],
  duckdbReady: number | undefined,
): KeyTiming[] {
  return pressed.map((p, i) => {
    const at = keys[p.keyIndex]?.at;
    if (at === undefined) throw new Error(`${p.key} on ${p.select}: no keydown seen`);
    const until = keys[pressed[i + 1]?.keyIndex ?? keys.length]?.at ?? Infinity;
    const own = events
      .filter((e) => e.interactionId > 0 && e.startTime >= at - 1 && e.startTime < until - 1)
      .sort((a, b) => b.duration - a.duration);
    const longest = own[0];
    return {
      key: p.key,
      select: p.select,
      value: p.value,
      at,
      beforeDuckDb: duckdbReady === undefined || at < duckdbReady,
      durationMs: longest ? longest.duration : null,
      ...(longest
        ? {
            inputDelayMs: longest.processingStart - longest.startTime,
            processingMs: longest.processingEnd - longest.processingStart,
          }
        : {}),
      domMs: p.change.dom! - p.change.start,
      paintMs: p.change.paint! - p.change.start,
    };
  });
}

/**
 * The filter changes: specialty and hospital type in turn, each cycling through its values and
 * back to "all" now and then, so that every change asks for new figures.
 */
function changePlan(
  specialties: string[],
  hospitalTypes: string[],
  count: number,
  offset: number,
): { select: string; value: string }[] {
  const plan: { select: string; value: string }[] = [];
  const cycle = (values: string[], i: number) => [...values, ''][i % (values.length + 1)]!;
  for (let i = 0; i < count; i++) {
    const k = offset + i;
    plan.push(
      k % 2 === 0
        ? { select: 'specialty', value: cycle(specialties, k >> 1) }
        : { select: 'hospital_type', value: cycle(hospitalTypes, k >> 1) },
    );
  }
  return plan;
}

function readMarks(result: LoadResult, marks: Marks): void {
  result.firstChartMs = marks.firstChartPaint;
  result.duckdbOpenMs = marks.duckdbOpen;
  if (marks.duckdbMark !== undefined) {
    result.duckdbReadyMs = marks.duckdbMark;
    result.duckdbReadySource = 'mark';
  } else if (marks.loadingGone !== undefined) {
    result.duckdbReadyMs = marks.loadingGone;
    result.duckdbReadySource = 'loading-panel';
  }
  result.interactiveMs = marks.interactive;
  result.settledMs = marks.settled;
}

/** One cold load in a fresh browser context with the HTTP cache disabled. */
export async function coldLoad(
  browser: Browser,
  browserCdp: CDPSession,
  options: LoadOptions,
  runIndex: number,
): Promise<LoadResult> {
  const before = new Set(await rendererPids(browserCdp));
  const sentBefore = options.sent.length;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const result: LoadResult = { status: 'ok', changes: [] };
  let page: Page | undefined;
  try {
    await context.addInitScript({ path: PROBE });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const deadline = Date.now() + options.timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());

    await page.goto(options.url, { waitUntil: 'commit', timeout: left() });
    const ready =
      options.kind === 'reference'
        ? 'window.__bench.marks.firstChartPaint !== undefined'
        : 'window.__bench.marks.settled !== undefined && ' +
          'window.__bench.marks.interactive !== undefined && ' +
          'window.__bench.marks.firstChartPaint !== undefined';
    // An error panel ends the wait at once instead of at the timeout.
    await page.waitForFunction(
      `window.__bench.marks.error !== undefined || (${ready})`,
      undefined,
      {
        timeout: left(),
        polling: 100,
      },
    );
    const shown = (await page.evaluate('window.__bench.marks.error')) as string | undefined;
    if (shown !== undefined) throw new Error(`the page shows an error: ${shown}`);
    result.heapAfterLoad = await heap(cdp);
    result.rendererRssAfterLoad = await rendererRss(browserCdp, before);
    result.transfer = transfer(options.sent.slice(sentBefore));

    if (options.kind === 'dashboard') {
      const specialties = await optionValues(page, 'specialty');
      const hospitalTypes = await optionValues(page, 'hospital_type');
      // Different runs start at different places in the cycle, so runs do not repeat each other.
      const plan = changePlan(specialties, hospitalTypes, options.changes + 1, runIndex * 7);
      const [planned, ...rest] = plan;
      const first = options.firstChange ?? planned!;
      result.firstChange = await timeChange(page, first.select, first.value, left());
      const firstChange = (await page.evaluate('window.__bench.changes[0]')) as PageChange;
      result.firstChangeDoneMs = firstChange.dom;
      const readyAt = (await page.evaluate(
        "performance.getEntriesByName('djs:duckdb-ready')[0]?.startTime",
      )) as number | undefined;
      result.firstChangeBeforeDuckDb = readyAt === undefined || readyAt > firstChange.start;
      // Key presses: half while DuckDB starts (as a rule), the rest once it is ready.
      const keys = options.keys ?? 0;
      const pressed: Pressed[] = [];
      for (let i = 0; i < Math.ceil(keys / 2); i++)
        pressed.push(await pressKey(page, 'specialty', left()));
      for (const step of rest)
        result.changes.push(await timeChange(page, step.select, step.value, left()));
      result.heapAfterChanges = await heap(cdp);
      result.rendererRssAfterChanges = await rendererRss(browserCdp, before);
      // DuckDB ready is timed on every load, those whose changes all came before it too.
      await page.waitForFunction(
        "performance.getEntriesByName('djs:duckdb-ready').length > 0",
        undefined,
        { timeout: left(), polling: 50 },
      );
      while (pressed.length < keys) pressed.push(await pressKey(page, 'specialty', left()));
      if (keys > 0) {
        // Event Timing reports an interaction once its next paint is known: let that pass.
        await page.evaluate(
          '(async () => { for (let i = 0; i < 3; i++) ' +
            'await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))); })()',
        );
        const { keys: down, events } = (await page.evaluate(
          '({ keys: window.__bench.keys, events: window.__bench.events })',
        )) as { keys: PageKey[]; events: PageEvent[] };
        const ready = (await page.evaluate(
          "performance.getEntriesByName('djs:duckdb-ready')[0]?.startTime",
        )) as number | undefined;
        result.keys = keyTimings(pressed, down, events, ready);
      }
      await page.evaluate('window.__bench.check()');
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result.status = e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'error';
    result.error = message.split('\n')[0];
  } finally {
    // Whatever was reached before a timeout is still worth reporting.
    if (page && !page.isClosed())
      readMarks(result, (await page.evaluate('window.__bench.marks').catch(() => ({}))) as Marks);
    await context.close();
  }
  return result;
}
