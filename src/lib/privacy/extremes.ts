import type { Estimate } from '../stats/estimate';

/** Below this many answers an exact 0% or 100% on a sensitive item says too much about each one. */
const EXTREME_MIN_N = 20;
const BOUND = 0.05;

/**
 * "Everyone in this group with burnout complaints named work-life balance" is a statement about
 * each member. Sensitive coded answers need no guard: the released file holds both answers of a
 * yes/no item in every class of quasi-identifiers, so no group of them has 0% or 100%
 * (tests/unit/no-exact-extremes.test.ts). The options of a sensitive multi-select item are not
 * covered: l-diversity counts a respondent's whole pattern of options, and patterns can differ
 * while all of them include one option. So an option's exact 0% or 100% in a group under 20
 * answers is shown as "< 5%" or "> 95%", with no interval that would give the count away.
 */
export function censorExtreme(
  value: Estimate,
  n: number,
  sensitive: boolean,
  /**
   * How many of the n chose the option. Decided on this count, not on the estimate: a weighted
   * share of "everyone" can come out as 0.9999999 when the weights are summed in another order.
   */
  chosen: number,
): Estimate {
  if (!sensitive || n >= EXTREME_MIN_N) return value;
  if (chosen === 0) return { estimate: BOUND, lo: 0, hi: BOUND, bound: 'below' };
  if (chosen === n) return { estimate: 1 - BOUND, lo: 1 - BOUND, hi: 1, bound: 'above' };
  return value;
}
