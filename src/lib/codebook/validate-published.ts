import { CODED_TYPES, NUMERIC_TYPES } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The checks of validate.ts this part reuses: report a problem, check a `{ nl, en }` text. */
interface Checks {
  fail: (path: string, message: string) => void;
  text: (v: unknown, path: string) => boolean;
}

/** Hours in a week, either way: the range of a derived hours figure such as overtime. */
const WEEK = 168;

/**
 * Checks the codebook's `published` list: the figures DJS published for earlier waves. Each names
 * an item of the codebook and gives the share of that item's answer codes (0–1) or, for a numeric
 * item, its mean within the item's range, with the published sentence and its source.
 */
export function validatePublished(raw: unknown, items: readonly unknown[], check: Checks): void {
  const { fail, text } = check;
  if (raw === undefined) return;
  if (!Array.isArray(raw)) return fail('published', 'expected an array of published waves');
  const byId = new Map<string, Json>();
  for (const item of items)
    if (isObject(item) && typeof item.id === 'string') byId.set(item.id, item);

  const source = (v: unknown, path: string) => {
    if (!isObject(v)) return fail(path, 'expected an object with a "label" and maybe a "url"');
    text(v.label, `${path}.label`);
    if (v.url !== undefined && (typeof v.url !== 'string' || !/^https?:\/\/\S+$/.test(v.url)))
      fail(`${path}.url`, 'expected an address starting with https:// or http://');
  };

  const years = new Set<number>();
  raw.forEach((wave: unknown, i) => {
    const p = `published[${i}]`;
    if (!isObject(wave)) return fail(p, 'expected an object');
    const year = wave.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100)
      fail(`${p}.year`, 'expected a year such as 2018');
    else if (years.has(year)) fail(`${p}.year`, `duplicate published wave ${year}`);
    else years.add(year);
    const r = wave.respondents;
    if (!isObject(r)) fail(`${p}.respondents`, 'expected an object with "n" and "note"');
    else {
      if (typeof r.n !== 'number' || !Number.isInteger(r.n) || r.n <= 0)
        fail(`${p}.respondents.n`, 'expected the number of respondents (a positive whole number)');
      text(r.note, `${p}.respondents.note`);
    }
    source(wave.source, `${p}.source`);
    if (!Array.isArray(wave.figures) || wave.figures.length === 0)
      return fail(`${p}.figures`, 'expected a non-empty array of figures');

    const seen = new Set<string>();
    wave.figures.forEach((figure: unknown, j) => {
      const f = `${p}.figures[${j}]`;
      if (!isObject(figure)) return fail(f, 'expected an object');
      text(figure.text, `${f}.text`);
      if (figure.definition !== undefined) text(figure.definition, `${f}.definition`);
      if (figure.source !== undefined) source(figure.source, `${f}.source`);
      if (figure.approx !== undefined && figure.approx !== true)
        fail(`${f}.approx`, 'expected true (or leave it out)');
      const item = typeof figure.item === 'string' ? byId.get(figure.item) : undefined;
      if (!item)
        return fail(`${f}.item`, `"${String(figure.item)}" is not an item of the codebook`);
      const id = figure.item as string;
      const estimate = figure.estimate;
      const coded = (CODED_TYPES as readonly string[]).includes(item.type as string);
      const numeric = (NUMERIC_TYPES as readonly string[]).includes(item.type as string);
      if (!coded && !numeric)
        return fail(`${f}.item`, `"${id}" is a multi-select item: it has no single figure`);

      let codes: string[] = [];
      if (numeric) {
        if (figure.codes !== undefined)
          fail(`${f}.codes`, `"${id}" is numeric: a figure of it is a mean, without codes`);
      } else if (figure.codes === undefined) {
        const headline = isObject(item.headline) ? item.headline.codes : undefined;
        if (!Array.isArray(headline))
          fail(`${f}.codes`, `expected the codes counted: "${id}" has no headline to fall back on`);
        else codes = headline as string[];
      } else if (!Array.isArray(figure.codes) || figure.codes.length === 0)
        fail(`${f}.codes`, 'expected a non-empty array of answer codes');
      else {
        const own = new Set(
          (Array.isArray(item.values) ? item.values : []).map((v: unknown) =>
            isObject(v) ? v.code : undefined,
          ),
        );
        for (const code of figure.codes as unknown[])
          if (typeof code !== 'string' || !own.has(code))
            fail(`${f}.codes`, `"${String(code)}" is not a code of "${id}"`);
        codes = figure.codes as string[];
      }
      const key = `${id}:${[...codes].sort().join(',')}`;
      if (seen.has(key)) fail(`${f}.item`, `"${id}" is given twice for the same answers`);
      seen.add(key);

      if (typeof estimate !== 'number' || !Number.isFinite(estimate))
        return fail(`${f}.estimate`, 'expected a number');
      if (coded) {
        if (estimate < 0 || estimate > 1)
          fail(`${f}.estimate`, `expected a share from 0 to 1 (24% is 0.24), not ${estimate}`);
        return;
      }
      const [min, max] =
        typeof item.min === 'number' && typeof item.max === 'number'
          ? [item.min, item.max]
          : item.type === 'hours'
            ? [-WEEK, WEEK]
            : [-Infinity, Infinity];
      if (estimate < min || estimate > max)
        fail(`${f}.estimate`, `expected a mean of "${id}" from ${min} to ${max}, not ${estimate}`);
    });
  });
}
