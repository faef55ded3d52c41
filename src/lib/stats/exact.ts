import { logGamma } from './student-t';

/**
 * Fisher's exact test of two proportions, for the comparisons whose expected counts are too small
 * for the z-test (compare.ts). Sources: A. Agresti, Categorical Data Analysis, 3rd ed. (Wiley
 * 2013), §3.5.1–3.5.2; R's `fisher.test` (package stats), whose two-sided p-value this follows.
 *
 * Conditional on both margins of the 2×2 table (group sizes n1, n2 and the x1 + x2 successes),
 * the group's successes X1 are hypergeometric under the null hypothesis of one shared proportion:
 *   P(X1 = x) = C(n1, x) · C(n2, s − x) / C(n1 + n2, s),   s = x1 + x2,
 * for max(0, s − n2) ≤ x ≤ min(s, n1). The two-sided p-value is the probability of every
 * table no more likely than the one observed, "no more likely" with R's relative tolerance of
 * 1e-7, so that tables exactly as likely as the observed one but computed a few ulps apart are
 * still counted.
 */

/** R's `relErr` in fisher.test: tables within this relative distance count as equally likely. */
const RELATIVE_TOLERANCE = 1e-7;

/** ln C(n, k) from log-gamma: stable where C(n, k) itself overflows (n in the thousands). */
function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

function checkCounts(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n)
    throw new Error(`Fisher's exact test needs whole counts 0 ≤ x ≤ n, not ${x}/${n}`);
}

/**
 * The hypergeometric probabilities of every possible x1 given the margins, from the smallest
 * possible x1 up; each ln-probability is taken relative to the largest before exponentiating, so
 * none underflows that matters (R's fisher.test does the same).
 */
function hypergeometric(s: number, n1: number, n2: number): { from: number; p: number[] } {
  const from = Math.max(0, s - n2);
  const to = Math.min(s, n1);
  const logs: number[] = [];
  for (let x = from; x <= to; x++) logs.push(logChoose(n1, x) + logChoose(n2, s - x));
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const total = weights.reduce((a, b) => a + b, 0);
  return { from, p: weights.map((w) => w / total) };
}

/** Two-sided p-value of Fisher's exact test of x1/n1 against x2/n2 (whole counts). */
export function fisherExactTest(x1: number, n1: number, x2: number, n2: number): number {
  checkCounts(x1, n1);
  checkCounts(x2, n2);
  const { from, p } = hypergeometric(x1 + x2, n1, n2);
  const cut = p[x1 - from]! * (1 + RELATIVE_TOLERANCE);
  // Smallest first, so the many tiny tail probabilities are not lost against the large ones.
  const sum = p
    .filter((q) => q <= cut)
    .sort((a, b) => a - b)
    .reduce((a, b) => a + b, 0);
  return Math.min(1, sum);
}
