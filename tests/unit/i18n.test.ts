import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/codebook/types';
import { MESSAGES } from '../../src/lib/i18n/messages';
import type { MessageKey } from '../../src/lib/i18n/translate';
import { formatList, message, t, translate } from '../../src/lib/i18n/translate';
import { DEFAULT_RULES } from '../../src/lib/privacy/anonymity';
import { MIN_N } from '../../src/lib/privacy/threshold';
import { parseState } from '../../src/lib/view/state';
import { readCodebook } from './helpers/data';

const keys = Object.keys(MESSAGES) as MessageKey[];
const CATALOGUE = path.join('src', 'lib', 'i18n', 'messages.ts');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
/** Every source file of the site and the CLI, with its text. */
const sources = files('src')
  .filter((f) => /\.(ts|svelte)$/.test(f))
  .map((f) => [f, readFileSync(f, 'utf8')] as const);
const text = (key: MessageKey, lang: 'nl' | 'en'): string => MESSAGES[key][lang];

/** Parameter names of a message: `{name}` and `{name, plural, …}`, the latter marked. */
function parameters(source: string): string[] {
  const names: string[] = [];
  const pattern = /\{(\w+)(,\s*plural,((?:[^{}]|\{[^{}]*\})*))?\}/g;
  for (const [, name, plural] of source.matchAll(pattern))
    names.push(plural ? `${name!} (plural)` : name!);
  return [...new Set(names)].sort();
}

/** The words of a message, lower case, without parameters; plural choices keep their words. */
function words(source: string): string[] {
  return (
    source
      // Paths, code pairs and URL parameters (data/population.json, ja/nee, view=explore) are codes.
      .replace(/\S*[/=]\S*/g, ' ')
      .replace(/\{\w+, plural,/g, ' ')
      .replace(/\{\w+\}/g, ' ')
      .replace(/\b(one|other)\s*\{/g, ' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
  );
}

/**
 * Names and codes that are the same in both languages: the survey's and the association's
 * names, file formats, keys on the keyboard, statistical names, URL parameters and codes.
 */
const NAMES = new Set([
  ...['djs', 'de', 'jonge', 'specialist', 'benjamini', 'hochberg', 'kish', 'powerpoint'],
  ...['csv', 'json', 'pdf', 'http', 'esc', 'pageup', 'pagedown', 'n', 'p', 'nl', 'en', 'a', 'ios'],
  ...['mb', 'google', 'forms'],
  ...['explore', 'topics', 'view', 'present', 'true', 'false', 'specialty'],
]);
/** Words that are Dutch as much as English. */
const DUTCH_TOO = new Set([
  ...['is', 'per', 'week', 'dashboard', 'export', 'significant', 'object', 'document'],
]);

function fragments(source: string): string[] {
  const list = words(source);
  return list.slice(1).map((w, i) => `${list[i]!} ${w}`);
}

describe('one translation catalogue', () => {
  it('gives every message in both languages, with the same parameters', () => {
    for (const key of keys) {
      for (const lang of LANGS) expect(text(key, lang).trim(), `${key}.${lang}`).not.toBe('');
      expect(parameters(text(key, 'nl')), key).toEqual(parameters(text(key, 'en')));
    }
  });

  it('has plural choices with an "other" and no parameter inside them', () => {
    for (const key of keys)
      for (const lang of LANGS)
        for (const [, choices] of text(key, lang).matchAll(
          /\{\w+,\s*plural,((?:[^{}]|\{[^{}]*\})*)\}/g,
        )) {
          expect(choices, `${key}.${lang}`).toMatch(/\bother\s*\{/);
          for (const [, inner] of choices!.matchAll(/\{([^{}]*)\}/g))
            expect(inner, `${key}.${lang}`).not.toMatch(/[{}]/);
        }
  });

  it('has no English inside a Dutch message', () => {
    const english = new Set(keys.flatMap((key) => fragments(text(key, 'en'))));
    const found = keys.flatMap((key) =>
      fragments(text(key, 'nl'))
        .filter((f) => english.has(f))
        .filter((f) => f.split(' ').some((w) => !NAMES.has(w) && !DUTCH_TOO.has(w)))
        .map((f) => `${key}: “${f}”`),
    );
    expect(found).toEqual([]);
  });

  it('catches English in Dutch (the check itself)', () => {
    const english = new Set(fragments('chart or topic ids, e.g. {examples}'));
    expect(
      fragments('verwacht: chart or topic ids').filter((f) => english.has(f)),
    ).not.toHaveLength(0);
  });

  it('types no threshold: the minimum n and k come from their constants', () => {
    const typed = [MIN_N, DEFAULT_RULES.k].map((n) => new RegExp(`(?<![–\\d])${n}(?![\\d–])`));
    // The 1–10 of a mark is the scale of the question, not a threshold.
    const scale = new Set<MessageKey>(['ratingUnit']);
    for (const key of keys.filter((k) => !scale.has(k)))
      for (const lang of LANGS)
        for (const pattern of typed) expect(text(key, lang), `${key}.${lang}`).not.toMatch(pattern);
    expect(t('nl', 'tooFew', { min: MIN_N })).toBe(`minder dan ${MIN_N} antwoorden`);
    expect(t('en', 'upload.intro', { k: DEFAULT_RULES.k, min: MIN_N })).toContain(
      `at least ${DEFAULT_RULES.k} respondents`,
    );
  });

  it('writes plurals by the language’s rules', () => {
    const issues = (lang: 'nl' | 'en', n: number, rows: number, total: number) =>
      t(lang, 'upload.issuesTitle', { n, rows, total });
    expect(issues('nl', 1, 1, 1)).toBe('1 probleem in 1 van de 1 rij');
    expect(issues('nl', 2, 2, 2)).toBe('2 problemen in 2 van de 2 rijen');
    expect(issues('en', 1, 1, 1)).toBe('1 problem in 1 of 1 row');
    expect(issues('en', 2, 1, 2)).toBe('2 problems in 1 of 2 rows');
    expect(issues('nl', 0, 0, 0)).toBe('0 problemen in 0 van de 0 rijen');
    const banner = (lang: 'nl' | 'en', rows: number) =>
      t(lang, 'upload.banner', { file: 'f.csv', rows, left: '' });
    expect(banner('nl', 1)).toContain('(1 rij)');
    expect(banner('nl', 2)).toContain('(2 rijen)');
    expect(banner('en', 1)).toContain('(1 row)');
    expect(banner('en', 2)).toContain('(2 rows)');
    expect(t('nl', 'upload.refusedTooFew', { rows: 1, k: 10 })).toContain('1 bruikbare rij.');
    expect(t('en', 'upload.refusedSmallest', { smallest: 1 })).toBe(
      'Smallest group: 1 respondent.',
    );
  });

  it('writes every number the same way, in the reader’s language', () => {
    expect(t('nl', 'n', { n: 1567 })).toBe('n = 1.567');
    expect(t('nl', 'n', { n: 2007 })).toBe('n = 2.007');
    expect(t('en', 'n', { n: 1567 })).toBe('n = 1,567');
    expect(t('nl', 'upload.issuesTitle', { n: 1567, rows: 2, total: 2007 })).toBe(
      '1.567 problemen in 2 van de 2.007 rijen',
    );
    expect(t('nl', 'issue.number', { min: 0, max: 0.5 })).toBe('een getal van 0 tot en met 0,5');
  });

  it('joins lists in the language', () => {
    expect(formatList('nl', ['a', 'b', 'c'])).toBe('a, b en c');
    expect(formatList('en', ['a', 'b'])).toBe('a and b');
    expect(t('nl', 'upload.mergedInto', { from: ['x', 'y'], to: 'z' })).toBe(
      'x en y: samengevoegd tot z',
    );
  });

  it('keeps notices of the URL as messages, written in the reader’s language', () => {
    const { notices } = parseState('?present=nothing&slide=9&weighted=2', readCodebook());
    const dutch = notices.map((n) => translate('nl', n.expected)).join(' ');
    expect(dutch).toContain('id’s van grafieken of onderwerpen');
    expect(dutch).toContain('1 (gewogen) of 0 (ongewogen)');
    expect(dutch).not.toMatch(/chart or topic|weighted\)|e\.g\./);
    expect(translate('en', message('notice.slide', { count: 2 }))).toBe('1 to 2');
  });

  it('is the only dictionary: no other { nl: …, en: … } texts in the source', () => {
    const others = sources
      .filter(([file]) => file !== CATALOGUE)
      .filter(([, source]) => /\bnl: ['"`](?!nl-NL)/.test(source))
      .map(([file]) => file);
    expect(others).toEqual([]);
  });

  it('holds no message that nothing uses', () => {
    const code = sources
      .filter(([file]) => file !== CATALOGUE)
      .map(([, source]) => source)
      .join('\n');
    // Keys put together in code: `upload.kind-${issue.kind}`, `explore.${key}`.
    const prefixes = [...code.matchAll(/`([\w.-]+)\$\{/g)].map(([, prefix]) => prefix!);
    const unused = keys.filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
