import type { Lang, Text } from '../codebook/types';
import { formatValue, locale } from '../format/number';
import { MESSAGES } from './messages';

/**
 * The one way to words: `t(lang, key, params)` reads the catalogue (messages.ts). Code that does
 * not know the reader's language yet (URL notices, data-file and upload problems) keeps a
 * `Message` — a key and its parameters — and the page translates it with `translate`.
 */
export type MessageKey = keyof typeof MESSAGES;

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

type Source<K extends MessageKey> = (typeof MESSAGES)[K]['nl'];

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

/** A message of the catalogue in the reader's language, its parameters filled in. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: Args<K>): string {
  const [params = {}] = args as [Record<string, Param>?];
  return fill(lang, MESSAGES[key][lang], params);
}

/** A message kept for later (see `message`), in the reader's language. */
export function translate(lang: Lang, { key, params = {} }: Message): string {
  return fill(lang, MESSAGES[key][lang], params);
}
