import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Codebook, Item } from '../../src/lib/codebook/types';
import { isCoded, isMulti } from '../../src/lib/codebook/types';
import { useBrowserPage } from './support/browser';

/**
 * Every published 2024 figure of tests/fixtures/published-2024.json, read off the topic pages of
 * the built site in a real browser: headline cards where the figure is a headline, the chart's
 * data table where it is not. Driven by the fixture, so a new fixture line is checked without a
 * change here; a figure that cannot be found on its page fails the test with its id.
 */

const root = path.resolve(import.meta.dirname, '../..');
const site = inject('siteUrl');

type Metric =
  | { kind: 'rows' }
  | { kind: 'share'; item: string; codes: string[] }
  | { kind: 'mean'; item: string }
  | { kind: 'option_share' | 'option_count'; item: string; option: string };

interface Published {
  id: string;
  metric: Metric;
  radiology: number;
  all: number | null;
  /** Why the strictly k-anonymous file withholds it (the raw rows hold it; unit-tested there). */
  release?: string;
}

interface Reference {
  wave: number;
  tolerance: { pct: number; mean: number };
  figures: Published[];
}

const reference = JSON.parse(
  readFileSync(path.join(root, 'tests/fixtures/published-2024.json'), 'utf8'),
) as Reference;
const codebook = JSON.parse(
  readFileSync(path.join(root, 'data/codebook.json'), 'utf8'),
) as Codebook;

const SPECIALTY = 'radiologie';
/** The topic shown without a topic= parameter (DEFAULT_TOPIC in src/lib/view/state.ts). */
const DEFAULT_TOPIC = 'overtime';
/** Dutch interface wording the tests look for (src/app/i18n.ts). */
const NL = {
  all: 'Alle respondenten',
  rest: 'De rest',
  versusRest: 'Verschil met de rest',
  demo: 'synthetische demodata',
  source: `Bron: DJS enquête ${reference.wave}`,
};

function item(id: string): Item {
  const found = codebook.items.find((i) => i.id === id);
  if (!found) throw new Error(`The fixture names item "${id}", which is not in data/codebook.json`);
  return found;
}

const itemsOf = (topic: string) => codebook.items.filter((i) => i.topic === topic);
const topicLabel = (topic: string) => codebook.topics.find((t) => t.id === topic)!.label.nl;
const specialtyLabel = (
  item('specialty') as { values: { code: string; label: { nl: string } }[] }
).values.find((v) => v.code === SPECIALTY)!.label.nl;

/**
 * The page a figure is shown on: its item's topic. A respondent count has no item; it is read
 * from the dimension charts of the sample profile (the topic of the `specialty` dimension).
 */
function topicOf(figure: Published): string {
  const topic = item(figure.metric.kind === 'rows' ? 'specialty' : figure.metric.item).topic;
  if (!codebook.topics.some((t) => t.id === topic))
    throw new Error(`${figure.id}: topic "${topic}" is not a codebook topic, so no page shows it`);
  return topic;
}

// Resolved at collection time: a fixture line naming an unknown item fails the whole file.
const figuresByTopic = new Map<string, Published[]>();
for (const figure of reference.figures.filter((f) => f.release === undefined)) {
  const topic = topicOf(figure);
  figuresByTopic.set(topic, [...(figuresByTopic.get(topic) ?? []), figure]);
}

// ---------------------------------------------------------------------------------------------
// Reading the page

interface Headline {
  id: string;
  value: string;
  n: string;
}

interface TableRow {
  label: string;
  /** One text per column (a "fewer than 10 answers" cell spanning columns is repeated). */
  cells: string[];
}

interface Chart {
  id: string;
  svgs: number;
  source: string;
  /** The table's column headers after the row-label column ("Groep"). */
  columns: string[];
  rows: TableRow[];
}

interface Snapshot {
  headlines: Headline[];
  charts: Chart[];
}

/** Everything the tests read, in one round trip: headline cards and every chart's data table. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();
    return {
      headlines: Array.from(document.querySelectorAll('[data-testid^="headline-"]')).map((el) => ({
        id: el.getAttribute('data-testid')!.slice('headline-'.length),
        value: text(el.querySelector('.value')),
        n: text(el.querySelector('.n')),
      })),
      charts: Array.from(document.querySelectorAll('[data-testid^="chart-"]')).map((el) => ({
        id: el.getAttribute('data-testid')!.slice('chart-'.length),
        svgs: el.querySelectorAll('svg').length,
        source: text(el.querySelector('figcaption .source')),
        // The chart's own table; a rating's distribution of marks has a second one after it.
        columns: Array.from(el.querySelectorAll('details.table:first-of-type thead th'))
          .slice(1)
          .map((th) => text(th)),
        rows: Array.from(el.querySelectorAll('details.table:first-of-type tbody tr')).map((tr) => ({
          label: text(tr.querySelector('th')),
          cells: Array.from(tr.querySelectorAll('td')).flatMap((td) =>
            Array.from({ length: (td as HTMLTableCellElement).colSpan }, () => text(td)),
          ),
        })),
      })),
    };
  });
}

/** "44,3" → 44.3, "25%" → 25, "2.027" → 2027; anything else fails loudly. */
function parseDutch(shown: string, what: string): number {
  const s = shown.trim().replace(/%$/, '').replace(/\./g, '').replace(',', '.').replace('−', '-');
  const x = Number(s);
  if (s === '' || !Number.isFinite(x))
    throw new Error(`${what}: "${shown}" is not a Dutch-formatted number (suppressed or missing?)`);
  return x;
}

/** A value read off the page, as an interval: the published figure must lie within it. */
interface Reading {
  value: number;
  tolerance: number;
  where: string;
}

function headlineOf(snap: Snapshot, id: string, figure: string): Headline {
  const card = snap.headlines.find((h) => h.id === id);
  if (!card)
    throw new Error(
      `${figure}: no headline card "headline-${id}" on the page (cards: ${snap.headlines.map((h) => h.id).join(', ') || 'none'})`,
    );
  return card;
}

function chartOf(snap: Snapshot, id: string, figure: string): Chart {
  const chart = snap.charts.find((c) => c.id === id);
  if (!chart)
    throw new Error(
      `${figure}: no chart "chart-${id}" on the page (charts: ${snap.charts.map((c) => c.id).join(', ') || 'none'})`,
    );
  return chart;
}

/** The cell of the selection row (the table's first row) in the named column. */
function cell(chart: Chart, column: string, selection: string, figure: string): string {
  const row = chart.rows[0];
  if (!row || row.label !== selection)
    throw new Error(
      `${figure}: the first row of the table of chart-${chart.id} is "${row?.label ?? 'missing'}", not the selection "${selection}"`,
    );
  const i = chart.columns.indexOf(column);
  if (i < 0)
    throw new Error(
      `${figure}: no column "${column}" in the table of chart-${chart.id} (columns: ${chart.columns.join(' | ')})`,
    );
  const value = row.cells[i];
  if (value === undefined) throw new Error(`${figure}: chart-${chart.id} has no cell "${column}"`);
  return value;
}

const WHOLE_PERCENT = /^\d{1,3}%$/;
const ONE_DECIMAL = /^-?\d{1,3}(\.\d{3})*,\d$/;

function formatted(shown: string, pattern: RegExp, what: string): string {
  if (!pattern.test(shown))
    throw new Error(`${what}: "${shown}" is not rounded as displayed (expected ${pattern})`);
  return shown;
}

/**
 * Finds one published figure on the page: the headline card when the figure is the item's
 * headline (mean, headline share, one of the first three options), else the data table.
 */
function read(snap: Snapshot, figure: Published, selection: string): Reading {
  const { metric } = figure;
  const { pct, mean } = reference.tolerance;
  const id = figure.id;

  if (metric.kind === 'rows') {
    // Every respondent has every dimension: the largest selection n among the profile's
    // dimension charts is the number of respondents.
    const dims = itemsOf(topicOf(figure)).filter((i) => i.type === 'dimension');
    if (dims.length === 0) throw new Error(`${id}: no dimension charts to count respondents on`);
    const ns = dims.map((d) => parseDutch(cell(chartOf(snap, d.id, id), 'n', selection, id), id));
    return { value: Math.max(...ns), tolerance: 0, where: 'n of the dimension tables' };
  }

  const entry = item(metric.item);
  if (metric.kind === 'mean') {
    const card = headlineOf(snap, entry.id, id);
    const shown = formatted(card.value, ONE_DECIMAL, `${id} headline`);
    return {
      value: parseDutch(shown, id),
      tolerance: mean,
      where: `headline-${entry.id} "${shown}"`,
    };
  }

  if (metric.kind === 'share') {
    if (!isCoded(entry)) throw new Error(`${id}: item ${entry.id} is not a coded item`);
    const headline = entry.headline?.codes;
    const same =
      headline !== undefined &&
      headline.length === metric.codes.length &&
      metric.codes.every((c) => headline.includes(c));
    if (same) {
      const card = headlineOf(snap, entry.id, id);
      const shown = formatted(card.value, WHOLE_PERCENT, `${id} headline`);
      return {
        value: parseDutch(shown, id),
        tolerance: pct,
        where: `headline-${entry.id} "${shown}"`,
      };
    }
    // Not the headline: add up the codes' columns. Each is rounded to a whole percent, so each
    // column beyond the first may add half a point of rounding to the sum.
    const chart = chartOf(snap, entry.id, id);
    const shown = metric.codes.map((code) => {
      const value = entry.values.find((v) => v.code === code);
      if (!value) throw new Error(`${id}: item ${entry.id} has no code "${code}"`);
      return formatted(cell(chart, value.label.nl, selection, id), WHOLE_PERCENT, id);
    });
    return {
      value: shown.reduce((s, x) => s + parseDutch(x, id), 0),
      tolerance: pct + 0.5 * (shown.length - 1),
      where: `table of chart-${entry.id}: ${shown.join(' + ')}`,
    };
  }

  if (!isMulti(entry)) throw new Error(`${id}: item ${entry.id} is not a multi-select item`);
  const index = entry.options.findIndex((o) => o.code === metric.option);
  if (index < 0) throw new Error(`${id}: item ${entry.id} has no option "${metric.option}"`);
  const label = entry.options[index]!.label.nl;

  if (metric.kind === 'option_share') {
    // The first three options of a multi-select item are headline cards (TopicPage.svelte).
    if (index < 3) {
      const card = headlineOf(snap, `${entry.id}_${metric.option}`, id);
      const shown = formatted(card.value, WHOLE_PERCENT, `${id} headline`);
      return {
        value: parseDutch(shown, id),
        tolerance: pct,
        where: `headline-${entry.id}_${metric.option} "${shown}"`,
      };
    }
    const chart = chartOf(snap, entry.id, id);
    const shown = formatted(cell(chart, label, selection, id), WHOLE_PERCENT, id);
    return { value: parseDutch(shown, id), tolerance: pct, where: `table of chart-${entry.id}` };
  }

  // A count: the table shows the % of those who answered and their n. The counts c consistent
  // with both are those with round(100 c / n) = %, i.e. n (% ± 0.5) / 100.
  const chart = chartOf(snap, entry.id, id);
  const percent = parseDutch(formatted(cell(chart, label, selection, id), WHOLE_PERCENT, id), id);
  const n = parseDutch(cell(chart, 'n', selection, id), id);
  const lo = Math.ceil(((percent - 0.5) * n) / 100 - 1e-9);
  const hi = Math.floor(((percent + 0.5) * n) / 100 + 1e-9);
  return {
    value: (lo + hi) / 2,
    tolerance: (hi - lo) / 2,
    where: `table of chart-${entry.id}: ${percent}% of n = ${n}, i.e. ${lo}–${hi} respondents`,
  };
}

function check(snap: Snapshot, figures: Published[], who: 'radiology' | 'all', selection: string) {
  for (const figure of figures) {
    const published = figure[who];
    if (published === null) continue;
    const reading = read(snap, figure, selection);
    expect
      .soft(
        Math.abs(reading.value - published),
        `${figure.id} (${who}): published ${published}, ${reading.where}`,
      )
      .toBeLessThanOrEqual(reading.tolerance + 1e-9);
  }
}

/** Every chart is drawn, has a data table, and says where its numbers come from. */
function checkCharts(snap: Snapshot, topic: string) {
  expect(snap.charts.map((c) => c.id)).toEqual(itemsOf(topic).map((i) => i.id));
  for (const chart of snap.charts) {
    expect.soft(chart.svgs, `chart-${chart.id} has no svg`).toBeGreaterThan(0);
    expect.soft(chart.rows.length, `chart-${chart.id} has no table rows`).toBeGreaterThan(0);
    expect.soft(chart.source, `chart-${chart.id} source line`).toContain(NL.source);
    expect.soft(chart.source, `chart-${chart.id} source line`).toContain(NL.demo);
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});
afterEach(() => {
  expect(errors, 'uncaught page errors').toEqual([]);
});

/** Waits until the topic's headline cards and all its charts (each with an svg) are drawn. */
async function ready(topic: string) {
  await page.locator('[data-testid="headlines"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(
    (ids) => ids.every((id) => document.querySelector(`[data-testid="chart-${id}"] svg`)),
    itemsOf(topic).map((i) => i.id),
    { timeout: 60_000 },
  );
}

async function open(params: Record<string, string>) {
  const query = new URLSearchParams({ wave: String(reference.wave), ...params });
  await page.goto(`${site}?${query}`);
  await ready(params.topic ?? DEFAULT_TOPIC);
}

/** Clicks a topic in the TopicNav and waits for its page (not the previous topic's charts). */
async function navigate(topic: string) {
  await page.click(`nav a[data-topic="${topic}"]`);
  await page.waitForURL((url) => (url.searchParams.get('topic') ?? DEFAULT_TOPIC) === topic);
  await ready(topic);
}

// ---------------------------------------------------------------------------------------------

describe(`the published ${reference.wave} figures for radiology, on each topic page`, () => {
  for (const topic of codebook.topics) {
    const figures = figuresByTopic.get(topic.id) ?? [];
    it(`${topic.id}: ${figures.map((f) => f.id).join(', ') || 'no published figures'}`, async () => {
      await open({ topic: topic.id, specialty: SPECIALTY });
      await expect(page.locator('#topic-title').textContent()).resolves.toBe(topic.label.nl);
      const snap = await snapshot(page);
      checkCharts(snap, topic.id);
      check(snap, figures, 'radiology', specialtyLabel);
    });
  }
});

describe('the dashboard in a real browser, topic by topic', () => {
  it('shows the published figures for all respondents without a specialty filter', async () => {
    const topics = codebook.topics
      .map((t) => t.id)
      .filter((t) => (figuresByTopic.get(t) ?? []).some((f) => f.all !== null));
    expect(topics.length).toBeGreaterThan(0);
    await open({ topic: topics[0]! });
    for (const [i, topic] of topics.entries()) {
      if (i > 0) await navigate(topic);
      await expect(page.inputValue('select[name="specialty"]')).resolves.toBe('');
      const snap = await snapshot(page);
      checkCharts(snap, topic);
      // Unfiltered, each table has a single row: everyone.
      for (const chart of snap.charts)
        expect.soft(chart.rows.map((r) => r.label)).toEqual([NL.all]);
      check(snap, figuresByTopic.get(topic)!, 'all', NL.all);
    }
  });

  it('keeps the filters when moving between topics with the TopicNav, and the URL follows', async () => {
    const start = codebook.topics[0]!.id;
    const kept = { specialty: SPECIALTY, compare: 'gender', benchmark: 'rest' };
    await open({ topic: start, ...kept });
    const visited = [start];
    for (const topic of [...codebook.topics.slice(1).map((t) => t.id), start]) {
      await navigate(topic);
      visited.push(topic);
      const url = new URL(page.url());
      // The default topic is left out of the URL, as every default is (serializeState).
      expect(url.searchParams.get('topic')).toBe(topic === DEFAULT_TOPIC ? null : topic);
      for (const [param, value] of Object.entries(kept))
        expect(url.searchParams.get(param), `${param} after moving to ${topic}`).toBe(value);
      await expect(page.inputValue('select[name="specialty"]')).resolves.toBe(SPECIALTY);
      await expect(page.inputValue('select[name="compare"]')).resolves.toBe('gender');
      await expect(page.inputValue('select[name="benchmark"]')).resolves.toBe('rest');
      await expect(page.locator('#topic-title').textContent()).resolves.toBe(topicLabel(topic));
      await expect(
        page.locator(`nav a[data-topic="${topic}"]`).getAttribute('aria-current'),
      ).resolves.toBe('page');
      await expect(page.locator('nav a[aria-current="page"]').count()).resolves.toBe(1);
      // The filter is in force on the new page: every table starts with radiology and ends
      // with the rest.
      const snap = await snapshot(page);
      checkCharts(snap, topic);
      for (const chart of snap.charts) {
        expect.soft(chart.rows[0]?.label, `chart-${chart.id}`).toBe(specialtyLabel);
        expect.soft(chart.rows.at(-1)?.label, `chart-${chart.id}`).toBe(NL.rest);
      }
    }
    // Back undoes the last move.
    await page.goBack();
    const previous = visited.at(-2)!;
    await page.waitForURL((url) => (url.searchParams.get('topic') ?? DEFAULT_TOPIC) === previous);
    await ready(previous);
    await expect(page.locator('#topic-title').textContent()).resolves.toBe(topicLabel(previous));
    expect(new URL(page.url()).searchParams.get('specialty')).toBe(SPECIALTY);
  });

  it('compares by hospital type: the selection, one row per hospital type and the blank, the benchmark', async () => {
    const hospital = item('hospital_type');
    if (!isCoded(hospital)) throw new Error('hospital_type is not a coded dimension');
    // Every hospital type has a row, also where nobody of radiology was asked: an empty group
    // must look like a suppressed one (privacy: suppressed and empty look the same). So do those
    // with it blank (withheld on release), as the demo waves have some.
    const groups = [...hospital.values.map((v) => v.label.nl), 'Afgeschermd of onbekend'];
    const topics = ['overtime', 'burnout'];
    await open({ topic: topics[0]!, specialty: SPECIALTY, compare: 'hospital_type' });
    for (const [i, topic] of topics.entries()) {
      if (i > 0) await navigate(topic);
      const snap = await snapshot(page);
      checkCharts(snap, topic);
      for (const chart of snap.charts) {
        // The groups ranked by value (issue 17; tests/e2e/charts.test.ts): here, which rows.
        const labels = chart.rows.map((r) => r.label);
        expect
          .soft(
            [labels[0], ...labels.slice(1, -1).sort(), labels.at(-1)],
            `rows of chart-${chart.id}`,
          )
          .toEqual([specialtyLabel, ...[...groups].sort(), NL.all]);
        expect.soft(chart.columns.at(-1), `chart-${chart.id}`).toBe(NL.versusRest);
      }
    }
  });

  it('labels the benchmark "De rest" with benchmark=rest, and the rest is everyone else', async () => {
    const topic = 'balance';
    await open({ topic, specialty: SPECIALTY, benchmark: 'rest' });
    const rest = await snapshot(page);
    checkCharts(rest, topic);
    for (const chart of rest.charts)
      expect
        .soft(
          chart.rows.map((r) => r.label),
          `rows of chart-${chart.id}`,
        )
        .toEqual([specialtyLabel, NL.rest]);

    // Switching to all respondents: the rest's n plus radiology's n is everyone's n.
    const nOf = (chart: Chart, row: TableRow | undefined) =>
      parseDutch(row?.cells[chart.columns.indexOf('n')] ?? '', `n in chart-${chart.id}`);
    const sums = rest.charts.map((c) => nOf(c, c.rows[0]) + nOf(c, c.rows[1]));
    await page.selectOption('select[name="benchmark"]', 'all');
    await page.waitForURL((url) => !url.searchParams.has('benchmark'));
    await expect
      .poll(
        async () =>
          (await snapshot(page)).charts.map((c) => [c.rows.at(-1)?.label, nOf(c, c.rows.at(-1))]),
        { timeout: 30_000 },
      )
      .toEqual(sums.map((n) => [NL.all, n]));
  });
});
