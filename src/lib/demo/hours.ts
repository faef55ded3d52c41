/**
 * Contract hours, hours actually worked and hours outside work time. They are drawn together
 * (overtime grows with strain and the specialty's load) and then shifted to the target means, so
 * the derived metrics (extra_hours, overtime_total) come out right as well.
 */

import { findItem } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { isNumeric } from '../codebook/types';
import type { Grid, Split } from './calibrate';
import { fitMeans } from './calibrate';
import type { Rng } from './prng';
import type { Person } from './respondents';
import type { Target, WaveTargets } from './targets';

// Typical contracts: fulltime 38–46 h (45–46 with training time), part-time 0.8–0.9 FTE.
const FULLTIME = { 38: 10, 40: 25, 42: 10, 45: 45, 46: 10 };
const PARTTIME = { 32: 25, 36: 45, 38: 10, 40: 20 };
const MISSING_RATE = 0.01;
/** Share of hour answers given in halves. */
const HALF_RATE = 0.12;

interface Draw {
  contract: number;
  extra: number;
  outside: number;
  /** Works exactly the contract and nothing at home: outside the overtime questions' universe. */
  none: boolean;
}

export function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function fillHours(
  codebook: Codebook,
  people: Person[],
  targets: WaveTargets,
  rng: Rng,
): void {
  const ids = ['contract_hours', 'hours_worked', 'outside_hours'] as const;
  const items = ids.map((id) => findItem(codebook, id));
  const grids: Grid[] = [];
  for (const item of items) {
    if (!item || !isNumeric(item)) return; // the generic filler takes over
    const max = Math.min(item.max ?? Infinity, item.top_code ?? Infinity);
    grids.push({ min: item.min ?? 0, max, step: 1 });
  }
  const [contractGrid, workedGrid, outsideGrid] = grids as [Grid, Grid, Grid];

  // Respondents who skip the hours page skip all three questions.
  const inFocus = (p: Person) => p.row.specialty === targets.focus.specialty;
  const skipped = new Set<Person>();
  for (const group of [people.filter(inFocus), people.filter((p) => !inFocus(p))])
    rng
      .shuffle(group)
      .slice(0, Math.round(MISSING_RATE * group.length))
      .forEach((p) => skipped.add(p));
  const answering = people.filter((p) => !skipped.has(p));
  const split: Split<Person> = {
    focus: answering.filter(inFocus),
    rest: answering.filter((p) => !inFocus(p)),
  };

  const draws = new Map<Person, Draw>();
  for (const p of answering) {
    const typical = p.row.fulltime === 'ja' ? FULLTIME : PARTTIME;
    draws.set(p, {
      contract: Number(rng.weighted(typical)) + rng.normal(0, 0.3),
      extra: 4.5 + 2.2 * p.load + 3 * p.strain + rng.normal(0, 3),
      // Right-skewed: most spend a few hours at home, a few a lot.
      outside: 2.8 * Math.exp(0.6 * (0.45 * p.strain + 0.3 * p.load + rng.normal(0, 0.85))) - 1,
      none: rng.bernoulli(p.strain < -0.5 ? 0.14 : 0.05),
    });
  }
  const d = (p: Person) => draws.get(p)!;
  const none = (p: Person) => d(p).none;
  const fit = (
    id: string,
    value: (p: Person) => number,
    grid: Grid,
    fixed?: (p: Person) => boolean,
  ) => {
    const target: Target<number> | undefined = targets.means[id];
    if (target) return fitMeans(split, target, value, grid, fixed);
    return new Map(
      answering.map((p) => [p, Math.max(grid.min, Math.min(grid.max, Math.round(value(p))))]),
    );
  };

  const contract = fit('contract_hours', (p) => d(p).contract, contractGrid);
  const c = (p: Person) => contract.get(p)!;
  const worked = fit('hours_worked', (p) => (none(p) ? c(p) : c(p) + d(p).extra), workedGrid, none);
  const outside = fit('outside_hours', (p) => (none(p) ? 0 : d(p).outside), outsideGrid, none);
  addHalves(worked, split, none, workedGrid, rng);
  addHalves(outside, split, none, outsideGrid, rng);

  for (const p of people) {
    const answered = !skipped.has(p);
    p.row.contract_hours = answered ? formatNumber(c(p)) : '';
    p.row.hours_worked = answered ? formatNumber(worked.get(p)!) : '';
    p.row.outside_hours = answered ? formatNumber(outside.get(p)!) : '';
  }

  // Overtime drives most answers; standardised so the score weights read as SD effects.
  const totals = answering.map((p) => worked.get(p)! - c(p) + outside.get(p)!);
  const mean = totals.reduce((s, x) => s + x, 0) / totals.length;
  const sd = Math.sqrt(totals.reduce((s, x) => s + (x - mean) ** 2, 0) / totals.length) || 1;
  answering.forEach((p, i) => (p.overtime = (totals[i]! - mean) / sd));
}

/**
 * Most people answer in whole hours, some in halves (44.5). Halves are added in +0.5 / −0.5 pairs
 * within a group, so every group's mean stays exactly where it was fitted.
 */
function addHalves(
  values: Map<Person, number>,
  split: Split<Person>,
  fixed: (p: Person) => boolean,
  grid: Grid,
  rng: Rng,
): void {
  for (const group of [split.focus, split.rest]) {
    const open = (p: Person, d: number) => {
      const v = values.get(p)! + d;
      return !fixed(p) && v >= grid.min && v <= grid.max;
    };
    const up = rng.shuffle(group.filter((p) => open(p, 0.5)));
    const down = rng.shuffle(group.filter((p) => open(p, -0.5)));
    const pairs = Math.round((HALF_RATE * group.length) / 2);
    const used = new Set<Person>();
    for (let i = 0, j = 0, k = 0; k < pairs && i < up.length; i++) {
      const a = up[i]!;
      if (used.has(a)) continue;
      while (j < down.length && (used.has(down[j]!) || down[j] === a)) j++;
      const b = down[j];
      if (!b) break;
      values.set(a, values.get(a)! + 0.5);
      values.set(b, values.get(b)! - 0.5);
      used.add(a).add(b);
      k++;
    }
  }
}
