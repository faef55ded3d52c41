/**
 * Every figure of `npm run metrics`, recomputed on a messy wave (helpers/messy-wave.ts: routing
 * noise, merged specialties, groups of 5–15, specialties missing from the population file, partly
 * filled multi-selects, hours with decimals) with the formulas written out here, in plain
 * TypeScript over the generated rows: nothing of the project's statistics, queries or figures is
 * called, only the command itself (src/cli/metrics.ts `main`, on a data directory written here).
 *
 * The rules recomputed, as the README's statistics section states them (issue 16):
 * - who was asked: an item's universe and every universe above it (routing noise counts nowhere);
 * - shares of the valid answers ("weet niet" / n.v.t. and blanks left out and counted), Wilson
 *   95% intervals (z = 1.959964); multi-select options as a share of those who answered the
 *   question (any option filled; a blank option is not chosen); a sensitive item's option at
 *   exactly 0% or 100% of fewer than 20 shown only as "< 5%" / "> 95%";
 * - means with mean ± t(0.975, n − 1)·s/√n; medians of hours (weighted: the smallest value whose
 *   cumulative weight reaches half, the midpoint where it is exactly half);
 * - nothing from fewer than 10 valid answers;
 * - comparisons with the rest (the selection against the rest of the wave, or against its hospital
 *   type's other respondents with that benchmark; a group against the rest of the selection):
 *   the pooled z-test, Fisher's exact test where a cell of the 2×2 table expects fewer than 5,
 *   Welch's t-test; the difference with Newcombe's hybrid score interval or Welch's interval;
 *   "too few to compare" below 10 unweighted answers on either side; Benjamini–Hochberg across the
 *   groups of one chart, flagged where the adjusted p < 0.05;
 * - weights w = N/n per specialty, N including the trainees of merged specialties without
 *   respondents of their own (counted with the nearest code above them that has respondents);
 *   weighted shares and means on Kish's effective n = (Σw)²/Σw², thresholds on unweighted n.
 *
 * Tolerance: counts, flags, tests' names and ranges must be equal; every other number (shares,
 * intervals, means, medians, differences, p) within 1e-9, relative above 1 (hours), absolute
 * below. Sums taken in another order differ by ~1e-13; the figures are printed to 0.1 at most.
 * A mismatch fails the test with a list of the differing figures, by field.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/metrics';
import type { Codebook, Item, Universe } from '../../src/lib/codebook/types';
import { readCodebook } from './helpers/data';
import type { MessyData, Row } from './helpers/messy-wave';
import { NOT_COUNTED, messyData, writeMessyData } from './helpers/messy-wave';

const TOLERANCE = 1e-9;

// ─── Numbers: special functions written out here ────────────────────────────────────────────

/** ln Γ(x), x > 0: Stirling's series at x ≥ 15, shifted down by Γ(x + 1) = x Γ(x). */
function lnGamma(x: number): number {
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const r = 1 / (x * x);
  const series =
    (1 / x) *
    (1 / 12 +
      r * (-1 / 360 + r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 - (r * 691) / 360360)))));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/** Upper regularised incomplete gamma Q(a, x), by series (x < a + 1) or continued fraction. */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 1000 && Math.abs(term) > Math.abs(sum) * 1e-17; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return 1 - sum * front;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-16) break;
  }
  return front * h;
}

/** Two-sided normal p-value P(|Z| ≥ |z|) = erfc(|z|/√2) = Q(½, z²/2). */
const normalP = (z: number) => gammaQ(0.5, (z * z) / 2);

/** Regularised incomplete beta I_x(a, b), by its continued fraction on the converging side. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  const fraction = (a: number, b: number, x: number) => {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    for (let m = 1; m < 5000; m++) {
      const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / (1 + even * d || tiny);
      c = 1 + even / c || tiny;
      h *= d * c;
      const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / (1 + odd * d || tiny);
      c = 1 + odd / c || tiny;
      h *= d * c;
      if (Math.abs(d * c - 1) < 1e-16) break;
    }
    return h;
  };
  return x < (a + 1) / (a + b + 2)
    ? (front * fraction(a, b, x)) / a
    : 1 - (front * fraction(b, a, 1 - x)) / b;
}

/** Two-sided Student t p-value P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½). */
const studentP = (t: number, df: number) => incompleteBeta(df / (df + t * t), df / 2, 0.5);

/** t with P(T ≤ t) = 0.975, by bisection on the two-sided p-value (0.05 at the answer). */
function t975(df: number): number {
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 300 && hi - lo > 1e-14; i++) {
    const mid = (lo + hi) / 2;
    if (studentP(mid, df) > 0.05) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const Z = 1.959964;

/** Wilson score interval of x successes in n (n may be an effective n). */
function wilson(x: number, n: number): [number, number] {
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Fisher's exact test, two-sided as R's fisher.test: the probability of every table (margins
 * fixed) no more likely than the observed one, within a relative 1e-7. The hypergeometric
 * probabilities by their ratio P(x + 1)/P(x), in logs, normalised at the end.
 */
function fisherP(x1: number, n1: number, x2: number, n2: number): number {
  const s = x1 + x2;
  const from = Math.max(0, s - n2);
  const to = Math.min(s, n1);
  const logs = [0];
  for (let x = from; x < to; x++)
    logs.push(logs.at(-1)! + Math.log(((n1 - x) * (s - x)) / ((x + 1) * (n2 - s + x + 1))));
  const top = Math.max(...logs);
  const p = logs.map((l) => Math.exp(l - top));
  const total = p.reduce((a, b) => a + b, 0);
  const observed = p[x1 - from]!;
  const tail = p
    .filter((q) => q <= observed * (1 + 1e-7))
    .sort((a, b) => a - b)
    .reduce((a, b) => a + b, 0);
  return Math.min(1, tail / total);
}

/** Benjamini–Hochberg step-up adjusted p-values; nulls (untested) stay null and do not count. */
function bh(ps: (number | null)[]): (number | null)[] {
  const tested = ps.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p);
  const m = tested.length;
  const out: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let k = m; k >= 1; k--) {
    running = Math.min(running, (m / k) * tested[k - 1]!.p);
    out[tested[k - 1]!.i] = running;
  }
  return out;
}

// ─── The data as the site would read it ─────────────────────────────────────────────────────

interface Person {
  row: Row;
  w: number;
}

/** A coded answer or a blank. */
const code = (p: Person, id: string): string | null => (p.row[id] ? p.row[id]! : null);

/** A number from the file; derived metrics by their formulas, blank when a term is blank. */
function num(p: Person, id: string): number | null {
  const raw = (k: string) => (p.row[k] ? Number(p.row[k]) : null);
  const [hw, ch, oh] = [raw('hours_worked'), raw('contract_hours'), raw('outside_hours')];
  if (id === 'extra_hours') return hw === null || ch === null ? null : hw - ch;
  if (id === 'overtime_total')
    return hw === null || ch === null || oh === null ? null : hw - ch + oh;
  return raw(id);
}

const codebook: Codebook = readCodebook();
const itemOf = (id: string): Item => codebook.items.find((i) => i.id === id)!;

/** Asked: the item's universe holds, and every universe above it. */
function asked(item: Item, p: Person): boolean {
  for (let u: Universe | undefined = item.universe; u; u = itemOf(u.item).universe) {
    if ('in' in u) {
      const c = code(p, u.item);
      if (c === null || !u.in.includes(c)) return false;
    } else {
      const v = num(p, u.item);
      if (v === null || !(v > u.gt)) return false;
    }
  }
  return true;
}

/**
 * Weights of one wave: N/n per specialty, N rolled up from specialties without respondents to the
 * nearest code above them that has some (a cluster, "overig").
 */
function weightsOf(data: MessyData, year: number, rows: Row[]): Map<string, number> {
  const counts = data.population.waves[String(year)]!;
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.specialty!, (n.get(r.specialty!) ?? 0) + 1);
  const specialty = itemOf('specialty');
  const parent = new Map(
    specialty.type === 'dimension' ? specialty.values.map((v) => [v.code, v.parent]) : [],
  );
  const N = new Map<string, number>();
  for (const [c, count] of Object.entries(counts)) {
    let at: string | undefined = c;
    while (at !== undefined && !n.get(at)) at = parent.get(at);
    if (at !== undefined) N.set(at, (N.get(at) ?? 0) + count);
  }
  const w = new Map<string, number>();
  for (const [h, nh] of n) {
    const Nh = N.get(h);
    if (!Nh) throw new Error(`No trainees for ${h}: this wave could not be weighted`);
    w.set(h, Nh / nh);
  }
  return w;
}

// ─── Figures and tests ──────────────────────────────────────────────────────────────────────

interface Expected {
  unit: string;
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  range: 'below' | 'above' | null;
  n: number | null;
  excluded: number | null;
  missing: number | null;
  suppressed: boolean;
  diff_vs_rest: number | null;
  diff_lo: number | null;
  diff_hi: number | null;
  test: string | null;
  p: number | null;
  p_adjusted: number | null;
  significant: boolean | null;
  too_few_to_compare: boolean | null;
}

interface Test {
  diff: number;
  lo: number;
  hi: number;
  p: number;
  test: string;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const nEff = (ws: number[]) => {
  const s2 = sum(ws.map((w) => w * w));
  return s2 > 0 ? sum(ws) ** 2 / s2 : 0;
};

/** One panel kind: the valid answers of a set of people, its figures and its test. */
interface Measure {
  valid: (people: Person[]) => Person[];
  /** measure → [estimate, lo, hi, range] of the valid answers (n ≥ 10), or extra records. */
  figures: (people: Person[]) => { measure: string; value: Omit<Shown, 'measure'> }[];
  measures: string[];
  tested: string | null;
  counts: (people: Person[]) => { n: number; excluded: number; missing: number };
  test: (a: Person[], b: Person[]) => Test | null;
  unit: string;
}

interface Shown {
  measure: string;
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  range: 'below' | 'above' | null;
}

const MIN_N = 10;

/** A share of the valid answers with its Wilson interval on the effective n. */
function share(valid: Person[], hit: (p: Person) => boolean) {
  const ws = valid.map((p) => p.w);
  const estimate = sum(valid.filter(hit).map((p) => p.w)) / sum(ws);
  const n = nEff(ws);
  const [lo, hi] = wilson(estimate * n, n);
  return { estimate, lo, hi, nEff: n };
}

function proportionTest(a: Person[], b: Person[], hit: (p: Person) => boolean): Test | null {
  if (a.length < MIN_N || b.length < MIN_N) return null;
  const A = share(a, hit);
  const B = share(b, hit);
  const [x1, n1, x2, n2] = [A.estimate * A.nEff, A.nEff, B.estimate * B.nEff, B.nEff];
  const diff = A.estimate - B.estimate;
  const lo = diff - Math.sqrt((A.estimate - A.lo) ** 2 + (B.hi - B.estimate) ** 2);
  const hi = diff + Math.sqrt((A.hi - A.estimate) ** 2 + (B.estimate - B.lo) ** 2);
  const pooled = (x1 + x2) / (n1 + n2);
  if (Math.min(n1, n2) * Math.min(pooled, 1 - pooled) < 5) {
    const [r1, m1, r2, m2] = [x1, n1, x2, n2].map(Math.round) as [number, number, number, number];
    return { diff, lo, hi, p: fisherP(r1, m1, r2, m2), test: 'fisher' };
  }
  const z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { diff, lo, hi, p: normalP(z), test: 'z' };
}

/** Weighted mean, variance (n_eff/(n_eff − 1) scaled) and effective n of the valid answers. */
function meanOf(valid: Person[], id: string) {
  const ws = valid.map((p) => p.w);
  const W = sum(ws);
  const mean = sum(valid.map((p) => p.w * num(p, id)!)) / W;
  const n = nEff(ws);
  const second = sum(valid.map((p) => p.w * num(p, id)! ** 2)) / W;
  const variance = Math.max(0, second - mean * mean) * (n / (n - 1));
  return { mean, variance, nEff: n };
}

/**
 * The median: unweighted, the middle value or the mean of the middle two; weighted, the smallest
 * value whose cumulative weight reaches half the total, the midpoint with the next value where it
 * is exactly half (within 1e-12 of the total, for rounding).
 */
function median(valid: Person[], id: string, weighted: boolean): number {
  const xs = valid.map((p) => ({ v: num(p, id)!, w: p.w })).sort((a, b) => a.v - b.v);
  if (!weighted) {
    const k = xs.length;
    return k % 2 === 1 ? xs[(k - 1) / 2]!.v : (xs[k / 2 - 1]!.v + xs[k / 2]!.v) / 2;
  }
  const distinct: { v: number; w: number }[] = [];
  for (const x of xs)
    if (distinct.at(-1)?.v === x.v) distinct.at(-1)!.w += x.w;
    else distinct.push({ ...x });
  const W = sum(distinct.map((d) => d.w));
  let c = 0;
  for (let j = 0; j < distinct.length; j++) {
    c += distinct[j]!.w;
    if (Math.abs(c - W / 2) <= 1e-12 * W && j + 1 < distinct.length)
      return (distinct[j]!.v + distinct[j + 1]!.v) / 2;
    if (c >= W / 2) return distinct[j]!.v;
  }
  return distinct.at(-1)!.v;
}

function measureOf(item: Item, weighted: boolean, marks = false): Measure {
  if (item.type === 'hours' || (item.type === 'rating10' && !marks)) {
    const id = item.id;
    const valid = (people: Person[]) => people.filter((p) => num(p, id) !== null);
    return {
      valid,
      unit: item.type === 'hours' ? 'hours' : 'rating',
      measures: item.type === 'hours' ? ['mean', 'median'] : ['mean'],
      tested: 'mean',
      counts: (people) => ({
        n: valid(people).length,
        excluded: 0,
        missing: people.length - valid(people).length,
      }),
      figures(people) {
        const v = valid(people);
        const m = meanOf(v, id);
        const half = (t975(m.nEff - 1) * Math.sqrt(m.variance)) / Math.sqrt(m.nEff);
        const out: { measure: string; value: Omit<Shown, 'measure'> }[] = [
          {
            measure: 'mean',
            value: { estimate: m.mean, lo: m.mean - half, hi: m.mean + half, range: null },
          },
        ];
        if (item.type === 'hours')
          out.push({
            measure: 'median',
            value: { estimate: median(v, id, weighted), lo: null, hi: null, range: null },
          });
        return out;
      },
      test(a, b) {
        const va = valid(a);
        const vb = valid(b);
        if (va.length < MIN_N || vb.length < MIN_N) return null;
        const A = meanOf(va, id);
        const B = meanOf(vb, id);
        if (!(A.nEff > 1 && B.nEff > 1)) return null;
        const sa = A.variance / A.nEff;
        const sb = B.variance / B.nEff;
        const se2 = sa + sb;
        if (!(se2 > 0)) return null;
        const diff = A.mean - B.mean;
        const df = (se2 * se2) / ((sa * sa) / (A.nEff - 1) + (sb * sb) / (B.nEff - 1));
        const half = t975(df) * Math.sqrt(se2);
        return {
          diff,
          lo: diff - half,
          hi: diff + half,
          p: studentP(diff / Math.sqrt(se2), df),
          test: 'welch',
        };
      },
    };
  }
  if (item.type === 'multi') {
    const columns = item.options.map((o) => `${item.id}_${o.code}`);
    const answered = (p: Person) => columns.some((c) => p.row[c] !== '');
    const valid = (people: Person[]) => people.filter(answered);
    return {
      valid,
      unit: 'proportion',
      measures: item.options.map((o) => `option:${o.code}`),
      tested: null,
      counts: (people) => ({
        n: valid(people).length,
        excluded: 0,
        missing: people.length - valid(people).length,
      }),
      figures(people) {
        const v = valid(people);
        return item.options.map((o, k) => {
          const chose = (p: Person) => p.row[columns[k]!] === '1';
          const s = share(v, chose);
          const chosen = v.filter(chose).length;
          // An exact 0% or 100% of a sensitive option under 20 answers: only a range.
          if (item.sensitive && v.length < 20 && (chosen === 0 || chosen === v.length))
            return {
              measure: `option:${o.code}`,
              value:
                chosen === 0
                  ? { estimate: null, lo: 0, hi: 0.05, range: 'below' as const }
                  : { estimate: null, lo: 0.95, hi: 1, range: 'above' as const },
            };
          return {
            measure: `option:${o.code}`,
            value: { estimate: s.estimate, lo: s.lo, hi: s.hi, range: null },
          };
        });
      },
      test: () => null,
    };
  }
  // Coded: a 1–10 rating's marks are the codes "1" … "10".
  const values =
    item.type === 'rating10'
      ? Array.from({ length: 10 }, (_, i) => ({ code: String(i + 1), excluded: false }))
      : 'values' in item
        ? item.values.map((v) => ({ code: v.code, excluded: v.excluded === true }))
        : [];
  const answer = (p: Person) =>
    item.type === 'rating10'
      ? num(p, item.id) === null
        ? null
        : String(Math.round(num(p, item.id)!))
      : code(p, item.id);
  const excludedCodes = values.filter((v) => v.excluded).map((v) => v.code);
  const isValid = (p: Person) => answer(p) !== null && !excludedCodes.includes(answer(p)!);
  const valid = (people: Person[]) => people.filter(isValid);
  const headline =
    item.type === 'rating10' ? undefined : (item as { headline?: { codes: string[] } }).headline;
  const inHeadline = (p: Person) => headline!.codes.includes(answer(p)!);
  return {
    valid,
    unit: 'proportion',
    measures: [
      ...(headline ? ['headline'] : []),
      ...values.filter((v) => !v.excluded).map((v) => `code:${v.code}`),
    ],
    tested: headline ? 'headline' : null,
    counts: (people) => ({
      n: valid(people).length,
      excluded: people.filter((p) => answer(p) !== null && excludedCodes.includes(answer(p)!))
        .length,
      missing: people.filter((p) => answer(p) === null).length,
    }),
    figures(people) {
      const v = valid(people);
      const out: { measure: string; value: Omit<Shown, 'measure'> }[] = [];
      if (headline) {
        const s = share(v, inHeadline);
        out.push({ measure: 'headline', value: { ...s, range: null } });
      }
      for (const c of values.filter((x) => !x.excluded)) {
        const s = share(v, (p) => answer(p) === c.code);
        out.push({
          measure: `code:${c.code}`,
          value: { estimate: s.estimate, lo: s.lo, hi: s.hi, range: null },
        });
      }
      return out;
    },
    test: (a, b) => (headline ? proportionTest(valid(a), valid(b), inHeadline) : null),
  };
}

const UNTESTED = {
  diff_vs_rest: null,
  diff_lo: null,
  diff_hi: null,
  test: null,
  p: null,
  p_adjusted: null,
  significant: null,
  too_few_to_compare: null,
};

interface View {
  name: string;
  wave?: number;
  filters?: Record<string, string>;
  compare?: string;
  benchmark?: 'all' | 'rest' | 'hospital_type';
  weighted?: boolean;
}

function argsOf(view: View): string[] {
  return [
    ...(view.wave ? ['--wave', String(view.wave)] : []),
    ...Object.entries(view.filters ?? {}).flatMap(([k, v]) => ['--filter', `${k}=${v}`]),
    ...(view.compare ? ['--compare', view.compare] : []),
    ...(view.benchmark ? ['--benchmark', view.benchmark] : []),
    ...(view.weighted ? ['--weighted'] : []),
  ];
}

const keyOf = (topic: string, item: string, measure: string, row: string, group: string | null) =>
  `${topic} | ${item} | ${measure} | ${row}${row === 'group' ? ` ${group ?? '(blank)'}` : ''}`;

/** Every record the view should print, by key. */
function expectedRecords(data: MessyData, view: View): Map<string, Expected> {
  const year = view.wave ?? Math.max(...codebook.waves.map((w) => w.year));
  const rows = data.waves.find((w) => w.year === year)!.rows;
  const weights = view.weighted ? weightsOf(data, year, rows) : null;
  const wave: Person[] = rows.map((row) => ({
    row,
    w: weights ? weights.get(row.specialty!)! : 1,
  }));
  const filters = Object.entries(view.filters ?? {});
  const inSelection = (p: Person) => filters.every(([k, v]) => code(p, k) === v);
  const filtered = filters.length > 0;
  const benchmark = view.benchmark ?? 'all';

  const out = new Map<string, Expected>();
  for (const topic of codebook.topics)
    for (const item of codebook.items.filter((i) => i.topic === topic.id)) {
      const panels = [measureOf(item, view.weighted === true)];
      if (item.type === 'rating10') panels.push(measureOf(item, view.weighted === true, true));
      for (const m of panels) {
        const universe = wave.filter((p) => asked(item, p));
        const own = universe.filter(inSelection);
        const others = universe.filter((p) => !inSelection(p));
        const hospital = view.filters?.hospital_type;
        const peers =
          benchmark === 'hospital_type' && hospital && filters.length > 1
            ? others.filter((p) => code(p, 'hospital_type') === hospital)
            : null;
        const bench = !filtered
          ? null
          : benchmark === 'all'
            ? universe
            : benchmark === 'rest'
              ? others
              : peers;

        const rowsOfPanel: {
          kind: string;
          group: string | null;
          people: Person[];
          comparison?: Test | null | 'pending';
          against?: Person[];
        }[] = [];
        const shown = (people: Person[]) => m.valid(people).length >= MIN_N;
        rowsOfPanel.push({
          kind: 'selection',
          group: null,
          people: own,
          ...(filtered ? { comparison: shown(own) ? m.test(own, peers ?? others) : null } : {}),
        });
        if (view.compare) {
          const dim = itemOf(view.compare);
          const codes: (string | null)[] =
            dim.type === 'dimension' ? dim.values.map((v) => v.code) : [];
          if (universe.some((p) => code(p, view.compare!) === null)) codes.push(null);
          const groups = codes.map((c) => {
            const people = own.filter((p) => code(p, view.compare!) === c);
            const rest = own.filter((p) => code(p, view.compare!) !== c);
            return { c, people, test: shown(people) ? m.test(people, rest) : null };
          });
          const adjusted = bh(groups.map((g) => g.test?.p ?? null));
          groups.forEach((g, i) =>
            rowsOfPanel.push({
              kind: 'group',
              group: g.c,
              people: g.people,
              comparison: g.test ? { ...g.test, p_adjusted: adjusted[i]! } : null,
            } as (typeof rowsOfPanel)[number]),
          );
        }
        if (bench) rowsOfPanel.push({ kind: 'benchmark', group: null, people: bench });

        for (const r of rowsOfPanel) {
          const counts = m.counts(r.people);
          const suppressed = counts.n < MIN_N;
          const tested = (measure: string) => {
            if (measure !== m.tested || r.comparison === undefined) return UNTESTED;
            const c = r.comparison as (Test & { p_adjusted?: number }) | null;
            if (c === null || suppressed) return { ...UNTESTED, too_few_to_compare: true };
            const pAdjusted = c.p_adjusted ?? c.p;
            return {
              diff_vs_rest: c.diff,
              diff_lo: c.lo,
              diff_hi: c.hi,
              test: c.test,
              p: c.p,
              p_adjusted: pAdjusted,
              significant: pAdjusted < 0.05,
              too_few_to_compare: false,
            };
          };
          const figures = suppressed ? [] : m.figures(r.people);
          for (const measure of m.measures) {
            const f = figures.find((x) => x.measure === measure)?.value;
            out.set(keyOf(topic.id, item.id, measure, r.kind, r.group), {
              unit: m.unit,
              estimate: f?.estimate ?? null,
              lo: f?.lo ?? null,
              hi: f?.hi ?? null,
              range: f?.range ?? null,
              n: suppressed ? null : counts.n,
              excluded: suppressed ? null : counts.excluded,
              missing: suppressed ? null : counts.missing,
              suppressed,
              ...tested(measure),
            });
          }
        }
      }
    }
  return out;
}

// ─── The command, on the messy data ─────────────────────────────────────────────────────────

type Printed = Expected & {
  topic: string;
  item: string;
  measure: string;
  row: string;
  group: string | null;
};

let dir: string;
let data: MessyData;
beforeAll(() => {
  data = messyData(codebook);
  dir = mkdtempSync(path.join(tmpdir(), 'messy-metrics-'));
  writeMessyData(dir, codebook, data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function printed(view: View): Promise<Printed[]> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main([...argsOf(view), '--format', 'json'], io, dir);
  expect(code, stderr).toBe(0);
  const output = JSON.parse(stdout) as { weighted: boolean; records: Printed[] };
  expect(output.weighted).toBe(view.weighted === true);
  return output.records;
}

const NUMBERS = [
  'estimate',
  'lo',
  'hi',
  'diff_vs_rest',
  'diff_lo',
  'diff_hi',
  'p',
  'p_adjusted',
] as const;
const EXACT = [
  'unit',
  'range',
  'n',
  'excluded',
  'missing',
  'suppressed',
  'test',
  'significant',
  'too_few_to_compare',
] as const;

/** Every difference between the printed and the recomputed records, one line each. */
function differences(view: View, records: Printed[]): string[] {
  const expected = expectedRecords(data, view);
  const found = new Map(
    records.map((r) => [keyOf(r.topic, r.item, r.measure, r.row, r.group), r] as const),
  );
  const lines: string[] = [];
  for (const key of found.keys())
    if (!expected.has(key)) lines.push(`${key}: printed, but no such figure`);
  for (const [key, e] of expected) {
    const r = found.get(key);
    if (!r) {
      lines.push(`${key}: missing`);
      continue;
    }
    for (const f of EXACT)
      if (r[f] !== e[f]) lines.push(`${key}: ${f} ${String(r[f])}, recomputed ${String(e[f])}`);
    for (const f of NUMBERS) {
      const [a, b] = [r[f], e[f]];
      const same =
        a === b ||
        (typeof a === 'number' &&
          typeof b === 'number' &&
          Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b)));
      if (!same) lines.push(`${key}: ${f} ${String(a)}, recomputed ${String(b)}`);
    }
  }
  return lines;
}

/** The differences counted by field and measure, then the first of them. */
function report(lines: string[]): string {
  const tally = new Map<string, number>();
  for (const l of lines) {
    const field = /: (\w+) /.exec(l)?.[1] ?? l.replace(/^.*: /, '');
    const measure = l.split(' | ')[2]?.replace(/:.*/, '') ?? '';
    const k = `${field} (${measure})`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  return [
    `${lines.length} differences:`,
    ...[...tally].map(([k, n]) => `  ${k}: ${n}`),
    ...lines.slice(0, 40),
  ].join('\n');
}

const VIEWS: View[] = [
  { name: 'all respondents, newest wave' },
  { name: 'the older wave by training year (blank group)', wave: 2022, compare: 'training_year' },
  {
    name: 'UMC by specialty, benchmark the rest',
    filters: { hospital_type: 'umc' },
    compare: 'specialty',
    benchmark: 'rest',
  },
  {
    name: 'internal medicine at UMCs by gender, benchmark the same hospital type',
    filters: { specialty: 'interne_geneeskunde', hospital_type: 'umc' },
    compare: 'gender',
    benchmark: 'hospital_type',
  },
  {
    name: 'weighted: aios by hospital type, benchmark all',
    filters: { role: 'aios' },
    compare: 'hospital_type',
    benchmark: 'all',
    weighted: true,
  },
  {
    name: 'weighted: women by specialty, benchmark the rest',
    filters: { gender: 'vrouw' },
    compare: 'specialty',
    benchmark: 'rest',
    weighted: true,
  },
];

describe('the messy wave', () => {
  it('has what real data has: routing noise, merged codes, small groups, blanks, decimals', () => {
    const wave = data.waves.find((w) => w.year === 2024)!;
    const rows = wave.rows;
    const count = (f: (r: Row) => boolean) => rows.filter(f).length;
    // Answers from people who were not asked, at each step of a chain of two conditions.
    expect(
      count((r) => r.quitting_discussed !== '' && r.considered_quitting !== 'ja'),
    ).toBeGreaterThan(5);
    expect(
      count(
        (r) =>
          r.quitting_discussed === 'nee' &&
          r.considered_quitting !== 'ja' &&
          r.not_discussed_reason_fear !== '',
      ),
    ).toBeGreaterThan(2);
    expect(count((r) => r.burnout !== 'ja' && r.burnout_cause_wlb !== '')).toBeGreaterThan(5);
    // Merged specialties and training years, coded as the release codes them.
    for (const merged of ['overig_snijdend', 'overig_beschouwend', 'overig_diagnostisch', 'overig'])
      expect(count((r) => r.specialty === merged)).toBeGreaterThan(4);
    expect(count((r) => r.training_year === 'j1_4')).toBeGreaterThan(5);
    // Groups of 5–15.
    const sizes = new Map<string, number>();
    for (const r of rows) sizes.set(r.specialty!, (sizes.get(r.specialty!) ?? 0) + 1);
    expect([...sizes.values()].filter((n) => n >= 5 && n <= 15).length).toBeGreaterThan(10);
    // Partly filled multi-selects: some options blank, others filled.
    const options = ['calls', 'no_break', 'shift_length', 'admin', 'supervision', 'other'];
    const partly = count((r) => {
      const blanks = options.filter((o) => r[`heavy_day_${o}`] === '').length;
      return blanks > 0 && blanks < options.length;
    });
    expect(partly).toBeGreaterThan(10);
    // Hours with decimals.
    expect(count((r) => /\.\d/.test(r.hours_worked ?? ''))).toBeGreaterThan(50);
    // Specialties missing from the population file: the clusters, and one without respondents.
    const counted = Object.keys(data.population.waves['2024']!);
    expect(counted).not.toContain('overig_snijdend');
    expect(counted).not.toContain(NOT_COUNTED);
    expect(count((r) => r.specialty === NOT_COUNTED)).toBe(0);
  });

  it('is the same wave for the same seed', () => {
    expect(messyData(codebook).waves[0]!.csv).toBe(data.waves[0]!.csv);
    expect(messyData(codebook, 17).waves[0]!.csv).not.toBe(data.waves[0]!.csv);
  });
});

describe('npm run metrics on the messy wave, recomputed from the formulas', () => {
  const seen: { view: View; records: Printed[] }[] = [];
  for (const view of VIEWS)
    it(`prints every figure as recomputed: ${view.name}`, { timeout: 180_000 }, async () => {
      const records = await printed(view);
      seen.push({ view, records });
      const lines = differences(view, records);
      expect(lines.length, report(lines)).toBe(0);
    });

  it('has recomputed every rule at least once (the views above cover them all)', () => {
    expect(seen).toHaveLength(VIEWS.length);
    const all = seen.flatMap(({ view, records }) =>
      records.map((r) => ({ ...r, weighted: view.weighted === true })),
    );
    const count = (f: (r: (typeof all)[number]) => boolean) => all.filter(f).length;
    for (const weighted of [false, true]) {
      const of = (f: (r: (typeof all)[number]) => boolean) =>
        count((r) => r.weighted === weighted && f(r));
      expect(
        of((r) => r.test === 'z'),
        `z-tests, weighted ${weighted}`,
      ).toBeGreaterThan(10);
      expect(
        of((r) => r.test === 'fisher'),
        `exact tests, weighted ${weighted}`,
      ).toBeGreaterThan(0);
      expect(
        of((r) => r.test === 'welch'),
        `Welch tests, weighted ${weighted}`,
      ).toBeGreaterThan(5);
      expect(of((r) => r.too_few_to_compare === true)).toBeGreaterThan(0);
      expect(of((r) => r.suppressed)).toBeGreaterThan(0);
      expect(of((r) => r.significant === true)).toBeGreaterThan(0);
      // Benjamini–Hochberg over more than one group.
      expect(of((r) => r.p !== null && r.p_adjusted! > r.p)).toBeGreaterThan(0);
      // Medians of "the rest", weighted and not.
      expect(
        of((r) => r.measure === 'median' && r.row === 'benchmark' && r.estimate !== null),
      ).toBeGreaterThan(0);
    }
    expect(count((r) => r.range !== null)).toBeGreaterThan(0);
    expect(count((r) => r.row === 'group' && r.group === null)).toBeGreaterThan(0);
  });
});
