import type { Interval } from './wilson';
import { tQuantile } from './student-t';

export interface MeanEstimate extends Interval {
  mean: number;
  sd: number;
}

/** Mean with a t-interval from sufficient statistics (count, sum, sum of squares). */
export function meanInterval(n: number, sum: number, sumsq: number, level = 0.95): MeanEstimate {
  if (n < 2) throw new Error('A mean interval needs n ≥ 2');
  const mean = sum / n;
  // Clamp at 0: for constant data the subtraction can go a hair negative in floating point.
  const variance = Math.max(0, (sumsq - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { mean, sd, lo: mean - half, hi: mean + half };
}
