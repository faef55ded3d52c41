import { normalTwoSidedP } from './normal';
import { tCdf } from './student-t';

/**
 * Group vs the rest (reference/privacy-and-statistics.md S5). A group is compared with everyone
 * else in its parent, never with a total that contains it: the overlap would pull both figures
 * together and hide real differences, most of all for large groups.
 */

/** Successes out of valid answers, for a proportion. */
export interface Counts {
  x: number;
  n: number;
}

/** Sufficient statistics of a mean: count, sum and sum of squares of the valid answers. */
export interface Sums {
  n: number;
  sum: number;
  sumsq: number;
}

export interface ProportionComparison {
  /** p1 − p2 as a proportion (0.139 = 13.9 points): significance alone says nothing of size. */
  diff: number;
  z: number;
  /** Two-sided, unadjusted: adjust across the groups of one chart with benjaminiHochberg. */
  p: number;
}

export interface MeanComparison {
  /** mean1 − mean2, in the item's own unit. */
  diff: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer). */
  df: number;
  p: number;
}

/**
 * "Too few to compare": below 10 valid answers on either side no test is run. This matches the
 * display threshold (D3), so a group that is hidden can't be hinted at by a flag either.
 */
const MIN_COMPARE_N = 10;
/**
 * The z-test leans on the normal approximation to the binomial, which fails when the pooled
 * proportion puts fewer than 5 expected successes or failures on either side (the usual
 * np ≥ 5 rule); its p-values would then be too small for rare or near-universal answers.
 */
const MIN_EXPECTED = 5;

/**
 * The rest of a parent once a group is taken out, from two aggregate queries (group and parent)
 * instead of a third one. Throws when the group does not fit inside the parent, which means the
 * two queries did not use the same filters and any comparison would be meaningless.
 */
export function restOf(group: Counts, total: Counts): Counts;
export function restOf(group: Sums, total: Sums): Sums;
export function restOf(group: Counts | Sums, total: Counts | Sums): Counts | Sums {
  const n = total.n - group.n;
  if (n < 0) throw new Error(`Group (n = ${group.n}) is larger than its parent (n = ${total.n})`);
  if ('x' in group && 'x' in total) {
    const x = total.x - group.x;
    if (x < 0 || x > n) throw new Error('Group counts do not fit inside the parent counts');
    return { x, n };
  }
  if ('sum' in group && 'sum' in total) {
    // An empty rest gets exact zeros rather than floating-point residue of the subtraction.
    if (n === 0) return { n: 0, sum: 0, sumsq: 0 };
    return { n, sum: total.sum - group.sum, sumsq: total.sumsq - group.sumsq };
  }
  throw new Error('restOf needs two Counts or two Sums');
}

/**
 * Pooled two-proportion z-test of x1/n1 against x2/n2, two-sided. Pooled because under the null
 * hypothesis both sides share one proportion, which is also what the expected-count rule uses.
 * Returns null when either side is too small to compare (MIN_COMPARE_N, MIN_EXPECTED).
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): ProportionComparison | null {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const) {
    if (!(x >= 0 && x <= n)) throw new Error(`Invalid counts ${x}/${n}`);
  }
  if (n1 < MIN_COMPARE_N || n2 < MIN_COMPARE_N) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const expected = Math.min(n1, n2) * Math.min(pooled, 1 - pooled);
  if (expected < MIN_EXPECTED) return null;
  const diff = x1 / n1 - x2 / n2;
  const z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { diff, z, p: normalTwoSidedP(z) };
}

function meanAndVariance({ n, sum, sumsq }: Sums): { mean: number; variance: number } {
  const mean = sum / n;
  // Clamp at 0: for constant data the subtraction can go a hair negative in floating point.
  return { mean, variance: Math.max(0, (sumsq - n * mean * mean) / (n - 1)) };
}

/**
 * Welch's t-test of mean(a) against mean(b), two-sided; R's `t.test` default. Welch rather than
 * Student because a small group and its large rest rarely share a variance, and the pooled test
 * is badly off exactly when sizes and variances both differ.
 * Returns null when either side has fewer than MIN_COMPARE_N answers, or when neither side
 * varies at all (standard error 0: the t statistic does not exist).
 */
export function welchTest(a: Sums, b: Sums): MeanComparison | null {
  if (a.n < MIN_COMPARE_N || b.n < MIN_COMPARE_N) return null;
  const ma = meanAndVariance(a);
  const mb = meanAndVariance(b);
  const va = ma.variance / a.n;
  const vb = mb.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const diff = ma.mean - mb.mean;
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { diff, t, df, p: 2 * tCdf(-Math.abs(t), df) };
}
