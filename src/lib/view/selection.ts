import type { Selection } from '../query/selection';
import type { ViewState } from './state';

/**
 * The respondents a view is about: its wave and filters, weighted when the view asks for it and
 * the wave has trainee counts to weight by (`weightedWaves`); any other wave is unweighted.
 */
export function selectionOf(
  state: ViewState,
  weightedWaves: readonly number[],
): Required<Selection> {
  return {
    wave: state.wave,
    filters: Object.fromEntries(
      Object.entries(state.filters).map(([id, code]) => [id, code ? [code] : []]),
    ),
    weighted: state.weighted && weightedWaves.includes(state.wave),
  };
}
