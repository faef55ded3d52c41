import type { Codebook, Lang } from '../lib/codebook/types';
import { languageLoaded, loadLanguage } from '../lib/i18n/translate';
import type { Notice, ViewState } from '../lib/view/state';
import { parseState, serializeState } from '../lib/view/state';

/**
 * The view state, kept in step with the address bar so every view is a link. Its language is
 * only ever one whose texts are loaded (translate.ts): English is fetched before the state
 * becomes English — by the app for a link, by `setLanguage`, and here on Back and Forward.
 */
export class View {
  state = $state() as ViewState;
  notices = $state<Notice[]>([]);
  /** The texts of a language asked for could not be loaded: the page says so (App.svelte). */
  languageFailed = $state(false);
  /** Counts changes of the view, so that a late Back or Forward never undoes a newer one. */
  #changes = 0;
  /** Counts language choices: only the newest is applied once its texts are loaded. */
  #languageChoices = 0;

  /** The app loads the link's language first; if that failed, the page is shown in Dutch. */
  constructor(private readonly codebook: Codebook) {
    const parsed = parseState(location.search, codebook);
    this.languageFailed = !languageLoaded(parsed.state.lang);
    this.state = this.languageFailed ? { ...parsed.state, lang: 'nl' } : parsed.state;
    this.notices = parsed.notices;
    addEventListener('popstate', () => {
      const { state } = parseState(location.search, codebook);
      const change = ++this.#changes;
      ++this.#languageChoices;
      if (languageLoaded(state.lang)) {
        this.state = state;
        return;
      }
      // Back or Forward to an English page: its texts first, then the page; if they cannot be
      // loaded, the page in the language shown now.
      loadLanguage(state.lang).then(
        () => {
          this.languageFailed = false;
          if (change === this.#changes) this.state = state;
        },
        (e: unknown) => {
          console.error(e);
          this.languageFailed = true;
          if (change === this.#changes) this.state = { ...state, lang: this.state.lang };
        },
      );
    });
  }

  /**
   * Shows the page in another language once its texts are loaded (a chunk of its own for
   * English, fetched once); a choice made meanwhile wins. If they cannot be loaded, the page stays
   * as it is and says so.
   */
  async setLanguage(lang: Lang): Promise<void> {
    const choice = ++this.#languageChoices;
    try {
      await loadLanguage(lang);
    } catch (e) {
      console.error(e);
      this.languageFailed = true;
      return;
    }
    this.languageFailed = false;
    if (choice === this.#languageChoices) this.update({ lang });
  }

  /**
   * Applies a change and records it in the history, so Back undoes a filter. `replace` keeps the
   * history as it is (turning slides should not fill Back with every slide).
   */
  update(change: Partial<ViewState>, { replace = false } = {}): void {
    if (change.lang && !languageLoaded(change.lang))
      throw new Error(`View.update: texts of "${change.lang}" not loaded; use setLanguage`);
    ++this.#changes;
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
