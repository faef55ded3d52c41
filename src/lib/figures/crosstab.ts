import { itemInWave } from '../codebook/asked';
import { dimensions, getItem } from '../codebook/columns';
import type { Codebook, CodedItem, Item, ValueLabel } from '../codebook/types';
import { isCoded } from '../codebook/types';
import type { Engine } from '../db/engine';
import { censorExtreme } from '../privacy/extremes';
import { isSuppressed } from '../privacy/threshold';
import type { CodeCount, Group } from '../query/aggregates';
import { pairKey, statements } from '../query/aggregates';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import { wilson } from '../stats/wilson';
import type { Kind, Part } from './kinds';
import { kindOf } from './kinds';
import type { Comparison } from './panel';
import { adjust, hide, viewSource } from './panel';
import type { Estimate } from '../stats/estimate';
import type { Figure } from './types';

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
type CrosstabLevel = 'total' | 'group' | 'cell';

export interface CrosstabRow {
  level: CrosstabLevel;
  key: string;
  /**
   * The row's code of `by` and of `by2`; null = blank: withheld or unknown for a dimension, no
   * answer for a question (and null on the total).
   */
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

class CrosstabError extends Error {
  override name = 'CrosstabError';
}

/** Items that can split a table: dimensions and coded questions. */
function splittable(codebook: Codebook): CodedItem[] {
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
 * The options of a sensitive multi-select item keep their range rule (privacy/extremes.ts).
 */
function columnShare(x: number, n: number, sensitiveOption: boolean): Estimate | null {
  if (isSuppressed(n)) return null;
  return censorExtreme({ estimate: x / n, ...wilson(x, n) }, n, sensitiveOption, x);
}

interface Built<S> {
  key: string;
  level: CrosstabLevel;
  by: string | null;
  by2: string | null;
  stats: S;
  hidden: boolean;
}

/** A split as asked in the wave: its codes then (src/lib/codebook/asked.ts). */
function splitIn(codebook: Codebook, id: string, wave: number): CodedItem {
  return (itemInWave(codebook, id, wave) ?? getItem(codebook, id)) as CodedItem;
}

async function tableOf<S, F extends Figure>(
  codebook: Codebook,
  kind: Kind<S, F>,
  partsOf: (figure: F) => Part[],
  countsOf: ColumnCounts<S> | null,
  columns: ValueLabel[],
  sensitiveOptions: boolean,
  spec: CrosstabSpec,
  selection: Selection,
): Promise<CrosstabRow[]> {
  const own = (await kind.fetch(selection)).get(null) ?? kind.zero;
  const nOf = (s: S) => kind.figure(s, null).n;

  const by = splitIn(codebook, spec.by, selection.wave);
  const by2 = spec.by2 ? splitIn(codebook, spec.by2, selection.wave) : null;
  // Blank is a group of its own ("Afgeschermd of onbekend" for a dimension, "no answer" for a
  // question), in every table of a wave that has blanks of the split at all: its presence then
  // says nothing about the selection.
  const wave = { ...selection, filters: {} };
  const blanks = async (split: string) => (await kind.fetch(wave, split)).has(null);
  const codes: (string | null)[] = [
    ...by.values.map((v) => v.code),
    ...((await blanks(by.id)) ? [null] : []),
  ];
  const codes2: (string | null)[] = by2
    ? [...by2.values.map((v) => v.code), ...((await blanks(by2.id)) ? [null] : [])]
    : [];

  // Reliability is the only rule: a row of fewer than 10 valid answers shows nothing. The file is
  // strictly k-anonymous, so every group of a split by dimensions, and every difference of two,
  // is 0 or ≥ 10 respondents; a split by answers is of answers no attacker knows (PRIVACY.md).
  const groupStats = await kind.fetch(selection, spec.by);
  const groups: Built<S>[] = codes.map((code) => {
    const stats = groupStats.get(code as Group) ?? kind.zero;
    return {
      key: code ?? '~',
      level: 'group',
      by: code,
      by2: null,
      stats,
      hidden: isSuppressed(nOf(stats)),
    };
  });

  let cells: Built<S>[][] = [];
  if (by2) {
    const cellStats = await kind.fetch(selection, [by.id, by2.id]);
    cells = codes.map((a) =>
      codes2.map((b) => {
        const key = pairKey(a, b);
        const stats = cellStats.get(key) ?? kind.zero;
        return {
          key,
          level: 'cell' as const,
          by: a,
          by2: b,
          stats,
          hidden: isSuppressed(nOf(stats)),
        };
      }),
    );
  }

  const totals = countsOf ? countsOf(own) : {};
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
        value: b.hidden
          ? null
          : columnShare(counts[c.code] ?? 0, totals[c.code] ?? 0, sensitiveOptions),
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
        hidden: isSuppressed(nOf(own)),
      },
      undefined,
    ),
    column: [],
  };
  const groupTests = compared(groups);
  const cellTests = compared(cells.flat());
  const rows: CrosstabRow[] = [ownRow];
  groups.forEach((g, i) => {
    rows.push(toRow(g, groupTests.get(g)));
    for (const c of cells[i] ?? []) rows.push(toRow(c, cellTests.get(c)));
  });
  return rows;
}

/**
 * A crosstab of one question (a dimension too) by one or two splits within the selection, with
 * the same figures, intervals, tests and suppression as the topic pages: a row of fewer than 10
 * valid answers is hidden.
 */
export async function crosstab(
  engine: Engine,
  codebook: Codebook,
  spec: CrosstabSpec,
  selection: Selection,
  /**
   * The results shipped with the build (shipped.ts): a question of theirs split by dimensions
   * only is added up from them without asking DuckDB (weighted, with the weights set).
   */
  shipped?: ViewResults | null,
): Promise<Crosstab> {
  checkSpec(codebook, spec);
  const by = splitIn(codebook, spec.by, selection.wave);
  const by2 = spec.by2 ? splitIn(codebook, spec.by2, selection.wave) : null;
  const dims = dimensions(codebook).map((d) => d.id);
  // Split by dimensions only, a question's figures are sums of its batch (batch.ts), as on a
  // topic page: from the shipped results where given, weighted too, and the same from DuckDB.
  const byDimensions = dims.includes(spec.by) && !spec.by2;
  const source = byDimensions
    ? await viewSource(engine, codebook, [spec.item], selection.weighted ?? false, shipped)
    : statements(engine, codebook);
  const k = kindOf(source, codebook, spec.item, selection.wave);
  if (k.type === 'mean') {
    const rows = await tableOf(codebook, k.kind, () => [], null, [], false, spec, selection);
    return { type: 'mean', item: k.item, by, by2, columns: [], rows };
  }
  if (k.type === 'share') {
    const columns = k.item.values.filter((v) => !v.excluded);
    const rows = await tableOf(
      codebook,
      k.kind,
      (f) => f.parts,
      codeTotals,
      columns,
      false,
      spec,
      selection,
    );
    return { type: 'share', item: k.item, by, by2, columns, rows };
  }
  const columns = k.item.options;
  const rows = await tableOf(
    codebook,
    k.kind,
    (f) => f.parts,
    (s) => s.chosen,
    columns,
    k.item.sensitive === true,
    spec,
    selection,
  );
  return { type: 'options', item: k.item, by, by2, columns, rows };
}
