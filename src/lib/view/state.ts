import { dimensions } from '../codebook/columns';
import type { Codebook, Lang } from '../codebook/types';
import { isCoded, LANGS } from '../codebook/types';
import type { RowOrder } from '../figures/order';
import { ROW_ORDERS } from '../figures/order';
import type { Benchmark } from '../figures/panel';
import { BENCHMARKS } from '../figures/panel';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';
import { DEFAULT_TOPIC } from './default-topic';

/** The whole view, as carried in the URL with codebook codes (DESIGN.md). */
export interface ViewState {
  /** A codebook topic id. */
  topic: string;
  wave: number;
  /** One code per filtered dimension. */
  filters: Partial<Record<string, string>>;
  /** A dimension id to split every chart by. */
  compare: string | null;
  benchmark: Benchmark;
  /**
   * The groups of a comparison by their figure, highest first (absent, the default), or by name
   * (`order=alpha`).
   */
  order?: RowOrder;
  /** Post-stratified by specialty (only where data/population.json exists). */
  weighted: boolean;
  lang: Lang;
  /** Item ids shown as slides, in order; empty when not presenting. */
  present: string[];
  /** The slide on screen, from 1. */
  slide: number;
  /** Set when the explorer is open (`view=explore`) instead of a topic page. */
  explore?: ExploreState;
  /** Set when the scorecard is open (`view=scorecard`): every indicator by the compare dimension. */
  scorecard?: boolean;
  /**
   * Set when the report of a specialty is open (`view=report&specialty=…`): every question of the
   * specialty's filter set against the rest, in sentences and charts (src/app/report).
   */
  report?: boolean;
}

/** The explorer: one question crossed with one or two splits, `?view=explore&q=…&by=…&by2=…`. */
export interface ExploreState {
  /** Any item of the codebook. */
  q: string;
  /** A dimension or a coded question, other than `q`. */
  by: string;
  /** Optionally a second split, other than `q` and `by`. */
  by2: string | null;
}

/** The explorer's first view: the first question by the first dimension. */
export function defaultExplore(codebook: Codebook): ExploreState {
  return {
    q: codebook.items.find((i) => i.type !== 'dimension')?.id ?? codebook.items[0]!.id,
    by: dimensions(codebook)[0]?.id ?? codebook.items.find(isCoded)!.id,
    by2: null,
  };
}

const EXPLORE_PARAMS = ['q', 'by', 'by2'] as const;

/** The pages `view=` opens besides the topics. */
const VIEWS = ['topics', 'explore', 'scorecard', 'report'] as const;

/** Checks the explorer's parameters after the loop: they depend on each other and on `view`. */
function parseExplore(
  codebook: Codebook,
  view: string | null,
  given: Partial<Record<(typeof EXPLORE_PARAMS)[number], string>>,
  notices: Notice[],
): ExploreState | undefined {
  if (view !== null && !(VIEWS as readonly string[]).includes(view))
    notices.push({
      param: 'view',
      value: view,
      expected: message('notice.view', { views: VIEWS.join(', ') }),
    });
  if (view !== 'explore') {
    for (const param of EXPLORE_PARAMS) {
      const value = given[param];
      if (value !== undefined)
        notices.push({ param, value, expected: message('notice.withExplore') });
    }
    return undefined;
  }
  const explore = defaultExplore(codebook);
  const ids = codebook.items.map((i) => i.id);
  const coded = codebook.items.filter(isCoded).map((i) => i.id);
  if (given.q !== undefined) {
    if (ids.includes(given.q)) explore.q = given.q;
    else
      notices.push({
        param: 'q',
        value: given.q,
        expected: message('notice.question', { examples: ids.slice(6, 9).join(', ') }),
      });
  }
  const splits = (taken: string[]) =>
    message('notice.split', {
      taken,
      examples: coded
        .filter((c) => !taken.includes(c))
        .slice(0, 3)
        .join(', '),
    });
  if (given.by !== undefined) {
    if (coded.includes(given.by) && given.by !== explore.q) explore.by = given.by;
    else notices.push({ param: 'by', value: given.by, expected: splits([explore.q]) });
  }
  // The default split can be the question itself (q=specialty): then take the next one.
  if (explore.by === explore.q) explore.by = coded.find((c) => c !== explore.q)!;
  if (given.by2 !== undefined) {
    if (coded.includes(given.by2) && given.by2 !== explore.q && given.by2 !== explore.by)
      explore.by2 = given.by2;
    else
      notices.push({ param: 'by2', value: given.by2, expected: splits([explore.q, explore.by]) });
  }
  return explore;
}

/** Overtime is the topic people come for; the codebook's first topic is the sample profile. */

export function defaultState(codebook: Codebook): ViewState {
  return {
    topic: codebook.topics.some((t) => t.id === DEFAULT_TOPIC)
      ? DEFAULT_TOPIC
      : codebook.topics[0]!.id,
    wave: Math.max(...codebook.waves.map((w) => w.year)),
    filters: {},
    compare: null,
    benchmark: 'all',
    weighted: false,
    lang: 'nl',
    present: [],
    slide: 1,
  };
}

/** Items that are drawn as a chart (every item but the dimensions), in codebook order. */
export function chartItems(codebook: Codebook, topic?: string): string[] {
  return codebook.items
    .filter((i) => i.type !== 'dimension' && (topic === undefined || i.topic === topic))
    .map((i) => i.id);
}

/**
 * The slides of `present=`: item ids, or a topic id standing for all its charts, separated by
 * commas; an id that is both (burnout) is the item. Unknown ids are dropped and listed in `unknown`.
 */
export function parsePresent(
  value: string,
  codebook: Codebook,
): { items: string[]; unknown: string[] } {
  const charted = new Set(chartItems(codebook));
  const items: string[] = [];
  const unknown: string[] = [];
  for (const token of value.split(',').map((s) => s.trim())) {
    if (!token) continue;
    const ids = charted.has(token)
      ? [token]
      : codebook.topics.some((t) => t.id === token)
        ? chartItems(codebook, token)
        : [];
    if (ids.length === 0) unknown.push(token);
    for (const id of ids) if (!items.includes(id)) items.push(id);
  }
  return { items, unknown };
}

/** A URL parameter that was not understood: ignored, and said so on the page. */
export interface Notice {
  param: string;
  value: string;
  /** What would have been understood, in words for the page to translate. */
  expected: Message;
}

const includes = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/**
 * The language a query string asks for, as parseState reads it (the last valid `lang=`), known
 * before the codebook: the page fetches its texts beside it (src/app/App.svelte).
 */
export function linkLanguage(search: string): Lang {
  const asked = new URLSearchParams(search).getAll('lang').filter((l) => includes(LANGS, l));
  return asked.at(-1) ?? 'nl';
}

/** Reads a query string. Unknown or invalid parameters fall back to the default, with a notice. */
export function parseState(
  search: string,
  codebook: Codebook,
): { state: ViewState; notices: Notice[] } {
  const state = defaultState(codebook);
  const notices: Notice[] = [];
  const dims = dimensions(codebook);
  let slide: string | null = null;
  let view: string | null = null;
  const explore: Partial<Record<(typeof EXPLORE_PARAMS)[number], string>> = {};
  for (const [param, value] of new URLSearchParams(search)) {
    const notice = (expected: Message) => notices.push({ param, value, expected });
    const codes = (list: readonly (string | number)[]) =>
      notice(message('notice.codes', { codes: list.join(', ') }));
    const dim = dims.find((d) => d.id === param);
    if (param === 'topic') {
      const topics = codebook.topics.map((t) => t.id);
      if (includes(topics, value)) state.topic = value;
      else codes(topics);
    } else if (param === 'wave') {
      const wave = codebook.waves.find((w) => String(w.year) === value);
      if (wave) state.wave = wave.year;
      else codes(codebook.waves.map((w) => w.year));
    } else if (param === 'compare') {
      if (dims.some((d) => d.id === value)) state.compare = value;
      else codes(dims.map((d) => d.id));
    } else if (param === 'benchmark') {
      if (includes(BENCHMARKS, value)) state.benchmark = value;
      else codes(BENCHMARKS);
    } else if (param === 'order') {
      if (includes(ROW_ORDERS, value)) {
        if (value !== 'value') state.order = value;
      } else codes(ROW_ORDERS);
    } else if (param === 'weighted') {
      if (value === '1' || value === '0') state.weighted = value === '1';
      else notice(message('notice.weighted'));
    } else if (param === 'lang') {
      if (includes(LANGS, value)) state.lang = value;
      else codes(LANGS);
    } else if (param === 'present') {
      const { items, unknown } = parsePresent(value, codebook);
      state.present = items;
      if (unknown.length > 0)
        notices.push({
          param,
          value: unknown.join(','),
          expected: message('notice.present', {
            examples: chartItems(codebook).slice(0, 3).join(','),
            topic: codebook.topics[0]!.id,
          }),
        });
    } else if (param === 'slide') {
      slide = value;
    } else if (param === 'view') {
      view = value;
    } else if (param === 'q' || param === 'by' || param === 'by2') {
      explore[param] = value;
    } else if (dim) {
      if (dim.values.some((v) => v.code === value)) state.filters[dim.id] = value;
      else codes(dim.values.map((v) => v.code));
    } else {
      codes([
        ...['topic', 'wave', 'compare', 'benchmark', 'weighted', 'lang', 'present', 'slide'],
        ...['order', 'view', 'q', 'by', 'by2', ...dims.map((d) => d.id)],
      ]);
    }
  }
  // The slide is checked last: it depends on how many slides `present` gave, wherever it stood.
  if (slide !== null) {
    const count = state.present.length;
    const number = /^\d+$/.test(slide) ? Number(slide) : NaN;
    if (count > 0 && number >= 1 && number <= count) state.slide = number;
    else
      notices.push({
        param: 'slide',
        value: slide,
        expected:
          count > 0 ? message('notice.slide', { count }) : message('notice.slideWithoutPresent'),
      });
  }
  const explored = parseExplore(codebook, view, explore, notices);
  if (explored) state.explore = explored;
  if (view === 'scorecard') state.scorecard = true;
  if (view === 'report') state.report = true;
  // A parameter repeated with the same value (a link shared twice, a tracker's tag) is one notice.
  const seen = new Set<string>();
  const unique = notices.filter((n) => {
    const key = `${n.param}\u0000${n.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { state, notices: unique };
}

/** Writes only non-default values, in a stable order, so links stay short and comparable. */
export function serializeState(state: ViewState, codebook: Codebook): string {
  const defaults = defaultState(codebook);
  const params = new URLSearchParams();
  if (state.topic !== defaults.topic) params.set('topic', state.topic);
  if (state.wave !== defaults.wave) params.set('wave', String(state.wave));
  for (const dim of dimensions(codebook)) {
    const code = state.filters[dim.id];
    if (code) params.set(dim.id, code);
  }
  if (state.compare) params.set('compare', state.compare);
  if (state.order && state.order !== 'value') params.set('order', state.order);
  if (state.benchmark !== defaults.benchmark) params.set('benchmark', state.benchmark);
  if (state.weighted !== defaults.weighted) params.set('weighted', state.weighted ? '1' : '0');
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  if (state.explore) {
    const first = defaultExplore(codebook);
    params.set('view', 'explore');
    if (state.explore.q !== first.q) params.set('q', state.explore.q);
    if (state.explore.by !== first.by) params.set('by', state.explore.by);
    if (state.explore.by2) params.set('by2', state.explore.by2);
  } else if (state.scorecard) params.set('view', 'scorecard');
  else if (state.report) params.set('view', 'report');
  if (state.present.length > 0) {
    params.set('present', state.present.join(','));
    if (state.slide !== 1) params.set('slide', String(state.slide));
  }
  // Commas separate slides; left unescaped they keep a shared link readable.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
