import { describe, expect, it } from 'vitest';
import type { CodedItem } from '../../src/lib/codebook/types';
import { divergingSegments } from '../../src/lib/figures/diverging';
import { optionFigure } from '../../src/lib/figures/option';
import { distribution, shareFigure } from '../../src/lib/figures/share';
import type { CodeCount } from '../../src/lib/query/aggregates';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const item = (id: string) => codebook.items.find((i) => i.id === id) as CodedItem;
/** Unweighted counts: every weight 1, so Σw = Σw² = n. */
const counts = (entries: [string | null, number][]): CodeCount[] =>
  entries.map(([code, n]) => ({ group: null, code, n, sw: n, sw2: n }));

// Worked cases from reference/privacy-and-statistics.md.
describe('figures from counts', () => {
  it('case 3: 100 answered, 20 "weet niet", 48 yes, 32 no → 60% of n = 80, 20 excluded', () => {
    const f = shareFigure(
      item('burnout'),
      counts([
        ['ja', 48],
        ['nee', 32],
        ['weet_niet', 20],
      ]),
      ['ja'],
    );
    expect(f).toMatchObject({ n: 80, excluded: 20, missing: 0 });
    expect(f.value!.estimate).toBe(0.6);
  });

  it('case 4: Likert 5/10/15/40/30 → top-2 box 70%; neutral drawn as 7.5% each side of zero', () => {
    const likert = counts([
      ['1', 5],
      ['2', 10],
      ['3', 15],
      ['4', 40],
      ['5', 30],
    ]);
    const proud = item('proud');
    expect(shareFigure(proud, likert, proud.headline!.codes).value!.estimate).toBeCloseTo(0.7, 12);
    const shares = distribution(proud, likert).map((d) => d.value!.estimate);
    const segments = divergingSegments(shares);
    expect(segments[2]).toEqual({ index: 2, x1: -0.075, x2: 0.075 });
    expect(segments[0]!.x1).toBeCloseTo(-(0.075 + 0.1 + 0.05), 12);
    expect(segments[4]!.x2).toBeCloseTo(0.075 + 0.4 + 0.3, 12);
  });

  it('case 5: multi-select, 20 respondents choosing A 12×, B 10×, C 6× → 60 / 50 / 30%', () => {
    const chosen = { a: 12, b: 10, c: 6 };
    const options = {
      group: null,
      answered: 20,
      missing: 0,
      sw: 20,
      sw2: 20,
      chosen,
      chosenW: chosen,
    };
    expect(['a', 'b', 'c'].map((o) => optionFigure(options, o).value!.estimate)).toEqual([
      0.6, 0.5, 0.3,
    ]);
  });

  it('case 7: a cell of n = 8 shows no figure, and missing answers are counted apart', () => {
    const f = shareFigure(
      item('burnout'),
      counts([
        ['ja', 5],
        ['nee', 3],
        [null, 4],
      ]),
      ['ja'],
    );
    expect(f).toMatchObject({ n: 8, missing: 4, value: null });
  });
});
