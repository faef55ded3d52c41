import type { Interval } from './wilson';

/** A share or a mean with its 95% interval: what a chart, a headline or an export may show. */
export interface Estimate extends Interval {
  estimate: number;
  /**
   * Set when an option's exact 0% or 100% in a small group on a sensitive item is shown only as a
   * range ("< 5%", "> 95%", privacy/extremes.ts): estimate, lo and hi then hold the range's bound
   * and ends, not the share.
   */
  bound?: 'below' | 'above';
}
