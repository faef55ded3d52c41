import type { Population } from '../lib/data/weighted-waves';
import { weightedWaves } from '../lib/data/weighted-waves';
import type { Selection } from '../lib/query/selection';
import type { ViewResults } from '../lib/query/shipped';
import { combineViewResults } from '../lib/query/shipped';
import { selectionOf } from '../lib/view/selection';
import type { ViewState } from '../lib/view/state';
import type { Prepared } from './boot';

/** What a view's figures are computed from (viewInputs). */
export interface ViewInputs {
  /** The view's respondents: weighted only where its wave has trainee counts. */
  selection: Required<Selection>;
  /** The waves with trainee counts, as known when the view was asked for. */
  weightedWaves: number[];
  /**
   * The results the build shipped for the topics of the view's questions, from which its figures
   * are added up without DuckDB (src/lib/query/shipped.ts), with the weights for a weighted view;
   * null for own data, or when none could be read.
   */
  results: ViewResults | null;
}

/**
 * The trainee counts a view is computed with. Weighted, they are needed: weighed by the page
 * without DuckDB where the build counted the respondents (boot.ts), else read once DuckDB has
 * loaded them. Unweighted, as now known (they only say which waves could be weighted).
 */
async function knownPopulation(
  prepared: Prepared | null,
  weighted: boolean,
  population: () => Population | null,
): Promise<Population | null> {
  const known = population();
  if (!weighted || !prepared || known !== null) return known;
  return (await prepared.population) ?? (await prepared.ready.then(population));
}

/**
 * What the topic page, the slides and a report compute a view's figures from, so that each draws
 * a view before DuckDB is ready, with the figures DuckDB would give (the same summing code:
 * tests/unit/shipped.test.ts), and draws it once: what arrives later (DuckDB, the trainee
 * counts) is read here, inside the request, not by the page, so its arrival asks for nothing
 * again, weighted views included (knownPopulation).
 */
export async function viewInputs(
  /** What the build computed (boot.ts); null for own data. */
  prepared: Prepared | null,
  state: ViewState,
  /** The topics of the view's questions: their results are fetched, each once. */
  topics: readonly string[],
  /** The trainee counts as now known. */
  population: () => Population | null,
): Promise<ViewInputs> {
  const known = await knownPopulation(prepared, state.weighted, population);
  const waves = weightedWaves(known);
  const selection = selectionOf(state, waves);
  if (!prepared) return { selection, weightedWaves: waves, results: null };
  const found = await Promise.all([...new Set(topics)].map((topic) => prepared.results(topic)));
  const results = combineViewResults(found);
  const weights = selection.weighted ? known?.weights : undefined;
  return {
    selection,
    weightedWaves: waves,
    results: results && weights ? { ...results, weights } : results,
  };
}
