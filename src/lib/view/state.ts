import { dimensions } from '../codebook/columns';
import type { Codebook, Lang } from '../codebook/types';
import { LANGS } from '../codebook/types';
import type { Benchmark } from '../figures/panel';
import { BENCHMARKS } from '../figures/panel';

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
  /** Post-stratified by specialty (only where data/population.json exists). */
  weighted: boolean;
  lang: Lang;
}

/** Overtime is the topic people come for; the codebook's first topic is the sample profile. */
const DEFAULT_TOPIC = 'overtime';

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
      const topics = codebook.topics.map((t) => t.id);
      if (includes(topics, value)) state.topic = value;
      else notice(topics.join(', '));
    } else if (param === 'wave') {
      const wave = codebook.waves.find((w) => String(w.year) === value);
      if (wave) state.wave = wave.year;
      else notice(codebook.waves.map((w) => w.year).join(', '));
    } else if (param === 'compare') {
      if (dims.some((d) => d.id === value)) state.compare = value;
      else notice(dims.map((d) => d.id).join(', '));
    } else if (param === 'benchmark') {
      if (includes(BENCHMARKS, value)) state.benchmark = value;
      else notice(BENCHMARKS.join(', '));
    } else if (param === 'weighted') {
      if (value === '1' || value === '0') state.weighted = value === '1';
      else notice('1 (weighted) or 0 (unweighted)');
    } else if (param === 'lang') {
      if (includes(LANGS, value)) state.lang = value;
      else notice(LANGS.join(', '));
    } else if (dim) {
      if (dim.values.some((v) => v.code === value)) state.filters[dim.id] = value;
      else notice(dim.values.map((v) => v.code).join(', '));
    } else {
      notice(
        `one of topic, wave, compare, benchmark, weighted, lang, ${dims.map((d) => d.id).join(', ')}`,
      );
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
  if (state.benchmark !== defaults.benchmark) params.set('benchmark', state.benchmark);
  if (state.weighted !== defaults.weighted) params.set('weighted', state.weighted ? '1' : '0');
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}
