import type { Sums } from './compare';
import { tQuantile } from './student-t';
import type { Interval } from './wilson';
import { wilson } from './wilson';

/**
 * Estimates from sums of weights (Σw, Σw², Σw·y, Σw·y²), so that one aggregate query per group
 * serves weighted and unweighted figures alike: with every weight 1 these are exactly the
 * unweighted formulas (Σw = Σw² = n). Intervals use Kish's effective n = (Σw)² / Σw²
 * (reference/privacy-and-statistics.md S3).
 */
export function effectiveN(sw: number, sw2: number): number {
  return sw2 > 0 ? (sw * sw) / sw2 : 0;
}

export interface WeightedEstimate extends Interval {
  estimate: number;
  nEff: number;
}

/** p = Σw(hits) / Σw(valid), with a Wilson interval on the effective n. */
export function weightedShare(swHits: number, sw: number, sw2: number): WeightedEstimate {
  const nEff = effectiveN(sw, sw2);
  const estimate = swHits / sw;
  return { estimate, nEff, ...wilson(estimate * nEff, nEff) };
}

export interface WeightedMeanEstimate extends WeightedEstimate {
  sd: number;
}

/**
 * Weighted mean with a t-interval on n_eff − 1 degrees of freedom. The variance is the weighted
 * population variance scaled by n_eff / (n_eff − 1), which is the usual s² when all weights are
 * equal.
 */
export function weightedMean(
  sw: number,
  sw2: number,
  swx: number,
  swx2: number,
  level = 0.95,
): WeightedMeanEstimate {
  const nEff = effectiveN(sw, sw2);
  if (!(nEff > 1)) throw new Error('A mean interval needs an effective n above 1');
  const estimate = swx / sw;
  // Clamp at 0: for constant data the subtraction can go a hair negative in floating point.
  const variance = Math.max(0, swx2 / sw - estimate * estimate) * (nEff / (nEff - 1));
  const sd = Math.sqrt(variance);
  const half = tQuantile(1 - (1 - level) / 2, nEff - 1) * (sd / Math.sqrt(nEff));
  return { estimate, nEff, sd, lo: estimate - half, hi: estimate + half };
}

/** The same mean as count / sum / sum of squares on the effective n, for the Welch test. */
export function effectiveSums(m: WeightedMeanEstimate): Sums {
  const n = m.nEff;
  return { n, sum: m.estimate * n, sumsq: m.sd * m.sd * (n - 1) + n * m.estimate * m.estimate };
}
