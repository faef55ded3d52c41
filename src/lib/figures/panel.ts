import { dimensions, getItem } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Aggregates, Group } from '../query/aggregates';
import { statements } from '../query/aggregates';
import { batch } from '../query/batch';
import { summarise } from '../query/summaries';
import type { Selection } from '../query/selection';
import { hiddenInSplit, revealsComplement } from '../privacy/complementary';
import { isSuppressed } from '../privacy/threshold';
import { benjaminiHochberg } from '../stats/multiple-testing';
import type { Difference, Kind, OptionsFigure, Part, ShareFigure } from './kinds';
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

export function filtered(selection: Selection): boolean {
  return Object.values(selection.filters).some((codes) => codes && codes.length > 0);
}

export function adjust(tests: (Difference | null)[]): (Comparison | null)[] {
  const adjusted = benjaminiHochberg(tests.map((t) => t?.p ?? null));
  return tests.map((t, i) =>
    t ? { ...t, pAdjusted: adjusted[i]!, significant: adjusted[i]! < ALPHA } : null,
  );
}

/**
 * The same figure with nothing left to show: suppressed and empty look the same, so its counts go
 * too (an n of 4 would say "suppressed, and how many").
 */
export function hide<F extends Figure>(figure: F): F {
  const parts = (figure as { parts?: Part[] }).parts;
  return {
    ...figure,
    n: 0,
    excluded: 0,
    missing: 0,
    value: null,
    ...(parts ? { parts: parts.map((p) => ({ ...p, value: null })) } : {}),
  };
}

/** The selection with one filter taken off, for each filter: what a visitor can also look at. */
export function parentsOf(selection: Selection): Selection[] {
  const active = Object.entries(selection.filters).filter(([, codes]) => codes && codes.length);
  return active.map(([id]) => ({
    ...selection,
    filters: Object.fromEntries(active.filter(([other]) => other !== id)),
  }));
}

async function rowsOf<S, F extends Figure>(
  codebook: Codebook,
  kind: Kind<S, F>,
  selection: Selection,
  options: PanelOptions,
): Promise<PanelRow<F>[]> {
  const first = async (s: Selection) => (await kind.fetch(s)).get(null) ?? kind.zero;
  const own = await first(selection);
  const isFiltered = filtered(selection);
  const everyone = isFiltered ? await first({ ...selection, filters: {} }) : own;
  const benchmark = isFiltered
    ? await benchmarkStats(kind, selection, options.benchmark, everyone, own)
    : null;

  // D5: the selection is hidden when any view one step wider would give it away by subtraction.
  const ownFigure = kind.figure(own, null);
  const wider = [everyone, ...(await Promise.all(parentsOf(selection).map(first)))];
  if (benchmark && options.benchmark === 'hospital_type') wider.push(benchmark);
  const selectionHidden =
    isSuppressed(ownFigure.n) ||
    wider.some((parent) => revealsComplement(ownFigure.n, kind.figure(parent, null).n));
  const rows: PanelRow<F>[] = [
    {
      kind: 'selection',
      group: null,
      figure: selectionHidden ? hide(ownFigure) : ownFigure,
      ...(isFiltered
        ? {
            comparison: selectionHidden
              ? null
              : adjust([kind.test(own, kind.subtract(everyone, own))])[0],
          }
        : {}),
    },
  ];

  if (options.compare) {
    // Every code of the dimension gets a row, so an empty group looks like a suppressed one.
    const groups = await kind.fetch(selection, options.compare);
    const dim = getItem(codebook, options.compare) as CodedItem;
    const stats = dim.values.map((v) => groups.get(v.code) ?? kind.zero);
    const figures = stats.map((s, i) => kind.figure(s, dim.values[i]!.code));
    // D6: within the split, no single hidden cell; hidden cells together hold at least 10. The
    // answers of those whose value of the dimension was not given (or suppressed on release)
    // are a cell too: never shown, so 1–9 of them must not be found as selection − groups.
    const ns = figures.map((f) => f.n);
    const unstated = ownFigure.n - ns.reduce((sum, n) => sum + n, 0);
    const hidden = selectionHidden
      ? figures.map(() => true)
      : hiddenInSplit([...ns, unstated]).slice(0, ns.length);
    const tests = adjust(
      stats.map((s, i) => (hidden[i] ? null : kind.test(s, kind.subtract(own, s)))),
    );
    dim.values.forEach((v, i) =>
      rows.push({
        kind: 'group',
        group: v.code,
        figure: hidden[i] ? hide(figures[i]!) : figures[i]!,
        comparison: tests[i],
      }),
    );
  }

  if (benchmark) {
    const figure = kind.figure(benchmark, null);
    // "The rest" is all respondents minus the selection: hidden with it.
    const restHidden = options.benchmark === 'rest' && selectionHidden;
    rows.push({ kind: 'benchmark', group: null, figure: restHidden ? hide(figure) : figure });
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
 * The statistics a view of some items needs, fetched in one statement per item (batch.ts) from
 * the items' summaries (built here if not yet): by wave, every dimension and answer, so that the
 * selection, all respondents, each parent, the benchmark, the groups and every wave's trend point
 * are sums of its rows. By every dimension, not only those a view filters or splits by: the
 * statements are then the same for every view of the items, and after the first DuckDB answers
 * them from the query cache. Their rows are bounded by the summaries' (answer and dimension
 * combinations present in the data).
 */
export async function viewSource(
  engine: Engine,
  codebook: Codebook,
  itemIds: readonly string[],
  weighted: boolean,
): Promise<Aggregates> {
  // The questions' summaries: built once, the first time a view shows them (summaries.ts).
  await summarise(engine, codebook, itemIds);
  const dims = dimensions(codebook).map((d) => d.id);
  return batch(engine, codebook, { itemIds, dims, weighted }, statements(engine, codebook));
}

/**
 * The rows of one chart: the selection, then (when comparing) each group of the compare
 * dimension within it, then the benchmark when a filter is set.
 */
export async function itemPanel(
  source: Aggregates,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel> {
  const k = kindOf(source, codebook, itemId);
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
  source: Aggregates,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel> {
  const item = getItem(codebook, itemId);
  if (item.type !== 'rating10') throw new Error(`${itemId} is not a 1–10 rating`);
  const k = marksKind(source, item);
  return { type: 'share', item: k.item, rows: await rowsOf(codebook, k.kind, selection, options) };
}

/** Every item of one topic, in codebook order. */
export function topicPanels(
  source: Aggregates,
  codebook: Codebook,
  topic: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel[]> {
  const items = codebook.items.filter((i) => i.topic === topic);
  return Promise.all(items.map((i) => itemPanel(source, codebook, i.id, selection, options)));
}
