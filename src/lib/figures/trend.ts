import { isAsked } from '../codebook/asked';
import { getItem } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Aggregates } from '../query/aggregates';
import type { Selection } from '../query/selection';
import type { RowKind } from './panel';
import { itemPanel } from './panel';
import type { Figure } from './types';

export interface TrendPoint {
  wave: number;
  kind: RowKind;
  /** The mean, or the headline share; value null when suppressed in that wave. */
  figure: Figure;
}

/**
 * An item's headline figure in every wave, for the selection and (when filtered) all
 * respondents: the same panels as the charts, one per wave, so the rules are the same.
 * Multi-select items and items without a headline have no single figure to follow.
 */
export async function trend(
  source: Aggregates,
  codebook: Codebook,
  itemId: string,
  filters: Selection['filters'],
  /** The waves to weight: a wave without trainee counts is followed unweighted. */
  weightedWaves: readonly number[] = [],
): Promise<TrendPoint[]> {
  // A wave that did not ask the item has no point (wave-notes.ts says so under the chart).
  const item = getItem(codebook, itemId);
  const waves = codebook.waves
    .map((w) => w.year)
    .filter((year) => isAsked(codebook, item, year))
    .sort((a, b) => a - b);
  const panels = await Promise.all(
    waves.map((wave) =>
      itemPanel(
        source,
        codebook,
        itemId,
        { wave, filters, weighted: weightedWaves.includes(wave) },
        { compare: null, benchmark: 'all' },
      ),
    ),
  );
  return panels.flatMap((panel, i) => {
    if (panel.type === 'options' || (panel.type === 'share' && !panel.item.headline)) return [];
    return panel.rows.map((row) => ({ wave: waves[i]!, kind: row.kind, figure: row.figure }));
  });
}
