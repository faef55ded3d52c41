import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import type { Coverage } from './coverage';
import { viewCoverage } from './coverage';
import type { Panel, PanelOptions } from './panel';
import { itemPanel, viewSource } from './panel';
import type { TrendPoint } from './trend';
import { trend } from './trend';

/** What the slides draw for one view: a chart per chosen question, its trend, the coverage. */
export interface SlideFigures {
  panels: Panel[];
  /** Each chart's headline in every wave, by item id (none with a single wave). */
  trends: Record<string, TrendPoint[]>;
  coverage: Coverage[];
}

/**
 * The charts of the chosen questions, in the order chosen, computed as a topic page computes
 * its own (topicFigures): from the results shipped with the build where given (a view then
 * asks DuckDB nothing, weighted with the weights set, and `engine` may be one that is still
 * starting), else by DuckDB.
 */
export async function slideFigures(
  engine: Engine,
  codebook: Codebook,
  itemIds: readonly string[],
  selection: Selection,
  options: PanelOptions,
  /** The waves with trainee counts (all by default): a weighted trend weights only these. */
  weightedWaves: readonly number[] = codebook.waves.map((w) => w.year),
  /** The statements of the questions' topics answered at build time (shipped.ts). */
  shipped?: ViewResults | null,
): Promise<SlideFigures> {
  const weighted = selection.weighted ?? false;
  const source = await viewSource(engine, codebook, itemIds, weighted, shipped);
  const [panels, series, coverage] = await Promise.all([
    Promise.all(itemIds.map((id) => itemPanel(source, codebook, id, selection, options))),
    // The trend stays on the slide where the question has one (every wave's headline).
    codebook.waves.length > 1
      ? Promise.all(
          itemIds.map((id) =>
            trend(source, codebook, id, selection.filters, weighted ? weightedWaves : []),
          ),
        )
      : [],
    viewCoverage(engine, codebook, selection, [options.compare], shipped),
  ]);
  return {
    panels,
    trends: Object.fromEntries(itemIds.map((id, i) => [id, series[i] ?? []])),
    coverage,
  };
}
