import type { Counts, Sums } from './compare';
import { tQuantile } from './student-t';
import type { Interval } from './wilson';
import { wilson } from './wilson';

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

export interface WeightedProportion extends Interval {
  /** p_w = Σwy / Σw. */
  estimate: number;
  /** Kish effective n, used for the Wilson interval. */
  nEff: number;
  /** Unweighted valid n: the one thresholds apply to. */
  n: number;
}

export interface WeightedMean extends Interval {
  mean: number;
  /** Weighted standard deviation, corrected to be unbiased for equal weights. */
  sd: number;
  nEff: number;
  n: number;
}

/** Σw, Σw² and the unweighted n over the strata of one figure. */
function weightTotals(
  weights: Readonly<Record<string, number>>,
  cells: Readonly<Record<string, { n: number }>>,
): { sumW: number; sumW2: number; n: number } {
  let sumW = 0;
  let sumW2 = 0;
  let n = 0;
  for (const [stratum, cell] of Object.entries(cells)) {
    if (cell.n === 0) continue;
    const w = weights[stratum];
    // Weights come from the whole wave, so any respondent's stratum has one; a miss means the
    // weights and the figure were computed from different data.
    if (w === undefined) throw new Error(`No weight for stratum "${stratum}"`);
    sumW += w * cell.n;
    sumW2 += w * w * cell.n;
    n += cell.n;
  }
  if (n === 0) throw new Error('A weighted estimate needs at least one answer');
  return { sumW, sumW2, n };
}

/**
 * Weighted proportion from per-stratum counts (x_h of n_h valid answers), with a Wilson 95%
 * interval on the effective n (S2 with n replaced by n_eff, as S3 prescribes).
 */
export function weightedProportion(
  weights: Readonly<Record<string, number>>,
  cells: Readonly<Record<string, Counts>>,
): WeightedProportion {
  const { sumW, sumW2, n } = weightTotals(weights, cells);
  let sumWy = 0;
  for (const [stratum, cell] of Object.entries(cells)) {
    if (cell.n > 0) sumWy += weights[stratum]! * cell.x;
  }
  const estimate = sumWy / sumW;
  const nEff = (sumW * sumW) / sumW2;
  return { estimate, nEff, n, ...wilson(estimate * nEff, nEff) };
}

/**
 * Weighted mean from per-stratum sufficient statistics, with mean ± t(0.975, n_eff − 1)·s/√n_eff.
 * The variance is the weighted one, Σw(y − ȳ)²/Σw, scaled by n_eff/(n_eff − 1) so that with
 * equal weights everything reduces to the unweighted meanInterval. This Kish approximation
 * ignores the variance that post-stratification removes, so it errs on the wide side.
 */
export function weightedMean(
  weights: Readonly<Record<string, number>>,
  cells: Readonly<Record<string, Sums>>,
  level = 0.95,
): WeightedMean {
  const { sumW, sumW2, n } = weightTotals(weights, cells);
  if (n < 2) throw new Error('A mean interval needs n ≥ 2');
  let sumWy = 0;
  let sumWy2 = 0;
  for (const [stratum, cell] of Object.entries(cells)) {
    if (cell.n === 0) continue;
    const w = weights[stratum]!;
    sumWy += w * cell.sum;
    sumWy2 += w * cell.sumsq;
  }
  const mean = sumWy / sumW;
  const nEff = (sumW * sumW) / sumW2;
  // Clamp at 0: for constant data the subtraction can go a hair negative in floating point.
  const variance = Math.max(0, sumWy2 / sumW - mean * mean) * (nEff / (nEff - 1));
  const sd = Math.sqrt(variance);
  const half = tQuantile(1 - (1 - level) / 2, nEff - 1) * (sd / Math.sqrt(nEff));
  return { mean, sd, nEff, n, lo: mean - half, hi: mean + half };
}
