import { getItem } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Group } from '../query/aggregates';
import type { Selection } from '../query/selection';
import { benjaminiHochberg } from '../stats/multiple-testing';
import type { Difference, Kind, OptionsFigure, ShareFigure } from './kinds';
import { kindOf, marksKind } from './kinds';
import type { Figure, MeanValue } from './types';
import type { CodedItem, MultiItem, NumericItem } from '../codebook/types';

/** Who the selection is set against on every chart (DESIGN.md: group vs the rest). */
export const BENCHMARKS = ['all', 'rest', 'hospital_type'] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

export interface PanelOptions {
  compare: string | null;
  benchmark: Benchmark;
}

export type RowKind = 'selection' | 'group' | 'benchmark';

/**
 * A comparison with the rest: the selection against everyone else in the wave, a group against
 * the rest of the selection. Flagged only where the Benjamini–Hochberg adjusted p < 0.05 across
 * the groups of one chart; null where the groups are too small to compare.
 */
export interface Comparison extends Difference {
  pAdjusted: number;
  significant: boolean;
}

export interface PanelRow<F extends Figure = Figure> {
  kind: RowKind;
  /** The compare dimension's code for a group row; null otherwise. */
  group: Group;
  figure: F;
  /** Against the rest; undefined where no comparison applies, null where too few to compare. */
  comparison?: Comparison | null;
}

export type Panel =
  | { type: 'mean'; item: NumericItem; rows: PanelRow<Figure<MeanValue>>[] }
  | { type: 'share'; item: CodedItem; rows: PanelRow<ShareFigure>[] }
  | { type: 'options'; item: MultiItem; rows: PanelRow<OptionsFigure>[] };

const ALPHA = 0.05;

function filtered(selection: Selection): boolean {
  return Object.values(selection.filters).some((codes) => codes && codes.length > 0);
}

/** Puts groups in codebook order, dropping codes with no respondents in the selection. */
function groupOrder(codebook: Codebook, compare: string, present: Set<Group>): string[] {
  const dim = getItem(codebook, compare) as CodedItem;
  return dim.values.map((v) => v.code).filter((code) => present.has(code));
}

function adjust(tests: (Difference | null)[]): (Comparison | null)[] {
  const adjusted = benjaminiHochberg(tests.map((t) => t?.p ?? null));
  return tests.map((t, i) =>
    t ? { ...t, pAdjusted: adjusted[i]!, significant: adjusted[i]! < ALPHA } : null,
  );
}

async function rowsOf<S, F extends Figure>(
  codebook: Codebook,
  kind: Kind<S, F>,
  selection: Selection,
  options: PanelOptions,
): Promise<PanelRow<F>[]> {
  const wave: Selection = { ...selection, filters: {} };
  const first = async (s: Selection) => (await kind.fetch(s)).get(null) ?? kind.zero;
  const own = await first(selection);
  const isFiltered = filtered(selection);
  const everyone = isFiltered ? await first(wave) : own;
  const rows: PanelRow<F>[] = [
    {
      kind: 'selection',
      group: null,
      figure: kind.figure(own, null),
      ...(isFiltered
        ? { comparison: adjust([kind.test(own, kind.subtract(everyone, own))])[0] }
        : {}),
    },
  ];

  if (options.compare) {
    const groups = await kind.fetch(selection, options.compare);
    const codes = groupOrder(codebook, options.compare, new Set(groups.keys()));
    const tests = adjust(
      codes.map((code) => kind.test(groups.get(code)!, kind.subtract(own, groups.get(code)!))),
    );
    codes.forEach((code, i) =>
      rows.push({
        kind: 'group',
        group: code,
        figure: kind.figure(groups.get(code)!, code),
        comparison: tests[i],
      }),
    );
  }

  if (isFiltered) {
    const benchmark = await benchmarkStats(kind, selection, options.benchmark, everyone, own);
    if (benchmark)
      rows.push({ kind: 'benchmark', group: null, figure: kind.figure(benchmark, null) });
  }
  return rows;
}

/** The benchmark's statistics; null where it does not apply (e.g. no hospital type chosen). */
async function benchmarkStats<S, F extends Figure>(
  kind: Kind<S, F>,
  selection: Selection,
  benchmark: Benchmark,
  everyone: S,
  own: S,
): Promise<S | null> {
  if (benchmark === 'all') return everyone;
  if (benchmark === 'rest') return kind.subtract(everyone, own);
  const hospital = selection.filters.hospital_type;
  const others = Object.entries(selection.filters).some(
    ([k, v]) => k !== 'hospital_type' && v && v.length > 0,
  );
  if (!hospital || hospital.length === 0 || !others) return null;
  const stats = await kind.fetch({ ...selection, filters: { hospital_type: hospital } });
  return stats.get(null) ?? kind.zero;
}

/**
 * The rows of one chart: the selection, then (when comparing) each group of the compare
 * dimension within it, then the benchmark when a filter is set.
 */
export async function itemPanel(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel> {
  const k = kindOf(engine, codebook, itemId);
  if (k.type === 'mean')
    return { type: 'mean', item: k.item, rows: await rowsOf(codebook, k.kind, selection, options) };
  if (k.type === 'share')
    return {
      type: 'share',
      item: k.item,
      rows: await rowsOf(codebook, k.kind, selection, options),
    };
  return {
    type: 'options',
    item: k.item,
    rows: await rowsOf(codebook, k.kind, selection, options),
  };
}

/** How the marks of a 1–10 rating are spread, per row, beside its mean. */
export async function marksPanel(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel> {
  const item = getItem(codebook, itemId);
  if (item.type !== 'rating10') throw new Error(`${itemId} is not a 1–10 rating`);
  const k = marksKind(engine, codebook, item);
  return { type: 'share', item: k.item, rows: await rowsOf(codebook, k.kind, selection, options) };
}

/** Every item of one topic, in codebook order. */
export function topicPanels(
  engine: Engine,
  codebook: Codebook,
  topic: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel[]> {
  const items = codebook.items.filter((i) => i.topic === topic);
  return Promise.all(items.map((i) => itemPanel(engine, codebook, i.id, selection, options)));
}
