import { parseFormula } from './formula';
import type { Codebook, Text } from './types';
import { validatePublished } from './validate-published';
import { validateAsked } from './validate-asked';
import { CODED_TYPES, LANGS, NUMERIC_TYPES } from './types';
import type { CodebookIssue } from './codebook-error';
import { CodebookError } from './codebook-error';

const ID = /^[a-z][a-z0-9_]*$/;
const CODE = /^[a-z0-9][a-z0-9_]*$/;
const POLARITIES = ['higher_is_better', 'lower_is_better', 'neutral'];
const TYPES: readonly string[] = [...CODED_TYPES, ...NUMERIC_TYPES, 'multi'];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks a parsed codebook.json and returns it typed, or throws a CodebookError listing every
 * problem with its path, so a data owner can fix the file in one pass.
 */
export function validateCodebook(raw: unknown, file = 'data/codebook.json'): Codebook {
  const issues: CodebookIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });

  const text = (v: unknown, path: string): v is Text => {
    if (!isObject(v)) return (fail(path, 'expected an object with "nl" and "en" texts'), false);
    for (const lang of LANGS) {
      if (typeof v[lang] !== 'string' || v[lang] === '')
        fail(`${path}.${lang}`, 'expected a non-empty string');
    }
    return true;
  };
  const list = (v: unknown, path: string): unknown[] => {
    if (Array.isArray(v) && v.length > 0) return v;
    fail(path, 'expected a non-empty array');
    return [];
  };
  /** Each `parent` names another code of the same list, and following parents ends. */
  const parents = (v: unknown, path: string, seen: Set<string>) => {
    if (!Array.isArray(v)) return;
    const parentOf = new Map<string, string>();
    v.forEach((value: unknown, i) => {
      if (!isObject(value) || value.parent === undefined) return;
      if (typeof value.parent !== 'string' || !seen.has(value.parent))
        fail(`${path}[${i}].parent`, 'expected another code of the same list');
      else parentOf.set(String(value.code), value.parent);
    });
    for (const start of parentOf.keys()) {
      const chain = new Set([start]);
      for (let c = parentOf.get(start); c !== undefined; c = parentOf.get(c)) {
        if (chain.has(c)) {
          fail(path, `the parents of "${start}" form a cycle (${[...chain, c].join(' → ')})`);
          break;
        }
        chain.add(c);
      }
    }
  };
  const codes = (v: unknown, path: string): Set<string> => {
    const seen = new Set<string>();
    list(v, path).forEach((value, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(value)) return fail(p, 'expected an object with "code" and "label"');
      if (typeof value.code !== 'string' || !CODE.test(value.code))
        fail(`${p}.code`, 'expected a code of lower-case letters, digits and _');
      else if (seen.has(value.code)) fail(`${p}.code`, `duplicate code "${value.code}"`);
      else seen.add(value.code);
      text(value.label, `${p}.label`);
      if (value.excluded !== undefined && typeof value.excluded !== 'boolean')
        fail(`${p}.excluded`, 'expected true or false');
      if (value.generalised !== undefined && typeof value.generalised !== 'boolean')
        fail(`${p}.generalised`, 'expected true or false');
    });
    parents(v, path, seen);
    return seen;
  };

  if (!isObject(raw)) {
    fail('', 'expected a JSON object');
    throw new CodebookError(file, issues);
  }
  if (raw.version !== 1) fail('version', 'expected 1');
  text(raw.title, 'title');
  text(raw.publisher, 'publisher');

  const years = new Set<number>();
  list(raw.waves, 'waves').forEach((w, i) => {
    const p = `waves[${i}]`;
    if (!isObject(w)) return fail(p, 'expected an object');
    if (!Number.isInteger(w.year) || (w.year as number) < 1990 || (w.year as number) > 2100)
      fail(`${p}.year`, 'expected a year such as 2024');
    else if (years.has(w.year as number)) fail(`${p}.year`, `duplicate wave ${String(w.year)}`);
    else years.add(w.year as number);
    if (typeof w.file !== 'string' || w.file !== `waves/${String(w.year)}.csv`)
      fail(`${p}.file`, `expected "waves/${String(w.year)}.csv"`);
    if (typeof w.synthetic !== 'boolean') fail(`${p}.synthetic`, 'expected true or false');
    text(w.note, `${p}.note`);
  });

  const topics = new Set<string>();
  list(raw.topics, 'topics').forEach((t, i) => {
    const p = `topics[${i}]`;
    if (!isObject(t)) return fail(p, 'expected an object');
    if (typeof t.id !== 'string' || !ID.test(t.id)) fail(`${p}.id`, 'expected a snake_case id');
    else if (topics.has(t.id)) fail(`${p}.id`, `duplicate topic "${t.id}"`);
    else topics.add(t.id);
    text(t.label, `${p}.label`);
  });

  // First pass: ids, types and codes, so that references can be checked in the second.
  const items = list(raw.items, 'items');
  const byId = new Map<string, { type: string; codes: Set<string>; derived: boolean }>();
  const columns = new Set<string>();
  items.forEach((item, i) => {
    const p = `items[${i}]`;
    if (!isObject(item)) return fail(p, 'expected an object');
    if (typeof item.id !== 'string' || !ID.test(item.id))
      return fail(`${p}.id`, 'expected a snake_case id');
    if (byId.has(item.id)) return fail(`${p}.id`, `duplicate item "${item.id}"`);
    if (typeof item.type !== 'string' || !TYPES.includes(item.type))
      return fail(`${p}.type`, `expected one of ${TYPES.join(', ')}`);
    let itemCodes = new Set<string>();
    if ((CODED_TYPES as readonly string[]).includes(item.type))
      itemCodes = codes(item.values, `${p}.values`);
    if (item.type === 'multi') itemCodes = codes(item.options, `${p}.options`);
    const derived = item.formula !== undefined;
    byId.set(item.id, { type: item.type, codes: itemCodes, derived });
    const own = item.type === 'multi' ? [...itemCodes].map((c) => `${item.id}_${c}`) : [item.id];
    for (const column of derived ? [] : own) {
      if (columns.has(column)) fail(`${p}.id`, `column "${column}" is defined twice`);
      columns.add(column);
    }
  });

  items.forEach((item, i) => {
    const p = `items[${i}]`;
    if (!isObject(item) || typeof item.id !== 'string' || !byId.has(item.id)) return;
    const self = byId.get(item.id)!;
    if (typeof item.topic !== 'string' || !topics.has(item.topic))
      fail(`${p}.topic`, `expected one of the topic ids (${[...topics].join(', ')})`);
    text(item.label, `${p}.label`);
    text(item.question, `${p}.question`);
    if (!POLARITIES.includes(item.polarity as string))
      fail(`${p}.polarity`, `expected one of ${POLARITIES.join(', ')}`);

    if ((NUMERIC_TYPES as readonly string[]).includes(self.type)) {
      if (self.derived) {
        const terms = typeof item.formula === 'string' ? parseFormula(item.formula) : 'not text';
        if (typeof terms === 'string') fail(`${p}.formula`, terms);
        else
          for (const term of terms) {
            const ref = byId.get(term.item);
            if (!ref || ref.derived || !(NUMERIC_TYPES as readonly string[]).includes(ref.type))
              fail(`${p}.formula`, `"${term.item}" is not a stored numeric item`);
          }
      } else if (
        typeof item.min !== 'number' ||
        typeof item.max !== 'number' ||
        item.min >= item.max
      ) {
        fail(`${p}.min`, 'expected numbers "min" < "max" (the valid range of an answer)');
      }
    }

    if (item.quasi_identifier === true) {
      const r = item.release;
      if (!isObject(r) || typeof r.weight !== 'number' || !(r.weight > 0))
        fail(`${p}.release.weight`, 'expected a positive number (how much keeping it is worth)');
      else if (r.whole !== undefined && typeof r.whole !== 'boolean')
        fail(`${p}.release.whole`, 'expected true or false');
    }

    if (item.ordered !== undefined && typeof item.ordered !== 'boolean')
      fail(`${p}.ordered`, 'expected true or false');

    if (isObject(item.headline)) {
      const h = item.headline;
      const valid = Array.isArray(h.codes) && h.codes.length > 0;
      if (!valid) fail(`${p}.headline.codes`, 'expected a non-empty array of codes');
      else
        for (const code of h.codes as unknown[])
          if (typeof code !== 'string' || !self.codes.has(code))
            fail(`${p}.headline.codes`, `"${String(code)}" is not a code of "${item.id}"`);
      text(h.label, `${p}.headline.label`);
      if (h.statement !== undefined) text(h.statement, `${p}.headline.statement`);
    } else if (item.headline !== undefined) fail(`${p}.headline`, 'expected an object');

    if (item.universe !== undefined) {
      const u = item.universe;
      if (!isObject(u) || typeof u.item !== 'string' || !byId.has(u.item))
        fail(`${p}.universe.item`, 'expected the id of another item');
      else {
        const ref = byId.get(u.item)!;
        if (Array.isArray(u.in)) {
          for (const code of u.in as unknown[])
            if (typeof code !== 'string' || !ref.codes.has(code))
              fail(`${p}.universe.in`, `"${String(code)}" is not a code of "${u.item}"`);
        } else if (
          typeof u.gt !== 'number' ||
          !(NUMERIC_TYPES as readonly string[]).includes(ref.type)
        )
          fail(`${p}.universe`, 'expected "in": [codes] or, for a numeric item, "gt": number');
        text(u.label, `${p}.universe.label`);
      }
    }
  });

  // Who was asked follows the routing up, item by item (universeChain): a loop has no start.
  const asks = new Map<string, string>();
  for (const item of items)
    if (isObject(item) && typeof item.id === 'string' && isObject(item.universe))
      if (typeof item.universe.item === 'string') asks.set(item.id, item.universe.item);
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string' || !asks.has(item.id)) return;
    const seen = [item.id];
    for (let up = asks.get(item.id); up !== undefined; up = asks.get(up)) {
      if (seen.includes(up)) {
        fail(
          `items[${i}].universe.item`,
          `who was asked leads back to "${up}" (${[...seen, up].join(' → ')})`,
        );
        break;
      }
      seen.push(up);
    }
  });

  validateAsked(items, years, { fail, text, codes });
  validatePublished(raw.published, items, { fail, text });

  if (issues.length > 0) throw new CodebookError(file, issues);
  return raw as unknown as Codebook;
}
