/**
 * The exact test and the intervals of a difference (issue 16, points 2 and 3): Fisher's exact
 * test against p-values enumerated here from exact binomial coefficients (BigInt, no logarithms)
 * and against textbook values; Newcombe's interval against the worked examples of Newcombe (1998)
 * and a formula written here; Welch's interval against R and a formula written here.
 */
import { describe, expect, it } from 'vitest';
import type { Sums } from '../../src/lib/stats/compare';
import { twoProportionTest, welchTest } from '../../src/lib/stats/compare';
import { newcombeInterval } from '../../src/lib/stats/difference';
import { fisherExactTest } from '../../src/lib/stats/exact';
import { tQuantile } from '../../src/lib/stats/student-t';

/** C(n, k) exactly. */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let c = 1n;
  for (let i = 1; i <= Math.min(k, n - k); i++) c = (c * BigInt(n - i + 1)) / BigInt(i);
  return c;
}

/**
 * Fisher's two-sided p by direct enumeration of the hypergeometric distribution: every table with
 * the observed margins, its probability C(n1, x)·C(n2, s − x) / C(n1 + n2, s) as an exact
 * fraction, summed over the tables no more likely than the observed one. Exact, so ties need no
 * tolerance; the quotient is rounded to a double only at the end.
 */
function enumeratedFisher(x1: number, n1: number, x2: number, n2: number): number {
  const s = x1 + x2;
  const observed = choose(n1, x1) * choose(n2, x2);
  let tail = 0n;
  for (let x = 0; x <= Math.min(s, n1); x++) {
    const weight = choose(n1, x) * choose(n2, s - x);
    if (weight <= observed) tail += weight;
  }
  const total = choose(n1 + n2, s);
  // 15 significant digits from the ratio of two big integers.
  const scale = 10n ** 18n;
  return Number((tail * scale) / total) / 1e18;
}

describe("Fisher's exact test", () => {
  // Agresti, Categorical Data Analysis, 3rd ed. (Wiley 2013), §3.5.2: Fisher's tea tasting, 3 of
  // 4 cups with milk first guessed right, 1 of 4 with tea first guessed as milk first. One-sided
  // P(3) + P(4) = 16/70 + 1/70 = 0.243; two-sided adds P(1) + P(0), 0.486. R:
  // fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)) → p-value = 0.4857.
  it('tea tasting 3/1/1/3 → p = 0.4857', () => {
    expect(fisherExactTest(3, 4, 1, 4)).toBeCloseTo(0.4857, 4);
    expect(fisherExactTest(3, 4, 1, 4)).toBeCloseTo(34 / 70, 12);
  });

  // R's ?fisher.test example "Convictions" (Fisher 1962, 1970: criminal convictions of like-sex
  // twins), 2 of 17 dizygotic and 10 of 13 monozygotic twins convicted: fisher.test(Convictions)
  // → p-value = 0.0005367 (the help page runs alternative = "less": 0.0004652).
  it('convictions 2/17 vs 10/13 → p = 0.0005367', () => {
    expect(fisherExactTest(2, 17, 10, 13)).toBeCloseTo(0.0005367, 7);
  });

  it('equals the enumerated p-value on every table of small margins', () => {
    for (const [n1, n2] of [
      [4, 4],
      [7, 12],
      [10, 30],
      [15, 15],
    ] as const)
      for (let x1 = 0; x1 <= n1; x1++)
        for (let x2 = 0; x2 <= n2; x2++) {
          const p = fisherExactTest(x1, n1, x2, n2);
          const expected = enumeratedFisher(x1, n1, x2, n2);
          expect(Math.abs(p - expected), `${x1}/${n1} vs ${x2}/${n2}`).toBeLessThan(
            1e-12 + 1e-9 * expected,
          );
        }
  });

  it('stays exact for groups as large as the whole wave', () => {
    for (const [x1, n1, x2, n2] of [
      [24, 30, 1900, 2000],
      [29, 30, 1990, 2000],
      [0, 12, 40, 2400],
      [3, 3000, 12, 2000],
      [140, 150, 2980, 3000],
    ] as const) {
      const expected = enumeratedFisher(x1, n1, x2, n2);
      const p = fisherExactTest(x1, n1, x2, n2);
      expect(Math.abs(p - expected) / expected, `${x1}/${n1} vs ${x2}/${n2}`).toBeLessThan(1e-8);
    }
  });

  it('gives p = 1 where nothing varies, and refuses counts that are not whole', () => {
    expect(fisherExactTest(0, 20, 0, 500)).toBe(1);
    expect(fisherExactTest(20, 20, 500, 500)).toBe(1);
    expect(() => fisherExactTest(2.5, 20, 3, 40)).toThrow();
    expect(() => fisherExactTest(21, 20, 3, 40)).toThrow();
  });
});

/** Wilson score interval, written out again (Newcombe 1998, method 3). */
function wilsonHere(x: number, n: number): [number, number] {
  const z = 1.959964;
  const p = x / n;
  const centre = 2 * n * p + z * z;
  const root = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
  const denominator = 2 * (n + z * z);
  return [(centre - root) / denominator, (centre + root) / denominator];
}

describe("Newcombe's hybrid score interval of p1 − p2", () => {
  // Newcombe RG. Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 17 (1998) 873–890, Table II, method 10
  // ("score, no continuity correction"), the six worked examples (a)–(f).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i → %f to %f (Newcombe 1998, Table II)', (x1, n1, x2, n2, lo, hi) => {
    const interval = newcombeInterval(x1, n1, x2, n2);
    expect(interval.lo).toBeCloseTo(lo, 4);
    expect(interval.hi).toBeCloseTo(hi, 4);
  });

  it('equals δ − √((p1 − l1)² + (u2 − p2)²) to δ + √((u1 − p1)² + (p2 − l2)²)', () => {
    for (const [x1, n1, x2, n2] of [
      [56, 70, 48, 80],
      [24, 30, 1900, 2000],
      [3, 12, 700, 1940],
      [12.4, 17.8, 500.2, 1021.7],
    ] as const) {
      const p1 = x1 / n1;
      const p2 = x2 / n2;
      const [l1, u1] = wilsonHere(x1, n1);
      const [l2, u2] = wilsonHere(x2, n2);
      const interval = newcombeInterval(x1, n1, x2, n2);
      expect(interval.lo).toBeCloseTo(p1 - p2 - Math.hypot(p1 - l1, u2 - p2), 12);
      expect(interval.hi).toBeCloseTo(p1 - p2 + Math.hypot(u1 - p1, p2 - l2), 12);
    }
  });
});

describe('two proportions: z-test or exact test, always with the interval', () => {
  it('runs the exact test where an expected count is below 5: 24 of 30 against 1900 of 2000', () => {
    // Pooled 1924/2030: the group of 30 expects 30 · 106/2030 = 1.57 failures.
    const r = twoProportionTest(24, 30, 1900, 2000)!;
    expect(r.method).toBe('fisher');
    expect(r.z).toBeNull();
    expect(r.p).toBeCloseTo(enumeratedFisher(24, 30, 1900, 2000), 12);
    expect(r.diff).toBeCloseTo(24 / 30 - 0.95, 12);
    expect([r.lo, r.hi]).toEqual(Object.values(newcombeInterval(24, 30, 1900, 2000)));
  });

  it('keeps the z-test where every expected count is 5 or more, with Newcombe’s interval', () => {
    // Worked case 2 of reference/privacy-and-statistics.md.
    const r = twoProportionTest(30, 60, 700, 1940)!;
    expect(r.method).toBe('z');
    expect(r.p).toBeCloseTo(0.027425019308929894, 10);
    const interval = newcombeInterval(30, 60, 700, 1940);
    expect(r.lo).toBe(interval.lo);
    expect(r.hi).toBe(interval.hi);
    expect(r.lo).toBeLessThan(r.diff);
    expect(r.hi).toBeGreaterThan(r.diff);
  });

  it('rounds effective (weighted) counts to whole numbers for the exact test', () => {
    const r = twoProportionTest(23.6, 29.7, 1900.4, 2000.2)!;
    expect(r.method).toBe('fisher');
    expect(r.p).toBeCloseTo(enumeratedFisher(24, 30, 1900, 2000), 12);
    expect(r.diff).toBeCloseTo(23.6 / 29.7 - 1900.4 / 2000.2, 12);
  });
});

describe("Welch's interval of mean1 − mean2", () => {
  const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
  const sums = (xs: number[]): Sums => ({
    n: xs.length,
    sum: xs.reduce((a, b) => a + b, 0),
    sumsq: xs.reduce((a, b) => a + b * b, 0),
  });

  // R's ?t.test example: t.test(extra ~ group, data = sleep) → "95 percent confidence interval:
  // -3.3654832  0.2054832".
  it('matches R on the sleep data', () => {
    const r = welchTest(sums(SLEEP_1), sums(SLEEP_2))!;
    expect(r.lo).toBeCloseTo(-3.3654832, 6);
    expect(r.hi).toBeCloseTo(0.2054832, 6);
  });

  it('is diff ± t(0.975, ν) · √(s1²/n1 + s2²/n2), ν by Welch–Satterthwaite', () => {
    const a = [38, 42, 45, 50, 51, 55, 60, 47, 44, 49, 58, 62];
    const b = [40, 41, 43, 44, 45, 46, 48, 50, 52, 39, 47, 45, 44, 43, 49, 51, 42, 46, 47, 48];
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = (xs: number[]) =>
      xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
    const va = variance(a) / a.length;
    const vb = variance(b) / b.length;
    const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
    const half = tQuantile(0.975, df) * Math.sqrt(va + vb);
    const diff = mean(a) - mean(b);
    const r = welchTest(sums(a), sums(b))!;
    expect(r.method).toBe('welch');
    expect(r.df).toBeCloseTo(df, 9);
    expect(r.lo).toBeCloseTo(diff - half, 9);
    expect(r.hi).toBeCloseTo(diff + half, 9);
  });
});
