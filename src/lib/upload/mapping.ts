import { csvColumns, isStored, optionColumn } from '../codebook/columns';
import type { Codebook, Item, Text } from '../codebook/types';
import { isMulti } from '../codebook/types';

/**
 * A column's own answers and what they mean in the codebook: a survey tool's numeric or letter
 * codes ("1" → "radiologie", "A2" → "ja", "Y" → "1" for a chosen option). Answers not listed are
 * read as codes or labels of the codebook.
 */
export type Answers = Record<string, string>;

/**
 * Where a column of an uploaded file goes: a column of the codebook's CSV (an item, or one 0/1
 * option of a multi-select item), a multi-select item given as one column of delimited answers,
 * or nowhere (ignored, and said so).
 */
export type Target =
  | { kind: 'column'; column: string; answers?: Answers }
  | { kind: 'multi'; item: string; answers?: Answers }
  /** `identifying`: the column identifies a respondent (a mapping file says so): never read. */
  | { kind: 'ignore'; identifying?: true };

/** One target per header field, in file order. */
export type Mapping = Target[];

/** Lower case, no accents, words joined by `_`: "Type ziekenhuis" and "type_ziekenhuis" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const texts = (t: Text) => [t.nl, t.en];

/** Every name a column may have in an export: its id, and the item's label or question. */
function namesOf(codebook: Codebook): Map<string, Target> {
  const names = new Map<string, Target>();
  const add = (name: string, target: Target) => {
    const key = normaliseName(name);
    if (key && !names.has(key)) names.set(key, target);
  };
  const items: Item[] = codebook.items.filter(isStored);
  // Ids first, so that an id always wins over a label that happens to look like one.
  for (const column of csvColumns(codebook)) add(column, { kind: 'column', column });
  for (const item of items) if (isMulti(item)) add(item.id, { kind: 'multi', item: item.id });
  for (const item of items) {
    if (isMulti(item)) {
      for (const t of [...texts(item.label), ...texts(item.question)])
        add(t, { kind: 'multi', item: item.id });
      for (const option of item.options) {
        const target: Target = { kind: 'column', column: optionColumn(item, option) };
        for (const t of [...texts(item.label), ...texts(item.question), item.id])
          for (const o of [...texts(option.label), option.code]) add(`${t} ${o}`, target);
      }
    } else
      for (const t of [...texts(item.label), ...texts(item.question)])
        add(t, { kind: 'column', column: item.id });
  }
  return names;
}

/** A first mapping from header names: ids, labels and question wording in Dutch or English. */
export function suggestMapping(codebook: Codebook, header: readonly string[]): Mapping {
  const names = namesOf(codebook);
  const taken = new Set<string>();
  return header.map((name) => {
    const target = names.get(normaliseName(name));
    const key = target ? targetKey(target) : '';
    if (!target || taken.has(key)) return { kind: 'ignore' };
    taken.add(key);
    return target;
  });
}

/** The same target gets the same key: two header fields must never fill one column. */
export function targetKey(target: Target): string {
  return target.kind === 'column'
    ? target.column
    : target.kind === 'multi'
      ? `multi:${target.item}`
      : 'ignore';
}

/** Every target a header field can be mapped to, for the mapping step. */
export function targets(codebook: Codebook): Target[] {
  const out: Target[] = [];
  for (const item of codebook.items.filter(isStored)) {
    if (isMulti(item)) {
      out.push({ kind: 'multi', item: item.id });
      for (const o of item.options) out.push({ kind: 'column', column: optionColumn(item, o) });
    } else out.push({ kind: 'column', column: item.id });
  }
  return out;
}

/** A key for remembering a mapping for the session: the same header gets the same mapping. */
export function headerSignature(header: readonly string[]): string {
  return header.join('\u001f');
}
