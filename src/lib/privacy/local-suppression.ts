/**
 * Local suppression: the step of the release pipeline that empties quasi-identifier values until
 * nobody can be singled out (DESIGN.md Privacy; reference rules D1, D2).
 *
 * The attacker knows all of a colleague's quasi-identifiers (their true values) and keeps the
 * released rows that could be that colleague: rows that agree wherever the row has a value (an
 * empty value could be anything). The release has the true values, so it checks exactly that
 * for every respondent: ≥ k rows could be them, and, where they answered a sensitive item, those
 * rows hold ≥ l distinct answers to it.
 *
 * A respondent is protected by emptying values in *other* rows (their own row always matches
 * them): rows that differ from them in few, unimportant columns lose those values and so join
 * their crowd. Rare values stay visible (the five anios of a specialty keep their role; five
 * aios lose theirs), so shares within a specialty stay nearly unbiased. Emptying a value only
 * ever adds rows to a crowd, so a respondent once safe stays safe and the greedy loop ends.
 *
 * Deterministic: ties are broken by a hash of each row's content, not by the export's order.
 */

import type { Row, SensitiveItem } from './anonymity';

export interface SuppressionInput {
  /** Rows after merging and top-coding; emptied in place. */
  rows: Row[];
  /** Quasi-identifiers (codebook order). */
  qis: readonly string[];
  /**
   * What emptying a value of each quasi-identifier costs: the least useful column is cheapest;
   * Infinity for one that is never emptied.
   */
  cost: Readonly<Record<string, number>>;
  sensitive: readonly SensitiveItem[];
  k: number;
  l: number;
  /**
   * Within each value of this quasi-identifier (specialty), the known shares of every other one
   * are brought back to within `tolerance` of the unsuppressed shares, by emptying a few more
   * values of the categories that suppression left over-represented.
   */
  balanceWithin?: string;
  tolerance?: number;
}

export interface SuppressionResult {
  /** Cells emptied per quasi-identifier (including those emptied for balance). */
  suppressed: Record<string, number>;
  /** Of those, cells emptied only to keep shares unbiased. */
  forBalance: Record<string, number>;
  /** Respondents who were at risk before (fewer than k look-alikes, or one answer among them). */
  atRisk: number;
  /** The smallest number of released rows that could be any one respondent. */
  smallestCrowd: number;
  /** False when a respondent cannot be protected (the file is too small or too uniform). */
  ok: boolean;
}

/** FNV-1a over the row's content: a stable order that does not follow the export's order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether a released tuple could be a person with these true values ('' matches anything). */
function matches(released: readonly string[], truth: readonly string[]): boolean {
  for (let q = 0; q < released.length; q++) {
    const r = released[q]!;
    const t = truth[q]!;
    if (r !== '' && t !== '' && r !== t) return false;
  }
  return true;
}

export function suppressLocally(input: SuppressionInput): SuppressionResult {
  const { rows, qis, cost, sensitive, k, l } = input;
  const n = rows.length;
  const truth = rows.map((row) => qis.map((q) => row[q] ?? ''));
  const released = truth.map((t) => t.slice());
  const answers = sensitive.map((s) => rows.map((row) => s.answer(row)));
  const tiebreak = rows.map((row) => hash(Object.values(row).join('\u0001')));
  const suppressed = Object.fromEntries(qis.map((q) => [q, 0]));
  const forBalance = Object.fromEntries(qis.map((q) => [q, 0]));

  // Crowd sizes: identical true tuples share one, so work per distinct tuple.
  const keyOf = (t: readonly string[]) => t.join('\u0001');
  const people = new Map<string, { truth: string[]; members: number[] }>();
  truth.forEach((t, i) => {
    const key = keyOf(t);
    const p = people.get(key);
    if (p) p.members.push(i);
    else people.set(key, { truth: t, members: [i] });
  });
  const groups = [...people.values()];
  const crowd = groups.map((g) => released.filter((r) => matches(r, g.truth)).length);

  /** Sensitive items a member of the group answered while the crowd holds < l answers. */
  const undiverse = (g: number): { item: number; seen: Set<string> }[] => {
    const out: { item: number; seen: Set<string> }[] = [];
    const group = groups[g]!;
    sensitive.forEach((_, s) => {
      if (!group.members.some((i) => answers[s]![i] !== undefined)) return;
      const seen = new Set<string>();
      for (let j = 0; j < n && seen.size < l; j++) {
        const a = answers[s]![j];
        if (a !== undefined && matches(released[j]!, group.truth)) seen.add(a);
      }
      if (seen.size < l) out.push({ item: s, seen });
    });
    return out;
  };

  const empty = (j: number, columns: number[]) => {
    const before = released[j]!.slice();
    for (const q of columns) {
      released[j]![q] = '';
      rows[j]![qis[q]!] = '';
      suppressed[qis[q]!]!++;
    }
    groups.forEach((g, gi) => {
      if (!matches(before, g.truth) && matches(released[j]!, g.truth)) crowd[gi]!++;
    });
  };

  /** Rows not yet in the group's crowd, cheapest to bring in first: [row, columns to empty]. */
  const candidates = (g: number, accept: (j: number) => boolean): [number, number[], number][] => {
    const t = groups[g]!.truth;
    const out: [number, number[], number][] = [];
    for (let j = 0; j < n; j++) {
      if (!accept(j)) continue;
      const r = released[j]!;
      const differ: number[] = [];
      let price = 0;
      for (let q = 0; q < qis.length; q++)
        if (r[q] !== '' && t[q] !== '' && r[q] !== t[q]) {
          differ.push(q);
          price += cost[qis[q]!] ?? 1;
        }
      if (differ.length > 0 && Number.isFinite(price)) out.push([j, differ, price]);
    }
    return out.sort((a, b) => a[2] - b[2] || tiebreak[a[0]]! - tiebreak[b[0]]! || a[0] - b[0]);
  };

  let atRisk = 0;
  const risky = (g: number) => crowd[g]! < k || undiverse(g).length > 0;
  groups.forEach((g, gi) => {
    if (risky(gi)) atRisk += g.members.length;
  });

  let ok = true;
  // k first: the smallest crowd first; ties by tuple, for a deterministic result.
  for (;;) {
    let pick = -1;
    for (let g = 0; g < groups.length; g++) {
      if (crowd[g]! >= k) continue;
      if (
        pick < 0 ||
        crowd[g]! < crowd[pick]! ||
        (crowd[g] === crowd[pick] && keyOf(groups[g]!.truth) < keyOf(groups[pick]!.truth))
      )
        pick = g;
    }
    if (pick < 0) break;
    const list = candidates(pick, () => true).slice(0, k - crowd[pick]!);
    if (list.length < k - crowd[pick]!) {
      ok = false;
      break;
    }
    for (const [j, columns] of list) empty(j, columns);
  }
  // Then l-diversity, one missing answer at a time. Crowds only grow, so a group once diverse
  // stays diverse and one pass over the groups is enough.
  for (let g = 0; ok && g < groups.length; g++) {
    for (let missing = undiverse(g); missing.length > 0; missing = undiverse(g)) {
      const { item, seen } = missing[0]!;
      const [first] = candidates(g, (j) => {
        const a = answers[item]![j];
        return a !== undefined && !seen.has(a);
      });
      if (!first) {
        ok = false;
        break;
      }
      empty(first[0], first[1]);
    }
  }

  // Balance: suppression empties common values more often than rare ones (they are the ones
  // that can join a crowd), which would tilt every share. Emptying values is always safe.
  const within = input.balanceWithin === undefined ? -1 : qis.indexOf(input.balanceWithin);
  if (ok && within >= 0) {
    const tolerance = input.tolerance ?? 0.005;
    const parts = new Map<string, number[]>();
    truth.forEach((t, i) => {
      const list = parts.get(t[within]!);
      if (list) list.push(i);
      else parts.set(t[within]!, [i]);
    });
    for (const members of parts.values()) {
      for (let q = 0; q < qis.length; q++) {
        if (q === within) continue;
        const raw = new Map<string, number>();
        const known = new Map<string, number[]>();
        for (const i of members) {
          const v = truth[i]![q]!;
          if (v === '') continue;
          raw.set(v, (raw.get(v) ?? 0) + 1);
          if (released[i]![q] === v) known.set(v, [...(known.get(v) ?? []), i]);
        }
        // Compared over the categories still visible (one emptied whole stays so).
        const visible = [...known.keys()];
        const rawTotal = visible.reduce((sum, v) => sum + raw.get(v)!, 0);
        const knownTotal = visible.reduce((sum, v) => sum + known.get(v)!.length, 0);
        const off = visible.some(
          (v) => Math.abs(known.get(v)!.length / knownTotal - raw.get(v)! / rawTotal) > tolerance,
        );
        if (!off) continue;
        // Keep round(scale × raw) of each category, scale set by the most emptied one.
        const scale = Math.min(...visible.map((v) => known.get(v)!.length / raw.get(v)!));
        for (const v of visible) {
          const keep = Math.max(1, Math.round(scale * raw.get(v)!));
          const rows = known.get(v)!.sort((a, b) => tiebreak[a]! - tiebreak[b]! || a - b);
          for (const i of rows.slice(keep)) {
            empty(i, [q]);
            forBalance[qis[q]!]!++;
          }
        }
      }
    }
  }

  return {
    forBalance,
    suppressed,
    atRisk,
    smallestCrowd: crowd.reduce((m, c) => Math.min(m, c), n),
    ok,
  };
}
