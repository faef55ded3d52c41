/**
 * The default view of every topic as the page draws it before DuckDB has started: added up from
 * the results the build step writes (src/build/precompute.ts, src/lib/query/shipped.ts), after a
 * trip through JSON, with an engine that refuses every query. Every figure is recounted here in
 * plain SQL from the codebook's definitions, apart from the query, stats and figures code that
 * made it. (That the shipped results give DuckDB's figures for any view: shipped.test.ts.)
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/build/precompute';
import type { Item } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import type { Panel } from '../../src/lib/figures/panel';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import type { Figure } from '../../src/lib/figures/types';
import type { ViewResults } from '../../src/lib/query/shipped';
import { decodeViewResults } from '../../src/lib/query/shipped';
import type { Estimate } from '../../src/lib/stats/estimate';
import { defaultState } from '../../src/lib/view/state';
import { engineWithWaves, readCodebook, root } from './helpers/data';
import { refusing } from './helpers/engines';

const codebook = readCodebook();
const newest = defaultState(codebook).wave;
let engine: Engine;
/** The results the build step writes, by topic, read back from their JSON. */
const shipped = new Map<string, ViewResults>();
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
  const survey = path.join(mkdtempSync(path.join(os.tmpdir(), 'djs-default-')), 'survey.duckdb');
  const built = await builtFiles(path.join(root, 'data'), survey);
  for (const [topic, json] of Object.entries(built.results))
    shipped.set(topic, decodeViewResults(JSON.parse(json)));
}, 180_000);
afterAll(() => engine.close());

/*
 * The truth: counted in plain SQL from the codebook's definitions (valid codes, who was asked,
 * derived formulas) over the respondents' rows.
 */
const q = (id: string) => `"${id}"`;
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(', ');
const items = new Map(codebook.items.map((i) => [i.id, i]));

/** An item's answer as a SQL expression: its column, or its derived formula over columns. */
function answer(id: string): string {
  const item = items.get(id);
  const formula = item && 'formula' in item ? item.formula : undefined;
  return formula ? `(${formula.replace(/[a-z][a-z0-9_]*/g, (c) => q(c))})` : q(id);
}

function valid(item: Item): string {
  if (item.type === 'multi')
    return `(${item.options.map((o) => `${q(`${item.id}_${o.code}`)} IS NOT NULL`).join(' OR ')})`;
  if ('values' in item)
    return `${q(item.id)} IN (${list(item.values.filter((v) => !v.excluded).map((v) => v.code))})`;
  return `${answer(item.id)} IS NOT NULL`;
}

function excluded(item: Item): string {
  if ('values' in item) {
    const codes = item.values.filter((v) => v.excluded).map((v) => v.code);
    return codes.length ? `${q(item.id)} IN (${list(codes)})` : 'FALSE';
  }
  return 'FALSE';
}

/** Asked the item: within its universe, and within the universe of that item, and so on up. */
function asked(item: Item): string {
  const u = item.universe;
  if (!u) return 'TRUE';
  const own = 'in' in u ? `${q(u.item)} IN (${list(u.in)})` : `${answer(u.item)} > ${u.gt}`;
  return `${own} AND ${asked(items.get(u.item)!)}`;
}

interface Truth {
  n: number;
  excluded: number;
  missing: number;
  /** The share of valid answers per code or option, or the mean. */
  shares: Record<string, number>;
  mean: number | null;
}

async function truth(item: Item, wave: number): Promise<Truth> {
  const where = `wave = ${wave} AND ${asked(item)}`;
  const [counts] = await engine.query(
    `SELECT count(*) FILTER (WHERE ${valid(item)}) AS n,
            count(*) FILTER (WHERE ${excluded(item)}) AS excluded,
            count(*) FILTER (WHERE NOT coalesce(${valid(item)} OR ${excluded(item)}, FALSE)) AS missing,
            avg(${item.type === 'hours' || item.type === 'rating10' ? answer(item.id) : 'NULL'}) AS mean
     FROM responses WHERE ${where}`,
  );
  const n = Number(counts!.n);
  const shares: Record<string, number> = {};
  const codes =
    item.type === 'multi'
      ? item.options.map((o) => [o.code, `${q(`${item.id}_${o.code}`)} = 1`] as const)
      : 'values' in item
        ? item.values
            .filter((v) => !v.excluded)
            .map((v) => [v.code, `${q(item.id)} = '${v.code}'`] as const)
        : item.type === 'rating10'
          ? Array.from(
              { length: 10 },
              (_, i) => [String(i + 1), `${q(item.id)} = ${i + 1}`] as const,
            )
          : [];
  if (codes.length) {
    const [row] = await engine.query(
      `SELECT ${codes.map(([, is], i) => `count(*) FILTER (WHERE ${is}) AS c${i}`).join(', ')}
       FROM responses WHERE ${where} AND ${valid(item)}`,
    );
    codes.forEach(([code], i) => (shares[code] = Number(row![`c${i}`]) / n));
  }
  return {
    n,
    excluded: Number(counts!.excluded),
    missing: Number(counts!.missing),
    shares,
    mean: counts!.mean === null ? null : Number(counts!.mean),
  };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A figure agrees with the truth: the same counts; a value exactly when n ≥ 10, and the right one. */
function expectFigure(figure: Figure, t: Truth, value: number | null, where: string): void {
  expect(figure.n, where).toBe(t.n);
  expect(figure.excluded, where).toBe(t.excluded);
  expect(figure.missing, where).toBe(t.missing);
  if (t.n < 10 || value === null) {
    if (t.n < 10) expect(figure.value, where).toBeNull();
    return;
  }
  expect(figure.value, where).not.toBeNull();
  expect(
    close(figure.value!.estimate, value),
    `${where}: ${figure.value!.estimate} vs ${value}`,
  ).toBe(true);
}

function expectParts(parts: { code: string; value: Estimate | null }[], t: Truth, where: string) {
  expect(parts.map((p) => p.code).sort(), where).toEqual(Object.keys(t.shares).sort());
  for (const part of parts) {
    const share = t.shares[part.code]!;
    const at = `${where} ${part.code}`;
    if (t.n < 10) expect(part.value, at).toBeNull();
    else if (part.value?.bound) expect(share, at).toBe(part.value.bound === 'below' ? 0 : 1);
    else
      expect(close(part.value!.estimate, share), `${at}: ${part.value!.estimate} vs ${share}`).toBe(
        true,
      );
  }
}

/** The headline of a panel: the mean, the share of the headline codes, or none. */
function headlineOf(item: Item, t: Truth): number | null {
  if (item.type === 'hours' || item.type === 'rating10') return t.mean;
  if ('headline' in item && item.headline)
    return item.headline.codes.reduce((s, c) => s + (t.shares[c] ?? 0), 0);
  return null;
}

function expectPanel(panel: Panel, t: Truth, where: string): void {
  expect(
    panel.rows.map((r) => r.kind),
    where,
  ).toEqual(['selection']);
  const figure = panel.rows[0]!.figure;
  expectFigure(figure, t, panel.type === 'options' ? null : headlineOf(panel.item, t), where);
  if ('parts' in figure) expectParts(figure.parts, t, where);
}

describe('the default view, from the results shipped with the build', () => {
  it('has every figure equal to one counted in plain SQL, in every topic', async () => {
    expect([...shipped.keys()]).toEqual(codebook.topics.map((t) => t.id));
    const state = defaultState(codebook);
    let figures = 0;
    for (const topic of codebook.topics) {
      const figuresOf = await topicFigures(
        refusing,
        codebook,
        topic.id,
        { wave: state.wave, filters: {}, weighted: false },
        { compare: state.compare, benchmark: state.benchmark },
        undefined,
        shipped.get(topic.id)!,
      );
      const topicItems = codebook.items.filter((i) => i.topic === topic.id);
      expect(
        figuresOf.panels.map((p) => p.item.id),
        topic.id,
      ).toEqual(topicItems.map((i) => i.id));
      expect(figuresOf.coverage, topic.id).toEqual([]);
      for (const panel of figuresOf.panels) {
        expectPanel(panel, await truth(panel.item, newest), `${topic.id} ${panel.item.id}`);
        figures++;
      }
      for (const [id, panel] of Object.entries(figuresOf.marks)) {
        const t = await truth(items.get(id)!, newest);
        const figure = panel.rows[0]!.figure;
        expect('parts' in figure, id).toBe(true);
        if ('parts' in figure) expectParts(figure.parts, t, `${id} marks`);
      }
      for (const [id, points] of Object.entries(figuresOf.trends)) {
        const item = items.get(id)!;
        for (const point of points) {
          const t = await truth(item, point.wave);
          expect(point.kind, id).toBe('selection');
          expectFigure(point.figure, t, headlineOf(item, t), `${id} trend ${point.wave}`);
          figures++;
        }
      }
    }
    expect(figures).toBeGreaterThan(40);
  });
});
