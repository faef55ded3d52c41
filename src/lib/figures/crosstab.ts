import { getItem } from '../codebook/columns';
import type { Codebook, CodedItem, Item, ValueLabel } from '../codebook/types';
import { isCoded } from '../codebook/types';
import type { Engine } from '../db/engine';
import { extendHidden, revealsComplement, suppressTable } from '../privacy/complementary';
import { isSuppressed } from '../privacy/threshold';
import type { CodeCount, Group } from '../query/aggregates';
import { pairKey, statements } from '../query/aggregates';
import type { Selection } from '../query/selection';
import { wilson } from '../stats/wilson';
import type { Kind, Part } from './kinds';
import { kindOf } from './kinds';
import type { Comparison } from './panel';
import { adjust, filtered, hide, parentsOf } from './panel';
import type { Estimate, Figure } from './types';

/** One question against one or two splits: `?view=explore&q=burnout&by=specialty&by2=…`. */
export interface CrosstabSpec {
  /** The question whose answers fill the table. */
  item: string;
  /** A dimension or another coded question: the rows. */
  by: string;
  /** Optionally a second one: every row is then split again. */
  by2?: string | null;
}

/** `total` is the selection; `group` a code of `by`; `cell` a code of `by` and one of `by2`. */
export type CrosstabLevel = 'total' | 'group' | 'cell';

export interface CrosstabRow {
  level: CrosstabLevel;
  key: string;
  /** The row's code of `by` and of `by2`; null = no answer (and for the total). */
  by: string | null;
  by2: string | null;
  /** n, excluded, missing; `value` is the headline share or the mean (null where none). */
  figure: Figure;
  /** Row percentages: each column's share of this row's valid answers (Wilson 95%). */
  row: Part[];
  /** Column percentages: this row's part of each column's answers (Wilson 95%). */
  column: Part[];
  /** Against the rest of the selection; BH-adjusted across the rows of the same level. */
  comparison?: Comparison | null;
  hidden: boolean;
}

export interface Crosstab {
  type: 'share' | 'options' | 'mean';
  item: Item;
  by: CodedItem;
  by2: CodedItem | null;
  /** The answers (or options) a row is spread over; none for a mean. */
  columns: ValueLabel[];
  /** The total, then per code of `by` its row, followed by its cells when there is a `by2`. */
  rows: CrosstabRow[];
}

export class CrosstabError extends Error {
  override name = 'CrosstabError';
}

/** Items that can split a table: dimensions and coded questions. */
export function splittable(codebook: Codebook): CodedItem[] {
  return codebook.items.filter(isCoded);
}

/** Checks a spec against the codebook; the message says what would be valid. */
export function checkSpec(codebook: Codebook, spec: CrosstabSpec): void {
  const ids = codebook.items.map((i) => i.id);
  if (!ids.includes(spec.item)) throw new CrosstabError(`Unknown question "${spec.item}"`);
  const coded = splittable(codebook).map((i) => i.id);
  for (const by of [spec.by, spec.by2 ?? null]) {
    if (by === null) continue;
    if (!coded.includes(by))
      throw new CrosstabError(`Cannot split by "${by}": expected a dimension or coded question`);
    if (by === spec.item) throw new CrosstabError(`Cannot split "${by}" by itself`);
  }
  if (spec.by === spec.by2) throw new CrosstabError(`Cannot split by "${spec.by}" twice`);
}

/** How many answers of each column a row's statistics hold, for column percentages. */
type ColumnCounts<S> = (stats: S) => Record<string, number>;

function codeTotals(counts: CodeCount[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of counts) if (c.code !== null) out[c.code] = (out[c.code] ?? 0) + c.n;
  return out;
}

/**
 * A row's part of a column: x of the column's n answers, with its Wilson interval. Unweighted:
 * weights make a row's share of the sample, not of the population, and thresholds are on counts.
 * On a sensitive item an exact 0% or 100% is only given as a range (it would say "nobody here"
 * or "all of them are here").
 */
function columnShare(x: number, n: number, sensitive: boolean): Estimate | null {
  if (isSuppressed(n)) return null;
  const estimate = x / n;
  if (sensitive && estimate === 0) return { estimate: 0.05, lo: 0, hi: 0.05, bound: 'below' };
  if (sensitive && estimate === 1) return { estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' };
  return { estimate, ...wilson(x, n) };
}

interface Built<S> {
  key: string;
  level: CrosstabLevel;
  by: string | null;
  by2: string | null;
  stats: S;
  hidden: boolean;
  present: boolean;
}

async function tableOf<S, F extends Figure>(
  codebook: Codebook,
  item: Item,
  kind: Kind<S, F>,
  partsOf: (figure: F) => Part[],
  countsOf: ColumnCounts<S> | null,
  columns: ValueLabel[],
  spec: CrosstabSpec,
  selection: Selection,
): Promise<CrosstabRow[]> {
  const first = async (s: Selection) => (await kind.fetch(s)).get(null) ?? kind.zero;
  const own = await first(selection);
  const ownFigure = kind.figure(own, null);
  // D5 as on the topic pages: the selection goes when a view one filter wider would give it away.
  const wider = filtered(selection)
    ? await Promise.all([{ ...selection, filters: {} }, ...parentsOf(selection)].map(first))
    : [];
  const selectionHidden =
    isSuppressed(ownFigure.n) ||
    wider.some((parent) => revealsComplement(ownFigure.n, kind.figure(parent, null).n));

  const by = getItem(codebook, spec.by) as CodedItem;
  const by2 = spec.by2 ? (getItem(codebook, spec.by2) as CodedItem) : null;
  // "No answer" is a group of its own: the total minus the named groups would reveal it.
  const codes: (string | null)[] = [...by.values.map((v) => v.code), null];
  const codes2: (string | null)[] = by2 ? [...by2.values.map((v) => v.code), null] : [];
  const nOf = (s: S) => kind.figure(s, null).n;

  const groupStats = await kind.fetch(selection, spec.by);
  const groupAt = (code: string | null) => groupStats.get(code as Group);
  const groupNs = codes.map((c) => nOf(groupAt(c) ?? kind.zero));
  const groupHidden = selectionHidden
    ? codes.map(() => true)
    : extendHidden(
        groupNs,
        groupNs.map((n) => isSuppressed(n)),
      );
  const groups: Built<S>[] = codes.map((code, i) => ({
    key: code ?? '~',
    level: 'group',
    by: code,
    by2: null,
    stats: groupAt(code) ?? kind.zero,
    hidden: groupHidden[i]!,
    present: code !== null || groupAt(code) !== undefined,
  }));

  let cells: Built<S>[][] = [];
  if (by2) {
    const cellStats = await kind.fetch(selection, [by.id, by2.id]);
    const statsAt = (a: string | null, b: string | null) => cellStats.get(pairKey(a, b));
    const ns = codes.map((a) => codes2.map((b) => nOf(statsAt(a, b) ?? kind.zero)));
    const hidden = suppressTable(
      ns,
      codes.map((_, i) => codes2.map(() => groupHidden[i]!)),
    );
    cells = codes.map((a, i) =>
      codes2.map((b, j) => ({
        key: pairKey(a, b),
        level: 'cell' as const,
        by: a,
        by2: b,
        stats: statsAt(a, b) ?? kind.zero,
        hidden: hidden[i]![j]!,
        present: (a !== null && b !== null) || statsAt(a, b) !== undefined,
      })),
    );
  }

  const totals = countsOf ? countsOf(own) : {};
  const sensitive = item.sensitive === true;
  const toRow = (b: Built<S>, comparison: Comparison | null | undefined): CrosstabRow => {
    const figure = kind.figure(b.stats, b.key);
    const counts = countsOf ? countsOf(b.stats) : {};
    const shown = b.hidden ? hide(figure) : figure;
    return {
      level: b.level,
      key: b.key,
      by: b.by,
      by2: b.by2,
      figure: shown,
      row: partsOf(shown),
      column: columns.map((c) => ({
        code: c.code,
        value: b.hidden ? null : columnShare(counts[c.code] ?? 0, totals[c.code] ?? 0, sensitive),
      })),
      ...(comparison === undefined ? {} : { comparison }),
      hidden: b.hidden,
    };
  };
  const compared = (built: Built<S>[]) => {
    const tests = adjust(
      built.map((b) => (b.hidden ? null : kind.test(b.stats, kind.subtract(own, b.stats)))),
    );
    return new Map(built.map((b, i) => [b, tests[i]!]));
  };

  const ownRow: CrosstabRow = {
    ...toRow(
      {
        key: 'total',
        level: 'total',
        by: null,
        by2: null,
        stats: own,
        hidden: selectionHidden,
        present: true,
      },
      undefined,
    ),
    column: [],
  };
  const groupTests = compared(groups);
  const cellTests = compared(cells.flat());
  const rows: CrosstabRow[] = [ownRow];
  groups.forEach((g, i) => {
    if (!g.present) return;
    rows.push(toRow(g, groupTests.get(g)));
    for (const c of cells[i] ?? []) if (c.present) rows.push(toRow(c, cellTests.get(c)));
  });
  return rows;
}

/**
 * A crosstab of one question by one or two splits within the selection, with the same figures,
 * intervals, tests and suppression as the topic pages: a row of fewer than 10 valid answers is
 * hidden, and within every split (and, with two splits, within every row and column of the
 * table) no hidden row can be recovered from the margins by subtraction.
 */
export async function crosstab(
  engine: Engine,
  codebook: Codebook,
  spec: CrosstabSpec,
  selection: Selection,
): Promise<Crosstab> {
  checkSpec(codebook, spec);
  const by = getItem(codebook, spec.by) as CodedItem;
  const by2 = spec.by2 ? (getItem(codebook, spec.by2) as CodedItem) : null;
  const k = kindOf(statements(engine, codebook), codebook, spec.item);
  if (k.type === 'mean') {
    const rows = await tableOf(codebook, k.item, k.kind, () => [], null, [], spec, selection);
    return { type: 'mean', item: k.item, by, by2, columns: [], rows };
  }
  if (k.type === 'share') {
    const columns = k.item.values.filter((v) => !v.excluded);
    const rows = await tableOf(
      codebook,
      k.item,
      k.kind,
      (f) => f.parts,
      codeTotals,
      columns,
      spec,
      selection,
    );
    return { type: 'share', item: k.item, by, by2, columns, rows };
  }
  const columns = k.item.options;
  const rows = await tableOf(
    codebook,
    k.item,
    k.kind,
    (f) => f.parts,
    (s) => s.chosen,
    columns,
    spec,
    selection,
  );
  return { type: 'options', item: k.item, by, by2, columns, rows };
}
