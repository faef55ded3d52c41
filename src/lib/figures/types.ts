import type { Group } from '../query/aggregates';
import type { Estimate } from '../stats/estimate';

/**
 * What a chart or headline may show. `value` is null when the group is too small (privacy), so
 * a component cannot draw a suppressed number by accident: there is none to draw.
 */
export interface Figure<V extends Estimate = Estimate> {
  group: Group;
  /** Unweighted valid n: the denominator. */
  n: number;
  /** Answered "weet niet" / not applicable: left out of the denominator. */
  excluded: number;
  /** Asked, but no answer. */
  missing: number;
  value: V | null;
}

export interface MeanValue extends Estimate {
  sd: number;
  /** Hours are also shown as a median; null where it would not be shown. */
  median: number | null;
}
