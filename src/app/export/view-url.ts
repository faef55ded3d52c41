import type { Codebook } from '../../lib/codebook/types';
import type { ViewState } from '../../lib/view/state';
import { serializeState } from '../../lib/view/state';

/** The address that reopens a view: this page with the view's parameters (in a deck's notes). */
export function viewUrl(codebook: Codebook, state: ViewState): string {
  return `${location.origin}${location.pathname}${serializeState(state, codebook)}`;
}
