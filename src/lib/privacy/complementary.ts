import { MIN_N } from './threshold';

/**
 * Secondary suppression within one split (reference/privacy-and-statistics.md D6): the cells of a
 * split add up to their shown parent, so a single hidden cell could be found by subtraction.
 * Either no cell is hidden, or at least two are and together they hold at least MIN_N answers;
 * more cells are hidden, smallest first, until that holds. Empty cells count as hidden cells
 * (they look the same as suppressed ones), but only answers hidden in them need protecting.
 */
export function hiddenInSplit(ns: readonly number[], min = MIN_N): boolean[] {
  const hidden = ns.map((n) => n < min);
  const total = () => ns.reduce((s, n, i) => s + (hidden[i] ? n : 0), 0);
  const count = () => hidden.filter(Boolean).length;
  const order = ns.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
  while (total() > 0 && (count() < 2 || total() < min)) {
    const next = order.find(([, i]) => !hidden[i]);
    if (!next) break;
    hidden[next[1]] = true;
  }
  return hidden;
}

/**
 * Complements (D5): a shown group G inside a shown parent P reveals P − G. Unless that difference
 * is 0 (G is all of P) or at least MIN_N, G must be hidden.
 */
export function revealsComplement(nGroup: number, nParent: number, min = MIN_N): boolean {
  const rest = nParent - nGroup;
  return rest > 0 && rest < min;
}
