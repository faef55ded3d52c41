/**
 * Every comparison of a chart is tested — Fisher's exact test where the z-test's expected counts
 * are too small, instead of "too few to compare" — so its Benjamini–Hochberg family is every group
 * tested; and every comparison states its difference with a 95% interval, on screen, in the CSV
 * export and in the metrics output (issue 16, points 2 and 3). On a small hand-made data set whose
 * right answers are computed here from the formulas, not from the project's output.
 */
import { describe, expect, it } from 'vitest';
import { describeComparison } from '../../src/app/comparison';
import { getItem } from '../../src/lib/codebook/columns';
import type { CodedItem } from '../../src/lib/codebook/types';
import { aggregateTable } from '../../src/lib/export/csv';
import type { Panel, PanelRow } from '../../src/lib/figures/panel';
import { itemPanel } from '../../src/lib/figures/panel';
import { panelRecords } from '../../src/lib/metrics/records';
import type { Aggregates, CodeCount } from '../../src/lib/query/aggregates';
import type { Selection, Split } from '../../src/lib/query/selection';
import { normalTwoSidedP } from '../../src/lib/stats/normal';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();

interface Person {
  specialty: string;
  hospital_type: string;
  burnout: 'ja' | 'nee';
}

const people = (specialty: string, hospital: string, yes: number, no: number): Person[] => [
  ...Array.from({ length: yes }, (): Person => ({
    specialty,
    hospital_type: hospital,
    burnout: 'ja',
  })),
  ...Array.from({ length: no }, (): Person => ({
    specialty,
    hospital_type: hospital,
    burnout: 'nee',
  })),
];

/**
 * Radiology by hospital type: two groups large enough for the z-test, one of 12 with no "yes"
 * (expected "yes" count 12 · 37/128 = 3.5 < 5: Fisher's exact test), one of 6 (not shown, so not
 * tested); and another specialty for the rest of the wave.
 */
const DATA: Person[] = [
  ...people('radiologie', 'umc', 24, 36),
  ...people('radiologie', 'stz', 10, 40),
  ...people('radiologie', 'algemeen', 0, 12),
  ...people('radiologie', 'categoraal', 3, 3),
  ...people('cardiologie', 'umc', 30, 70),
];

/** The aggregates the panel asks for, counted from DATA in memory (every weight 1). */
function source(data: readonly Person[]): Aggregates {
  const field = (p: Person, id: string) => p[id as keyof Person];
  return {
    async codeCounts(itemId: string, selection: Selection, by?: Split): Promise<CodeCount[]> {
      if (Array.isArray(by)) throw new Error('no two-way splits here');
      const chosen = data.filter((p) =>
        Object.entries(selection.filters).every(
          ([dim, codes]) => !codes || codes.length === 0 || codes.includes(field(p, dim)),
        ),
      );
      const counts = new Map<string, CodeCount>();
      for (const p of chosen) {
        const group = typeof by === 'string' ? field(p, by) : null;
        const code = field(p, itemId);
        const key = `${group}|${code}`;
        const c = counts.get(key) ?? { group, code, n: 0, sw: 0, sw2: 0 };
        counts.set(key, { ...c, n: c.n + 1, sw: c.sw + 1, sw2: c.sw2 + 1 });
      }
      return [...counts.values()];
    },
    moments: () => Promise.reject(new Error('only burnout here')),
    optionCounts: () => Promise.reject(new Error('only burnout here')),
  };
}

/** C(n, k) as a double: exact enough for the n ≤ 130 of this data set. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** Fisher's two-sided p by enumerating the hypergeometric distribution of x1 given the margins. */
function fisherHere(x1: number, n1: number, x2: number, n2: number): number {
  const s = x1 + x2;
  const probability = (x: number) => (choose(n1, x) * choose(n2, s - x)) / choose(n1 + n2, s);
  const observed = probability(x1);
  let p = 0;
  for (let x = Math.max(0, s - n2); x <= Math.min(s, n1); x++)
    if (probability(x) <= observed * (1 + 1e-7)) p += probability(x);
  return p;
}

/** Pooled two-proportion z-test. */
function zHere(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return normalTwoSidedP(z);
}

/** Newcombe's hybrid score interval (method 10) from Wilson intervals, written out again. */
function newcombeHere(x1: number, n1: number, x2: number, n2: number): [number, number] {
  const z = 1.959964;
  const wilson = (x: number, n: number) => {
    const p = x / n;
    const root = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
    return [
      (2 * n * p + z * z - root) / (2 * (n + z * z)),
      (2 * n * p + z * z + root) / (2 * (n + z * z)),
    ];
  };
  const [l1, u1] = wilson(x1, n1) as [number, number];
  const [l2, u2] = wilson(x2, n2) as [number, number];
  const d = x1 / n1 - x2 / n2;
  return [d - Math.hypot(x1 / n1 - l1, u2 - x2 / n2), d + Math.hypot(u1 - x1 / n1, x2 / n2 - l2)];
}

/** Benjamini–Hochberg step-up adjustment of m p-values, written out again. */
function bhHere(ps: number[]): number[] {
  const m = ps.length;
  return ps.map((p) => {
    // adjusted p_i = min over j with p_j ≥ p_i of m·p_j / rank(p_j), capped at 1.
    const candidates = ps
      .filter((q) => q >= p)
      .map((q) => (m * q) / ps.filter((r) => r <= q).length);
    return Math.min(1, ...candidates);
  });
}

const radiology: Selection = { wave: 2024, filters: { specialty: ['radiologie'] } };

async function burnoutByHospitalType(): Promise<Panel> {
  return itemPanel(source(DATA), codebook, 'burnout', radiology, {
    compare: 'hospital_type',
    benchmark: 'all',
  });
}

const groupRow = (panel: Panel, code: string) =>
  (panel.rows as PanelRow[]).find((r) => r.kind === 'group' && r.group === code)!;

/** Each group of radiology against the rest of radiology: yes and n of both sides. */
const SIDES: Record<'umc' | 'stz' | 'algemeen', [number, number, number, number]> = {
  umc: [24, 60, 13, 68],
  stz: [10, 50, 27, 78],
  algemeen: [0, 12, 37, 116],
};

describe('the exact test and the Benjamini–Hochberg family', () => {
  it('tests a group with small expected counts exactly, instead of "too few to compare"', async () => {
    const c = groupRow(await burnoutByHospitalType(), 'algemeen').comparison!;
    expect(c).not.toBeNull();
    expect(c.method).toBe('fisher');
    expect(c.p).toBeCloseTo(fisherHere(0, 12, 37, 116), 12);
    expect(c.diff).toBeCloseTo(0 - 37 / 116, 12);
  });

  it('keeps the z-test where every expected count is 5 or more', async () => {
    const panel = await burnoutByHospitalType();
    for (const code of ['umc', 'stz'] as const) {
      const c = groupRow(panel, code).comparison!;
      expect(c.method).toBe('z');
      expect(c.p).toBeCloseTo(zHere(...SIDES[code]), 12);
    }
  });

  it('adjusts across every group that was tested: m = 3, not the 2 of the z-tests', async () => {
    const panel = await burnoutByHospitalType();
    const tested = (['umc', 'stz', 'algemeen'] as const).map((code) => groupRow(panel, code));
    // The group of 6 is not shown, so not tested, and not in the family.
    expect(groupRow(panel, 'categoraal').comparison).toBeNull();
    const groups = (panel.rows as PanelRow[]).filter((r) => r.kind === 'group');
    expect(groups.filter((r) => r.comparison).length).toBe(3);
    const ps = [zHere(...SIDES.umc), zHere(...SIDES.stz), fisherHere(...SIDES.algemeen)];
    const adjusted = bhHere(ps);
    tested.forEach((row, i) => expect(row.comparison!.pAdjusted).toBeCloseTo(adjusted[i]!, 12));
  });
});

describe('the size of every difference with its 95% interval', () => {
  it('attaches Newcombe’s interval to each comparison of shares', async () => {
    const panel = await burnoutByHospitalType();
    for (const code of ['umc', 'stz', 'algemeen'] as const) {
      const c = groupRow(panel, code).comparison!;
      const [lo, hi] = newcombeHere(...SIDES[code]);
      expect(c.lo).toBeCloseTo(lo, 12);
      expect(c.hi).toBeCloseTo(hi, 12);
    }
  });

  it('says it on screen: "-31,9 procentpunt (95%-BI -40,8 tot -6,4)"', async () => {
    const panel = await burnoutByHospitalType();
    const item = getItem(codebook, 'burnout') as CodedItem;
    const row = groupRow(panel, 'algemeen');
    const [lo, hi] = newcombeHere(...SIDES.algemeen);
    const points = (x: number) => (x * 100).toFixed(1);
    const diff = points(-37 / 116);
    const en = describeComparison(row, item, 'en', 'points')!.text;
    expect(en.startsWith(`${diff} points (95% CI ${points(lo)} to ${points(hi)}), `)).toBe(true);
    const nl = describeComparison(row, item, 'nl', 'points')!.text;
    const comma = (s: string) => s.replace('.', ',');
    expect(
      nl.startsWith(
        `${comma(diff)} procentpunt (95%-BI ${comma(points(lo))} tot ${comma(points(hi))}), `,
      ),
    ).toBe(true);
  });

  it('carries it in the CSV export, in points', async () => {
    const panel = await burnoutByHospitalType();
    const table = aggregateTable(panel, (row) => row.group ?? row.kind, 'en');
    const at = (name: string) => table.columns.indexOf(name);
    const line = table.rows.find((r) => r[0] === 'algemeen')!;
    const [lo, hi] = newcombeHere(...SIDES.algemeen);
    expect(line[at('Difference from the rest')]).toBe((-3700 / 116).toFixed(1));
    expect(line[at('Difference 95% CI lower')]).toBe((lo * 100).toFixed(1));
    expect(line[at('Difference 95% CI upper')]).toBe((hi * 100).toFixed(1));
  });

  it('carries it in the metrics output, with the test that gave p', async () => {
    const panel = await burnoutByHospitalType();
    const records = panelRecords('burnout', [panel], (row) => row.group ?? row.kind);
    for (const code of ['umc', 'stz', 'algemeen'] as const) {
      const record = records.find((r) => r.group === code && r.measure === 'headline')!;
      const [x1, n1, x2, n2] = SIDES[code];
      const [lo, hi] = newcombeHere(x1, n1, x2, n2);
      expect(record.diff_vs_rest).toBeCloseTo(x1 / n1 - x2 / n2, 12);
      expect(record.diff_lo).toBeCloseTo(lo, 12);
      expect(record.diff_hi).toBeCloseTo(hi, 12);
      expect(record.test).toBe(code === 'algemeen' ? 'fisher' : 'z');
      expect(record.too_few_to_compare).toBe(false);
    }
  });
});
