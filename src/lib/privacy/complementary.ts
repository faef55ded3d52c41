import { MIN_N } from './threshold';

/**
 * Secondary suppression within one split (reference/privacy-and-statistics.md D6): the cells of a
 * split add up to their shown parent, so a single hidden cell could be found by subtraction.
 * Either no cell is hidden, or at least two are and together they hold at least MIN_N answers;
 * more cells are hidden, smallest first, until that holds. Empty cells count as hidden cells
 * (they look the same as suppressed ones), but only answers hidden in them need protecting.
 */
export function hiddenInSplit(ns: readonly number[], min = MIN_N): boolean[] {
  return extendHidden(
    ns,
    ns.map((n) => n < min),
    min,
  );
}

/**
 * D6 applied from a starting set of hidden cells: more cells are hidden, smallest first, until
 * none is, or at least two are and together they hold at least MIN_N answers. With `start` =
 * n < MIN_N this is exactly hiddenInSplit; a table needs the general form because its rows and
 * its columns each hide cells the other must then take into account.
 */
export function extendHidden(
  ns: readonly number[],
  start: readonly boolean[],
  min = MIN_N,
): boolean[] {
  const hidden = [...start];
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
 * Suppression in a two-way table of counts (rows × columns): every row and every column is a
 * split of a margin a visitor can see (here, or in the explorer split the other way), so D6 must
 * hold in each of them. Hiding in a row can break a column and the other way round: repeated
 * until nothing changes (it only ever hides more, so it ends).
 */
export function suppressTable(
  ns: readonly (readonly number[])[],
  start: readonly (readonly boolean[])[],
  min = MIN_N,
): boolean[][] {
  const hidden = start.map((row, i) => row.map((h, j) => h || ns[i]![j]! < min));
  const width = ns[0]?.length ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    hidden.forEach((row, i) => {
      const next = extendHidden(ns[i]!, row, min);
      if (next.some((h, j) => h !== row[j])) {
        hidden[i] = next;
        changed = true;
      }
    });
    for (let j = 0; j < width; j++) {
      const column = hidden.map((row) => row[j]!);
      const next = extendHidden(
        ns.map((row) => row[j]!),
        column,
        min,
      );
      next.forEach((h, i) => {
        if (h === column[i]) return;
        hidden[i]![j] = h;
        changed = true;
      });
    }
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
