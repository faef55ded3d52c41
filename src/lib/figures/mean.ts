import { isSuppressed } from '../privacy/threshold';
import type { Moments } from '../query/aggregates';
import { meanInterval } from '../stats/mean';
import type { Figure, MeanValue } from './types';

/** Mean with its t-interval (and the median, for hours), or nothing below the threshold. */
export function meanFigure(m: Moments, withMedian: boolean): Figure<MeanValue> {
  const base = { group: m.group, n: m.n, excluded: 0, missing: m.missing };
  if (isSuppressed(m.n)) return { ...base, value: null };
  const { mean, sd, lo, hi } = meanInterval(m.n, m.sum, m.sumsq);
  return { ...base, value: { estimate: mean, lo, hi, sd, median: withMedian ? m.median : null } };
}
