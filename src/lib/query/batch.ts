import { dimensions, getItem, optionColumn } from '../codebook/columns';
import type { Codebook, Item, MultiItem } from '../codebook/types';
import { isMulti, isNumeric } from '../codebook/types';
import type { Columns, Engine, Statement } from '../db/engine';
import type { Aggregates, CodeCount, Group, Moments, OptionCounts, WeightSums } from './aggregates';
import type { Selection, Split } from './selection';
import { noOptionCounts } from './aggregates';
import { checkSelection, fromResponses, universeWhere } from './selection';
import { ident } from '../db/sql';
import { sourceFor } from './summaries';
import { weightedMedian } from '../stats/median';

/**
 * Every figure of a view in one statement per question. A view asks about each question for
 * several filter sets (the selection, all respondents, the selection with one filter taken off,
 * the benchmark), in every wave (the trend), and split by the compare dimension: some 10 to 80
 * statements a topic, each a round trip to DuckDB's worker of several milliseconds however small
 * its answer. Here one statement per question sums its summary table by wave, by the spec's
 * dimensions (viewSource: all of them) and by answer; every request is then answered by adding up the
 * matching rows of that answer (a few hundred to a few thousand), and the median is taken from
 * the distribution as momentsStatement takes it. The statement names dimensions, not codes, so
 * the next view on the same dimensions (viewSource asks for all of them) finds it prepared and
 * its answer in the query cache. A request the batch does not cover goes to `fallback`: a batch
 * is never different, at worst not faster (tests/unit/batch.test.ts).
 */

export interface BatchSpec {
  itemIds: readonly string[];
  /** The dimensions requests may filter or split by. */
  dims: readonly string[];
  weighted: boolean;
}

/**
 * What was made from a statement's result: its row numbers per wave, and the answers already
 * added up. The query cache hands the next view on the same dimensions the same result, so what
 * stays the same from one filter change to the next (all respondents, the benchmark, other
 * waves) is not added up again.
 */
interface Made {
  byWave: Map<unknown, number[]>;
  answers: Map<string, unknown>;
}
const made = new WeakMap<Columns, Made>();

function madeFrom(columns: Columns): Made {
  let m = made.get(columns);
  if (!m) {
    const byWave = new Map<unknown, number[]>();
    const wave = columns.values.wave!;
    for (let i = 0; i < columns.length; i++) {
      const rows = byWave.get(wave[i]) ?? [];
      rows.push(i);
      byWave.set(wave[i], rows);
    }
    made.set(columns, (m = { byWave, answers: new Map() }));
  }
  return m;
}

/** Respondents and their weight sums. */
type WeightedCount = WeightSums & { n: number };

/** What one statement of the batch holds: the question, and its rows as columns. */
interface Fetched {
  item: Item;
  columns: Columns;
}

function valueSql(item: Item): string {
  if (isMulti(item))
    return `(${item.options.map((o) => `${ident(optionColumn(item, o))} IS NOT NULL`).join(' OR ')})`;
  return isNumeric(item) ? `${ident(item.id)}::DOUBLE` : ident(item.id);
}

/** The statement for one question: its counts and weight sums by wave, dimensions and answer. */
export function batchStatement(
  codebook: Codebook,
  itemId: string,
  dims: readonly string[],
  weighted: boolean,
  table?: string,
): Statement {
  const item = getItem(codebook, itemId);
  const options = isMulti(item)
    ? item.options.flatMap((o, k) => {
        const column = ident(optionColumn(item, o));
        return [`sum(${column} * freq) AS c${k}`, `sum(w * ${column} * freq) AS cw${k}`];
      })
    : [];
  const universe = universeWhere(codebook, item.universe);
  return {
    sql:
      `SELECT wave, ${dims.map((d) => `${ident(d)}, `).join('')}${valueSql(item)} AS val, ` +
      `sum(freq) AS n, sum(w * freq) AS sw, sum(w * w * freq) AS sw2` +
      `${options.map((o) => `, ${o}`).join('')} ` +
      `${fromResponses(weighted, table)} WHERE ${universe.sql} GROUP BY ALL`,
    params: universe.params,
  };
}

/**
 * Runs one statement per question and answers the view's requests from what came back. A
 * question in `shipped` (the results of its statement, shipped with the build: shipped.ts) is
 * not asked again.
 */
export async function batch(
  engine: Engine,
  codebook: Codebook,
  spec: BatchSpec,
  fallback: Aggregates,
  shipped?: Readonly<Record<string, Columns>>,
): Promise<Aggregates> {
  const dims = [...new Set(spec.dims)].sort();
  for (const d of dims)
    if (!dimensions(codebook).some((dim) => dim.id === d))
      throw new Error(`A batch covers dimensions only, not "${d}"`);
  const fetched = new Map<string, Fetched>(
    await Promise.all(
      spec.itemIds.map(async (id): Promise<[string, Fetched]> => {
        const given = shipped?.[id];
        if (given) return [id, { item: getItem(codebook, id), columns: given }];
        // A summary holds every dimension, so it serves any batch.
        const table = sourceFor(engine, codebook, id);
        const s = batchStatement(codebook, id, dims, spec.weighted, table);
        return [
          id,
          { item: getItem(codebook, id), columns: await engine.columns(s.sql, s.params) },
        ];
      }),
    ),
  );

  /**
   * The question's rows, if the batch covers the request (its filters and split are batch
   * dimensions), and the request's key: a view asks some requests twice (its charts and its
   * trends), answered once.
   */
  function covered(itemId: string, selection: Selection, by: Split | undefined) {
    const found = fetched.get(itemId);
    if (!found || (selection.weighted ?? false) !== spec.weighted) return null;
    if (by !== undefined && (typeof by !== 'string' || !dims.includes(by))) return null;
    const filters = Object.entries(selection.filters)
      .filter((f): f is [string, string[]] => (f[1]?.length ?? 0) > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    if (!filters.every(([id]) => dims.includes(id))) return null;
    const key = JSON.stringify([itemId, selection.wave, filters, by ?? null]);
    return { found, filters, by, wave: selection.wave, key, selection };
  }
  type Covered = NonNullable<ReturnType<typeof covered>>;

  /** A request's answer, computed once per statistic: a rating's marks and moments differ. */
  function answer<T>(c: Covered, statistic: string, compute: () => T): T {
    const { answers } = madeFrom(c.found.columns);
    const key = `${statistic} ${c.key}`;
    if (!answers.has(key)) {
      // As selectionWhere does: an unknown wave or code is an error, not an empty selection.
      checkSelection(codebook, c.selection);
      answers.set(key, compute());
    }
    return answers.get(key) as T;
  }

  /**
   * Adds up the rows of the request's wave that pass its filters, per group (null when not split,
   * and for those whose value of the split dimension is unknown), with `add` reading row i.
   */
  function collect<A>(
    { found, filters, by, wave }: Covered,
    start: () => A,
    add: (acc: A, i: number) => void,
  ): Map<Group, A> {
    const { values } = found.columns;
    const tests = filters.map(([id, codes]) => ({ column: values[id]!, codes: new Set(codes) }));
    const groups = by === undefined ? null : values[by as string]!;
    const out = new Map<Group, A>();
    for (const i of madeFrom(found.columns).byWave.get(wave) ?? []) {
      if (!tests.every((t) => t.codes.has(t.column[i] as string))) continue;
      const group = groups ? ((groups[i] as string | null) ?? null) : null;
      let acc = out.get(group);
      if (!acc) out.set(group, (acc = start()));
      add(acc, i);
    }
    return out;
  }

  /** Row i's value of a sum column (NULL, a sum over no value, reads as 0). */
  const sum = (found: Fetched, name: string, i: number) =>
    (found.columns.values[name]![i] as number | null) ?? 0;
  /** Adds row i's count and weight sums to `acc`. */
  const addCounts = (acc: WeightedCount, found: Fetched, i: number) => {
    acc.n += sum(found, 'n', i);
    acc.sw += sum(found, 'sw', i);
    acc.sw2 += sum(found, 'sw2', i);
  };

  function codeCountsOf(c: Covered): CodeCount[] {
    const rating = c.found.item.type === 'rating10';
    const vals = c.found.columns.values.val!;
    const groups = collect(
      c,
      () => new Map<string | null, CodeCount>(),
      (acc, i) => {
        const raw = vals[i] as string | number | null;
        // A rating's mark as a code, as codeCountsStatement casts it.
        const code = raw === null ? null : rating ? String(Math.round(raw as number)) : String(raw);
        const counts = acc.get(code) ?? { group: null, code, n: 0, sw: 0, sw2: 0 };
        addCounts(counts, c.found, i);
        acc.set(code, counts);
      },
    );
    return [...groups].flatMap(([group, codes]) =>
      [...codes.values()].map((counts) => ({ ...counts, group })),
    );
  }

  function momentsOfRows(c: Covered): Moments[] {
    const vals = c.found.columns.values.val!;
    const groups = collect(
      c,
      () => ({ missing: 0, values: new Map<number, WeightedCount>() }),
      (acc, i) => {
        const v = vals[i] as number | null;
        if (v === null) {
          acc.missing += sum(c.found, 'n', i);
          return;
        }
        const d = acc.values.get(v) ?? { n: 0, sw: 0, sw2: 0 };
        addCounts(d, c.found, i);
        acc.values.set(v, d);
      },
    );
    return [...groups].map(([group, { missing, values }]) => momentsOf(group, missing, values));
  }

  function optionCountsOf(c: Covered, item: MultiItem): OptionCounts[] {
    const vals = c.found.columns.values.val!;
    const groups = collect(
      c,
      () => noOptionCounts(item),
      (acc, i) => {
        if (!vals[i]) {
          acc.missing += sum(c.found, 'n', i);
          return;
        }
        acc.answered += sum(c.found, 'n', i);
        acc.sw += sum(c.found, 'sw', i);
        acc.sw2 += sum(c.found, 'sw2', i);
        item.options.forEach((o, k) => {
          acc.chosen[o.code]! += sum(c.found, `c${k}`, i);
          acc.chosenW[o.code]! += sum(c.found, `cw${k}`, i);
        });
      },
    );
    return [...groups].map(([group, counts]) => ({ ...counts, group }));
  }

  return {
    async codeCounts(itemId, selection, by) {
      const c = covered(itemId, selection, by);
      return c
        ? answer(c, 'codes', () => codeCountsOf(c))
        : fallback.codeCounts(itemId, selection, by);
    },
    async moments(itemId, selection, by) {
      const c = covered(itemId, selection, by);
      return c
        ? answer(c, 'moments', () => momentsOfRows(c))
        : fallback.moments(itemId, selection, by);
    },
    async optionCounts(itemId, selection, by) {
      const c = covered(itemId, selection, by);
      const item = c?.found.item;
      return c && item && isMulti(item)
        ? answer(c, 'options', () => optionCountsOf(c, item))
        : fallback.optionCounts(itemId, selection, by);
    },
  };
}

/**
 * Moments of one group from its distribution: counts and weight sums per value. The median is the
 * (weighted) median of stats/median.ts, as momentsStatement takes it; unweighted, the middle value
 * or the mean of the two middle values (DuckDB's median() on the raw rows).
 */
export function momentsOf(
  group: Group,
  missing: number,
  values: Map<number, WeightedCount>,
): Moments {
  const m: Moments = {
    group,
    n: 0,
    missing,
    sum: 0,
    sumsq: 0,
    sw: 0,
    sw2: 0,
    swx: 0,
    swx2: 0,
    median: null,
    values: [],
  };
  const sorted = [...values].sort(([a], [b]) => a - b);
  for (const [v, d] of sorted) {
    m.n += d.n;
    m.sum += v * d.n;
    m.sumsq += v * v * d.n;
    m.sw += d.sw;
    m.sw2 += d.sw2;
    m.swx += v * d.sw;
    m.swx2 += v * v * d.sw;
    m.values.push({ v, n: d.n, sw: d.sw });
  }
  m.median = weightedMedian(m.values);
  return m;
}
