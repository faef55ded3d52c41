/**
 * The default view of every topic, computed at build time with the same engine and code as in
 * the browser, so the first chart paints before DuckDB has started (DESIGN.md performance
 * budgets). Only the default view (newest wave, no filter, no comparison, benchmark "all",
 * unweighted) is stored: any other view is computed live. Suppression is already applied: the
 * file holds exactly what the page would show.
 */

import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { TopicFigures } from '../figures/topic-figures';
import { topicFigures } from '../figures/topic-figures';
import type { ViewState } from './state';
import { defaultState } from './state';

export interface Precomputed {
  format: 1;
  /** The wave the figures are for (the newest). */
  wave: number;
  topics: Record<string, TopicFigures>;
}

export async function precompute(engine: Engine, codebook: Codebook): Promise<Precomputed> {
  const state = defaultState(codebook);
  const topics: Record<string, TopicFigures> = {};
  for (const topic of codebook.topics) {
    topics[topic.id] = await topicFigures(
      engine,
      codebook,
      topic.id,
      { wave: state.wave, filters: {}, weighted: false },
      { compare: state.compare, benchmark: state.benchmark },
    );
  }
  return { format: 1, wave: state.wave, topics };
}

/** Whether a view is the one stored: the default in all but topic and language. */
export function isPrecomputedView(state: ViewState, codebook: Codebook): boolean {
  const d = defaultState(codebook);
  return (
    state.wave === d.wave &&
    Object.keys(state.filters).length === 0 &&
    state.compare === d.compare &&
    state.benchmark === d.benchmark &&
    !state.weighted
  );
}

/** The stored figures of a view, or null when it must be computed live. */
export function precomputedFigures(
  stored: Precomputed,
  codebook: Codebook,
  state: ViewState,
): TopicFigures | null {
  const topic = stored.topics[state.topic];
  if (!topic || stored.wave !== state.wave || !isPrecomputedView(state, codebook)) return null;
  return topic;
}
