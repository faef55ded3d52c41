import type { CodedItem } from '../codebook/types';
import { isSuppressed } from '../privacy/threshold';
import type { CodeCount, Group } from '../query/aggregates';
import { weightedShare } from '../stats/weighted';
import type { Figure } from './types';

/** Valid n (and its weight sums), excluded and missing counts of one group's code counts. */
export function tally(item: CodedItem, counts: CodeCount[]) {
  const excludedCodes = new Set(item.values.filter((v) => v.excluded).map((v) => v.code));
  let n = 0;
  let sw = 0;
  let sw2 = 0;
  let excluded = 0;
  let missing = 0;
  for (const c of counts) {
    if (c.code === null) missing += c.n;
    else if (excludedCodes.has(c.code)) excluded += c.n;
    else {
      n += c.n;
      sw += c.sw;
      sw2 += c.sw2;
    }
  }
  return { n, sw, sw2, excluded, missing };
}

/** Weighted hits among the valid answers: the numerator of a share. */
export function hits(counts: CodeCount[], codes: readonly string[]): number {
  return counts
    .filter((c) => c.code !== null && codes.includes(c.code))
    .reduce((s, c) => s + c.sw, 0);
}

/** % of valid answers whose code is one of `codes`, with its Wilson 95% interval. */
export function shareFigure(
  item: CodedItem,
  counts: CodeCount[],
  codes: readonly string[],
  group: Group = null,
): Figure {
  const { n, sw, sw2, excluded, missing } = tally(item, counts);
  if (isSuppressed(n)) return { group, n, excluded, missing, value: null };
  const { estimate, lo, hi } = weightedShare(hits(counts, codes), sw, sw2);
  return { group, n, excluded, missing, value: { estimate, lo, hi } };
}

/** The share of every valid code (for distributions and stacked bars), in codebook order. */
export function distribution(
  item: CodedItem,
  counts: CodeCount[],
  group: Group = null,
): (Figure & { code: string })[] {
  return item.values
    .filter((v) => !v.excluded)
    .map((v) => ({ ...shareFigure(item, counts, [v.code], group), code: v.code }));
}

/** Splits code counts of a grouped query by group, keeping first-seen order. */
export function byGroup<T extends { group: Group }>(rows: T[]): Map<Group, T[]> {
  const groups = new Map<Group, T[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return groups;
}
