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
import { WEIGHTS } from '../data/tables';
import type { Weights } from '../data/weighted-waves';

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
 *
 * Weighted figures come from the same rows: the weight is the same for every respondent of a
 * wave and specialty (post-stratification, population.ts), and specialty is among the
 * statement's dimensions, so a row's weight sums are its count times its weight (Σw = w·n,
 * Σw² = w²·n) — computed here, not by DuckDB. One statement then serves a view weighted and
 * unweighted, and the results the build ships serve weighted views too (shipped.ts), with the
 * same figures to the last bit as DuckDB's: the same rows in the same order (ORDER BY ALL) and
 * the same arithmetic in the same order.
 */

export interface BatchSpec {
  itemIds: readonly string[];
  /** The dimensions requests may filter or split by. */
  dims: readonly string[];
  /** Whether weighted requests are to be answered: then the weights are needed. */
  weighted: boolean;
  /**
   * The weights (population.ts weigh), when the caller has them; else, for a weighted batch,
   * read from DuckDB's weights table (made from the same numbers by applyWeights).
   */
  weights?: Weights;
}

/** The dimension whose groups are weighted alike: the stratum of the weights. */
const STRATUM = 'specialty';

/** The weights as DuckDB's table holds them. */
async function readWeights(engine: Engine): Promise<Weights> {
  const weights: Record<string, Record<string, number>> = {};
  for (const r of await engine.query(`SELECT wave, specialty, w FROM ${WEIGHTS}`))
    (weights[String(r.wave)] ??= {})[String(r.specialty)] = Number(r.w);
  return weights;
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

/**
 * The statement for one question: its counts by wave, dimensions and answer (and, for a
 * multi-select question, of each option chosen), in a fixed order.
 */
export function batchStatement(
  codebook: Codebook,
  itemId: string,
  dims: readonly string[],
  table?: string,
): Statement {
  const item = getItem(codebook, itemId);
  const options = isMulti(item)
    ? item.options.map((o, k) => `sum(${ident(optionColumn(item, o))} * freq) AS c${k}`)
    : [];
  const universe = universeWhere(codebook, item.universe);
  return {
    sql:
      `SELECT wave, ${dims.map((d) => `${ident(d)}, `).join('')}${valueSql(item)} AS val, ` +
      `sum(freq) AS n${options.map((o) => `, ${o}`).join('')} ` +
      `${fromResponses(false, table)} WHERE ${universe.sql} GROUP BY ALL ORDER BY ALL`,
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
  // Weighted, the rows must tell each respondent's stratum.
  const dims = [...new Set([...spec.dims, ...(spec.weighted ? [STRATUM] : [])])].sort();
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
        const s = batchStatement(codebook, id, dims, table);
        return [
          id,
          { item: getItem(codebook, id), columns: await engine.columns(s.sql, s.params) },
        ];
      }),
    ),
  );
  const weights = spec.weighted ? (spec.weights ?? (await readWeights(engine))) : undefined;

  /**
   * The question's rows, if the batch covers the request (its filters and split are batch
   * dimensions), and the request's key: a view asks some requests twice (its charts and its
   * trends), answered once.
   */
  function covered(itemId: string, selection: Selection, by: Split | undefined) {
    const found = fetched.get(itemId);
    const weighted = selection.weighted ?? false;
    if (!found || (weighted && !weights)) return null;
    if (by !== undefined && (typeof by !== 'string' || !dims.includes(by))) return null;
    const filters = Object.entries(selection.filters)
      .filter((f): f is [string, string[]] => (f[1]?.length ?? 0) > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    if (!filters.every(([id]) => dims.includes(id))) return null;
    const key = JSON.stringify([itemId, selection.wave, filters, by ?? null, weighted]);
    return { found, filters, by, wave: selection.wave, weighted, key, selection };
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
   * and for those whose value of the split dimension is unknown), with `add` reading row i and
   * its respondents' weight w (1 unweighted). Weighted, a row of a specialty without a weight is
   * left out, as DuckDB's join with the weights table leaves it out (selection.ts).
   */
  function collect<A>(
    { found, filters, by, wave, weighted }: Covered,
    start: () => A,
    add: (acc: A, i: number, w: number) => void,
  ): Map<Group, A> {
    const { values } = found.columns;
    const tests = filters.map(([id, codes]) => ({ column: values[id]!, codes: new Set(codes) }));
    const groups = by === undefined ? null : values[by as string]!;
    const waveWeights = weighted ? (weights?.[String(wave)] ?? {}) : null;
    const strata = values[STRATUM];
    const out = new Map<Group, A>();
    for (const i of madeFrom(found.columns).byWave.get(wave) ?? []) {
      if (!tests.every((t) => t.codes.has(t.column[i] as string))) continue;
      let w = 1;
      if (waveWeights) {
        const stratum = strata![i] as string | null;
        const given = stratum === null ? undefined : waveWeights[stratum];
        if (given === undefined) continue;
        w = given;
      }
      const group = groups ? ((groups[i] as string | null) ?? null) : null;
      let acc = out.get(group);
      if (!acc) out.set(group, (acc = start()));
      add(acc, i, w);
    }
    return out;
  }

  /** Row i's value of a sum column (NULL, a sum over no value, reads as 0). */
  const sum = (found: Fetched, name: string, i: number) =>
    (found.columns.values[name]![i] as number | null) ?? 0;
  /** Adds row i's count and weight sums (its respondents' weight w) to `acc`. */
  const addCounts = (acc: WeightedCount, found: Fetched, i: number, w: number) => {
    const n = sum(found, 'n', i);
    acc.n += n;
    acc.sw += w * n;
    acc.sw2 += w * w * n;
  };

  function codeCountsOf(c: Covered): CodeCount[] {
    const rating = c.found.item.type === 'rating10';
    const vals = c.found.columns.values.val!;
    const groups = collect(
      c,
      () => new Map<string | null, CodeCount>(),
      (acc, i, w) => {
        const raw = vals[i] as string | number | null;
        // A rating's mark as a code, as codeCountsStatement casts it.
        const code = raw === null ? null : rating ? String(Math.round(raw as number)) : String(raw);
        const counts = acc.get(code) ?? { group: null, code, n: 0, sw: 0, sw2: 0 };
        addCounts(counts, c.found, i, w);
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
      (acc, i, w) => {
        const v = vals[i] as number | null;
        if (v === null) {
          acc.missing += sum(c.found, 'n', i);
          return;
        }
        const d = acc.values.get(v) ?? { n: 0, sw: 0, sw2: 0 };
        addCounts(d, c.found, i, w);
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
      (acc, i, w) => {
        if (!vals[i]) {
          acc.missing += sum(c.found, 'n', i);
          return;
        }
        const n = sum(c.found, 'n', i);
        acc.answered += n;
        acc.sw += w * n;
        acc.sw2 += w * w * n;
        item.options.forEach((o, k) => {
          const chosen = sum(c.found, `c${k}`, i);
          acc.chosen[o.code]! += chosen;
          acc.chosenW[o.code]! += w * chosen;
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
