import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/lib/db/engine';
import type { Crosstab, CrosstabRow } from '../../src/lib/figures/crosstab';
import { checkSpec, crosstab } from '../../src/lib/figures/crosstab';
import { extendHidden, hiddenInSplit, suppressTable } from '../../src/lib/privacy/complementary';
import { wilson } from '../../src/lib/stats/wilson';
import { engineWithWaves, readCodebook } from './helpers/data';

const codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

const everyone = { wave: 2024, filters: {} };

async function count(where: string, params: (string | number)[] = []): Promise<number> {
  const [row] = await engine.query(
    `SELECT count(*) AS n FROM responses WHERE wave = 2024 AND ${where}`,
    params,
  );
  return Number(row!.n);
}

const rowOf = (table: Crosstab, key: string) => table.rows.find((r) => r.key === key)!;
const partOf = (parts: CrosstabRow['row'], code: string) => parts.find((p) => p.code === code)!;

/**
 * D6 on every split of the table: no hidden cell, or ≥ 2 holding ≥ 10 answers together, or all
 * of them (the split's margin is then under 10 itself, and hidden wherever it is shown).
 */
function expectNoSingleHidden(rows: CrosstabRow[], trueN: Map<string, number>) {
  const hidden = rows.filter((r) => r.hidden);
  // Hidden rows carry no count: their true n comes from the database.
  const held = hidden.reduce((s, r) => s + (trueN.get(r.key) ?? 0), 0);
  if (held > 0 && hidden.length < rows.length) {
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(held).toBeGreaterThanOrEqual(10);
  }
}

describe('extendHidden and suppressTable', () => {
  it('is hiddenInSplit when it starts from the cells under 10', () => {
    const splits = [
      [40, 25, 4, 0],
      [12, 3, 30],
      [100, 50, 20],
      [9, 9, 9],
      [0, 0, 50],
      [11, 5, 6, 200],
    ];
    for (const ns of splits)
      expect(
        extendHidden(
          ns,
          ns.map((n) => n < 10),
        ),
      ).toEqual(hiddenInSplit(ns));
  });

  it('worked case 8: a cell of 4 in 40/25/4/0 hides the 25 too', () => {
    expect(
      extendHidden(
        [40, 25, 4, 0],
        [40, 25, 4, 0].map((n) => n < 10),
      ),
    ).toEqual([false, true, true, true]);
  });

  it('hides across rows and columns until each holds zero or ≥ 2 hidden cells of ≥ 10', () => {
    const ns = [
      [50, 40, 30],
      [60, 5, 45],
      [70, 80, 90],
    ];
    const hidden = suppressTable(
      ns,
      ns.map((r) => r.map(() => false)),
    );
    // The 5 takes a second cell with it in its row and in its column.
    for (let i = 0; i < 3; i++) {
      for (const line of [
        hidden[i]!.map((h, j) => [h, ns[i]![j]!]),
        hidden.map((r, k) => [r[i], ns[k]![i]!]),
      ]) {
        const cells = line.filter(([h]) => h) as [boolean, number][];
        const held = cells.reduce((s, [, n]) => s + n, 0);
        if (held > 0) expect(cells.length >= 2 && held >= 10).toBe(true);
      }
    }
    expect(hidden[1]![1]).toBe(true);
    expect(hidden.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });

  it('starts from hidden rows (a hidden margin hides all its cells)', () => {
    const ns = [
      [20, 30],
      [40, 50],
    ];
    const hidden = suppressTable(ns, [
      [true, true],
      [false, false],
    ]);
    // Each column now has one hidden cell: the other must go too.
    expect(hidden).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});

describe('crosstab on the real engine', () => {
  it('burnout by considered quitting: row and column percentages with Wilson intervals', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'burnout', by: 'considered_quitting' },
      everyone,
    );
    expect(table.type).toBe('share');
    expect(table.columns.map((c) => c.code)).toEqual(['ja', 'nee']);
    expect(table.rows[0]!.level).toBe('total');
    const quitting = rowOf(table, 'ja');
    const n = await count(`considered_quitting = 'ja' AND burnout IN ('ja', 'nee')`);
    const x = await count(`considered_quitting = 'ja' AND burnout = 'ja'`);
    expect(quitting.figure.n).toBe(n);
    const yes = partOf(quitting.row, 'ja').value!;
    expect(yes.estimate).toBeCloseTo(x / n, 12);
    expect(yes.lo).toBeCloseTo(wilson(x, n).lo, 12);
    expect(yes.hi).toBeCloseTo(wilson(x, n).hi, 12);
    // Column %: of all with burnout, the part who considered quitting.
    const burnedOut = await count(`burnout = 'ja'`);
    const col = partOf(quitting.column, 'ja').value!;
    expect(col.estimate).toBeCloseTo(x / burnedOut, 12);
    expect(col.lo).toBeCloseTo(wilson(x, burnedOut).lo, 12);
    // Column percentages over every row (no answer included) add up to 100%.
    const groups = table.rows.filter((r) => r.level === 'group' && !r.hidden);
    if (groups.length === table.rows.length - 1) {
      const sum = groups.reduce((s, r) => s + partOf(r.column, 'ja').value!.estimate, 0);
      expect(sum).toBeCloseTo(1, 10);
    }
    // Group vs the rest with BH, as on topic pages.
    expect(quitting.comparison).toMatchObject({ significant: expect.any(Boolean) });
  });

  it('a mean by specialty matches SQL, and small specialties are hidden with a complement', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'hours_worked', by: 'specialty' },
      everyone,
    );
    expect(table.type).toBe('mean');
    const shown = table.rows.find((r) => r.level === 'group' && !r.hidden)!;
    const [avg] = await engine.query(
      `SELECT avg(hours_worked) AS m, count(hours_worked) AS n FROM responses WHERE wave = 2024 AND specialty = ?`,
      [shown.by!],
    );
    expect(shown.figure.n).toBe(Number(avg!.n));
    expect(shown.figure.value!.estimate).toBeCloseTo(Number(avg!.m), 10);
    const counts = await engine.query(
      `SELECT coalesce(specialty, '~') AS k, count(hours_worked) AS n FROM responses WHERE wave = 2024 GROUP BY ALL`,
    );
    const trueN = new Map(counts.map((c) => [String(c.k), Number(c.n)]));
    const groups = table.rows.filter((r) => r.level === 'group');
    for (const r of groups) {
      if ((trueN.get(r.key) ?? 0) < 10) expect(r.hidden).toBe(true);
      if (r.hidden) expect(r.figure).toMatchObject({ n: 0, value: null });
      else expect(r.figure.n).toBe(trueN.get(r.key));
    }
    expect(groups.some((r) => r.hidden)).toBe(true);
    expectNoSingleHidden(groups, trueN);
  });

  it('two splits: no hidden cell derivable from the margins of any row or column', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'burnout', by: 'hospital_type', by2: 'gender' },
      { wave: 2024, filters: { role: ['aios'] } },
    );
    const cells = table.rows.filter((r) => r.level === 'cell');
    expect(cells.length).toBeGreaterThan(0);
    const counts = await engine.query(
      `SELECT concat(coalesce(hospital_type, '~'), '|', coalesce(gender, '~')) AS k, count(*) AS n FROM responses WHERE wave = 2024 AND role = 'aios' AND burnout IN ('ja', 'nee') GROUP BY ALL`,
    );
    const trueN = new Map(counts.map((c) => [String(c.k), Number(c.n)]));
    for (const r of cells) {
      if ((trueN.get(r.key) ?? 0) < 10) expect(r.hidden).toBe(true);
      if (!r.hidden) expect(r.figure.n).toBe(trueN.get(r.key));
      if (r.hidden) {
        expect(r.figure.value).toBeNull();
        expect(r.row.every((p) => p.value === null)).toBe(true);
        expect(r.column.every((p) => p.value === null)).toBe(true);
      }
    }
    const codes = (key: 'by' | 'by2') => [...new Set(cells.map((r) => r[key]))];
    expect(cells.some((r) => r.hidden)).toBe(true);
    for (const a of codes('by'))
      expectNoSingleHidden(
        cells.filter((r) => r.by === a),
        trueN,
      );
    for (const b of codes('by2'))
      expectNoSingleHidden(
        cells.filter((r) => r.by2 === b),
        trueN,
      );
  });

  it('a multi-select item: % of those asked who answered, within its universe', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'burnout_cause', by: 'gender' },
      everyone,
    );
    expect(table.type).toBe('options');
    const women = rowOf(table, 'vrouw');
    const answered = await count(
      `gender = 'vrouw' AND burnout = 'ja' AND (burnout_cause_wlb IS NOT NULL OR burnout_cause_work IS NOT NULL OR burnout_cause_private IS NOT NULL OR burnout_cause_other IS NOT NULL)`,
    );
    const wlb = await count(`gender = 'vrouw' AND burnout = 'ja' AND burnout_cause_wlb = 1`);
    expect(women.figure.n).toBe(answered);
    expect(partOf(women.row, 'wlb').value!.estimate).toBeCloseTo(wlb / answered, 12);
  });

  it('hides the whole table when the selection could be recovered from a wider view', async () => {
    // Urology has a handful of respondents who are not aios: "urology, aios" would reveal them.
    const table = await crosstab(
      engine,
      codebook,
      { item: 'burnout', by: 'gender' },
      { wave: 2024, filters: { specialty: ['urologie'], role: ['aios'] } },
    );
    const valid = `specialty = 'urologie' AND burnout IN ('ja', 'nee')`;
    const rest = (await count(valid)) - (await count(`${valid} AND role = 'aios'`));
    expect(table.rows.every((r) => r.hidden)).toBe(rest > 0 && rest < 10);
    if (rest > 0 && rest < 10) expect(table.rows.every((r) => r.figure.value === null)).toBe(true);
  });

  it('rejects what cannot be crossed, saying what was expected', () => {
    expect(() => checkSpec(codebook, { item: 'nope', by: 'gender' })).toThrow(/Unknown question/);
    expect(() => checkSpec(codebook, { item: 'burnout', by: 'hours_worked' })).toThrow(
      /dimension or coded question/,
    );
    expect(() => checkSpec(codebook, { item: 'burnout', by: 'burnout' })).toThrow(/itself/);
    expect(() => checkSpec(codebook, { item: 'burnout', by: 'gender', by2: 'gender' })).toThrow(
      /twice/,
    );
  });
});
