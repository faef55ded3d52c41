import { parseFormula } from './formula';
import { CODED_TYPES } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ID = /^[a-z][a-z0-9_]*$/;

/** The checks of validate.ts this part reuses. */
interface Checks {
  fail: (path: string, message: string) => void;
  text: (v: unknown, path: string) => boolean;
  /** Checks a list of value labels and returns its codes. */
  codes: (v: unknown, path: string) => Set<string>;
}

const codesOf = (item: Json): string[] => {
  const list = item.type === 'multi' ? item.options : item.values;
  return Array.isArray(list)
    ? list.flatMap((v: unknown) => (isObject(v) && typeof v.code === 'string' ? [v.code] : []))
    : [];
};

/**
 * Checks in which waves each item was asked (`waves`: years of the codebook) and how it was asked
 * in earlier ones (`history`: another column, scale, headline or wording, and the note saying how
 * that wave is compared): every problem names the item, so that the data owner finds it.
 */
export function validateAsked(
  items: readonly unknown[],
  years: ReadonlySet<number>,
  check: Checks,
): void {
  const { fail, text, codes } = check;
  const all = [...years].sort((a, b) => a - b);
  const byId = new Map<string, Json>();
  for (const item of items)
    if (isObject(item) && typeof item.id === 'string') byId.set(item.id, item);

  /** The waves an item was asked in, as far as its `waves` can be read. */
  const asked = new Map<string, Set<number>>();
  const askedOf = (id: string, seen = new Set<string>()): Set<number> => {
    const known = asked.get(id);
    if (known) return known;
    const item = byId.get(id);
    let set = new Set(all);
    if (item && typeof item.formula === 'string' && !seen.has(id)) {
      const terms = parseFormula(item.formula);
      if (typeof terms !== 'string')
        for (const term of terms) {
          const theirs = askedOf(term.item, new Set([...seen, id]));
          set = new Set([...set].filter((y) => theirs.has(y)));
        }
    } else if (item && Array.isArray(item.waves))
      set = new Set(item.waves.filter((y): y is number => years.has(y as number)));
    asked.set(id, set);
    return set;
  };

  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    const p = `items[${i}]`;
    const id = item.id;
    const derived = item.formula !== undefined;

    if (item.waves !== undefined) {
      const w = item.waves;
      if (item.type === 'dimension')
        fail(
          `${p}.waves`,
          `"${id}" is a dimension: it is in every wave (filters and the release need it)`,
        );
      else if (derived)
        fail(
          `${p}.waves`,
          `"${id}" is derived: it is asked where all of its items are, leave "waves" out`,
        );
      else if (!Array.isArray(w) || w.length === 0)
        fail(`${p}.waves`, `"${id}": expected a non-empty list of the waves it was asked in`);
      else {
        const seen = new Set<unknown>();
        for (const year of w) {
          if (typeof year !== 'number' || !years.has(year))
            fail(
              `${p}.waves`,
              `"${id}": ${JSON.stringify(year)} is not a wave of the codebook (${all.join(', ')})`,
            );
          else if (seen.has(year)) fail(`${p}.waves`, `"${id}": wave ${year} is listed twice`);
          seen.add(year);
        }
      }
    }

    const mine = askedOf(id);
    const universe = isObject(item.universe) ? item.universe.item : undefined;
    if (typeof universe === 'string' && byId.has(universe)) {
      const theirs = askedOf(universe);
      for (const year of all)
        if (mine.has(year) && !theirs.has(year))
          fail(
            `${p}.waves`,
            `"${id}" is asked in ${year}, but its universe item "${universe}" is not: ` +
              'nobody could be asked it',
          );
    }

    if (item.history === undefined) return;
    if (!Array.isArray(item.history))
      return fail(`${p}.history`, `"${id}": expected a list of how it was asked in earlier waves`);
    const coded = (CODED_TYPES as readonly string[]).includes(item.type as string);
    const headline = isObject(item.headline) ? item.headline : undefined;
    const seen = new Set<number>();
    item.history.forEach((h: unknown, j) => {
      const hp = `${p}.history[${j}]`;
      if (!isObject(h)) return fail(hp, `"${id}": expected an object with "wave" and "note"`);
      if (typeof h.wave !== 'number' || !years.has(h.wave))
        fail(`${hp}.wave`, `"${id}": expected a wave of the codebook (${all.join(', ')})`);
      else if (!mine.has(h.wave))
        fail(`${hp}.wave`, `"${id}" was not asked in ${h.wave} (its "waves"): nothing to map`);
      else if (seen.has(h.wave)) fail(`${hp}.wave`, `"${id}": wave ${h.wave} has two entries`);
      else seen.add(h.wave);
      const wave = typeof h.wave === 'number' ? String(h.wave) : 'that wave';

      if (h.column !== undefined) {
        if (item.type === 'multi')
          fail(`${hp}.column`, `"${id}" has a column per option: it cannot be renamed as a whole`);
        else if (derived) fail(`${hp}.column`, `"${id}" is derived: it has no column`);
        else if (typeof h.column !== 'string' || !ID.test(h.column))
          fail(`${hp}.column`, `"${id}": expected a snake_case column name`);
      }

      let then: Set<string> | undefined;
      if (h.values !== undefined) {
        if (!coded || item.type === 'dimension')
          fail(
            `${hp}.values`,
            `"${id}": only a coded question (not a dimension) can have another scale`,
          );
        else then = codes(h.values, `${hp}.values`);
      }
      if (h.headline !== undefined) {
        const valid = Array.isArray(h.headline) && h.headline.length > 0;
        if (!headline) fail(`${hp}.headline`, `"${id}" has no headline share`);
        else if (!valid) fail(`${hp}.headline`, `"${id}": expected a non-empty list of codes`);
        else {
          const known = then ?? new Set(codesOf(item));
          for (const code of h.headline as unknown[])
            if (typeof code !== 'string' || !known.has(code))
              fail(`${hp}.headline`, `"${String(code)}" is not a code of "${id}" in ${wave}`);
        }
      } else if (then && headline)
        fail(
          `${hp}.headline`,
          `"${id}" was asked on another scale in ${wave}: give the codes counted as its headline ` +
            'share then',
        );
      if (h.question !== undefined) text(h.question, `${hp}.question`);
      text(h.note, `${hp}.note`);
    });
  });

  // Within one wave's file every column name is used once, renamed ones included.
  for (const year of all) {
    const owner = new Map<string, { id: string; renamed: boolean }>();
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.id !== 'string' || item.formula !== undefined) return;
      if (!askedOf(item.id).has(year)) return;
      const history = Array.isArray(item.history) ? item.history : [];
      const j = history.findIndex((h: unknown) => isObject(h) && h.wave === year);
      const renamed = j >= 0 ? (history[j] as Json).column : undefined;
      const names =
        item.type === 'multi'
          ? codesOf(item).map((c) => `${item.id as string}_${c}`)
          : [typeof renamed === 'string' ? renamed : item.id];
      const isRenamed = typeof renamed === 'string';
      for (const name of names) {
        const other = owner.get(name);
        // Two items of one column name now are reported once, by validate.ts.
        if (other && (other.renamed || isRenamed))
          fail(
            isRenamed ? `items[${i}].history[${j}].column` : `items[${i}].id`,
            `"${name}" is the column of both "${other.id}" and "${item.id}" in the ${year} file`,
          );
        else if (!other) owner.set(name, { id: item.id, renamed: isRenamed });
      }
    });
  }
}
