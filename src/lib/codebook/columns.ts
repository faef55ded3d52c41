import type { Codebook, CodedItem, Item, MultiItem, Universe, ValueLabel } from './types';
import { isMulti, isNumeric } from './types';

/** The CSV column of one option of a multi-select item. */
export function optionColumn(item: MultiItem, option: ValueLabel): string {
  return `${item.id}_${option.code}`;
}

/** Whether the item is a CSV column (derived metrics are computed, not stored). */
export function isStored(item: Item): boolean {
  return !(isNumeric(item) && item.formula !== undefined);
}

/** Every column a wave CSV must have, in codebook order. */
export function csvColumns(codebook: Codebook): string[] {
  return codebook.items
    .filter(isStored)
    .flatMap((item) =>
      isMulti(item) ? item.options.map((o) => optionColumn(item, o)) : [item.id],
    );
}

export function findItem(codebook: Codebook, id: string): Item | undefined {
  return codebook.items.find((item) => item.id === id);
}

/** Looks an item up when its id comes from the codebook or code, where absence is a bug. */
export function getItem(codebook: Codebook, id: string): Item {
  const item = findItem(codebook, id);
  if (!item) throw new Error(`Codebook has no item "${id}"`);
  return item;
}

export function dimensions(codebook: Codebook): CodedItem[] {
  return codebook.items.filter((i): i is CodedItem => i.type === 'dimension');
}

/**
 * Who was asked, followed up the questionnaire's routing: the universe, then its item's own
 * universe, and so on ("why not discussed" only of those who did not discuss it, which was asked
 * only of those who considered quitting). An answer outside any link of the chain (routing noise)
 * counts nowhere. Empty without a universe; throws on an unknown item or a loop.
 */
export function universeChain(codebook: Codebook, universe: Universe | undefined): Universe[] {
  const chain: Universe[] = [];
  for (let u = universe; u !== undefined; u = getItem(codebook, u.item).universe) {
    const item = u.item;
    if (chain.some((c) => c.item === item))
      throw new Error(`Who was asked "${item}" leads back to "${item}"`);
    chain.push(u);
  }
  return chain;
}
