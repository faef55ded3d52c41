import { dimensions } from '../codebook/columns';
import type { Codebook, Lang } from '../codebook/types';
import { LANGS } from '../codebook/types';

/** Topics with a page so far; the URL may only name these. */
export const TOPIC_PAGES = ['overtime'] as const;
export type TopicPage = (typeof TOPIC_PAGES)[number];

/** Dimensions the dashboard can compare groups by. */
export const COMPARE_BY = ['specialty', 'hospital_type'] as const;
export type CompareBy = (typeof COMPARE_BY)[number];

/** The whole view, as carried in the URL with codebook codes (DESIGN.md). */
export interface ViewState {
  topic: TopicPage;
  wave: number;
  /** One code per filtered dimension. */
  filters: Partial<Record<string, string>>;
  compare: CompareBy | null;
  lang: Lang;
}

export function defaultState(codebook: Codebook): ViewState {
  return {
    topic: 'overtime',
    wave: Math.max(...codebook.waves.map((w) => w.year)),
    filters: {},
    compare: null,
    lang: 'nl',
  };
}

/** A URL parameter that was not understood: ignored, and said so on the page. */
export interface Notice {
  param: string;
  value: string;
  expected: string;
}

const includes = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Reads a query string. Unknown or invalid parameters fall back to the default, with a notice. */
export function parseState(
  search: string,
  codebook: Codebook,
): { state: ViewState; notices: Notice[] } {
  const state = defaultState(codebook);
  const notices: Notice[] = [];
  const dims = dimensions(codebook);
  for (const [param, value] of new URLSearchParams(search)) {
    const notice = (expected: string) => notices.push({ param, value, expected });
    const dim = dims.find((d) => d.id === param);
    if (param === 'topic') {
      if (includes(TOPIC_PAGES, value)) state.topic = value;
      else notice(TOPIC_PAGES.join(', '));
    } else if (param === 'wave') {
      const wave = codebook.waves.find((w) => String(w.year) === value);
      if (wave) state.wave = wave.year;
      else notice(codebook.waves.map((w) => w.year).join(', '));
    } else if (param === 'compare') {
      if (includes(COMPARE_BY, value)) state.compare = value;
      else notice(COMPARE_BY.join(', '));
    } else if (param === 'lang') {
      if (includes(LANGS, value)) state.lang = value;
      else notice(LANGS.join(', '));
    } else if (dim) {
      if (dim.values.some((v) => v.code === value)) state.filters[dim.id] = value;
      else notice(dim.values.map((v) => v.code).join(', '));
    } else {
      notice(`one of topic, wave, compare, lang, ${dims.map((d) => d.id).join(', ')}`);
    }
  }
  return { state, notices };
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
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}
