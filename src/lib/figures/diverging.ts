/** One bar segment of a diverging stacked bar, from x1 to x2 (shares, negative left of zero). */
export interface Segment {
  index: number;
  x1: number;
  x2: number;
}

/**
 * Lays out the shares of an ordered scale around zero: the answers below the middle one go left,
 * those above go right, and the middle answer is split in half across zero (DESIGN.md S6), so the
 * bar's balance shows at a glance and the neutral share is not hidden on either side.
 */
export function divergingSegments(shares: readonly number[]): Segment[] {
  // A scale without a middle answer (a 4-point scale of an earlier wave) splits between halves.
  const even = shares.length % 2 === 0;
  const middle = Math.floor(shares.length / 2);
  const half = even ? 0 : (shares[middle] ?? 0) / 2;
  const out: Segment[] = even ? [] : [{ index: middle, x1: -half, x2: half }];
  let left = even ? 0 : -half;
  for (let i = middle - 1; i >= 0; i--) {
    out.push({ index: i, x1: left - shares[i]!, x2: left });
    left -= shares[i]!;
  }
  let right = half;
  for (let i = even ? middle : middle + 1; i < shares.length; i++) {
    out.push({ index: i, x1: right, x2: right + shares[i]! });
    right += shares[i]!;
  }
  return out.sort((a, b) => a.index - b.index);
}
