/**
 * Benjamini–Hochberg adjusted p-values (the "BH"/"fdr" method of R's `p.adjust`), across the
 * groups of one chart (reference/privacy-and-statistics.md S5). A chart with 30 specialties runs
 * 30 tests; unadjusted, one or two would be flagged at p < 0.05 by chance alone.
 *
 * Nulls ("too few to compare") stay null and do not count in m: no test was run for them, and
 * counting them would make the other groups' adjustment stricter for nothing.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const tested: { p: number; index: number }[] = [];
  pValues.forEach((p, index) => {
    if (p === null) return;
    if (!(p >= 0 && p <= 1)) throw new Error(`Not a p-value: ${p}`);
    tested.push({ p, index });
  });
  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = tested.length;
  // Step-up: walk from the largest p down, keeping the running minimum of m/rank · p so the
  // adjusted values are monotone in p (a smaller p never gets a larger adjusted p).
  tested.sort((a, b) => a.p - b.p);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = tested[rank - 1]!;
    running = Math.min(running, (m / rank) * p);
    adjusted[index] = running;
  }
  return adjusted;
}
