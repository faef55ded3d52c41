import { getItem } from '../codebook/columns';
import type { Codebook, CodedItem, Text } from '../codebook/types';
import type { Engine } from '../db/engine';
import { RESPONSES } from './schema';
import { WEIGHTS } from '../query/selection';
import { postStratificationWeights } from '../stats/weights';
import { DataFileError } from './issues';
import type { DataIssue } from './issues';

/** data/population.json: trainee numbers per stratum (specialty) and wave, for weighting. */
export interface Population {
  illustrative: boolean;
  note: Text;
  stratum: 'specialty';
  waves: Record<string, Record<string, number>>;
  /**
   * The codebook's hierarchy of specialties (code → cluster), set by validatePopulation: the
   * trainees of a specialty the release merged into its cluster are counted with the cluster.
   */
  parents?: Readonly<Record<string, string>>;
}

/** Checks the population file against the codebook: every wave and every code must be known. */
export function validatePopulation(raw: unknown, codebook: Codebook, file: string): Population {
  const issues: DataIssue[] = [];
  const fail = (column: string, expected: string, value?: string) =>
    issues.push({ file, column, expected, ...(value === undefined ? {} : { value }) });
  const obj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!obj(raw)) throw new DataFileError(file, [{ file, expected: 'a JSON object' }]);
  if (typeof raw.illustrative !== 'boolean') fail('illustrative', 'true or false');
  const note = raw.note;
  if (!obj(note) || typeof note.nl !== 'string' || typeof note.en !== 'string')
    fail('note', 'an object with "nl" and "en" texts');
  if (raw.stratum !== 'specialty') fail('stratum', '"specialty"', String(raw.stratum));
  const specialties = new Set(
    (getItem(codebook, 'specialty') as CodedItem).values.map((v) => v.code),
  );
  if (!obj(raw.waves)) fail('waves', 'an object with trainee counts per wave');
  else
    for (const wave of codebook.waves) {
      const counts = raw.waves[String(wave.year)];
      if (!obj(counts)) {
        fail(`waves.${wave.year}`, `trainee counts per specialty for wave ${wave.year}`);
        continue;
      }
      for (const [code, n] of Object.entries(counts)) {
        if (!specialties.has(code))
          fail(`waves.${wave.year}.${code}`, 'a specialty code from the codebook', code);
        else if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0))
          fail(`waves.${wave.year}.${code}`, 'a whole number of trainees', String(n));
      }
    }
  if (issues.length > 0) throw new DataFileError(file, issues);
  const parents = Object.fromEntries(
    (getItem(codebook, 'specialty') as CodedItem).values
      .filter((v) => v.parent !== undefined)
      .map((v) => [v.code, v.parent!]),
  );
  return { ...(raw as unknown as Population), parents };
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

/**
 * Makes the weights table: every respondent of specialty h in a wave gets w = N_h / n_h (N_h
 * including the trainees of specialties merged into h, see rolledUp). A
 * specialty with respondents but no trainee count is an error (see postStratificationWeights).
 * Returns, per wave, the specialties with trainees but no respondents (they cannot be weighted up).
 */
export async function applyWeights(
  engine: Engine,
  population: Population,
  file: string,
): Promise<Record<number, string[]>> {
  await engine.query(
    `CREATE OR REPLACE TABLE ${WEIGHTS} (wave INTEGER, specialty VARCHAR, w DOUBLE)`,
  );
  const unrepresented: Record<number, string[]> = {};
  const waves = await engine.query(`SELECT DISTINCT wave FROM ${RESPONSES} ORDER BY wave`);
  for (const { wave } of waves) {
    const year = Number(wave);
    const rows = await engine.query(
      `SELECT specialty, count(*) AS n FROM ${RESPONSES} WHERE wave = ? GROUP BY ALL`,
      [year],
    );
    const sample = Object.fromEntries(rows.map((r) => [String(r.specialty), Number(r.n)]));
    let result;
    try {
      result = postStratificationWeights(
        rolledUp(population.waves[String(year)] ?? {}, sample, population.parents ?? {}),
        sample,
      );
    } catch (e) {
      throw new DataFileError(file, [
        { file, column: `waves.${year}`, expected: (e as Error).message },
      ]);
    }
    unrepresented[year] = result.unrepresented;
    for (const [specialty, w] of Object.entries(result.weights))
      await engine.query(`INSERT INTO ${WEIGHTS} VALUES (?, ?, ?)`, [year, specialty, w]);
  }
  return unrepresented;
}
