import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/lib/stats/mean';
import { MissingPopulationError, postStratificationWeights } from '../../src/lib/stats/weights';
import {
  effectiveN,
  effectiveSums,
  weightedMean,
  weightedShare,
} from '../../src/lib/stats/weighted';
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

describe('estimates from weight sums', () => {
  // Worked case 6: population 300/100, sample 100/100, yes-rates 0.2/0.6 → w = 3 and 1.
  const sw = 100 * 3 + 100 * 1;
  const sw2 = 100 * 9 + 100 * 1;
  const swYes = 20 * 3 + 60 * 1;

  it('population 300/100, sample 100/100, yes 0.2/0.6 → 30% (unweighted 40%), n_eff 160', () => {
    expect(effectiveN(sw, sw2)).toBe(160);
    const share = weightedShare(swYes, sw, sw2);
    expect(share.estimate).toBeCloseTo(0.3, 12);
    const plain = wilson(0.3 * 160, 160);
    expect(share.lo).toBeCloseTo(plain.lo, 12);
    expect(share.hi).toBeCloseTo(plain.hi, 12);
    expect(weightedShare(80, 200, 200).estimate).toBe(0.4);
  });

  it('does not depend on the scale of the weights', () => {
    const scaled = weightedShare(swYes * 7, sw * 7, sw2 * 49);
    expect(scaled.estimate).toBeCloseTo(0.3, 12);
    expect(scaled.nEff).toBeCloseTo(160, 9);
  });

  it('with all weights 1, equals the unweighted mean interval (worked case 7)', () => {
    const xs = [40, 45, 50, 55, 60, 38, 42, 48, 52, 70];
    const s = sums(xs);
    const weighted = weightedMean(s.n, s.n, s.sum, s.sumsq);
    const plain = meanInterval(s.n, s.sum, s.sumsq);
    expect(weighted.estimate).toBeCloseTo(plain.mean, 12);
    expect(weighted.lo).toBeCloseTo(42.98, 2);
    expect(weighted.hi).toBeCloseTo(plain.hi, 10);
    const back = effectiveSums(weighted);
    expect(back.n).toBe(s.n);
    expect(back.sum).toBeCloseTo(s.sum, 9);
    expect(back.sumsq).toBeCloseTo(s.sumsq, 6);
  });

  it('widens the interval when weights are unequal', () => {
    // Two strata of 10: values 10 (w = 3) and 20 (w = 1) → mean 12.5, n_eff = 40² / 100 = 16.
    const m = weightedMean(40, 100, 10 * 3 * 10 + 10 * 20, 10 * 3 * 100 + 10 * 400);
    expect(m.estimate).toBe(12.5);
    expect(m.nEff).toBe(16);
    expect(() => weightedMean(1, 1, 5, 25)).toThrow('effective n above 1');
  });
});
