import type { Codebook } from '../lib/codebook/types';
import type { Notice, ViewState } from '../lib/view/state';
import { parseState, serializeState } from '../lib/view/state';

/** The view state, kept in step with the address bar so every view is a link. */
export class View {
  state = $state() as ViewState;
  notices = $state<Notice[]>([]);

  constructor(private readonly codebook: Codebook) {
    const parsed = parseState(location.search, codebook);
    this.state = parsed.state;
    this.notices = parsed.notices;
    addEventListener('popstate', () => {
      this.state = parseState(location.search, codebook).state;
    });
  }

  /**
   * Applies a change and records it in the history, so Back undoes a filter. `replace` keeps the
   * history as it is (turning slides should not fill Back with every slide).
   */
  update(change: Partial<ViewState>, { replace = false } = {}): void {
    this.state = { ...this.state, ...change };
    const search = serializeState(this.state, this.codebook);
    const url = `${location.pathname}${search}${location.hash}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  setFilter(dimension: string, code: string | null): void {
    const others = Object.entries(this.state.filters).filter(([id]) => id !== dimension);
    this.update({ filters: Object.fromEntries(code ? [...others, [dimension, code]] : others) });
  }
}
