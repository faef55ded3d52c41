import type { Interval } from './wilson';
import { wilson } from './wilson';

/**
 * 95% interval of the difference of two proportions p1 − p2: Newcombe's hybrid score interval,
 * method 10 of R. G. Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890. Built from
 * the Wilson interval (l_i, u_i) of each proportion (wilson.ts, without continuity correction):
 *   lower = (p1 − p2) − √((p1 − l1)² + (u2 − p2)²)
 *   upper = (p1 − p2) + √((u1 − p1)² + (p2 − l2)²)
 * Unlike the Wald interval it stays inside [−1, 1] and keeps its coverage for small groups and
 * shares near 0% or 100%, where the dashboard's specialties often are.
 *
 * Counts may be effective (p_w · n_eff out of n_eff, not whole numbers) for weighted figures: the
 * Wilson intervals are then those the weighted shares themselves show (weighted.ts).
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilson(x1, n1);
  const b = wilson(x2, n2);
  const diff = p1 - p2;
  return {
    lo: diff - Math.sqrt((p1 - a.lo) ** 2 + (b.hi - p2) ** 2),
    hi: diff + Math.sqrt((a.hi - p1) ** 2 + (p2 - b.lo) ** 2),
  };
}
