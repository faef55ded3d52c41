import { findItem, getItem, optionColumn } from '../codebook/columns';
import type { Codebook, Item, MultiItem } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import type { Engine, Statement } from '../db/engine';
import type { Selection, Split } from './selection';
import { fromResponses, selectionWhere, universeWhere } from './selection';
import { and, ident } from '../db/sql';
import { sourceFor } from './summaries';
import type { ValueWeight } from '../stats/median';
import { HALF_TOLERANCE } from '../stats/median';

/**
 * SQL for the sufficient statistics of one item (counts per code; count, sum and sum of squares;
 * option counts), optionally per group of one dimension. Only aggregates ever leave the database.
 */

/** The group a row of results belongs to; null when the query is not split. */
export type Group = string | null;

/** Sums of weights: Σw and Σw² give Kish's effective n; both equal n when unweighted. */
export interface WeightSums {
  sw: number;
  sw2: number;
}

export interface CodeCount extends WeightSums {
  group: Group;
  /** null = no answer (missing). */
  code: string | null;
  n: number;
}

export interface Moments extends WeightSums {
  group: Group;
  n: number;
  missing: number;
  sum: number;
  sumsq: number;
  /** Σw·x and Σw·x² over the valid answers. */
  swx: number;
  swx2: number;
  /** The (weighted) median, stats/median.ts; null without valid answers. */
  median: number | null;
  /**
   * The distribution of the valid answers: each value with its respondents and Σw, by value. The
   * median of a group taken out of its parent ("the rest") is taken from it.
   */
  values: ValueWeight[];
}

export interface OptionCounts extends WeightSums {
  group: Group;
  /** Respondents in the universe who answered the question (chose or left any option). */
  answered: number;
  missing: number;
  chosen: Record<string, number>;
  /** Σw of those who chose each option. */
  chosenW: Record<string, number>;
}

/** The key of a group of a two-way split; `null` parts (no answer) become `~`. */
export function pairKey(a: string | null, b: string | null): string {
  return `${a ?? '~'}|${b ?? '~'}`;
}

function splitColumn(codebook: Codebook, id: string): string {
  const item = findItem(codebook, id);
  if (!item || !isCoded(item)) throw new Error(`Cannot split by "${id}"`);
  return ident(id);
}

function groupSql(codebook: Codebook, by: Split | undefined): string {
  if (by === undefined) return 'NULL';
  if (typeof by === 'string') return splitColumn(codebook, by);
  const [a, b] = by.map((id) => splitColumn(codebook, id));
  return `concat(coalesce(${a}, '~'), '|', coalesce(${b}, '~'))`;
}

function where(codebook: Codebook, item: Item, selection: Selection) {
  return and([selectionWhere(codebook, selection), universeWhere(codebook, item.universe)]);
}

export function codeCountsStatement(
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
  table?: string,
): Statement {
  const item = getItem(codebook, itemId);
  // A 1–10 mark counts like a code: its distribution is a chart of its own.
  const rating = item.type === 'rating10';
  if (!isCoded(item) && !rating) throw new Error(`${itemId} is not a coded item`);
  const code = rating ? `CAST(CAST(${ident(item.id)} AS INTEGER) AS VARCHAR)` : ident(item.id);
  const w = where(codebook, item, selection);
  return {
    sql: `SELECT ${groupSql(codebook, by)} AS grp, ${code} AS code, sum(freq) AS n, sum(w * freq) AS sw, sum(w * w * freq) AS sw2 ${fromResponses(selection.weighted, table)} WHERE ${w.sql} GROUP BY ALL ORDER BY ALL`,
    params: w.params,
  };
}

export function momentsStatement(
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
  table?: string,
): Statement {
  const item = getItem(codebook, itemId);
  if (!isNumeric(item)) throw new Error(`${itemId} is not a numeric item`);
  const w = where(codebook, item, selection);
  const valid = 'FILTER (WHERE v IS NOT NULL)';
  // The (weighted) median from the distribution, as stats/median.ts defines it: the smallest
  // value whose cumulative weight c reaches half the total t, the midpoint with the next value
  // where c is exactly t / 2 (within rounding). Unweighted (w = 1) it is DuckDB's median().
  const tie = `${HALF_TOLERANCE} * t`;
  const median =
    `arg_min(CASE WHEN c - t / 2 <= ${tie} AND nxt IS NOT NULL THEN (v + nxt) / 2 ELSE v END, v) ` +
    `FILTER (WHERE c - t / 2 >= -${tie}) AS median`;
  return {
    sql:
      `WITH base AS (SELECT ${groupSql(codebook, by)} AS grp, ${ident(item.id)} AS v, freq, w ` +
      `${fromResponses(selection.weighted, table)} WHERE ${w.sql}), ` +
      'agg AS (SELECT grp, ' +
      `coalesce(sum(freq) ${valid}, 0) AS n, coalesce(sum(freq) FILTER (WHERE v IS NULL), 0) AS missing, ` +
      'coalesce(sum(v * freq), 0) AS sum, coalesce(sum(v * v * freq), 0) AS sumsq, ' +
      `coalesce(sum(w * freq) ${valid}, 0) AS sw, coalesce(sum(w * w * freq) ${valid}, 0) AS sw2, ` +
      'coalesce(sum(w * v * freq), 0) AS swx, coalesce(sum(w * v * v * freq), 0) AS swx2 ' +
      'FROM base GROUP BY ALL), ' +
      'vals AS (SELECT grp, v, sum(freq) AS f, sum(w * freq) AS fw FROM base ' +
      'WHERE v IS NOT NULL GROUP BY ALL), ' +
      'cum AS (SELECT grp, v, f, fw, sum(fw) OVER (PARTITION BY grp ORDER BY v) AS c, ' +
      'sum(fw) OVER (PARTITION BY grp) AS t, lead(v) OVER (PARTITION BY grp ORDER BY v) AS nxt ' +
      'FROM vals), ' +
      `dist AS (SELECT grp, ${median}, list(v ORDER BY v) AS vs, list(f ORDER BY v) AS fs, ` +
      'list(fw ORDER BY v) AS fws FROM cum GROUP BY grp) ' +
      'SELECT agg.*, dist.median, dist.vs, dist.fs, dist.fws FROM agg LEFT JOIN dist ' +
      'ON agg.grp IS NOT DISTINCT FROM dist.grp ORDER BY agg.grp',
    params: w.params,
  };
}

export function optionCountsStatement(
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
  table?: string,
): Statement {
  const item = getItem(codebook, itemId);
  if (!isMulti(item)) throw new Error(`${itemId} is not a multi-select item`);
  const columns = item.options.map((o) => ident(optionColumn(item, o)));
  const answered = columns.map((c) => `${c} IS NOT NULL`).join(' OR ');
  const sums = item.options.flatMap((o, i) => [
    `coalesce(sum(${columns[i]} * freq), 0) AS ${ident(`o_${o.code}`)}`,
    `coalesce(sum(w * ${columns[i]} * freq), 0) AS ${ident(`w_${o.code}`)}`,
  ]);
  const w = where(codebook, item, selection);
  return {
    sql:
      `SELECT ${groupSql(codebook, by)} AS grp, ` +
      `coalesce(sum(freq) FILTER (WHERE ${answered}), 0) AS answered, ` +
      `coalesce(sum(freq) FILTER (WHERE NOT (${answered})), 0) AS missing, ` +
      `coalesce(sum(w * freq) FILTER (WHERE ${answered}), 0) AS sw, ` +
      `coalesce(sum(w * w * freq) FILTER (WHERE ${answered}), 0) AS sw2, ${sums.join(', ')} ` +
      `${fromResponses(selection.weighted, table)} WHERE ${w.sql} GROUP BY ALL ORDER BY ALL`,
    params: w.params,
  };
}

const group = (v: unknown): Group => (v === null || v === undefined ? null : String(v));

type StatementOf = (
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by: Split | undefined,
  table: string,
) => Statement;

/** Runs an item's statement on its summary table where the engine has one (summaries.ts). */
function run(
  engine: Engine,
  codebook: Codebook,
  statement: StatementOf,
  itemId: string,
  selection: Selection,
  by: Split | undefined,
) {
  const s = statement(codebook, itemId, selection, by, sourceFor(engine, codebook, itemId, by));
  return engine.query(s.sql, s.params);
}

export async function codeCounts(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
): Promise<CodeCount[]> {
  const rows = await run(engine, codebook, codeCountsStatement, itemId, selection, by);
  return rows.map((r) => ({
    group: group(r.grp),
    code: r.code === null ? null : String(r.code),
    n: Number(r.n),
    sw: Number(r.sw),
    sw2: Number(r.sw2),
  }));
}

/** The distribution of a moments row: its lists of values, counts and weight sums. */
function distributionOf(vs: unknown, fs: unknown, fws: unknown): ValueWeight[] {
  if (!Array.isArray(vs)) return [];
  const n = fs as number[];
  const sw = fws as number[];
  return vs.map((v, i) => ({ v: Number(v), n: Number(n[i]), sw: Number(sw[i]) }));
}

export async function moments(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
): Promise<Moments[]> {
  const rows = await run(engine, codebook, momentsStatement, itemId, selection, by);
  return rows.map((r) => ({
    group: group(r.grp),
    n: Number(r.n),
    missing: Number(r.missing),
    sum: Number(r.sum),
    sumsq: Number(r.sumsq),
    median: r.median === null || r.median === undefined ? null : Number(r.median),
    values: distributionOf(r.vs, r.fs, r.fws),
    sw: Number(r.sw),
    sw2: Number(r.sw2),
    swx: Number(r.swx),
    swx2: Number(r.swx2),
  }));
}

/** Counts of a group that no respondent falls in: every option chosen by nobody. */
export function noOptionCounts(item: MultiItem): OptionCounts {
  const none = () => Object.fromEntries(item.options.map((o) => [o.code, 0]));
  return { group: null, answered: 0, missing: 0, sw: 0, sw2: 0, chosen: none(), chosenW: none() };
}

export async function optionCounts(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  by?: Split,
): Promise<OptionCounts[]> {
  const item = getItem(codebook, itemId);
  if (!isMulti(item)) throw new Error(`${itemId} is not a multi-select item`);
  const rows = await run(engine, codebook, optionCountsStatement, itemId, selection, by);
  return rows.map((r) => ({
    group: group(r.grp),
    answered: Number(r.answered),
    missing: Number(r.missing),
    chosen: Object.fromEntries(item.options.map((o) => [o.code, Number(r[`o_${o.code}`])])),
    chosenW: Object.fromEntries(item.options.map((o) => [o.code, Number(r[`w_${o.code}`])])),
    sw: Number(r.sw),
    sw2: Number(r.sw2),
  }));
}

/**
 * Where figures get their sufficient statistics: a statement per request (`statements`), or a
 * batch fetched ahead for a whole view (batch.ts), which answers the same requests the same way.
 */
export interface Aggregates {
  codeCounts(itemId: string, selection: Selection, by?: Split): Promise<CodeCount[]>;
  moments(itemId: string, selection: Selection, by?: Split): Promise<Moments[]>;
  optionCounts(itemId: string, selection: Selection, by?: Split): Promise<OptionCounts[]>;
}

/** One statement per request. */
export function statements(engine: Engine, codebook: Codebook): Aggregates {
  return {
    codeCounts: (itemId, selection, by) => codeCounts(engine, codebook, itemId, selection, by),
    moments: (itemId, selection, by) => moments(engine, codebook, itemId, selection, by),
    optionCounts: (itemId, selection, by) => optionCounts(engine, codebook, itemId, selection, by),
  };
}
