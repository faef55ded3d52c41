/**
 * Exact calibration. Answers are not drawn independently: a group gets exact answer counts
 * (quota = share × valid n, rounded) which are dealt out by ranking the respondents on a score
 * (latent traits plus noise). The marginals are then exact whatever the seed, and the
 * correlations live in the scores. Numeric answers are shifted as a whole to hit a mean exactly.
 */

import type { Shares, Target } from './targets';

/** The focus specialty and everybody else, each restricted to an item's universe. */
export interface Split<T> {
  focus: T[];
  rest: T[];
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Target shares in the given code order, normalised to fractions (unlisted codes get 0). */
export function sharesIn(order: readonly string[], shares: Shares): number[] {
  const raw = order.map((code) => shares[code] ?? 0);
  const total = sum(raw);
  return raw.map((s) => (total > 0 ? s / total : 1 / order.length));
}

/**
 * Counts per category whose running totals are each round(cumulative share × n). Rounding the
 * running totals, not each category, keeps every contiguous block of codes (top-2, "3 to 5",
 * bottom-2) within half an answer of its target, which is how headlines are read.
 */
export function quotaCounts(shares: readonly number[], n: number): number[] {
  let cum = 0;
  let prev = 0;
  return shares.map((s) => {
    cum += s;
    const c = Math.min(n, Math.round(cum * n + 1e-9));
    const count = c - prev;
    prev = c;
    return count;
  });
}

/** The rest's counts, so that focus + rest together hit the all-respondents shares. */
export function restCounts(allShares: readonly number[], focus: readonly number[], restN: number) {
  const all = quotaCounts(allShares, sum(focus) + restN);
  let allCum = 0;
  let focusCum = 0;
  let prev = 0;
  return all.map((a, j) => {
    allCum += a;
    focusCum += focus[j] ?? 0;
    const c = j === all.length - 1 ? restN : Math.min(restN, Math.max(prev, allCum - focusCum));
    const count = c - prev;
    prev = c;
    return count;
  });
}

/** Worst distance (as a fraction) between counts and shares, per code and per running total. */
export function shareError(counts: readonly number[], shares: readonly number[]): number {
  const n = sum(counts);
  if (n === 0) return Infinity;
  let worst = 0;
  let cumCount = 0;
  let cumShare = 0;
  counts.forEach((c, j) => {
    cumCount += c;
    cumShare += shares[j] ?? 0;
    worst = Math.max(worst, Math.abs(c / n - (shares[j] ?? 0)), Math.abs(cumCount / n - cumShare));
  });
  return worst;
}

export interface NonValid {
  /** Respondents giving the item's excluded answer ("weet niet", "nvt"). */
  excluded: number;
  /** Respondents skipping the question (''). */
  missing: number;
}

const MISSING_RATE = 0.01;

export function defaultNonValid(n: number, excludedRate: number): NonValid {
  return { excluded: Math.round(excludedRate * n), missing: Math.round(MISSING_RATE * n) };
}

/**
 * In a group of ~130, one answer moves a share by ~0.8 points, so plain rounding can land a
 * figure near the edge of its ±1 tolerance. Choosing how many skip the question or say "weet
 * niet" (within realistic rates) lets the valid n be one whose quota lands near the middle.
 */
export function tunedNonValid(
  n: number,
  excludedRate: number,
  error: (valid: number) => number,
): NonValid {
  const d = defaultNonValid(n, excludedRate);
  const candidates: NonValid[] = [];
  const [eLo, eHi] = excludedRate > 0 ? [Math.max(0, d.excluded - 2), d.excluded + 2] : [0, 0];
  for (let excluded = eLo; excluded <= eHi; excluded++)
    for (let missing = 0; missing <= Math.ceil(0.02 * n); missing++)
      if (excluded + missing < n) candidates.push({ excluded, missing });
  const distance = (c: NonValid) =>
    Math.abs(c.excluded - d.excluded) + Math.abs(c.missing - d.missing);
  candidates.sort((a, b) => distance(a) - distance(b));
  let best = d;
  let bestError = Infinity;
  for (const c of candidates) {
    const e = error(n - c.excluded - c.missing);
    if (e < bestError - 1e-9) [best, bestError] = [c, e];
  }
  return best;
}

/** Deals `counts[j]` answers `order[j]` out over `members`, lowest scores first. */
export function assignByRank<T>(
  members: readonly T[],
  order: readonly string[],
  counts: readonly number[],
  score: (member: T) => number,
  set: (member: T, code: string) => void,
): void {
  const ranked = members.map((m) => ({ m, s: score(m) })).sort((a, b) => a.s - b.s);
  let i = 0;
  counts.forEach((count, j) => {
    for (let k = 0; k < count; k++) set(ranked[i++]!.m, order[j]!);
  });
}

export interface Grid {
  min: number;
  max: number;
  /** Answers are multiples of this (1 for marks and hours; hours get their halves afterwards). */
  step: number;
}

/**
 * Shifts the (non-fixed) values by one common amount, rounded to the grid and clamped, so that
 * their sum is the target: the distribution's shape and the order of respondents survive, the
 * mean becomes exact. A few values next to a rounding boundary take up the last steps.
 */
function fitSum(
  values: readonly number[],
  fixed: readonly boolean[],
  target: number,
  grid: Grid,
): number[] {
  const { min, max, step } = grid;
  const q = (v: number) => Math.min(max, Math.max(min, Math.round(v / step) * step));
  const at = (shift: number) => values.map((v, i) => (fixed[i] ? q(v) : q(v + shift)));
  const goal = Math.round(target / step) * step;
  let lo = -200;
  let hi = 200;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) >= goal) hi = mid;
    else lo = mid;
  }
  const out = at(hi);
  let steps = Math.round((goal - sum(out)) / step);
  const dir = Math.sign(steps);
  if (dir !== 0) {
    // Values whose shifted position is nearest the rounding boundary in that direction move first.
    const gap = (i: number) => {
      const x = (values[i]! + hi) / step;
      return dir > 0 ? Math.round(x) + 0.5 - x : x - (Math.round(x) - 0.5);
    };
    const movable = values
      .map((_, i) => i)
      .filter((i) => !fixed[i] && out[i]! + dir * step <= max && out[i]! + dir * step >= min)
      .sort((a, b) => gap(a) - gap(b));
    for (const i of movable) {
      if (steps === 0) break;
      out[i] = out[i]! + dir * step;
      steps -= dir;
    }
  }
  return out;
}

/** Fits focus to its mean, then the rest so that all respondents together hit theirs. */
export function fitMeans<T>(
  split: Split<T>,
  target: Target<number>,
  value: (member: T) => number,
  grid: Grid,
  fixed: (member: T) => boolean = () => false,
): Map<T, number> {
  const out = new Map<T, number>();
  const fit = (members: T[], total: number) => {
    const fitted = fitSum(members.map(value), members.map(fixed), total, grid);
    members.forEach((m, i) => out.set(m, fitted[i]!));
    return sum(fitted);
  };
  const n = split.focus.length + split.rest.length;
  if (target.focus === undefined) fit([...split.focus, ...split.rest], target.all * n);
  else {
    const focusSum = fit(split.focus, target.focus * split.focus.length);
    fit(split.rest, target.all * n - focusSum);
  }
  return out;
}
