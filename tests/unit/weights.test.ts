import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/lib/stats/mean';
import {
  MissingPopulationError,
  postStratificationWeights,
  weightedMean,
  weightedProportion,
} from '../../src/lib/stats/weights';
import { wilson } from '../../src/lib/stats/wilson';

function sums(xs: number[]) {
  return {
    n: xs.length,
    sum: xs.reduce((a, b) => a + b, 0),
    sumsq: xs.reduce((a, b) => a + b * b, 0),
  };
}

describe('post-stratification weights', () => {
  it('w = N_h / n_h', () => {
    const { weights, unrepresented } = postStratificationWeights(
      { A: 300, B: 100 },
      { A: 100, B: 100 },
    );
    expect(weights).toEqual({ A: 3, B: 1 });
    expect(unrepresented).toEqual([]);
  });

  it('weights each stratum up to its population', () => {
    const population = { A: 1234, B: 87, C: 560 };
    const sample = { A: 211, B: 13, C: 40 };
    const { weights } = postStratificationWeights(population, sample);
    for (const h of ['A', 'B', 'C'] as const) {
      expect(weights[h]! * sample[h]).toBeCloseTo(population[h], 9);
    }
  });

  it('names respondents’ strata missing from the population file instead of guessing', () => {
    let error: unknown;
    try {
      postStratificationWeights({ A: 300 }, { A: 100, Kindergeneeskunde: 12, Overig: 3 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPopulationError);
    expect((error as MissingPopulationError).strata).toEqual(['Kindergeneeskunde', 'Overig']);
    expect((error as Error).message).toContain('"Kindergeneeskunde"');
  });

  it('treats a population count of 0 for a stratum with respondents as missing', () => {
    expect(() => postStratificationWeights({ A: 300, B: 0 }, { A: 100, B: 5 })).toThrow(
      MissingPopulationError,
    );
  });

  it('lists population strata without respondents as unrepresented', () => {
    const { weights, unrepresented } = postStratificationWeights(
      { A: 300, B: 100, C: 50, D: 0 },
      { A: 100, B: 100, C: 0 },
    );
    expect(weights).toEqual({ A: 3, B: 1 });
    expect(unrepresented).toEqual(['C']);
  });

  it('refuses counts that are not counts', () => {
    expect(() => postStratificationWeights({ A: -1 }, { A: 10 })).toThrow();
    expect(() => postStratificationWeights({ A: NaN }, { A: 10 })).toThrow();
    expect(() => postStratificationWeights({ A: 10 }, { A: -2 })).toThrow();
  });
});

describe('weighted proportion', () => {
  // Worked case 6 of reference/privacy-and-statistics.md.
  it('population 300/100, sample 100/100, yes 0.2/0.6 → 30% (unweighted 40%), n_eff 160', () => {
    const { weights } = postStratificationWeights({ A: 300, B: 100 }, { A: 100, B: 100 });
    const cells = { A: { x: 20, n: 100 }, B: { x: 60, n: 100 } };
    const r = weightedProportion(weights, cells);
    expect(r.estimate).toBeCloseTo(0.3, 12);
    // Σw = 100·3 + 100·1 = 400, Σw² = 100·9 + 100·1 = 1000.
    expect(r.nEff).toBeCloseTo(160, 10);
    expect(r.n).toBe(200);
    expect((20 + 60) / r.n).toBeCloseTo(0.4, 12);
    const ci = wilson(0.3 * 160, 160);
    expect(r.lo).toBeCloseTo(ci.lo, 12);
    expect(r.hi).toBeCloseTo(ci.hi, 12);
    // The effective n is smaller than 200, so the interval is wider than unweighted.
    const unweighted = wilson(60, 200);
    expect(r.hi - r.lo).toBeGreaterThan(unweighted.hi - unweighted.lo);
  });

  it('does not depend on the scale of the weights', () => {
    const cells = { A: { x: 20, n: 100 }, B: { x: 60, n: 100 } };
    const a = weightedProportion({ A: 3, B: 1 }, cells);
    const b = weightedProportion({ A: 0.3, B: 0.1 }, cells);
    expect(b.estimate).toBeCloseTo(a.estimate, 12);
    expect(b.nEff).toBeCloseTo(a.nEff, 10);
  });

  it('equals the unweighted proportion when all weights are equal', () => {
    const r = weightedProportion(
      { A: 2.5, B: 2.5 },
      { A: { x: 20, n: 100 }, B: { x: 60, n: 100 } },
    );
    expect(r.estimate).toBeCloseTo(0.4, 12);
    expect(r.nEff).toBeCloseTo(200, 10);
  });

  it('works on a filtered subset: empty strata are skipped, weights stay the wave’s', () => {
    const r = weightedProportion({ A: 3, B: 1, C: 7 }, { A: { x: 4, n: 10 }, C: { x: 0, n: 0 } });
    expect(r.estimate).toBeCloseTo(0.4, 12);
    expect(r.nEff).toBeCloseTo(10, 10);
    expect(r.n).toBe(10);
  });

  it('refuses a stratum without a weight and a figure without answers', () => {
    expect(() => weightedProportion({ A: 3 }, { A: { x: 1, n: 10 }, Z: { x: 1, n: 10 } })).toThrow(
      /"Z"/,
    );
    expect(() => weightedProportion({ A: 3 }, { A: { x: 0, n: 0 } })).toThrow();
  });
});

describe('weighted mean', () => {
  const hours = [40, 45, 50, 55, 60, 38, 42, 48, 52, 70];

  it('equals meanInterval when all weights are equal (worked case 7)', () => {
    const r = weightedMean({ A: 4, B: 4 }, { A: sums(hours.slice(0, 4)), B: sums(hours.slice(4)) });
    const m = meanInterval(10, 500, sums(hours).sumsq);
    expect(r.mean).toBeCloseTo(50, 10);
    expect(r.nEff).toBeCloseTo(10, 10);
    expect(r.sd).toBeCloseTo(m.sd, 10);
    expect(r.lo).toBeCloseTo(42.98, 2);
    expect(r.hi).toBeCloseTo(57.02, 2);
  });

  it('matches the respondent-by-respondent formulas with unequal weights', () => {
    const a = [8, 9, 10, 11, 12];
    const b = [18, 19, 20, 21, 22];
    const r = weightedMean({ A: 3, B: 1 }, { A: sums(a), B: sums(b) });
    // By hand: Σw = 20, Σwy = 3·50 + 100 = 250 → 12.5; Σw² = 5·9 + 5·1 = 50 → n_eff = 8;
    // Σw(y − 12.5)² = 3·41.25 + 291.25 = 415 → s² = 415/20 · 8/7.
    expect(r.mean).toBeCloseTo(12.5, 12);
    expect(r.nEff).toBeCloseTo(8, 12);
    expect(r.n).toBe(10);
    expect(r.sd).toBeCloseTo(Math.sqrt((415 / 20) * (8 / 7)), 10);
    // t(0.975, 7) = 2.364624 (R: qt(0.975, 7)).
    const half = 2.364624 * (r.sd / Math.sqrt(8));
    expect(r.lo).toBeCloseTo(12.5 - half, 5);
    expect(r.hi).toBeCloseTo(12.5 + half, 5);
  });

  it('refuses fewer than 2 answers', () => {
    expect(() => weightedMean({ A: 3 }, { A: sums([40]) })).toThrow();
  });
});
