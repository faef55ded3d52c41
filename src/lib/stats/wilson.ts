/** z for a two-sided 95% interval (reference/privacy-and-statistics.md S2). */
const Z95 = 1.959964;

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * Wilson score interval for x successes in n trials. Unlike the Wald interval it stays inside
 * [0, 1] and keeps its coverage near 0% and 100%, which small specialty groups often hit.
 * `n` may be a Kish effective n (not an integer) for weighted estimates.
 */
export function wilson(x: number, n: number, z = Z95): Interval {
  if (n <= 0) throw new Error('Wilson interval needs n > 0');
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
