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
   * Unweighted, the results the build shipped for the topics of the view's questions, from which
   * its figures are added up without DuckDB (src/lib/query/shipped.ts); null when weighted, for
   * own data, or when none could be read.
   */
  results: ViewResults | null;
}

/**
 * What the topic page, the slides and a report compute a view's figures from, so that each draws
 * an unweighted view before DuckDB is ready, with the figures DuckDB would give (the same summing
 * code: tests/unit/shipped.test.ts), and draws it once: what arrives later (DuckDB, the trainee
 * counts) is read here, inside the request, not by the page, so its arrival asks for nothing
 * again. A weighted view waits for DuckDB: which waves can be weighted is known once it has read
 * the trainee counts, and weighted sums are DuckDB's.
 */
export async function viewInputs(
  /** What the build computed (boot.ts); null for own data. */
  prepared: Prepared | null,
  state: ViewState,
  /** The topics of the view's questions: their results are fetched, each once. */
  topics: readonly string[],
  /** The trainee counts as now known (read after DuckDB is ready for a weighted view). */
  population: () => Population | null,
): Promise<ViewInputs> {
  if (state.weighted) await prepared?.ready;
  const waves = weightedWaves(population());
  const selection = selectionOf(state, waves);
  if (selection.weighted || !prepared) return { selection, weightedWaves: waves, results: null };
  const found = await Promise.all([...new Set(topics)].map((topic) => prepared.results(topic)));
  return { selection, weightedWaves: waves, results: combineViewResults(found) };
}
