import { isSuppressed } from '../privacy/threshold';
import type { OptionCounts } from '../query/aggregates';
import { wilson } from '../stats/wilson';
import type { Figure } from './types';

/**
 * % of respondents who answered a multi-select question and chose the option: the shares of one
 * question may add up past 100% (DESIGN.md statistics, S7).
 */
export function optionFigure(counts: OptionCounts, option: string): Figure {
  const n = counts.answered;
  const x = counts.chosen[option] ?? 0;
  const value = isSuppressed(n) ? null : { estimate: x / n, ...wilson(x, n) };
  return { group: counts.group, n, excluded: 0, missing: counts.missing, value };
}
