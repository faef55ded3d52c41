import type { Estimate } from '../figures/types';

/** Below this many answers an exact 0% or 100% on a sensitive item says too much about each one. */
export const EXTREME_MIN_N = 20;
const BOUND = 0.05;

/**
 * "Everyone in this group has burnout complaints" is a statement about each member. For sensitive
 * items in groups under 20 answers, a share of exactly 0% or 100% is shown as "< 5%" or "> 95%"
 * with no interval that would give the count away (issue 4, DESIGN.md privacy rules).
 */
export function censorExtreme(value: Estimate, n: number, sensitive: boolean): Estimate {
  if (!sensitive || n >= EXTREME_MIN_N) return value;
  if (value.estimate === 0) return { estimate: BOUND, lo: 0, hi: BOUND, bound: 'below' };
  if (value.estimate === 1) return { estimate: 1 - BOUND, lo: 1 - BOUND, hi: 1, bound: 'above' };
  return value;
}
