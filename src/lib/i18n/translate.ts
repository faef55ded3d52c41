import type { Lang, Text } from '../codebook/types';
import { formatValue, locale } from '../format/number';
import type { NL_MORE } from './messages.more.nl';
import type { MessageKey } from './messages.nl';
import { NL } from './messages.nl';

/**
 * The one way to words: `t(lang, key, params)` reads the catalogue (messages.nl.ts and the files
 * beside it). Code that does not know the reader's language yet (URL notices, data-file and
 * upload problems) keeps a `Message` — a key and its parameters — and the page translates it with
 * `translate`.
 *
 * The catalogue comes in four parts, and only the first view's Dutch is in the first view's
 * JavaScript; each other part is a chunk of its own, fetched once:
 * - messages.nl.ts: the first view's Dutch. Always there.
 * - messages.en.ts: the first view's English. `loadLanguage('en')`: the page before it shows
 *   English, the CLIs and the tests at their start.
 * - messages.more.nl.ts (and .more.en.ts): the texts of the parts loaded on demand — the upload
 *   panel, the explorer, the scorecard, the report, the slides, the PowerPoint deck. `loadMore()`:
 *   every such part is imported as `withMore(import('./Part.svelte'))` (App.svelte, DeckButton),
 *   which awaits its texts beside its code; the CLIs that read uploads await it at their start.
 *   It brings their English too where English is loaded, and `loadLanguage('en')` brings it where
 *   they are.
 * The upload worker writes no text: it posts `Message`s, which the panel translates.
 * Asked for a text not loaded, `t` throws an Error naming the key and what to await: never a Dutch
 * text, a key or an empty text instead.
 */
export type { MessageKey };

/** A text, a number (written in the reader's language), a list of names, or a `{ nl, en }` text. */
type Param = string | number | readonly string[] | Text | Message;

type PluralOf<S extends string> = S extends `${infer Name}, plural,${string}` ? Name : never;

/** The parameters a message names: `{name}`, and `{name, plural, …}` (a number). */
type Names<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? Inner extends `${string}, plural,${string}`
    ? Rest extends `${string}}}${infer After}`
      ? Names<After>
      : never
    : Inner | Names<Rest>
  : never;
type Plurals<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? Inner extends `${string}, plural,${string}`
    ? PluralOf<Inner> | (Rest extends `${string}}}${infer After}` ? Plurals<After> : never)
    : Plurals<Rest>
  : never;

type Source<K extends MessageKey> = (typeof NL & typeof NL_MORE)[K];

/** The parameters of a message, by name: every one required, plural ones numbers. */
type Params<K extends MessageKey> = { [P in Names<Source<K>>]: Param } & {
  [P in Plurals<Source<K>>]: number;
};

type Args<K extends MessageKey> = [Names<Source<K>> | Plurals<Source<K>>] extends [never]
  ? []
  : [params: Params<K>];

/** A message to be written later, in whichever language the reader then reads. */
export interface Message<K extends MessageKey = MessageKey> {
  key: K;
  params?: Record<string, Param>;
}

/** A message for later, checked like `t`: the key must exist and every parameter be given. */
export function message<K extends MessageKey>(key: K, ...args: Args<K>): Message<K> {
  const [params] = args as [Record<string, Param>?];
  return params ? { key, params } : { key };
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralRule(lang: Lang): Intl.PluralRules {
  let rule = pluralRules.get(lang);
  if (!rule) pluralRules.set(lang, (rule = new Intl.PluralRules(locale(lang))));
  return rule;
}

const lists = new Map<Lang, Intl.ListFormat>();
function listFormat(lang: Lang): Intl.ListFormat {
  let format = lists.get(lang);
  if (!format)
    lists.set(lang, (format = new Intl.ListFormat(locale(lang), { type: 'conjunction' })));
  return format;
}

/** "a, b en c" / "a, b and c". */
export function formatList(lang: Lang, names: readonly string[]): string {
  return listFormat(lang).format(names);
}

function isMessage(value: object): value is Message {
  return 'key' in value && typeof value.key === 'string';
}

function written(lang: Lang, value: Param | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatValue(value, lang);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return formatList(lang, value as readonly string[]);
  if (isMessage(value as object)) return translate(lang, value as Message);
  return (value as Text)[lang];
}

/** `{n, plural, one {# rij} other {# rijen}}`: the choice for n's plural category, # the number. */
function plural(lang: Lang, n: number, choices: string): string {
  const forms = new Map<string, string>();
  for (const [, category, text] of choices.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g))
    forms.set(category!, text!);
  const text =
    forms.get(`=${n}`) ?? forms.get(pluralRule(lang).select(n)) ?? forms.get('other') ?? '';
  return text.replace(/#/g, formatValue(n, lang));
}

// `{name}` or `{name, plural, choices}` where the choices hold braces one level deep.
const PLACEHOLDER = /\{(\w+)(?:,\s*plural,((?:[^{}]|\{[^{}]*\})*))?\}/g;

function fill(lang: Lang, text: string, params: Record<string, Param>): string {
  return text.replace(PLACEHOLDER, (_, name: string, choices: string | undefined) =>
    choices === undefined
      ? written(lang, params[name])
      : plural(lang, Number(params[name] ?? 0), choices),
  );
}

/** Some texts of one language: a part of the catalogue. */
type Part = Readonly<Partial<Record<MessageKey, string>>>;

/** The texts `t` can write now, by language, part by part as they arrive. */
const parts: Record<Lang, Part[]> = { nl: [NL], en: [] };

/** The parts fetched when needed, each a chunk of its own. */
const chunks = {
  en: () => import('./messages.en').then(({ EN }) => EN),
  'more.nl': () => import('./messages.more.nl').then(({ NL_MORE }) => NL_MORE),
  'more.en': () => import('./messages.more.en').then(({ EN_MORE }) => EN_MORE),
} satisfies Record<string, () => Promise<Part>>;
type Chunk = keyof typeof chunks;
const LANG_OF: Record<Chunk, Lang> = { en: 'en', 'more.nl': 'nl', 'more.en': 'en' };

const arrived = new Set<Chunk>();
const fetching = new Map<Chunk, Promise<void>>();

/** Fetches a part once; a failed fetch is tried again when the part is next asked for. */
function fetchChunk(chunk: Chunk): Promise<void> {
  let fetched = fetching.get(chunk);
  if (!fetched) {
    fetched = chunks[chunk]().then(
      (part) => {
        parts[LANG_OF[chunk]].push(part);
        arrived.add(chunk);
      },
      (e: unknown) => {
        fetching.delete(chunk);
        throw e;
      },
    );
    fetching.set(chunk, fetched);
  }
  return fetched;
}

/** Whether the texts of the parts loaded on demand were asked for (`loadMore`). */
let more = false;

/** The parts a language needs now: English its own, and its 'more' texts once asked for. */
function wanted(lang: Lang): Chunk[] {
  return [...(lang === 'en' ? (['en'] as const) : []), ...(more ? [`more.${lang}` as const] : [])];
}

/**
 * Makes a language's texts available to `t` and `translate`: English's first-view texts, and the
 * 'more' texts in it once they were asked for (`loadMore`), even while this waits.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  while (!languageLoaded(lang)) await Promise.all(wanted(lang).map(fetchChunk));
}

/**
 * Makes the texts of the parts loaded on demand available (messages.more.nl.ts), in English too
 * where English is loaded: what such a part awaits before it writes a word (`withMore`).
 */
export function loadMore(): Promise<void> {
  more = true;
  const english = arrived.has('en') ? [fetchChunk('more.en')] : [];
  return Promise.all([fetchChunk('more.nl'), ...english]).then(
    () => undefined,
    (e: unknown) => {
      // Not fetched: Dutch is what it was, complete without them.
      if (!arrived.has('more.nl')) more = false;
      throw e;
    },
  );
}

/** A part loaded on demand, `withMore(import('./Part.svelte'))`: its code, its texts there. */
export async function withMore<T>(part: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([part, loadMore()]);
  return loaded;
}

/** Whether `t` can write in a language now, without waiting (see `loadLanguage`). */
export function languageLoaded(lang: Lang): boolean {
  return wanted(lang).every((chunk) => arrived.has(chunk));
}

/**
 * The language of logs and of an Error's message: English where it is loaded (the CLI and the
 * tests load it at their start), else Dutch — a Dutch page does not fetch English for a log line.
 */
export function logLanguage(): Lang {
  return languageLoaded('en') ? 'en' : 'nl';
}

function text(lang: Lang, key: MessageKey): string {
  for (const part of parts[lang]) {
    const found = part[key];
    if (found !== undefined) return found;
  }
  if (lang === 'en' && !arrived.has('en'))
    throw new Error(`English texts not loaded: await loadLanguage('en') first (for "${key}")`);
  throw new Error(
    `Text "${key}" not loaded in ${lang === 'en' ? 'English' : 'Dutch'}: it is one of a part ` +
      `loaded on demand; await loadMore()${lang === 'en' ? " and loadLanguage('en')" : ''} first`,
  );
}

/** A message of the catalogue in the reader's language, its parameters filled in. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: Args<K>): string {
  const [params = {}] = args as [Record<string, Param>?];
  return fill(lang, text(lang, key), params);
}

/** A message kept for later (see `message`), in the reader's language. */
export function translate(lang: Lang, { key, params = {} }: Message): string {
  return fill(lang, text(lang, key), params);
}
