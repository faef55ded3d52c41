/**
 * The heart of the release (DESIGN.md Privacy, rule D2): respondents are split into the classes of
 * the released file, top-down, so that every class — the rows sharing one vector of
 * quasi-identifiers, a blank counting as its own value — holds ≥ k rows and ≥ l distinct answers
 * on every sensitive item that anyone in it answered. Classes are disjoint by construction, so the
 * file is strictly k-anonymous: a filter on quasi-identifiers selects whole classes.
 *
 * One split divides a group by one quasi-identifier along its generalisation hierarchy (codebook
 * `parent`): a value with a valid group keeps its own code; the rest moves up to the coarser code
 * (a specialty to its cluster, years 1–2 to years 1–4) and, at the top, to blank. A coarser group
 * that is too small borrows rows from the finer groups below it that can spare them, in proportion
 * to their sizes, so the shares of the values that stay known are not tilted (a quasi-identifier
 * marked `whole`, the specialty, never lends: its respondents move only all together).
 *
 * Which quasi-identifier to split by, and in which order, is searched: each group takes the order
 * that keeps the most information, a kept value weighing its codebook `release.weight` (half for
 * each step up the hierarchy). The heaviest quasi-identifier (specialty) is split first for
 * everyone: every figure is per specialty.
 *
 * Pure and deterministic: ties are broken by a hash of each row's content, not by file order.
 */

export interface Dimension {
  id: string;
  weight: number;
  /** Respondents of one value move to a coarser one only all together (never lend rows). */
  whole: boolean;
  /** Code → the coarser code it may be recoded to. */
  parent: ReadonlyMap<string, string>;
}

export interface PartitionInput {
  /** Per row, per dimension: the respondent's true value ('' where the export has none). */
  truth: readonly (readonly string[])[];
  dims: readonly Dimension[];
  /** Per sensitive item, per row: an id of the valid answer, or -1 (none, excluded, not asked). */
  answers: readonly (readonly number[])[];
  k: number;
  l: number;
  /** Per row: a stable pseudo-random order for choosing which rows lend. */
  tiebreak: readonly number[];
}

export interface PartitionResult {
  /** Per row, per dimension: the released value ('' = withheld). */
  released: string[][];
  /** False when not even one class of everyone passes (the file is too small or too uniform). */
  ok: boolean;
}

type Groups = Map<string, number[]>;

interface Plan {
  score: number;
  dim: number;
  children: { value: string; rows: number[]; plan: Plan | null }[];
}

/** Whether rows hold ≥ l distinct answers on every sensitive item answered among them. */
export function diversity(
  answers: readonly (readonly number[])[],
  l: number,
): (rows: readonly number[]) => boolean {
  return (rows) =>
    answers.every((item) => {
      const seen = new Set<number>();
      for (const r of rows) {
        const a = item[r]!;
        if (a < 0) continue;
        seen.add(a);
        if (seen.size >= l) return true;
      }
      return seen.size === 0;
    });
}

/** The dimension split first for everyone, and balanced within: the heaviest (specialty). */
export function heaviest(dims: readonly Dimension[]): number {
  return dims.reduce((best, d, q) => (d.weight > dims[best]!.weight ? q : best), 0);
}

export function partition(input: PartitionInput): PartitionResult {
  const { truth, dims, answers, k, l, tiebreak } = input;
  const released = truth.map((t) => t.map(() => ''));
  const all = truth.map((_, i) => i);

  const diverse = diversity(answers, l);
  const valid = (rows: readonly number[]) => rows.length >= k && diverse(rows);
  if (!valid(all)) return { released, ok: false };

  const ancestors = dims.map((d) => {
    const cache = new Map<string, string[]>();
    return (code: string): string[] => {
      let list = cache.get(code);
      if (!list) {
        list = [];
        for (let c = d.parent.get(code); c !== undefined; c = d.parent.get(c)) list.push(c);
        cache.set(code, list);
      }
      return list;
    };
  });
  /** Information kept by releasing `value` for a row whose true value is `truth`. */
  const info = (q: number, value: string, true_: string): number => {
    if (value === '') return 0;
    if (value === true_) return dims[q]!.weight;
    const up = ancestors[q]!(true_).indexOf(value);
    return up < 0 ? 0 : dims[q]!.weight / 2 ** (up + 1);
  };

  /**
   * Moves rows from `donors` into `pool` until it is valid, taking from each donor in proportion to
   * its size what it can spare while staying valid. Returns the new groups, or null.
   */
  const fill = (pool: number[], donors: Groups): Groups | null => {
    const keys = [...donors.keys()];
    const lenders = keys.map((key) => [...donors.get(key)!]);
    const taken = new Set<number>();
    const out = [...pool];
    // Per lender: rows left, and per sensitive item how often each answer is left, so whether a
    // row can go is known without rescanning the lender (large uploads have lenders of thousands).
    const left = lenders.map((rows) => rows.length);
    const tallies = lenders.map((rows) =>
      answers.map((item) => {
        const tally = new Map<number, number>();
        for (const r of rows)
          if (item[r]! >= 0) tally.set(item[r]!, (tally.get(item[r]!) ?? 0) + 1);
        return tally;
      }),
    );
    const canLend = (d: number, r: number) =>
      left[d]! - 1 >= k &&
      answers.every((item, s) => {
        const a = item[r]!;
        if (a < 0) return true;
        const tally = tallies[d]![s]!;
        const distinct = tally.size - (tally.get(a) === 1 ? 1 : 0);
        return distinct >= l || distinct === 0;
      });
    const lend = (d: number, r: number) => {
      left[d]!--;
      answers.forEach((item, s) => {
        const a = item[r]!;
        if (a < 0) return;
        const tally = tallies[d]![s]!;
        if (tally.get(a) === 1) tally.delete(a);
        else tally.set(a, tally.get(a)! - 1);
      });
      taken.add(r);
      out.push(r);
    };
    // Rows to reach k, in proportion to the lenders' sizes (largest remainder).
    const need = k - out.length;
    if (need > 0) {
      const spare = lenders.map((rows) => rows.length - k);
      const total = lenders.reduce((s, rows) => s + rows.length, 0);
      if (spare.reduce((s, x) => s + Math.max(0, x), 0) < need) return null;
      const exact = lenders.map((rows) => (need * rows.length) / total);
      const quota = exact.map((x, d) => Math.min(Math.floor(x), Math.max(0, spare[d]!)));
      let left = need - quota.reduce((s, x) => s + x, 0);
      const order = exact
        .map((x, d) => [x - Math.floor(x), d] as const)
        .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      while (left > 0) {
        const before = left;
        for (const [, d] of order)
          if (left > 0 && quota[d]! < spare[d]!) {
            quota[d]!++;
            left--;
          }
        if (left === before) return null;
      }
      for (let d = 0; d < lenders.length; d++) {
        const candidates = [...lenders[d]!].sort((a, b) => tiebreak[a]! - tiebreak[b]! || a - b);
        for (const r of candidates) {
          if (quota[d]! === 0) break;
          if (canLend(d, r)) {
            lend(d, r);
            quota[d]!--;
          }
        }
        if (quota[d]! > 0) return null;
      }
    }
    // Then a missing answer at a time, from whoever can spare a row that has it.
    for (let guard = 0; !diverse(out); guard++) {
      if (guard > answers.length * l) return null;
      const s = answers.findIndex((item) => {
        const seen = new Set(out.map((r) => item[r]!).filter((a) => a >= 0));
        return seen.size > 0 && seen.size < l;
      });
      const item = answers[s]!;
      const seen = new Set(out.map((r) => item[r]!));
      let found = false;
      for (let d = 0; d < lenders.length && !found; d++) {
        const candidates = lenders[d]!.filter((r) => !taken.has(r) && item[r]! >= 0)
          .filter((r) => !seen.has(item[r]!))
          .sort((a, b) => tiebreak[a]! - tiebreak[b]! || a - b);
        for (const r of candidates)
          if (canLend(d, r)) {
            lend(d, r);
            found = true;
            break;
          }
      }
      if (!found) return null;
    }
    const groups: Groups = new Map();
    keys.forEach((key, d) =>
      groups.set(
        key,
        lenders[d]!.filter((r) => !taken.has(r)),
      ),
    );
    groups.set(
      '\u0000pool',
      out.sort((a, b) => a - b),
    );
    return groups;
  };

  /**
   * Splits rows by dimension q along its hierarchy: value → rows released with it ('' = blank).
   * Null when the rows left at the top cannot form a valid class.
   */
  const split = (rows: readonly number[], q: number): Groups | null => {
    const dim = dims[q]!;
    const pools = new Map<string, number[]>();
    for (const r of rows) {
      const v = truth[r]![q]!;
      const list = pools.get(v);
      if (list) list.push(r);
      else pools.set(v, [r]);
    }
    // Every value present and every coarser value above one, deepest first.
    const depth = (v: string) => (v === '' ? -1 : ancestors[q]!(v).length);
    const nodes = new Set<string>();
    for (const v of pools.keys()) {
      if (v === '') continue;
      nodes.add(v);
      for (const a of ancestors[q]!(v)) nodes.add(a);
    }
    const order = [...nodes].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
    const kept: Groups = new Map();
    const below = (v: string, code: string) => ancestors[q]!(code).includes(v);
    const settle = (v: string, pool: number[], donors: (code: string) => boolean): boolean => {
      if (valid(pool)) {
        kept.set(v, pool);
        return true;
      }
      if (dim.whole) return false;
      const lenders: Groups = new Map([...kept].filter(([code]) => donors(code)));
      if (lenders.size === 0) return false;
      const filled = fill(pool, lenders);
      if (!filled) return false;
      for (const [code, list] of filled)
        if (code === '\u0000pool') kept.set(v, list);
        else kept.set(code, list);
      return true;
    };
    /**
     * A whole dimension's last resort: its smallest kept groups below `v` join the pool, whole,
     * until it passes (a small specialty's remainder takes in the smallest specialty).
     */
    const absorb = (v: string, pool: number[]): boolean => {
      const merged = [...pool];
      const taken: string[] = [];
      const bySize = [...kept]
        .filter(([code]) => v === '' || below(v, code))
        .sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
      for (const [code, list] of bySize) {
        taken.push(code);
        merged.push(...list);
        if (!valid(merged)) continue;
        for (const c of taken) kept.delete(c);
        kept.set(v, merged);
        return true;
      }
      return false;
    };
    for (const v of order) {
      const pool = pools.get(v);
      if (!pool || pool.length === 0) continue;
      if (settle(v, pool, (code) => below(v, code))) continue;
      // At the top of a whole dimension's hierarchy, merging keeps a code; blank keeps none.
      if (dim.whole && !dim.parent.has(v) && absorb(v, pool)) continue;
      const up = dim.parent.get(v) ?? '';
      pools.set(up, [...(pools.get(up) ?? []), ...pool]);
    }
    const top = pools.get('') ?? [];
    if (top.length === 0) return kept;
    if (settle('', top, () => true)) return kept;
    return dim.whole && absorb('', top) ? kept : null;
  };

  const keyOf = (rows: readonly number[], attrs: readonly number[]) =>
    `${attrs.join(',')}|${rows.join(',')}`;
  const memo = new Map<string, Plan | null>();
  /** The best plan for these rows over the remaining dimensions (null: withhold them all). */
  const best = (rows: readonly number[], attrs: readonly number[]): Plan | null => {
    if (attrs.length === 0) return null;
    const key = keyOf(rows, attrs);
    if (memo.has(key)) return memo.get(key)!;
    let pick: Plan | null = null;
    for (const q of attrs) {
      const groups = split(rows, q);
      if (!groups) continue;
      const rest = attrs.filter((a) => a !== q);
      let score = 0;
      const children: Plan['children'] = [];
      for (const [value, list] of groups) {
        const sorted = [...list].sort((a, b) => a - b);
        for (const r of sorted) score += info(q, value, truth[r]![q]!);
        const plan = best(sorted, rest);
        score += plan?.score ?? 0;
        children.push({ value, rows: sorted, plan });
      }
      if (score > 0 && (!pick || score > pick.score + 1e-9)) pick = { score, dim: q, children };
    }
    memo.set(key, pick);
    return pick;
  };
  const apply = (plan: Plan | null) => {
    if (!plan) return;
    for (const child of plan.children) {
      for (const r of child.rows) released[r]![plan.dim] = child.value;
      apply(child.plan);
    }
  };

  // The heaviest dimension first for everyone; then each of its groups searches its own order.
  const first = heaviest(dims);
  // Heaviest first: of two orders that keep as much, the one starting heavier wins.
  const others = dims
    .map((_, q) => q)
    .filter((q) => q !== first)
    .sort((a, b) => dims[b]!.weight - dims[a]!.weight || a - b);
  const groups = split(all, first);
  if (!groups) apply(best(all, others));
  else
    for (const [value, list] of groups) {
      const rows = [...list].sort((a, b) => a - b);
      for (const r of rows) released[r]![first] = value;
      memo.clear();
      apply(best(rows, others));
    }
  return { released, ok: true };
}
