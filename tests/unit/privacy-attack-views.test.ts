/**
 * Issue 13, item 7 (b): a differencing attack on every view the dashboard offers, on the committed
 * waves loaded into duckdb-wasm as the site loads them.
 *
 * The views: a topic page or the explorer with up to three filters (one code each, any dimension,
 * any code present in the wave), split by a compare dimension (topic page) or by q / by / by2 over
 * dimensions (explorer; a coded question as q splits nobody further), in either wave. Each view
 * shows groups of respondents: the selection, each group of a split — the blank group
 * ("afgeschermd of onbekend") included — and each cell of two or three splits. An attacker can
 * intersect and subtract any of them, so what they can isolate are the atoms: respondents with the
 * same membership in every group shown. Every atom must hold ≥ 10 respondents, and ≥ 2 distinct
 * valid answers on each sensitive item answered in it. The benchmark "rest" (wave − selection),
 * the hospital-type benchmark (a one-filter selection) and a parent view (one filter fewer) are
 * complements or views of the same list, so they cannot split an atom further.
 *
 * Selections go through the project's own selectionWhere against DuckDB; the splits are read
 * from the six values of each selected row (GROUP BY semantics: NULL is a group of its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensions } from '../../src/lib/codebook/columns';
import type { Engine } from '../../src/lib/db/engine';
import type { Selection } from '../../src/lib/query/selection';
import { selectionWhere } from '../../src/lib/query/selection';
import {
  K,
  L,
  SIX,
  cell,
  describeVector,
  jsonCodebook,
  listed,
  sensitiveAnswers,
} from './helpers/attack';
import { engineWithWaves, readCodebook } from './helpers/data';

const codebook = readCodebook();
const dims = dimensions(codebook).map((d) => d.id);
const sensitive = sensitiveAnswers(jsonCodebook());
const waves = codebook.waves.map((w) => w.year);
const MAX_FILTERS = 3;
const MAX_SPLITS = 3;

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

/** One wave's respondents: DuckDB row id, the dimensions' values and the sensitive answers. */
interface Wave {
  year: number;
  rid: number[];
  values: (string | null)[][];
  answers: (string | null)[][];
}

async function readWave(year: number): Promise<Wave> {
  const where = selectionWhere(codebook, { wave: year, filters: {} });
  const { length, values } = await engine.columns(
    `SELECT rowid AS rid, ${dims.map((d, i) => `${cell(d)} AS d${i}`).join(', ')}, ` +
      `${sensitive.map((s, i) => `${s.sql} AS a${i}`).join(', ')} FROM responses WHERE ${where.sql} ORDER BY rid`,
    where.params,
  );
  const column = (name: string) => Array.from(values[name]!, (v) => (v ?? null) as string | null);
  const byDim = dims.map((_, i) => column(`d${i}`));
  const byAnswer = sensitive.map((_, i) => column(`a${i}`));
  return {
    year,
    rid: Array.from(values.rid!, Number),
    values: Array.from({ length }, (_, r) => byDim.map((c) => c[r]!)),
    answers: Array.from({ length }, (_, r) => byAnswer.map((c) => c[r]!)),
  };
}

/** Subsets of 0..n−1 with at most `max` members, smallest first. */
function subsets(n: number, max: number): number[][] {
  const out: number[][] = [[]];
  for (let size = 1; size <= max; size++) {
    const grow = (from: number, picked: number[]) => {
      if (picked.length === size) return void out.push(picked);
      for (let i = from; i < n; i++) grow(i + 1, [...picked, i]);
    };
    grow(0, []);
  }
  return out;
}

/** Every selection of up to three filters, one code each, over codes present in the wave. */
function filterSets(wave: Wave): Selection[] {
  const present = dims.map((_, d) =>
    [
      ...new Set(wave.values.map((v) => v[d]).filter((v): v is string => typeof v === 'string')),
    ].sort(),
  );
  const out: Selection[] = [];
  for (const chosen of subsets(dims.length, MAX_FILTERS)) {
    const expand = (i: number, filters: Record<string, string[]>) => {
      if (i === chosen.length) return void out.push({ wave: wave.year, filters: { ...filters } });
      const d = chosen[i]!;
      for (const code of present[d]!) expand(i + 1, { ...filters, [dims[d]!]: [code] });
    };
    expand(0, {});
  }
  return out;
}

/** The rows each selection holds, asked of DuckDB through selectionWhere in batches. */
async function selectRows(wave: Wave, selections: Selection[]): Promise<number[][]> {
  const index = new Map(wave.rid.map((rid, r) => [rid, r]));
  const rows: number[][] = selections.map(() => []);
  const BATCH = 250;
  for (let start = 0; start < selections.length; start += BATCH) {
    const parts = selections.slice(start, start + BATCH).map((s, i) => {
      const where = selectionWhere(codebook, s);
      return {
        sql: `SELECT ${start + i} AS f, rowid AS rid FROM responses WHERE ${where.sql}`,
        params: where.params,
      };
    });
    const { length, values } = await engine.columns(
      parts.map((p) => p.sql).join(' UNION ALL '),
      parts.flatMap((p) => p.params),
    );
    for (let i = 0; i < length; i++) {
      const r = index.get(Number(values.rid![i]));
      if (r === undefined)
        throw new Error(`row ${String(values.rid![i])} is not in wave ${wave.year}`);
      rows[Number(values.f![i])]!.push(r);
    }
  }
  return rows;
}

/** A 32-bit mix of integers (murmur3's finaliser), for the groups' random labels. */
function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

interface Atom {
  rows: number[];
  /** The distinct six-value vectors of its rows. */
  vectors: (string | null)[][];
  /** Sensitive items answered in it with fewer than l distinct valid answers. */
  oneAnswer: string[];
}

interface Scan {
  year: number;
  views: number;
  groups: number;
  atoms: Atom[];
  /** Distinct six-value vectors (classes, a blank its own value) in the wave. */
  classes: number;
}

/**
 * Partition refinement by every group shown: each group adds its own random 64-bit label to the
 * signature of each of its members, so two rows end up with equal signatures exactly when they
 * are in the same groups (a false match has probability ~2⁻⁶⁴ per pair).
 */
async function scan(year: number): Promise<Scan> {
  const wave = await readWave(year);
  const selections = filterSets(wave);
  const selected = await selectRows(wave, selections);
  const splits = subsets(dims.length, MAX_SPLITS); // [] = the selection itself
  // Each row's value of each dimension as a small number, 0 for blank.
  const codes = dims.map((_, d) => [
    null,
    ...new Set(wave.values.map((v) => v[d]).filter((v) => v !== null)),
  ]);
  const level = wave.values.map((v) => v.map((x, d) => codes[d]!.indexOf(x)));
  const sigA = new Uint32Array(wave.rid.length);
  const sigB = new Uint32Array(wave.rid.length);
  let groups = 0;
  selected.forEach((members, f) => {
    splits.forEach((split, t) => {
      const seen = new Set<number>();
      for (const r of members) {
        let key = 0;
        for (const d of split) key = key * codes[d]!.length + level[r]![d]!;
        seen.add(key);
        sigA[r] = (sigA[r]! + mix(f, t, key, 1)) >>> 0;
        sigB[r] = (sigB[r]! + mix(f, t, key, 2)) >>> 0;
      }
      groups += seen.size;
    });
  });
  const byKey = new Map<string, number[]>();
  sigA.forEach((a, r) => {
    const key = `${a}:${sigB[r]}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  });
  const atoms = [...byKey.values()].map((rows) => {
    const vectors = new Map(rows.map((r) => [JSON.stringify(wave.values[r]), wave.values[r]!]));
    const oneAnswer = sensitive
      .filter((_, s) => {
        const given = rows.map((r) => wave.answers[r]![s]).filter((a) => a !== null);
        return given.length > 0 && new Set(given).size < L;
      })
      .map((s) => s.id);
    return { rows, vectors: [...vectors.values()], oneAnswer };
  });
  const classes = new Set(wave.values.map((v) => JSON.stringify(v))).size;
  return { year, views: selections.length * splits.length, groups, atoms, classes };
}

/**
 * A view in which the atom's class is one group by itself, when there is one: its named values
 * as up to three filters, the rest (blanks among them) as q, by and by2 of the explorer.
 */
function viewOf(year: number, vector: (string | null)[]): string {
  const named = dims.filter((_, d) => vector[d] !== null);
  const filters = named.slice(0, MAX_FILTERS);
  const split = dims.filter((d) => !filters.includes(d));
  if (split.length > MAX_SPLITS) return 'no single view: it is found by combining views';
  const q = [...split].sort(
    (a, b) => Number(vector[dims.indexOf(a)] === null) - Number(vector[dims.indexOf(b)] === null),
  );
  const params = new URLSearchParams({ view: 'explore', wave: String(year) });
  for (const d of filters) params.set(d, vector[dims.indexOf(d)]!);
  ['q', 'by', 'by2'].forEach((p, i) => q[i] !== undefined && params.set(p, q[i]));
  const where = q.map((d) => `${d}=${vector[dims.indexOf(d)] ?? '(blank)'}`).join(', ');
  return `?${params.toString()}, where ${where}`;
}

describe('the attacker’s differencing scan covers the dashboard’s dimensions', () => {
  it('every dimension is one of the six quasi-identifiers, and each of them is a dimension', () => {
    expect([...dims].sort()).toEqual([...SIX].sort());
  });
});

describe.each(waves)('wave %i: every view with ≤ 3 filters, compare-by, q / by / by2', (year) => {
  let result: Scan;
  beforeAll(async () => {
    result = await scan(year);
  });

  it('the views together tell every two classes of the file apart (the scan is not blind)', () => {
    expect(result.views).toBeGreaterThan(1000);
    expect(result.atoms.length).toBe(result.classes);
  });

  it(`no intersection or difference of shown groups holds 1–${K - 1} respondents`, () => {
    const small = result.atoms
      .filter((a) => a.rows.length < K)
      .sort((a, b) => a.rows.length - b.rows.length);
    const bySize = new Map<number, number>();
    for (const a of small) bySize.set(a.rows.length, (bySize.get(a.rows.length) ?? 0) + 1);
    expect(
      small.length,
      `wave ${year}: ${result.views} views (selection × split) show ${result.groups} groups; ` +
        `combined they isolate ` +
        `${small.length} set(s) of fewer than ${K} respondents (${small.reduce((s, a) => s + a.rows.length, 0)} ` +
        `respondents; sets by size: ${[...bySize].map(([n, c]) => `${c}× ${n}`).join(', ')}). Smallest first:\n` +
        listed(
          small.map(
            (a) =>
              `${a.rows.length} respondent(s): ${a.vectors.map((v) => describeVector(dims, v)).join(' | ')}\n` +
              `      isolated by ${viewOf(year, a.vectors[0]!)}`,
          ),
          15,
        ),
    ).toBe(0);
  });

  it(`each such set holds ≥ ${L} distinct valid answers on every sensitive item answered in it`, () => {
    const uniform = result.atoms.filter((a) => a.oneAnswer.length > 0);
    expect(
      uniform.length,
      `wave ${year}: ${uniform.length} set(s) that views isolate give away a sensitive answer:\n` +
        listed(
          uniform.map(
            (a) =>
              `${a.rows.length} respondent(s), one answer on ${a.oneAnswer.join(', ')}: ` +
              a.vectors.map((v) => describeVector(dims, v)).join(' | '),
          ),
          15,
        ),
    ).toBe(0);
  });
});

/** Respondents of a selection, by DuckDB row id, with their answer to one sensitive item. */
async function respondents(
  selection: Selection,
  item: string,
): Promise<Map<number, string | null>> {
  const where = selectionWhere(codebook, selection);
  const answer = sensitive.find((s) => s.id === item)!;
  const rows = await engine.query(
    `SELECT rowid AS rid, ${answer.sql} AS answer FROM responses WHERE ${where.sql}`,
    where.params,
  );
  return new Map(rows.map((r) => [Number(r.rid), (r.answer ?? null) as string | null]));
}

const latest = Math.max(...waves);

describe('the issue’s concrete attacks', () => {
  it('?topic=burnout&specialty=cardiologie&hospital_type=algemeen minus the "Algemeen ziekenhuis" row of …&role=aios&compare=hospital_type', async () => {
    const parent = await respondents(
      { wave: latest, filters: { specialty: ['cardiologie'], hospital_type: ['algemeen'] } },
      'burnout',
    );
    // The compare group "algemeen" of the selection cardiologie · aios.
    const child = await respondents(
      {
        wave: latest,
        filters: { specialty: ['cardiologie'], role: ['aios'], hospital_type: ['algemeen'] },
      },
      'burnout',
    );
    expect(
      [...child.keys()].every((rid) => parent.has(rid)),
      'the child is inside the parent',
    ).toBe(true);
    const rest = [...parent].filter(([rid]) => !child.has(rid));
    const answers = rest.map(([, a]) => a).filter((a) => a !== null);
    const message =
      `parent ${parent.size} − child ${child.size} = ${rest.length} respondent(s), ` +
      `burnout answers ${JSON.stringify(answers)}`;
    expect(rest.length === 0 || rest.length >= K, message).toBe(true);
    expect(answers.length === 0 || new Set(answers).size >= L, message).toBe(true);
  });

  it('?view=explore&q=gender&by=burnout&specialty=orthopedie: the column "anders" is 0 or ≥ 10 people, not all with one answer', async () => {
    const orthopaedics = await respondents(
      { wave: latest, filters: { specialty: ['orthopedie'] } },
      'burnout',
    );
    const anders = await respondents(
      { wave: latest, filters: { specialty: ['orthopedie'], gender: ['anders'] } },
      'burnout',
    );
    expect(orthopaedics.size, 'orthopaedics has respondents').toBeGreaterThanOrEqual(K);
    const answers = [...anders.values()].filter((a) => a !== null);
    const message = `orthopedie · anders: ${anders.size} respondent(s), burnout answers ${JSON.stringify(answers)}`;
    expect(anders.size === 0 || anders.size >= K, message).toBe(true);
    expect(answers.length === 0 || new Set(answers).size >= L, message).toBe(true);
  });
});
