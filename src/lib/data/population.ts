import { getItem } from '../codebook/columns';
import type { Codebook, CodedItem } from '../codebook/types';
import type { Population } from './weighted-waves';
import type { Engine } from '../db/engine';
import { RESPONSES, WEIGHTS } from './tables';
import { MissingPopulationError, postStratificationWeights } from '../stats/weights';
import type { DataIssue } from './issues';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

/** What a population file gives: the waves it can weight, and why any other wave cannot. */
export interface PopulationCheck {
  /** The file with only its usable waves; null when the file as a whole is unusable. */
  population: Population | null;
  /** Every problem with the file or one of its waves: `check-data` refuses the file for them. */
  issues: DataIssue[];
  /**
   * Waves of the codebook without usable trainee counts (none given, or given wrong): their
   * figures are shown unweighted, with a notice. A new wave is not an error, so boot goes on.
   */
  unweighted: number[];
}

/**
 * Checks the population file against the codebook, wave by wave: a wave whose counts are
 * missing or wrong is left out (shown unweighted), so no wave breaks the site for the others.
 */
export function checkPopulation(raw: unknown, codebook: Codebook, file: string): PopulationCheck {
  const all = codebook.waves.map((w) => w.year);
  const obj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!obj(raw))
    return {
      population: null,
      issues: [{ file, expected: message('issue.jsonObject') }],
      unweighted: all,
    };
  const issues: DataIssue[] = [];
  const fail = (column: string, expected: Message, value?: string) =>
    issues.push({ file, column, expected, ...(value === undefined ? {} : { value }) });
  if (typeof raw.illustrative !== 'boolean') fail('illustrative', message('issue.trueFalse'));
  const note = raw.note;
  if (!obj(note) || typeof note.nl !== 'string' || typeof note.en !== 'string')
    fail('note', message('issue.noteTexts'));
  if (raw.stratum !== 'specialty')
    fail('stratum', message('issue.value', { value: '"specialty"' }), String(raw.stratum));
  if (!obj(raw.waves)) fail('waves', message('issue.countsPerWave'));
  if (issues.length > 0) return { population: null, issues, unweighted: all };
  const specialty = getItem(codebook, 'specialty') as CodedItem;
  const specialties = new Set(specialty.values.map((v) => v.code));
  const given = raw.waves as Record<string, unknown>;
  const waves: Record<string, Record<string, number>> = {};
  for (const year of all) {
    const counts = given[String(year)];
    // No counts for a wave is allowed (shown unweighted); wrong counts are an issue.
    if (counts === undefined) continue;
    if (!obj(counts)) {
      fail(`waves.${year}`, message('issue.countsPerSpecialty', { wave: String(year) }));
      continue;
    }
    const before = issues.length;
    for (const [code, n] of Object.entries(counts)) {
      if (!specialties.has(code))
        fail(`waves.${year}.${code}`, message('issue.specialtyCode'), code);
      else if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0))
        fail(`waves.${year}.${code}`, message('issue.traineeCount'), String(n));
    }
    if (issues.length === before) waves[String(year)] = counts as Record<string, number>;
  }
  for (const year of Object.keys(given))
    if (!all.includes(Number(year))) fail(`waves.${year}`, message('issue.codebookWave'), year);
  const parents = Object.fromEntries(
    specialty.values.filter((v) => v.parent !== undefined).map((v) => [v.code, v.parent!]),
  );
  return {
    population: { ...(raw as unknown as Population), waves, parents },
    issues,
    unweighted: all.filter((year) => !(String(year) in waves)),
  };
}

/**
 * The population per stratum as the released file has strata: a specialty without respondents
 * of its own (merged by the release into its cluster, or "overig") adds its trainees to the
 * nearest coarser code that has respondents, so merged trainees are weighted, not dropped.
 */
export function rolledUp(
  population: Readonly<Record<string, number>>,
  sample: Readonly<Record<string, number>>,
  parents: Readonly<Record<string, string>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, N] of Object.entries(population)) {
    let target = code;
    while (!(sample[target]! > 0) && parents[target] !== undefined) target = parents[target]!;
    const to = sample[target]! > 0 ? target : code;
    out[to] = (out[to] ?? 0) + N;
  }
  return out;
}

/** What applyWeights did, wave by wave. */
export interface AppliedWeights {
  /** The population with only the waves that were weighted: the others are shown unweighted. */
  population: Population;
  /** Per weighted wave, the specialties with trainees but no respondents (not represented). */
  unrepresented: Record<number, string[]>;
  /** Waves whose counts do not fit their data (a specialty with respondents but no count). */
  issues: DataIssue[];
}

/** Respondents per specialty (its code; "null" for a blank) in each wave, by wave year. */
export type Samples = Record<string, Record<string, number>>;

/** The respondents of `responses` by wave and specialty: the n_h of the weights. */
const COUNT_SAMPLES = `SELECT wave, specialty, count(*) AS n FROM ${RESPONSES} GROUP BY ALL ORDER BY wave, specialty`;

/** Counts `responses` by wave and specialty (the build records them: src/build/precompute.ts). */
export async function countSamples(engine: Engine): Promise<Samples> {
  return samplesOf(await engine.query(COUNT_SAMPLES));
}

function samplesOf(counted: Record<string, unknown>[]): Samples {
  const samples: Samples = {};
  for (const r of counted) (samples[String(r.wave)] ??= {})[String(r.specialty)] = Number(r.n);
  return samples;
}

/** Weights written per INSERT statement (three bound values each). */
const WEIGHT_ROWS = 1000;

/**
 * The weights of every wave: each respondent of specialty h gets w = N_h / n_h (N_h including
 * the trainees of specialties merged into h, see rolledUp). A wave without counts gets no
 * weights; one where a specialty with respondents has no count (see postStratificationWeights)
 * gets none either and is named in `issues`: both are shown unweighted rather than stopping the
 * site. No DuckDB: the page weighs with the build's samples before DuckDB is ready (boot.ts), and
 * applyWeights writes the very same numbers into DuckDB's table.
 */
export function weigh(population: Population, samples: Samples, file: string): AppliedWeights {
  const unrepresented: Record<number, string[]> = {};
  const uncounted: Record<string, string[]> = {};
  const issues: DataIssue[] = [];
  const weighted: Population['waves'] = {};
  const weights: Record<string, Record<string, number>> = {};
  const byYear = Object.entries(samples)
    .map(([year, sample]) => [Number(year), sample] as const)
    .sort(([a], [b]) => a - b);
  for (const [year, sample] of byYear) {
    const counts = population.waves[String(year)];
    if (!counts) continue;
    let result;
    try {
      result = postStratificationWeights(
        rolledUp(counts, sample, population.parents ?? {}),
        sample,
      );
    } catch (e) {
      if (e instanceof MissingPopulationError) uncounted[String(year)] = e.strata;
      issues.push({
        file,
        column: `waves.${year}`,
        expected:
          e instanceof MissingPopulationError
            ? message('issue.populationMissing', {
                strata: e.strata.map((s) => `"${s}"`).join(', '),
              })
            : message('issue.weights', { detail: (e as Error).message }),
      });
      continue;
    }
    weighted[String(year)] = counts;
    unrepresented[year] = result.unrepresented;
    weights[String(year)] = result.weights;
  }
  return {
    population: {
      ...population,
      waves: weighted,
      unrepresented: Object.fromEntries(Object.entries(unrepresented)),
      uncounted,
      weights,
    },
    unrepresented,
    issues,
  };
}

/**
 * Makes the weights table from the weights of `weigh`: a wave without weights has no rows, so a
 * weighted figure of it counts nobody (and the page shows it unweighted).
 */
export async function applyWeights(
  engine: Engine,
  population: Population,
  file: string,
  /**
   * The respondents per wave and specialty of `responses`, where they are known already (the
   * build counted them in the very files loaded: data-set.ts): no count is asked of DuckDB.
   */
  known?: Samples,
): Promise<AppliedWeights> {
  const started = performance.now();
  // The table made and, unless known, every wave's respondents per specialty counted in one
  // round trip to DuckDB's worker; then the weights written in one statement (per thousand).
  const create = `CREATE OR REPLACE TABLE ${WEIGHTS} (wave INTEGER, specialty VARCHAR, w DOUBLE)`;
  const counted = known
    ? (await engine.query(create), known)
    : samplesOf(await engine.query(`${create}; ${COUNT_SAMPLES}`));
  const applied = weigh(population, counted, file);
  // Each weight as text, read back by DuckDB's exact parser: a bound number reaches duckdb-wasm's
  // worker through a JSON parser that may miss its last bit, and the table must hold the very
  // weights the page adds up with before DuckDB is ready (batch.ts).
  const rows = Object.entries(applied.population.weights ?? {}).flatMap(([year, weights]) =>
    Object.entries(weights).map(([specialty, w]) => [Number(year), specialty, String(w)] as const),
  );
  for (let i = 0; i < rows.length; i += WEIGHT_ROWS) {
    const part = rows.slice(i, i + WEIGHT_ROWS);
    await engine.query(
      `INSERT INTO ${WEIGHTS} VALUES ${part.map(() => '(?, ?, ?::DOUBLE)').join(', ')}`,
      part.flat(),
    );
  }
  performance.measure('djs:population', { start: started, end: performance.now() });
  return applied;
}
