/** Who is asked an item, read from the codebook (the same rule the dashboard applies). */

import { getItem, universeChain } from '../codebook/columns';
import { parseFormula } from '../codebook/formula';
import type { Codebook, Item } from '../codebook/types';
import { isNumeric } from '../codebook/types';
import type { Row } from './respondents';

/** A numeric item's value in a row, derived items computed from their terms; undefined if missing. */
function numberIn(codebook: Codebook, id: string, row: Row): number | undefined {
  const item = getItem(codebook, id);
  if (isNumeric(item) && item.formula !== undefined) {
    const terms = parseFormula(item.formula);
    if (typeof terms === 'string') throw new Error(`Formula of "${id}": ${terms}`);
    let total = 0;
    for (const term of terms) {
      const v = numberIn(codebook, term.item, row);
      if (v === undefined) return undefined;
      total += term.sign * v;
    }
    return total;
  }
  const text = row[id] ?? '';
  return text === '' ? undefined : Number(text);
}

/** Asked the item: within its universe and every universe above it (universeChain). */
export function inUniverse(codebook: Codebook, item: Item, row: Row): boolean {
  return universeChain(codebook, item.universe).every((u) => {
    if ('in' in u) return u.in.includes(row[u.item] ?? '');
    const v = numberIn(codebook, u.item, row);
    return v !== undefined && v > u.gt;
  });
}
