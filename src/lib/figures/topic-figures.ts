import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import type { Coverage } from './coverage';
import { viewCoverage } from './coverage';
import type { Panel, PanelOptions } from './panel';
import { marksPanel, topicPanels, viewSource } from './panel';
import type { PublishedPoint } from './published';
import { publishedPoints } from './published';
import type { TrendPoint } from './trend';
import { trend } from './trend';

/** Everything a topic page draws for one view: its charts, rating spreads and trends. */
export interface TopicFigures {
  panels: Panel[];
  /** The 1–10 distribution beside each rating's mean, by item id. */
  marks: Record<string, Panel>;
  /** The headline figure in every wave, by item id (none with a single wave). */
  trends: Record<string, TrendPoint[]>;
  /**
   * The figures DJS published for earlier waves, by item id (only items that have some): from
   * the codebook, never from the data, so the same whatever the selection.
   */
  published: Record<string, PublishedPoint[]>;
  /** How many respondents have a value of each dimension the view filters or splits by. */
  coverage: Coverage[];
}

export async function topicFigures(
  engine: Engine,
  codebook: Codebook,
  topicId: string,
  selection: Selection,
  options: PanelOptions,
  /** The waves with trainee counts (all by default): a weighted trend weights only these. */
  weightedWaves: readonly number[] = codebook.waves.map((w) => w.year),
  /**
   * The topic's statements answered at build time (shipped.ts): a view then asks DuckDB nothing
   * (weighted, with the weights set), and `engine` may be one that is still starting.
   */
  shipped?: ViewResults | null,
): Promise<TopicFigures> {
  const items = codebook.items.filter((i) => i.topic === topicId);
  const ratings = items.filter((i) => i.type === 'rating10');
  const source = await viewSource(
    engine,
    codebook,
    items.map((i) => i.id),
    selection.weighted ?? false,
    shipped,
  );
  const [panels, spread, series, coverage] = await Promise.all([
    topicPanels(source, codebook, topicId, selection, options),
    Promise.all(ratings.map((i) => marksPanel(source, codebook, i.id, selection, options))),
    codebook.waves.length > 1
      ? Promise.all(
          items.map((i) =>
            trend(
              source,
              codebook,
              i.id,
              selection.filters,
              selection.weighted ? weightedWaves : [],
            ),
          ),
        )
      : [],
    viewCoverage(engine, codebook, selection, [options.compare], shipped),
  ]);
  return {
    panels,
    marks: Object.fromEntries(ratings.map((item, i) => [item.id, spread[i]!])),
    trends: Object.fromEntries(items.map((item, i) => [item.id, series[i] ?? []])),
    published: Object.fromEntries(
      items
        .map((item) => [item.id, publishedPoints(codebook, item.id)] as const)
        .filter(([, points]) => points.length > 0),
    ),
    coverage,
  };
}
