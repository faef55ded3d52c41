/**
 * l-diversity by masking (reference worked case 10): in a specialty whose respondents all gave
 * the same answer on a sensitive item (or only one answered it), that item's answers are emptied
 * for the specialty, rather than merging a specialty of ≥ k respondents into its cluster. Merging
 * would take the specialty off every chart; masking takes a handful of answers off one item.
 *
 * Answers of the items asked only of those who gave an answer here (the codebook's universes,
 * followed down) are emptied with it: "why not discussed" would otherwise say "not discussed".
 */

import { optionColumn } from '../codebook/columns';
import type { Codebook, Item } from '../codebook/types';
import { isMulti, isNumeric } from '../codebook/types';
import type { Row, SensitiveItem } from './anonymity';

export interface Mask {
  /** The quasi-identifier whose groups are masked (specialty), and the group. */
  column: string;
  value: string;
  /** The sensitive item that had fewer than l distinct answers, and what was emptied with it. */
  item: string;
  items: string[];
  /** Answers emptied (respondents who had answered one of the items). */
  answers: number;
}

function columnsOf(item: Item): string[] {
  if (isMulti(item)) return item.options.map((o) => optionColumn(item, o));
  return isNumeric(item) && item.formula !== undefined ? [] : [item.id];
}

/** The item and every item whose universe leads back to it. */
function withDescendants(codebook: Codebook, id: string): Item[] {
  const out = codebook.items.filter((i) => i.id === id);
  for (let i = 0; i < out.length; i++)
    for (const child of codebook.items)
      if (child.universe?.item === out[i]!.id && !out.includes(child)) out.push(child);
  return out;
}

/**
 * Masks, in each group of `column` with ≥ k rows, every sensitive item answered with fewer than
 * l distinct answers there. Rows are changed in place.
 */
export function maskUndiverse(
  codebook: Codebook,
  rows: Row[],
  column: string,
  sensitive: readonly SensitiveItem[],
  k: number,
  l: number,
): Mask[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const v = row[column] ?? '';
    const list = groups.get(v);
    if (list) list.push(row);
    else groups.set(v, [row]);
  }
  const masks: Mask[] = [];
  for (const [value, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (value === '' || members.length < k) continue;
    for (const s of sensitive) {
      const seen = new Set(members.map((r) => s.answer(r)).filter((a) => a !== undefined));
      if (seen.size === 0 || seen.size >= l) continue;
      const items = withDescendants(codebook, s.id);
      const columns = items.flatMap(columnsOf);
      let answers = 0;
      for (const row of members) {
        if (columns.some((c) => (row[c] ?? '') !== '')) answers++;
        for (const c of columns) row[c] = '';
      }
      masks.push({ column, value, item: s.id, items: items.map((i) => i.id), answers });
    }
  }
  return masks;
}
