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
  /** Item ids shown as slides, in order; empty when not presenting. */
  present: string[];
  /** The slide on screen, from 1. */
  slide: number;
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
  let slide: string | null = null;
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
    } else if (param === 'present') {
      const { items, unknown } = parsePresent(value, codebook);
      state.present = items;
      if (unknown.length > 0)
        notices.push({
          param,
          value: unknown.join(','),
          expected: `chart or topic ids, e.g. ${chartItems(codebook).slice(0, 3).join(',')} or ${codebook.topics[0]!.id}`,
        });
    } else if (param === 'slide') {
      slide = value;
    } else if (dim) {
      if (dim.values.some((v) => v.code === value)) state.filters[dim.id] = value;
      else notice(dim.values.map((v) => v.code).join(', '));
    } else {
      notice(
        `one of topic, wave, compare, benchmark, weighted, lang, present, slide, ${dims.map((d) => d.id).join(', ')}`,
      );
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
        expected: count > 0 ? `1 to ${count}` : 'a slide number together with present=',
      });
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
  if (state.present.length > 0) {
    params.set('present', state.present.join(','));
    if (state.slide !== 1) params.set('slide', String(state.slide));
  }
  // Commas separate slides; left unescaped they keep a shared link readable.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
