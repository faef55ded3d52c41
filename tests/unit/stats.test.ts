import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/lib/stats/mean';
import { tCdf, tQuantile } from '../../src/lib/stats/student-t';
import { wilson } from '../../src/lib/stats/wilson';

// Worked cases from reference/privacy-and-statistics.md.
describe('wilson', () => {
  it.each([
    [45, 100, 35.61, 54.76],
    [7, 12, 31.95, 80.67],
    [10, 10, 72.25, 100],
  ])('%i/%i → %f–%f%%', (x, n, lo, hi) => {
    const ci = wilson(x, n);
    expect(ci.lo * 100).toBeCloseTo(lo, 2);
    expect(ci.hi * 100).toBeCloseTo(hi, 2);
  });

  it('0 of 20 has an upper bound above 0', () => {
    const ci = wilson(0, 20);
    expect(ci.lo).toBe(0);
    expect(ci.hi).toBeGreaterThan(0.15);
  });

  it('refuses n = 0', () => expect(() => wilson(0, 0)).toThrow());
});

describe('student t', () => {
  it.each([
    [1, 12.7062],
    [9, 2.26216],
    [30, 2.04227],
    [1000, 1.96234],
  ])('t(0.975, %i) = %f', (df, t) => expect(tQuantile(0.975, df)).toBeCloseTo(t, 4));

  it('is symmetric', () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tQuantile(0.025, 9)).toBeCloseTo(-tQuantile(0.975, 9), 9);
  });
});

describe('mean interval', () => {
  it('hours 40,45,50,55,60,38,42,48,52,70 → 50.0, 42.98–57.02', () => {
    const xs = [40, 45, 50, 55, 60, 38, 42, 48, 52, 70];
    const sum = xs.reduce((a, b) => a + b, 0);
    const sumsq = xs.reduce((a, b) => a + b * b, 0);
    const m = meanInterval(xs.length, sum, sumsq);
    expect(m.mean).toBeCloseTo(50, 10);
    expect(m.lo).toBeCloseTo(42.98, 2);
    expect(m.hi).toBeCloseTo(57.02, 2);
  });

  it('constant data has a zero-width interval, not NaN', () => {
    const m = meanInterval(3, 30, 300);
    expect(m.sd).toBe(0);
    expect(m.lo).toBe(10);
  });
});
