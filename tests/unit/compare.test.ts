import { describe, expect, it } from 'vitest';
import type { Sums } from '../../src/lib/stats/compare';
import { restOf, twoProportionTest, welchTest } from '../../src/lib/stats/compare';
import { benjaminiHochberg } from '../../src/lib/stats/multiple-testing';
import { erfc, normalCdf, normalTwoSidedP } from '../../src/lib/stats/normal';

// R's `sleep` data (extra hours of sleep on two drugs), the worked example on R's ?t.test page:
//   t.test(extra ~ group, data = sleep)  →  t = -1.8608, df = 17.776, p-value = 0.07939
// (scipy.stats.ttest_ind(equal_var=False) agrees: t = -1.8608134674868526,
//  df = 17.776473516178488, p = 0.0793941401873583.)
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

function sums(xs: number[]): Sums {
  return {
    n: xs.length,
    sum: xs.reduce((a, b) => a + b, 0),
    sumsq: xs.reduce((a, b) => a + b * b, 0),
  };
}

describe('normal distribution', () => {
  it('Φ(1.959964) ≈ 0.975', () => expect(normalCdf(1.959964)).toBeCloseTo(0.975, 8));

  it('is symmetric', () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const z of [0.1, 0.5, 1, 2.5, 4.2, 7]) {
      expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 14);
    }
  });

  // Reference values: scipy.special.erfc / scipy.stats.norm.cdf (double precision). One point in
  // each of Cody's three ranges (|x| ≤ 0.46875, ≤ 4, > 4), and negative arguments.
  it.each([
    [-1, 1.8427007929497148],
    [-0.3, 1.3286267594591274],
    [0.1, 0.8875370839817152],
    [0.3, 0.6713732405408726],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028516],
    [2, 0.004677734981047266],
    [3.9, 3.479224859723178e-8],
    [4.1, 6.7000276540849075e-9],
    [5, 1.5374597944280347e-12],
    [10, 2.0884875837625446e-45],
    [20, 5.395865611607901e-176],
  ])('erfc(%f) = %e', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-13);
  });

  it.each([
    [1, 0.8413447460685429],
    [-3, 0.0013498980316300933],
    [-6, 9.865876450376946e-10],
    [-10, 7.61985302416047e-24],
  ])('Φ(%f) = %e', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected) / expected).toBeLessThan(1e-12);
  });

  it('two-sided p keeps its digits far in the tail', () => {
    expect(normalTwoSidedP(1.959964)).toBeCloseTo(0.05, 7);
    expect(normalTwoSidedP(-10)).toBeCloseTo(2 * 7.61985302416047e-24, 35);
    expect(normalTwoSidedP(0)).toBe(1);
  });
});

describe('two-proportion z-test', () => {
  // Worked case 2 of reference/privacy-and-statistics.md.
  it('group 30/60 vs rest 700/1940 → z = 2.21, p = 0.027', () => {
    const r = twoProportionTest(30, 60, 700, 1940)!;
    expect(r.diff).toBeCloseTo(0.5 - 700 / 1940, 12);
    expect(r.z).toBeCloseTo(2.21, 2);
    expect(r.p).toBeCloseTo(0.027, 3);
    // scipy: z = 2.2054145307928765, p = 0.027425019308929894
    expect(r.z).toBeCloseTo(2.2054145307928765, 10);
    expect(r.p).toBeCloseTo(0.027425019308929894, 10);
  });

  it('is antisymmetric in its two sides', () => {
    const ab = twoProportionTest(30, 60, 700, 1940)!;
    const ba = twoProportionTest(700, 1940, 30, 60)!;
    expect(ba.z).toBeCloseTo(-ab.z!, 12);
    expect(ba.p).toBeCloseTo(ab.p, 12);
  });

  it('identical groups give p = 1', () => {
    const r = twoProportionTest(30, 100, 60, 200)!;
    expect(r.z).toBe(0);
    expect(r.p).toBeCloseTo(1, 12);
  });

  it('is too few to compare below n = 10 on either side', () => {
    expect(twoProportionTest(5, 9, 500, 1000)).toBeNull();
    expect(twoProportionTest(500, 1000, 5, 9)).toBeNull();
    expect(twoProportionTest(5, 10, 500, 1000)).not.toBeNull();
  });

  it('runs Fisher’s exact test, not "too few", with under 5 expected successes or failures', () => {
    // pooled 20/1020 ≈ 0.0196: the group of 20 expects 0.39 successes. P(X1 = 0) for X1
    // hypergeometric (20 of 1020 drawn, 20 successes) is C(1000, 20)/C(1020, 20) = 0.6704, and
    // every other table is less likely: p = 1 (tests/unit/exact.test.ts enumerates it).
    const rare = twoProportionTest(0, 20, 20, 1000)!;
    expect(rare.method).toBe('fisher');
    expect(rare.p).toBeCloseTo(1, 12);
    // Near-universal answers: the same on the failure side.
    expect(twoProportionTest(20, 20, 980, 1000)!.method).toBe('fisher');
    // pooled 0.25, smallest side 20 → exactly 5 expected: the z-test.
    expect(twoProportionTest(5, 20, 45, 180)!.method).toBe('z');
  });

  it('refuses impossible counts', () => {
    expect(() => twoProportionTest(11, 10, 5, 20)).toThrow();
    expect(() => twoProportionTest(-1, 10, 5, 20)).toThrow();
  });
});

describe('Welch t-test', () => {
  it('matches R on the sleep data', () => {
    const r = welchTest(sums(SLEEP_1), sums(SLEEP_2))!;
    expect(r.diff).toBeCloseTo(0.75 - 2.33, 12);
    expect(r.t).toBeCloseTo(-1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.p).toBeCloseTo(0.07939, 5);
    expect(r.t).toBeCloseTo(-1.8608134674868526, 9);
    expect(r.df).toBeCloseTo(17.776473516178488, 9);
    expect(r.p).toBeCloseTo(0.0793941401873583, 9);
  });

  it('identical groups give p = 1', () => {
    const r = welchTest(sums(SLEEP_1), sums(SLEEP_1))!;
    expect(r.t).toBe(0);
    expect(r.p).toBeCloseTo(1, 12);
  });

  it('is too few to compare below n = 10 on either side', () => {
    expect(welchTest(sums(SLEEP_1.slice(1)), sums(SLEEP_2))).toBeNull();
    expect(welchTest(sums(SLEEP_1), sums(SLEEP_2.slice(1)))).toBeNull();
  });

  it('returns null when neither side varies (no standard error)', () => {
    expect(welchTest(sums(Array(10).fill(40)), sums(Array(20).fill(45)))).toBeNull();
  });

  it('uses n − 1 of the varying side when the other is constant', () => {
    const r = welchTest(sums(Array(10).fill(40)), sums(SLEEP_2))!;
    expect(r.df).toBeCloseTo(9, 10);
  });
});

describe('restOf', () => {
  it('takes a group out of its parent’s counts', () => {
    expect(restOf({ x: 30, n: 60 }, { x: 730, n: 2000 })).toEqual({ x: 700, n: 1940 });
  });

  it('takes a group out of its parent’s sums, giving the same test as the raw rest', () => {
    const rest = restOf(sums(SLEEP_1), sums([...SLEEP_1, ...SLEEP_2]));
    expect(rest.n).toBe(10);
    expect(rest.sum).toBeCloseTo(sums(SLEEP_2).sum, 10);
    expect(rest.sumsq).toBeCloseTo(sums(SLEEP_2).sumsq, 10);
    expect(welchTest(sums(SLEEP_1), rest)!.p).toBeCloseTo(0.0793941401873583, 9);
  });

  it('gives exact zeros for an empty rest', () => {
    const all = sums([0.1, 0.2, 0.3]);
    expect(restOf(all, all)).toEqual({ n: 0, sum: 0, sumsq: 0 });
  });

  it('refuses a group that does not fit in its parent', () => {
    expect(() => restOf({ x: 5, n: 60 }, { x: 730, n: 50 })).toThrow(/larger than its parent/);
    expect(() => restOf({ x: 40, n: 60 }, { x: 30, n: 2000 })).toThrow();
    expect(() => restOf({ x: 0, n: 10 }, { x: 100, n: 105 })).toThrow();
  });
});

describe('Benjamini–Hochberg', () => {
  it('p = [0.01, 0.04, 0.03, 0.005] → [0.02, 0.04, 0.04, 0.02]', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((q, i) => expect(adjusted[i]).toBeCloseTo(q, 12));
  });

  it('takes the running minimum from the top (step-up)', () => {
    // Unadjusted m/rank·p would be [0.05, 0.0275, 0.02, 0.05, 0.041]: not monotone.
    // scipy.stats.false_discovery_control (= R p.adjust "BH") → [0.02, 0.02, 0.02, 0.041, 0.041].
    const adjusted = benjaminiHochberg([0.01, 0.011, 0.012, 0.04, 0.041]);
    [0.02, 0.02, 0.02, 0.041, 0.041].forEach((q, i) => expect(adjusted[i]).toBeCloseTo(q, 12));
  });

  it('keeps nulls and leaves them out of m', () => {
    // Same four tests as above, with two groups too small to compare: m stays 4.
    const adjusted = benjaminiHochberg([0.01, null, 0.04, null, 0.03, 0.005]);
    expect(adjusted[1]).toBeNull();
    expect(adjusted[3]).toBeNull();
    [0, 2, 4, 5].forEach((i, k) =>
      expect(adjusted[i]).toBeCloseTo([0.02, 0.04, 0.04, 0.02][k]!, 12),
    );
  });

  it('caps at 1 and is monotone in p', () => {
    const ps = [0.9, 0.2, 0.6, 0.95, 0.01, 0.3];
    const adjusted = benjaminiHochberg(ps) as number[];
    adjusted.forEach((q) => expect(q).toBeLessThanOrEqual(1));
    const order = ps.map((p, i) => [p, adjusted[i]!] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < order.length; i++)
      expect(order[i]![1]).toBeGreaterThanOrEqual(order[i - 1]![1]);
    adjusted.forEach((q, i) => expect(q).toBeGreaterThanOrEqual(ps[i]!));
  });

  it('handles empty and all-null input', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([null, null])).toEqual([null, null]);
  });

  it('refuses something that is not a p-value', () => {
    expect(() => benjaminiHochberg([0.5, NaN])).toThrow();
    expect(() => benjaminiHochberg([1.2])).toThrow();
  });
});
