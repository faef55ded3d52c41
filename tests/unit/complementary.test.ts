import { describe, expect, it } from 'vitest';
import { hiddenInSplit, revealsComplement } from '../../src/lib/privacy/complementary';

describe('complementary suppression', () => {
  it('case 8: a cell of 4 in a split of 40/25/4/0 → the 4 and at least one more (the 25) hidden', () => {
    expect(hiddenInSplit([40, 25, 4, 0])).toEqual([false, true, true, true]);
  });

  it('hides nothing more when nothing is hidden, or when only empty cells are', () => {
    expect(hiddenInSplit([40, 25, 12])).toEqual([false, false, false]);
    expect(hiddenInSplit([40, 25, 0])).toEqual([false, false, true]);
  });

  it('keeps two small hidden cells that together hold 10 or more', () => {
    expect(hiddenInSplit([40, 6, 5])).toEqual([false, true, true]);
  });

  it('adds cells until the hidden ones hold at least 10 answers', () => {
    expect(hiddenInSplit([50, 12, 3, 2])).toEqual([false, true, true, true]);
  });

  it('case 9-like: a group whose complement within its parent is 1–9 is revealed by subtraction', () => {
    expect(revealsComplement(125, 131)).toBe(true);
    expect(revealsComplement(131, 131)).toBe(false);
    expect(revealsComplement(100, 131)).toBe(false);
  });
});
