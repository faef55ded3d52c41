/**
 * Post-stratification (reference/privacy-and-statistics.md S3): every respondent in stratum h
 * (a specialty) gets w_h = N_h / n_h, so each specialty counts in proportion to its trainees
 * rather than to its response. Estimates use Kish's effective n = (Σw)² / Σw² for their
 * intervals, because unequal weights make an estimate noisier than its raw n suggests.
 * Thresholds (D3, "too few to compare") stay on the unweighted n, which every result carries.
 */

/** A stratum whose respondents cannot be weighted because the population file has no count. */
export class MissingPopulationError extends Error {
  override readonly name = 'MissingPopulationError';
  constructor(readonly strata: string[]) {
    super(
      `No population count for ${strata.map((s) => `"${s}"`).join(', ')}: ` +
        'add it to data/population.json (under the same name as in the data, merged groups ' +
        'included) or show unweighted figures only',
    );
  }
}

export interface PostStratification {
  /** w_h = N_h / n_h for every stratum with respondents. */
  weights: Record<string, number>;
  /**
   * Strata in the population without a single respondent. They cannot be represented (there is
   * nobody to weight up), so weighted figures describe the population without them; the UI
   * should name them next to a weighted figure.
   */
  unrepresented: string[];
}

function checkCount(what: string, stratum: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new Error(`${what} for "${stratum}" is not a count: ${value}`);
  }
}

/**
 * Weights from population counts and sample counts per stratum. The sample counts are
 * respondents in the whole wave, not per item or per filter: a respondent keeps one weight
 * everywhere, so weighted figures for an item assume that, within a specialty, those who skipped
 * it answer like those who did not.
 *
 * A stratum with respondents but no population count (or a count of 0) throws a
 * MissingPopulationError naming it, rather than taking weight 1 or being dropped: weight 1 would
 * mean "one respondent stands for one trainee" next to strata where one stands for dozens, and
 * dropping would quietly remove real answers. Both give a confident-looking wrong figure; the
 * likely cause is a spelling mismatch or a merged specialty group, which is better fixed.
 */
export function postStratificationWeights(
  population: Readonly<Record<string, number>>,
  sample: Readonly<Record<string, number>>,
): PostStratification {
  const weights: Record<string, number> = {};
  const missing: string[] = [];
  for (const [stratum, n] of Object.entries(sample)) {
    checkCount('Sample count', stratum, n);
    if (n === 0) continue;
    const N = population[stratum];
    if (N === undefined || N === 0) {
      missing.push(stratum);
      continue;
    }
    checkCount('Population count', stratum, N);
    weights[stratum] = N / n;
  }
  if (missing.length > 0) throw new MissingPopulationError(missing);
  const unrepresented = Object.entries(population)
    .filter(([stratum, N]) => {
      checkCount('Population count', stratum, N);
      return N > 0 && !(stratum in weights);
    })
    .map(([stratum]) => stratum);
  return { weights, unrepresented };
}
