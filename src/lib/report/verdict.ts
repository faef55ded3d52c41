import type { PanelRow } from '../figures/panel';

/**
 * How a row compares with the rest, as the words of a sentence may say it: "higher" or "lower"
 * only where the Benjamini–Hochberg adjusted p is below 0.05 (the dashboard's `significant`),
 * "similar" where the test ran and does not support a difference, "untested" where there was no
 * test (too few answers on either side, or no single measure, as for a multi-select question).
 */
export type Verdict = 'higher' | 'lower' | 'similar' | 'untested';

export function verdictOf(row: PanelRow): Verdict {
  const c = row.comparison;
  if (!c) return 'untested';
  if (!c.significant) return 'similar';
  return c.diff > 0 ? 'higher' : 'lower';
}
