import type { CodedItem } from '../codebook/types';
import { isSuppressed } from '../privacy/threshold';
import type { CodeCount, Group } from '../query/aggregates';
import { wilson } from '../stats/wilson';
import type { Figure } from './types';

/** Valid n, excluded and missing counts of one group's code counts. */
export function tally(item: CodedItem, counts: CodeCount[]) {
  const excludedCodes = new Set(item.values.filter((v) => v.excluded).map((v) => v.code));
  let n = 0;
  let excluded = 0;
  let missing = 0;
  for (const c of counts) {
    if (c.code === null) missing += c.n;
    else if (excludedCodes.has(c.code)) excluded += c.n;
    else n += c.n;
  }
  return { n, excluded, missing };
}

/** % of valid answers whose code is one of `codes`, with its Wilson 95% interval. */
export function shareFigure(
  item: CodedItem,
  counts: CodeCount[],
  codes: readonly string[],
  group: Group = null,
): Figure {
  const { n, excluded, missing } = tally(item, counts);
  const x = counts
    .filter((c) => c.code !== null && codes.includes(c.code))
    .reduce((s, c) => s + c.n, 0);
  const value = isSuppressed(n) ? null : { estimate: x / n, ...wilson(x, n) };
  return { group, n, excluded, missing, value };
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
