/**
 * The (weighted) median of a distribution: its distinct values with the respondents (n) and the
 * sum of their weights (sw) at each. With every weight 1 (sw = n) it is the ordinary median.
 *
 * Definition (Hyndman & Fan 1996, type 2, with the empirical distribution function weighted, as
 * Stata's `_pctile` and `summarize, detail` take weighted percentiles): with the values sorted,
 * x₁ < … < x_k, and W_j the weight at or below x_j of the total W, the median is the smallest x_j
 * with W_j ≥ W / 2; where W_j is exactly W / 2 it is the midpoint (x_j + x_{j+1}) / 2. "Exactly"
 * allows for rounding in sums of non-integer weights: |W_j − W/2| ≤ 1e-12·W. Values with no
 * respondent (n = 0, as after taking a group out of its parent) are no part of it.
 */

export interface ValueWeight {
  /** The value. */
  v: number;
  /** Respondents who gave it. */
  n: number;
  /** The sum of their weights (n when unweighted). */
  sw: number;
}

/** The relative tolerance within which a cumulative weight is taken to be exactly half. */
export const HALF_TOLERANCE = 1e-12;

export function weightedMedian(values: readonly ValueWeight[]): number | null {
  const present = values.filter((d) => d.n > 0 && d.sw > 0).sort((a, b) => a.v - b.v);
  const total = present.reduce((s, d) => s + d.sw, 0);
  if (present.length === 0 || !(total > 0)) return null;
  const half = total / 2;
  let below = 0;
  for (let j = 0; j < present.length; j++) {
    below += present[j]!.sw;
    const next = present[j + 1];
    if (Math.abs(below - half) <= HALF_TOLERANCE * total && next)
      return (present[j]!.v + next.v) / 2;
    if (below >= half) return present[j]!.v;
  }
  // Only by rounding: the last value holds the top of the distribution.
  return present.at(-1)!.v;
}

/**
 * One distribution less another (a group taken out of its parent: "the rest"), value by value.
 * The weight of a value left with no respondent is 0, whatever rounding left of it.
 */
export function subtractValues(
  whole: readonly ValueWeight[],
  part: readonly ValueWeight[],
): ValueWeight[] {
  const taken = new Map(part.map((d) => [d.v, d]));
  return whole.flatMap((d) => {
    const t = taken.get(d.v);
    const n = d.n - (t?.n ?? 0);
    return n > 0 ? [{ v: d.v, n, sw: d.sw - (t?.sw ?? 0) }] : [];
  });
}
