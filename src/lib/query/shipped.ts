import { dimensions } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Columns, Engine } from '../db/engine';
import { batchStatement } from './batch';
import { respondentsStatement } from './respondents';
import type { Weights } from '../data/weighted-waves';

/**
 * Query results shipped with the build, so that a topic's figures need no DuckDB. A topic page
 * asks one statement per question (batch.ts: counts by wave, every dimension and answer) and one
 * for the respondents per dimension (respondents.ts); neither names a code, so their results are
 * the same for every view of the topic: any wave, any filters, any compare-by dimension, any
 * benchmark is added up from them in JavaScript, as it is after DuckDB has answered. The build
 * runs the statements (src/build/precompute.ts) and writes one file per topic; the page fetches
 * the file of the topic on screen and computes its figures from it with the same code
 * (tests/unit/shipped.test.ts: identical figures on every topic).
 *
 * Weighted views too: the statements hold counts only, and a weighted view's sums are their
 * counts times the weights, which the page computes from the trainee counts and the respondents
 * the build counted (population.ts weigh) and adds up in the same order as after DuckDB has
 * answered (batch.ts). The size grows with the combinations of dimensions and answers present
 * in the data, not with the views a URL can name.
 */
export interface ViewResults {
  /** The dimensions the statements group by, sorted as batch() sorts them. */
  dims: readonly string[];
  /** The batch statement of each question, by item id. */
  batches: Readonly<Record<string, Columns>>;
  /** The respondents statement. */
  respondents: Columns;
  /**
   * The weights of a weighted view (population.ts weigh), set by the page where it knows them
   * without DuckDB: then a weighted view is added up from the batches too. Never in the files.
   */
  weights?: Weights;
}

/** A column as JSON. */
type EncodedColumn =
  /** Arrow's Float64Array (numbers, no NULL). */
  | { f64: number[] }
  /** Text with NULLs as indices into a dictionary. */
  | { dictionary: (string | null)[]; codes: number[] }
  /** Any other column as it is (numbers with NULLs, booleans). */
  | { values: unknown[] }
  /** The same values as an earlier column. */
  | { same: string };

interface EncodedColumns {
  length: number;
  columns: Record<string, EncodedColumn>;
}

/** One topic's file, as JSON. */
export interface EncodedViewResults {
  format: 2;
  topic: string;
  dims: string[];
  batches: Record<string, EncodedColumns>;
  respondents: EncodedColumns;
}

/** Runs the statements of the given questions (by every dimension). */
export async function viewResults(
  engine: Engine,
  codebook: Codebook,
  itemIds: readonly string[],
): Promise<ViewResults> {
  const dims = dimensions(codebook)
    .map((d) => d.id)
    .sort();
  const batches: Record<string, Columns> = {};
  for (const id of itemIds) {
    const s = batchStatement(codebook, id, dims);
    batches[id] = await engine.columns(s.sql, s.params);
  }
  const r = respondentsStatement(codebook);
  return { dims, batches, respondents: await engine.columns(r.sql, r.params) };
}

function sameValues(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length || ArrayBuffer.isView(a) !== ArrayBuffer.isView(b)) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function encodeColumns(columns: Columns): EncodedColumns {
  const out: Record<string, EncodedColumn> = {};
  const done: [string, ArrayLike<unknown>][] = [];
  for (const [name, values] of Object.entries(columns.values)) {
    const same = done.find(([, earlier]) => sameValues(earlier, values));
    done.push([name, values]);
    if (same) out[name] = { same: same[0] };
    else if (values instanceof Float64Array) out[name] = { f64: Array.from(values) };
    else if (Array.from(values).every((v) => v === null || typeof v === 'string')) {
      const dictionary: (string | null)[] = [];
      const index = new Map<string | null, number>();
      const codes = Array.from(values as ArrayLike<string | null>, (v) => {
        let k = index.get(v);
        if (k === undefined) index.set(v, (k = dictionary.push(v) - 1));
        return k;
      });
      out[name] = { dictionary, codes };
    } else out[name] = { values: Array.from(values) };
  }
  return { length: columns.length, columns: out };
}

function decodeColumns(encoded: EncodedColumns): Columns {
  const values: Record<string, ArrayLike<unknown>> = {};
  for (const [name, column] of Object.entries(encoded.columns)) {
    if ('same' in column) values[name] = values[column.same]!;
    else if ('f64' in column) values[name] = Float64Array.from(column.f64);
    else if ('codes' in column) values[name] = column.codes.map((k) => column.dictionary[k]!);
    else values[name] = column.values;
    if (values[name]?.length !== encoded.length)
      throw new Error(`Shipped results: column ${name} has the wrong length`);
  }
  return { length: encoded.length, values };
}

export function encodeViewResults(topic: string, results: ViewResults): EncodedViewResults {
  return {
    format: 2,
    topic,
    dims: [...results.dims],
    batches: Object.fromEntries(
      Object.entries(results.batches).map(([id, columns]) => [id, encodeColumns(columns)]),
    ),
    respondents: encodeColumns(results.respondents),
  };
}

/** A topic's file read back; throws on anything but the format written above. */
export function decodeViewResults(json: unknown): ViewResults {
  const stored = json as EncodedViewResults;
  if (stored?.format !== 2 || !Array.isArray(stored.dims) || typeof stored.batches !== 'object')
    throw new Error('Shipped results: unknown format');
  return {
    dims: stored.dims,
    batches: Object.fromEntries(
      Object.entries(stored.batches).map(([id, columns]) => [id, decodeColumns(columns)]),
    ),
    respondents: decodeColumns(stored.respondents),
  };
}

/** Whether shipped results were made for the codebook's dimensions (batch() groups by these). */
export function servesCodebook(results: ViewResults, codebook: Codebook): boolean {
  const dims = dimensions(codebook)
    .map((d) => d.id)
    .sort();
  return dims.length === results.dims.length && dims.every((d, i) => d === results.dims[i]);
}

/**
 * The results of several topics as one, for a view of questions from more than one topic (the
 * slides, a report, the scorecard): each question's statement from its topic's file, the
 * respondents (the same statement in every file) from the first. Null when none was shipped; a
 * question whose topic has no results, or results made for other dimensions than the first's, is
 * asked of DuckDB (viewSource).
 */
export function combineViewResults(list: readonly (ViewResults | null)[]): ViewResults | null {
  const first = list.find((results) => results !== null);
  const found = list.filter(
    (results): results is ViewResults =>
      results !== null && results.dims.join() === first!.dims.join(),
  );
  if (found.length <= 1) return found[0] ?? null;
  return {
    dims: found[0]!.dims,
    batches: Object.fromEntries(found.flatMap((results) => Object.entries(results.batches))),
    respondents: found[0]!.respondents,
  };
}
