/** One bar segment of a diverging stacked bar, from x1 to x2 (shares, negative left of zero). */
export interface Segment {
  index: number;
  x1: number;
  x2: number;
}

/**
 * Where zero falls on an ordered scale of `count` answers: the answers before `split` go left,
 * those from `split` on go right, and `neutral` (if any, the answer just before `split`) is split
 * in half across zero.
 */
export interface DivergingLayout {
  neutral: number | null;
  split: number;
  /** The side of zero the headline's answers are on; null without a headline at an end. */
  headline: 'left' | 'right' | null;
}

/**
 * Lays an ordered scale out around its headline, so that the coloured segments on the headline's
 * side of zero add up to the headline share: a top-2 (or bottom-2) box of a 5-point scale keeps
 * the middle answer as neutral, split across zero (DESIGN.md S6); any other headline ("regelmatig
 * tot altijd", "altijd") puts zero between its answers and the others, with no neutral. Without a
 * headline at one end of the scale, the middle answer is the neutral one (a 4-point scale of an
 * earlier wave has none and splits between its halves).
 */
export function divergingLayout(
  codes: readonly string[],
  headline: readonly string[] = [],
): DivergingLayout {
  const count = codes.length;
  const middle = Math.floor(count / 2);
  const odd = count % 2 === 1;
  const at = new Set(headline.map((c) => codes.indexOf(c)));
  const h = at.size;
  const top = h > 0 && h < count && [...at].every((i) => i >= count - h);
  const bottom = h > 0 && h < count && [...at].every((i) => i >= 0 && i < h);
  if (top || bottom) {
    const side = top ? 'right' : 'left';
    if (odd && h === middle) return { neutral: middle, split: middle + 1, headline: side };
    return { neutral: null, split: top ? count - h : h, headline: side };
  }
  return odd
    ? { neutral: middle, split: middle + 1, headline: null }
    : { neutral: null, split: middle, headline: null };
}

/**
 * The segments of one bar: the answers left of zero stacked leftwards from it, those right of it
 * rightwards, and the neutral answer (if any) in half on each side, so the bar's balance shows at
 * a glance and the neutral share is not hidden on either side.
 */
export function divergingSegments(
  shares: readonly number[],
  layout: DivergingLayout = divergingLayout(shares.map(String)),
): Segment[] {
  const { neutral, split } = layout;
  const half = neutral === null ? 0 : (shares[neutral] ?? 0) / 2;
  const out: Segment[] = neutral === null ? [] : [{ index: neutral, x1: -half, x2: half }];
  let left = neutral === null ? 0 : -half;
  for (let i = (neutral ?? split) - 1; i >= 0; i--) {
    out.push({ index: i, x1: left - shares[i]!, x2: left });
    left -= shares[i]!;
  }
  let right = half;
  for (let i = split; i < shares.length; i++) {
    out.push({ index: i, x1: right, x2: right + shares[i]! });
    right += shares[i]!;
  }
  return out.sort((a, b) => a.index - b.index);
}
