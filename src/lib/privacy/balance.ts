/**
 * Keeps shares honest after the partition (partition.ts). Which rows keep a value depends on the
 * value: a rare one is withheld, a common one kept; a subgroup that is split finely keeps its
 * gender, one that is not loses it. Shares among the values still known would then be tilted
 * (in one specialty, women 66% of those whose gender is known where they are 60% of all).
 *
 * So within each group of the first dimension (specialty), for every other quasi-identifier, rows
 * of over-represented values give up that value until the known shares are within `tolerance` of
 * the shares among everyone in the group, or nothing brings them closer. Only moves that keep the
 * file strictly k-anonymous and l-diverse: a whole class gives the value up (it keeps its rows, or
 * joins the class that already has its new vector), or a class lends rows it can spare to a class
 * that already has its vector with the value withheld.
 */

export interface BalanceInput {
  truth: readonly (readonly string[])[];
  /** Changed in place. */
  released: string[][];
  /** Index of the dimension whose groups are balanced one by one (specialty). */
  within: number;
  /** Per dimension: codes made only by the release (clusters, wider bands). */
  generalised: readonly ReadonlySet<string>[];
  tolerance: number;
  k: number;
  /** Whether rows hold ≥ l distinct answers on every sensitive item answered among them. */
  diverse: (rows: readonly number[]) => boolean;
  /** Per row: a stable pseudo-random order for choosing which rows move. */
  tiebreak: readonly number[];
}

/** Balances the shares; returns the cells withheld, per dimension. */
export function balance(input: BalanceInput): number[] {
  const { truth, released, within, generalised, tolerance, k, diverse, tiebreak } = input;
  const dims = truth[0]?.length ?? 0;
  const withheld = new Array<number>(dims).fill(0);
  // Rows per released vector, kept up to date: rows may only join a vector that has rows now.
  const vectors = new Map<string, number>();
  for (const r of released) {
    const key = r.join('\u0001');
    vectors.set(key, (vectors.get(key) ?? 0) + 1);
  }
  const move = (i: number, q: number) => {
    const from = released[i]!.join('\u0001');
    vectors.set(from, vectors.get(from)! - 1);
    released[i]![q] = '';
    const to = released[i]!.join('\u0001');
    vectors.set(to, (vectors.get(to) ?? 0) + 1);
  };
  const withheldKey = (r: readonly string[], q: number) =>
    r.map((v, c) => (c === q ? '' : v)).join('\u0001');
  /** m rows of a class whose departure leaves it l-diverse, in the stable order; or null. */
  const movable = (list: readonly number[], m: number): number[] | null => {
    const order = [...list].sort((a, b) => tiebreak[a]! - tiebreak[b]! || a - b);
    const moved = order.slice(0, m);
    return diverse(order.slice(m)) ? moved : null;
  };
  const groups = new Map<string, number[]>();
  released.forEach((r, i) => {
    const list = groups.get(r[within]!);
    if (list) list.push(i);
    else groups.set(r[within]!, [i]);
  });
  for (const rows of groups.values()) {
    for (let q = 0; q < dims; q++) {
      if (q === within) continue;
      const fine = (v: string) => v !== '' && !generalised[q]!.has(v);
      const classes = new Map<string, number[]>();
      for (const i of rows) {
        if (!fine(released[i]![q]!)) continue;
        const key = released[i]!.join('\u0001');
        const list = classes.get(key);
        if (list) list.push(i);
        else classes.set(key, [i]);
      }
      const counts = new Map<string, number>();
      for (const list of classes.values()) {
        const v = released[list[0]!]![q]!;
        counts.set(v, (counts.get(v) ?? 0) + list.length);
      }
      // Compared over the values still known somewhere in the group: one withheld everywhere
      // (the five anios of a specialty) cannot be shown at any share.
      const target = shares(rows.map((i) => truth[i]![q]!).filter((v) => counts.has(v)));
      const off = (c: ReadonlyMap<string, number>) => {
        const total = [...c.values()].reduce((s, x) => s + x, 0);
        let sq = 0;
        let worst = 0;
        for (const [v, p] of target) {
          const d = (total > 0 ? (c.get(v) ?? 0) / total : 0) - p;
          sq += d * d;
          worst = Math.max(worst, Math.abs(d));
        }
        return { sq, worst };
      };
      for (let now = off(counts); now.worst > tolerance;) {
        let pick: { key: string; rows: number[]; after: ReturnType<typeof off> } | null = null;
        for (const [key, list] of classes) {
          const v = released[list[0]!]![q]!;
          // The whole class, or — where a class already has its vector with this value withheld,
          // so that rows can join it — as many rows as it can spare.
          const joins = (vectors.get(withheldKey(released[list[0]!]!, q)) ?? 0) > 0;
          const spare = joins ? list.length - k : 0;
          const sizes = [
            list.length,
            ...Array.from({ length: Math.max(0, spare) }, (_, m) => m + 1),
          ];
          for (const m of sizes) {
            const after = off(new Map(counts).set(v, counts.get(v)! - m));
            if (pick && after.sq >= pick.after.sq) continue;
            const moved = m === list.length ? list : movable(list, m);
            if (moved) pick = { key, rows: moved, after };
          }
        }
        if (!pick || pick.after.sq >= now.sq - 1e-12) break;
        const list = classes.get(pick.key)!;
        const v = released[list[0]!]![q]!;
        counts.set(v, counts.get(v)! - pick.rows.length);
        for (const i of pick.rows) move(i, q);
        withheld[q]! += pick.rows.length;
        const left = list.filter((i) => !pick.rows.includes(i));
        if (left.length > 0) classes.set(pick.key, left);
        else classes.delete(pick.key);
        now = pick.after;
      }
    }
  }
  return withheld;
}

/** Each value's share of the list (values with none are absent). */
function shares(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  for (const [v, c] of out) out.set(v, c / values.length);
  return out;
}
