import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/lib/codebook/types';
import { EN } from '../../src/lib/i18n/messages.en';
import { EN_MORE } from '../../src/lib/i18n/messages.more.en';
import { NL_MORE } from '../../src/lib/i18n/messages.more.nl';
import { NL } from '../../src/lib/i18n/messages.nl';
import type { MessageKey } from '../../src/lib/i18n/translate';
import {
  formatList,
  languageLoaded,
  loadLanguage,
  message,
  t,
  translate,
} from '../../src/lib/i18n/translate';
import { DEFAULT_RULES } from '../../src/lib/privacy/anonymity';
import { MIN_N } from '../../src/lib/privacy/threshold';
import { parseState } from '../../src/lib/view/state';
import { readCodebook } from './helpers/data';

/** The catalogue in its two parts: the first view's texts and those loaded on demand. */
const DUTCH: Record<MessageKey, string> = { ...NL, ...NL_MORE };
const ENGLISH: Record<MessageKey, string> = { ...EN, ...EN_MORE };
const keys = Object.keys(DUTCH) as MessageKey[];
const moreKeys = new Set(Object.keys(NL_MORE));
const CATALOGUE = ['nl', 'en', 'more.nl', 'more.en'].map((part) =>
  path.join('src', 'lib', 'i18n', `messages.${part}.ts`),
);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
/** Every source file of the site and the CLI, with its text. */
const sources = files('src')
  .filter((f) => /\.(ts|svelte)$/.test(f))
  .map((f) => [f, readFileSync(f, 'utf8')] as const);
const text = (key: MessageKey, lang: 'nl' | 'en'): string => (lang === 'nl' ? DUTCH : ENGLISH)[key];

/** Keys a source names: `'key'`, or put together as in `upload.kind-${issue.kind}`. */
function named(source: string): (key: MessageKey) => boolean {
  const prefixes = [...source.matchAll(/`([\w.-]+)\$\{/g)].map(([, prefix]) => prefix!);
  return (key) => source.includes(`'${key}'`) || prefixes.some((p) => key.startsWith(p));
}

/**
 * The files of the first view: src/app/main.ts and what it imports statically (an `import()` is a
 * chunk loaded on demand; an `import type` is no code).
 */
function firstView(): string[] {
  const seen = new Set<string>();
  const stack = [path.join('src', 'app', 'main.ts')];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(
      /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?'(\.[^'?]+)'/gm,
    )) {
      const base = path.join(path.dirname(file), spec!);
      const found = [`${base}.ts`, base, path.join(base, 'index.ts')].find(
        (f) => /\.(ts|svelte)$/.test(f) && existsSync(f) && statSync(f).isFile(),
      );
      if (found) stack.push(found);
    }
  }
  return [...seen];
}

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
  it('has every key in both languages, in the same order, and in one part only', () => {
    expect(Object.keys(EN)).toEqual(Object.keys(NL));
    expect(Object.keys(EN_MORE)).toEqual(Object.keys(NL_MORE));
    expect(Object.keys(NL).filter((key) => moreKeys.has(key))).toEqual([]);
    expect(keys).toHaveLength(Object.keys(NL).length + moreKeys.size);
  });

  it('keeps every text of the first view in the first view’s part (messages.nl.ts)', () => {
    const files = firstView();
    // The walk finds the first view (App, TopicPage, the charts), and no part loaded on demand.
    expect(files).toEqual(
      expect.arrayContaining(
        ['App.svelte', 'topics/TopicPage.svelte', 'boot.ts'].map((f) => path.join('src', 'app', f)),
      ),
    );
    expect(
      files.filter((f) => /upload|explore|scorecard|report|Presentation|deck/.test(f)),
    ).toEqual([]);
    const misplaced = files.flatMap((file) =>
      [...moreKeys]
        .filter(named(readFileSync(file, 'utf8')) as (key: string) => boolean)
        .map((key) => `${file}: ${key}`),
    );
    expect(misplaced).toEqual([]);
  });

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
      .filter(([file]) => !CATALOGUE.includes(file))
      .filter(([, source]) => /\bnl: ['"`](?!nl-NL)/.test(source))
      .map(([file]) => file);
    expect(others).toEqual([]);
  });

  it('holds no message that nothing uses', () => {
    const code = sources
      .filter(([file]) => !CATALOGUE.includes(file))
      .map(([, source]) => source)
      .join('\n');
    // Keys put together in code: `upload.kind-${issue.kind}`, `explore.${key}`.
    const used = named(code);
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });

  it('loads English only when asked, and never writes a Dutch text for an English one', async () => {
    // The tests load English first (tests/english.ts); a fresh copy of the module has only Dutch.
    expect(languageLoaded('en')).toBe(true);
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/translate');
    expect(fresh.t).not.toBe(t);
    expect(fresh.languageLoaded('nl')).toBe(true);
    expect(fresh.languageLoaded('en')).toBe(false);
    expect(fresh.logLanguage()).toBe('nl');
    expect(fresh.t('nl', 'appTitle')).toBe(NL.appTitle);
    expect(() => fresh.t('en', 'appTitle')).toThrow(/English texts not loaded/);
    expect(() => fresh.translate('en', message('notice.slide', { count: 2 }))).toThrow(
      /English texts not loaded/,
    );
    await fresh.loadLanguage('en');
    expect(fresh.t('en', 'appTitle')).toBe(EN.appTitle);
    expect(fresh.logLanguage()).toBe('en');
    await loadLanguage('nl');
    expect(t('en', 'appTitle')).toBe('DJS survey dashboard');
  });

  it('loads the texts of the parts loaded on demand when asked, in each language', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/translate');
    const intro = { k: DEFAULT_RULES.k, min: MIN_N };
    // The first view writes its Dutch at once; a text of the upload panel waits for loadMore.
    expect(fresh.t('nl', 'appTitle')).toBe(NL.appTitle);
    expect(() => fresh.t('nl', 'upload.intro', intro)).toThrow(
      /"upload\.intro" not loaded in Dutch.*await loadMore\(\)/,
    );
    expect(() =>
      fresh.translate('nl', message('upload.sheetRead', { sheet: 'x', index: 1, count: 2 })),
    ).toThrow(/upload\.sheetRead.*loadMore/);
    const panel = { default: 'the panel' };
    await expect(fresh.withMore(Promise.resolve(panel))).resolves.toBe(panel);
    expect(fresh.t('nl', 'upload.intro', intro)).toBe(t('nl', 'upload.intro', intro));
    // With their Dutch loaded, English loaded later brings their English too.
    expect(fresh.languageLoaded('en')).toBe(false);
    expect(() => fresh.t('en', 'upload.intro', intro)).toThrow(/English texts not loaded/);
    await fresh.loadLanguage('en');
    expect(fresh.languageLoaded('en')).toBe(true);
    expect(fresh.t('en', 'upload.intro', intro)).toBe(t('en', 'upload.intro', intro));

    // English first, then the parts: loadMore brings both languages.
    vi.resetModules();
    const other = await import('../../src/lib/i18n/translate');
    await other.loadLanguage('en');
    expect(() => other.t('en', 'deck.privacy', intro)).toThrow(
      /"deck\.privacy" not loaded in English.*loadMore\(\) and loadLanguage\('en'\)/,
    );
    await other.loadMore();
    expect(other.languageLoaded('en')).toBe(true);
    expect(other.t('en', 'deck.privacy', intro)).toBe(t('en', 'deck.privacy', intro));
    expect(other.t('nl', 'deck.privacy', intro)).toBe(t('nl', 'deck.privacy', intro));
  });

  it('loads both parts for a language chosen while the others load', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/translate');
    // The EN button and the upload panel at once: English waits for the panel's English too.
    const english = fresh.loadLanguage('en');
    const more = fresh.loadMore();
    await english;
    expect(fresh.languageLoaded('en')).toBe(true);
    expect(fresh.t('en', 'scrollTable')).toBe(EN_MORE.scrollTable);
    await more;
    expect(fresh.t('nl', 'scrollTable')).toBe(NL_MORE.scrollTable);
  });

  it('that cannot be fetched leave the page as it was, and are fetched when next asked for', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/i18n/messages.more.nl', () => {
      throw new Error('offline');
    });
    const fresh = await import('../../src/lib/i18n/translate');
    await expect(fresh.withMore(Promise.resolve(1))).rejects.toThrow();
    // Dutch and English are what they were without them: the EN button still works.
    expect(fresh.languageLoaded('nl')).toBe(true);
    await fresh.loadLanguage('en');
    expect(fresh.t('en', 'appTitle')).toBe(EN.appTitle);
    vi.doUnmock('../../src/lib/i18n/messages.more.nl');
    await fresh.loadMore();
    expect(fresh.t('nl', 'scrollTable')).toBe(NL_MORE.scrollTable);
    expect(fresh.t('en', 'scrollTable')).toBe(EN_MORE.scrollTable);
  });
});
