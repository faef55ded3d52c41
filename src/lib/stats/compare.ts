import { newcombeInterval } from './difference';
import { fisherExactTest } from './exact';
import { normalTwoSidedP } from './normal';
import { tCdf, tQuantile } from './student-t';

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

/**
 * Which test gave p: the pooled z-test, Fisher's exact test (small expected counts) or Welch's
 * t-test.
 */
export type TestMethod = 'z' | 'fisher' | 'welch';

/** What every comparison states: the size of the difference, its 95% interval, and p. */
export interface Difference {
  /** Group minus the other side: proportion points (0.139 = 13.9 points) or the item's unit. */
  diff: number;
  /** 95% interval of diff: Newcombe's for proportions, Welch's for means. */
  lo: number;
  hi: number;
  /** Two-sided, unadjusted: adjust across the groups of one chart with benjaminiHochberg. */
  p: number;
  method: TestMethod;
}

export interface ProportionComparison extends Difference {
  method: 'z' | 'fisher';
  /** The z statistic; null where Fisher's exact test was run instead. */
  z: number | null;
}

export interface MeanComparison extends Difference {
  method: 'welch';
  t: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer). */
  df: number;
}

/**
 * "Too few to compare": below 10 valid answers on either side no test is run. This matches the
 * display threshold (D3), so a group that is hidden can't be hinted at by a flag either.
 */
const MIN_COMPARE_N = 10;
/**
 * The z-test leans on the normal approximation to the binomial, which fails when a cell of the
 * 2×2 table expects fewer than 5 answers under the pooled proportion (Cochran's rule; Agresti,
 * Categorical Data Analysis, 3rd ed., §3.5): its p-values would then be too small for rare or
 * near-universal answers. Such a comparison gets Fisher's exact test instead (exact.ts), not
 * "too few to compare": it is a test like any other, and counts in its chart's BH family.
 */
const MIN_EXPECTED = 5;
/** Two-sided 95%: the t quantile of Welch's interval. */
const LEVEL = 0.95;

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
 * x1/n1 against x2/n2, two-sided: the pooled two-proportion z-test, or Fisher's exact test where a
 * cell's expected count under the pooled proportion is below 5 (MIN_EXPECTED). Pooled because
 * under the null hypothesis both sides share one proportion. With the difference's 95% interval
 * by Newcombe's hybrid score method (difference.ts), whichever test gives p.
 * Counts may be effective ones (p_w · n_eff of n_eff) for weighted figures; the exact test then
 * runs on them rounded to whole numbers, as it is defined only for those.
 * Returns null when either side has fewer than MIN_COMPARE_N answers ("too few to compare"),
 * counted as `counted` gives them: the unweighted valid n of each side when x and n are effective
 * (weighted) counts, since thresholds stay on the unweighted n (weights.ts); n1 and n2 otherwise.
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  counted: readonly [number, number] = [n1, n2],
): ProportionComparison | null {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const) {
    if (!(x >= 0 && x <= n)) throw new Error(`Invalid counts ${x}/${n}`);
  }
  if (counted[0] < MIN_COMPARE_N || counted[1] < MIN_COMPARE_N) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const diff = x1 / n1 - x2 / n2;
  const interval = newcombeInterval(x1, n1, x2, n2);
  // The smallest expected cell: the smaller side times the rarer of success and failure.
  const expected = Math.min(n1, n2) * Math.min(pooled, 1 - pooled);
  if (expected < MIN_EXPECTED) {
    const [a, m, b, k] = [x1, n1, x2, n2].map(Math.round) as [number, number, number, number];
    return { diff, ...interval, p: fisherExactTest(a, m, b, k), method: 'fisher', z: null };
  }
  const z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { diff, ...interval, p: normalTwoSidedP(z), method: 'z', z };
}

function meanAndVariance({ n, sum, sumsq }: Sums): { mean: number; variance: number } {
  const mean = sum / n;
  // Clamp at 0: for constant data the subtraction can go a hair negative in floating point.
  return { mean, variance: Math.max(0, (sumsq - n * mean * mean) / (n - 1)) };
}

/**
 * Welch's t-test of mean(a) against mean(b), two-sided; R's `t.test` default. Welch rather than
 * Student because a small group and its large rest rarely share a variance, and the pooled test
 * is badly off exactly when sizes and variances both differ. The difference's 95% interval is
 * Welch's too, as R's `t.test` gives it: diff ± t(0.975, df) · √(s_a²/n_a + s_b²/n_b), df by
 * Welch–Satterthwaite.
 * Returns null when either side has fewer than MIN_COMPARE_N answers (the unweighted n of each
 * side, `counted`, when a and b are on the effective n of weighted figures), or when neither side
 * varies at all (standard error 0: the t statistic does not exist).
 */
export function welchTest(
  a: Sums,
  b: Sums,
  counted: readonly [number, number] = [a.n, b.n],
): MeanComparison | null {
  if (counted[0] < MIN_COMPARE_N || counted[1] < MIN_COMPARE_N) return null;
  const ma = meanAndVariance(a);
  const mb = meanAndVariance(b);
  const va = ma.variance / a.n;
  const vb = mb.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const diff = ma.mean - mb.mean;
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const half = tQuantile(1 - (1 - LEVEL) / 2, df) * Math.sqrt(se2);
  return {
    diff,
    lo: diff - half,
    hi: diff + half,
    p: 2 * tCdf(-Math.abs(t), df),
    method: 'welch',
    t,
    df,
  };
}
