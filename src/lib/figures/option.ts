import { isSuppressed } from '../privacy/threshold';
import type { OptionCounts } from '../query/aggregates';
import { censorExtreme } from '../privacy/extremes';
import { weightedShare } from '../stats/weighted';
import type { Figure } from './types';

/**
 * % of respondents who answered a multi-select question and chose the option: the shares of one
 * question may add up past 100% (DESIGN.md statistics, S7).
 */
export function optionFigure(counts: OptionCounts, option: string, sensitive = false): Figure {
  const n = counts.answered;
  const base = { group: counts.group, n, excluded: 0, missing: counts.missing };
  if (isSuppressed(n)) return { ...base, value: null };
  const { estimate, lo, hi } = weightedShare(counts.chosenW[option] ?? 0, counts.sw, counts.sw2);
  const chosen = counts.chosen[option] ?? 0;
  return { ...base, value: censorExtreme({ estimate, lo, hi }, n, sensitive, chosen) };
}
