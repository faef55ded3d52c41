import { isAsked, itemInWave } from '../codebook/asked';
import { dimensions, getItem } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Aggregates, Group } from '../query/aggregates';
import { statements } from '../query/aggregates';
import { batch } from '../query/batch';
import { summarise } from '../query/summaries';
import type { ViewResults } from '../query/shipped';
import { servesCodebook } from '../query/shipped';
import type { Selection } from '../query/selection';
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
 * A comparison with the rest: the selection against everyone else in the wave (with the benchmark
 * "same hospital type", everyone else of that type), a group against the rest of the selection.
 * Flagged only where the Benjamini–Hochberg adjusted p < 0.05 across the groups of one chart;
 * null where the groups are too small to compare.
 */
export interface Comparison extends Difference {
  pAdjusted: number;
  significant: boolean;
}

export interface PanelRow<F extends Figure = Figure> {
  kind: RowKind;
  /**
   * The compare dimension's code for a group row, null for its blanks ("Afgeschermd of
   * onbekend"); null on the selection and benchmark rows.
   */
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
  // The selection is tested against the rest of the wave, or, with the benchmark "same hospital
  // type", against exactly the peers the chart shows beside it (that type without the selection).
  const against =
    options.benchmark === 'hospital_type' && benchmark ? benchmark : kind.subtract(everyone, own);

  // Reliability is the only rule left here: a row shows nothing from fewer than 10 valid answers.
  // Differences between rows and views need no guard of their own: the released file is strictly
  // k-anonymous, so every group a filter or split makes, and every difference of two, is 0 or
  // ≥ 10 respondents (PRIVACY.md; tests/unit/privacy-attack-*.test.ts try it as an attacker).
  const shown = (figure: F) => (isSuppressed(figure.n) ? hide(figure) : figure);
  const ownFigure = kind.figure(own, null);
  const selectionHidden = isSuppressed(ownFigure.n);
  const rows: PanelRow<F>[] = [
    {
      kind: 'selection',
      group: null,
      figure: shown(ownFigure),
      ...(isFiltered
        ? {
            comparison: selectionHidden ? null : adjust([kind.test(own, against)])[0],
          }
        : {}),
    },
  ];

  if (options.compare) {
    // Every code of the dimension gets a row, so an empty group looks like a suppressed one; so
    // do those whose value is blank (withheld on release or not given), wherever the wave has
    // any: group null, "Afgeschermd of onbekend".
    const groups = await kind.fetch(selection, options.compare);
    const dim = getItem(codebook, options.compare) as CodedItem;
    const blanks = (await kind.fetch({ ...selection, filters: {} }, options.compare)).has(null);
    const codes: Group[] = [...dim.values.map((v) => v.code), ...(blanks ? [null] : [])];
    const stats = codes.map((code) => groups.get(code) ?? kind.zero);
    const figures = stats.map((s, i) => kind.figure(s, codes[i] ?? null));
    const tests = adjust(
      stats.map((s, i) =>
        isSuppressed(figures[i]!.n) ? null : kind.test(s, kind.subtract(own, s)),
      ),
    );
    codes.forEach((code, i) =>
      rows.push({ kind: 'group', group: code, figure: shown(figures[i]!), comparison: tests[i] }),
    );
  }

  if (benchmark)
    rows.push({ kind: 'benchmark', group: null, figure: shown(kind.figure(benchmark, null)) });
  return rows;
}

/**
 * The benchmark's statistics; null where it does not apply (e.g. no hospital type chosen). "Same
 * hospital type" is the selection's peers: everyone of its hospital type(s) but the selection, so
 * the benchmark never contains the group it is set against.
 */
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
  return kind.subtract(stats.get(null) ?? kind.zero, own);
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
  /**
   * The statements' results shipped with the build, if any (shipped.ts); weighted, they serve
   * only with the weights set, else the weights are DuckDB's.
   */
  shipped?: ViewResults | null,
): Promise<Aggregates> {
  const given = shipped && servesCodebook(shipped, codebook) ? shipped.batches : {};
  const asked = itemIds.filter((id) => !given[id]);
  // The questions' summaries: built once, the first time a view asks DuckDB (summaries.ts).
  if (asked.length > 0) await summarise(engine, codebook, asked);
  const dims = dimensions(codebook).map((d) => d.id);
  const weights = weighted ? shipped?.weights : undefined;
  return batch(
    engine,
    codebook,
    { itemIds, dims, weighted, ...(weights ? { weights } : {}) },
    statements(engine, codebook),
    given,
  );
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
  const k = kindOf(source, codebook, itemId, selection.wave);
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
  const item = itemInWave(codebook, itemId, selection.wave) ?? getItem(codebook, itemId);
  if (item.type !== 'rating10') throw new Error(`${itemId} is not a 1–10 rating`);
  const k = marksKind(source, item);
  return { type: 'share', item: k.item, rows: await rowsOf(codebook, k.kind, selection, options) };
}

/**
 * Every item of one topic asked in the selection's wave, in codebook order: one not asked then
 * has no chart (rather than one of nobody's answers).
 */
export function topicPanels(
  source: Aggregates,
  codebook: Codebook,
  topic: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel[]> {
  const items = codebook.items.filter(
    (i) => i.topic === topic && isAsked(codebook, i, selection.wave),
  );
  return Promise.all(items.map((i) => itemPanel(source, codebook, i.id, selection, options)));
}
