import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/lib/db/engine';
import type { CodedItem } from '../../src/lib/codebook/types';
import type { Crosstab, CrosstabRow } from '../../src/lib/figures/crosstab';
import { checkSpec, crosstab } from '../../src/lib/figures/crosstab';
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

/** Hidden exactly when its true n is under 10; shown with that n otherwise (D3, no other rule). */
function expectReliable(rows: CrosstabRow[], trueN: Map<string, number>) {
  for (const r of rows) {
    const n = trueN.get(r.key) ?? 0;
    expect(r.hidden, r.key).toBe(n < 10);
    if (r.hidden) {
      expect(r.figure, r.key).toMatchObject({ n: 0, value: null });
      expect(r.row.every((p) => p.value === null)).toBe(true);
      expect(r.column.every((p) => p.value === null)).toBe(true);
    } else expect(r.figure.n, r.key).toBe(n);
  }
}

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

  it('a mean by specialty matches SQL; a row is hidden only when it has fewer than 10', async () => {
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
    expectReliable(
      table.rows.filter((r) => r.level === 'group'),
      trueN,
    );
  });

  it('two splits: every cell by its own n, blanks included', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'burnout', by: 'hospital_type', by2: 'gender' },
      { wave: 2024, filters: { role: ['aios'] } },
    );
    const cells = table.rows.filter((r) => r.level === 'cell');
    const counts = await engine.query(
      `SELECT concat(coalesce(hospital_type, '~'), '|', coalesce(gender, '~')) AS k, count(*) AS n FROM responses WHERE wave = 2024 AND role = 'aios' AND burnout IN ('ja', 'nee') GROUP BY ALL`,
    );
    const trueN = new Map(counts.map((c) => [String(c.k), Number(c.n)]));
    // Every code of both splits, and the blank of each where the wave has blanks of it.
    const [blanks] = await engine.query(
      `SELECT count(*) FILTER (WHERE hospital_type IS NULL) AS h, count(*) FILTER (WHERE gender IS NULL) AS g FROM responses WHERE wave = 2024`,
    );
    const codesOf = (id: string, blank: boolean) => [
      ...(codebook.items.find((i) => i.id === id) as CodedItem).values.map((v) => v.code),
      ...(blank ? ['~'] : []),
    ];
    const keys = codesOf('hospital_type', Number(blanks!.h) > 0).flatMap((a) =>
      codesOf('gender', Number(blanks!.g) > 0).map((b) => `${a}|${b}`),
    );
    expect(cells.map((r) => r.key)).toEqual(keys);
    expectReliable(cells, trueN);
    expect(cells.some((r) => !r.hidden && (r.by === null || r.by2 === null))).toBe(true);
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

  it('crosses a dimension as the question: gender by burnout, against SQL', async () => {
    const table = await crosstab(engine, codebook, { item: 'gender', by: 'burnout' }, everyone);
    expect(table.type).toBe('share');
    const counts = await engine.query(
      `SELECT coalesce(burnout, '~') AS k, count(gender) AS n,
              count(*) FILTER (WHERE gender = 'vrouw') AS x
       FROM responses WHERE wave = 2024 GROUP BY ALL`,
    );
    const trueN = new Map(counts.map((c) => [String(c.k), Number(c.n)]));
    const groups = table.rows.filter((r) => r.level === 'group');
    expectReliable(groups, trueN);
    const yes = rowOf(table, 'ja');
    const x = Number(counts.find((c) => c.k === 'ja')!.x);
    expect(partOf(yes.row, 'vrouw').value!.estimate).toBeCloseTo(x / trueN.get('ja')!, 12);
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
