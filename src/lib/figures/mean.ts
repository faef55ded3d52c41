import { isSuppressed } from '../privacy/threshold';
import type { Moments } from '../query/aggregates';
import { weightedMean } from '../stats/weighted';
import type { Figure, MeanValue } from './types';

/** Mean with its t-interval (and the median, for hours), or nothing below the threshold. */
export function meanFigure(m: Moments, withMedian: boolean): Figure<MeanValue> {
  const base = { group: m.group, n: m.n, excluded: 0, missing: m.missing };
  if (isSuppressed(m.n)) return { ...base, value: null };
  const { estimate, lo, hi, sd } = weightedMean(m.sw, m.sw2, m.swx, m.swx2);
  return { ...base, value: { estimate, lo, hi, sd, median: withMedian ? m.median : null } };
}
