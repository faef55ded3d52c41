import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/query/aggregates';
import type { Engine } from '../../src/lib/db/engine';
import { itemPanel, topicPanels } from '../../src/lib/figures/panel';
import { engineWithWaves, readCodebook } from './helpers/data';

const codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

const radiology = { wave: 2024, filters: { specialty: ['radiologie'] } };

async function sql(query: string, params: (string | number)[] = []) {
  return engine.query(query, params);
}

/** Radiology's hours worked, split by hospital type: a selection with small groups. */
function radiologyHoursByHospitalType() {
  return itemPanel(statements(engine, codebook), codebook, 'hours_worked', radiology, {
    compare: 'hospital_type',
    benchmark: 'all',
  });
}

describe('chart panels', () => {
  it('puts the selection first, then its groups in codebook order, then the benchmark', async () => {
    const panel = await radiologyHoursByHospitalType();
    expect(panel.rows.map((r) => [r.kind, r.group])).toEqual([
      ['selection', null],
      ['group', 'umc'],
      ['group', 'stz'],
      ['group', 'algemeen'],
      ['group', 'categoraal'],
      ['benchmark', null],
    ]);
    // Those whose hospital type was suppressed on release are in no group.
    const groups = panel.rows.filter((r) => r.kind === 'group');
    const [stated] = await sql(
      "SELECT count(hours_worked) AS n FROM responses WHERE wave = 2024 AND specialty = 'radiologie' AND hospital_type IS NOT NULL",
    );
    const shown = groups.filter((r) => r.figure.value !== null);
    expect(shown.reduce((s, r) => s + r.figure.n, 0)).toBeLessThanOrEqual(stated!.n as number);
    expect(shown.length).toBeGreaterThanOrEqual(2);
  });

  it('counts those with no value of the compared dimension as a cell of the split (D6)', async () => {
    for (const compare of ['hospital_type', 'gender', 'fulltime', 'training_year']) {
      const panel = await itemPanel(
        statements(engine, codebook),
        codebook,
        'hours_worked',
        radiology,
        {
          compare,
          benchmark: 'all',
        },
      );
      const shown = panel.rows.filter((r) => r.kind === 'group' && r.figure.value !== null);
      const selection = panel.rows[0]!.figure.n;
      // Selection − shown groups: the answers a visitor could isolate. Never 1–9 of them.
      const isolated = selection - shown.reduce((s, r) => s + r.figure.n, 0);
      expect(isolated === 0 || isolated >= 10, compare).toBe(true);
    }
  });

  it('computes "the rest" by subtraction, equal to querying the rest directly', async () => {
    const panel = await itemPanel(
      statements(engine, codebook),
      codebook,
      'hours_worked',
      radiology,
      {
        compare: null,
        benchmark: 'rest',
      },
    );
    const rest = panel.rows.at(-1)!;
    const [direct] = await sql(
      "SELECT count(hours_worked) AS n, avg(hours_worked) AS mean FROM responses WHERE wave = 2024 AND specialty <> 'radiologie'",
    );
    expect(rest.kind).toBe('benchmark');
    expect(rest.figure.n).toBe(direct!.n);
    expect(rest.figure.value!.estimate).toBeCloseTo(direct!.mean as number, 9);
    expect(panel.type === 'mean' && panel.rows.at(-1)!.figure.value!.median).toBeNull();
  });

  it('tests the selection against the rest and flags only BH-significant groups', async () => {
    // Workload "too high": radiology 24% vs 38% overall, a clear difference at n ≈ 130.
    const panel = await itemPanel(statements(engine, codebook), codebook, 'workload', radiology, {
      compare: 'hospital_type',
      benchmark: 'all',
    });
    const selection = panel.rows[0]!;
    expect(selection.comparison!.diff).toBeLessThan(-0.1);
    expect(selection.comparison!.significant).toBe(true);
    const categoraal = panel.rows.find((r) => r.group === 'categoraal')!;
    expect(categoraal.figure.value).toBeNull();
    expect(categoraal.comparison).toBeNull();
    for (const row of panel.rows.filter((r) => r.comparison))
      expect(row.comparison!.pAdjusted).toBeGreaterThanOrEqual(row.comparison!.p);
  });

  it('hides every figure of a group below 10 answers but keeps its row', async () => {
    const tiny = {
      wave: 2024,
      filters: { specialty: ['radiologie'], hospital_type: ['categoraal'] },
    };
    const panels = await topicPanels(statements(engine, codebook), codebook, 'burnout', tiny, {
      compare: null,
      benchmark: 'all',
    });
    for (const panel of panels) {
      const row = panel.rows[0]!;
      expect(row.figure.n).toBeLessThan(10);
      expect(row.figure.value).toBeNull();
      if (panel.type !== 'mean')
        expect(panel.rows[0]!.figure.parts.every((p) => p.value === null)).toBe(true);
    }
  });

  it('shows an empty selection as a row of nobody, not as an error', async () => {
    const none = { wave: 2022, filters: { specialty: ['radiologie'], gender: ['anders'] } };
    const panel = await itemPanel(statements(engine, codebook), codebook, 'burnout', none, {
      compare: null,
      benchmark: 'all',
    });
    expect(panel.rows[0]!.figure).toMatchObject({ n: 0, value: null });
  });

  it('uses the same hospital type as benchmark only when one is chosen', async () => {
    const umc = { wave: 2024, filters: { specialty: ['radiologie'], hospital_type: ['umc'] } };
    const withBenchmark = await itemPanel(statements(engine, codebook), codebook, 'burnout', umc, {
      compare: null,
      benchmark: 'hospital_type',
    });
    const [direct] = await sql(
      "SELECT count(*) FILTER (WHERE burnout IN ('ja', 'nee')) AS n FROM responses WHERE wave = 2024 AND hospital_type = 'umc'",
    );
    expect(withBenchmark.rows.at(-1)!.figure.n).toBe(direct!.n);
    const without = await itemPanel(statements(engine, codebook), codebook, 'burnout', radiology, {
      compare: null,
      benchmark: 'hospital_type',
    });
    expect(without.rows.map((r) => r.kind)).toEqual(['selection']);
  });

  it('gives multi-select shares of those who answered, which may add up past 100%', async () => {
    const panel = await itemPanel(statements(engine, codebook), codebook, 'heavy_day', radiology, {
      compare: null,
      benchmark: 'all',
    });
    if (panel.type !== 'options') throw new Error('heavy_day is multi-select');
    const total = panel.rows[0]!.figure.parts.reduce((s, p) => s + (p.value?.estimate ?? 0), 0);
    expect(total).toBeGreaterThan(1);
  });
});

describe('complementary suppression in charts', () => {
  const options = { compare: null, benchmark: 'all' } as const;

  it('hides a selection whose complement in a wider view is 1–9 respondents (D5)', async () => {
    // Radiology has 131 respondents of whom about 5 anios: "radiology aios" minus "radiology"
    // would reveal the anios, so the aios-only figure is hidden.
    const anios = await sql(
      "SELECT count(*) AS n FROM responses WHERE wave = 2024 AND specialty = 'radiologie' AND role = 'anios'",
    );
    expect(anios[0]!.n).toBeGreaterThan(0);
    expect(anios[0]!.n).toBeLessThan(10);
    const aios = { wave: 2024, filters: { specialty: ['radiologie'], role: ['aios'] } };
    const panel = await itemPanel(statements(engine, codebook), codebook, 'burnout', aios, options);
    // Hidden altogether: no value and no count either (suppressed looks like empty).
    expect(panel.rows[0]!.figure).toMatchObject({ n: 0, excluded: 0, missing: 0, value: null });
    expect(panel.rows[0]!.comparison).toBeNull();
  });

  it('hides a second cell when one group of a split is small, and shows empty groups alike (D6)', async () => {
    const panel = await radiologyHoursByHospitalType();
    const groups = panel.rows.filter((r) => r.kind === 'group');
    const hidden = groups.filter((r) => r.figure.value === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    // The visible groups cannot add up to the selection: the rest is at least 10 answers.
    const visible = groups
      .filter((r) => r.figure.value !== null)
      .reduce((s, r) => s + r.figure.n, 0);
    expect(panel.rows[0]!.figure.n - visible).toBeGreaterThanOrEqual(10);

    const byGender = await itemPanel(statements(engine, codebook), codebook, 'burnout', radiology, {
      compare: 'gender',
      benchmark: 'all',
    });
    const other = byGender.rows.find((r) => r.group === 'anders')!;
    expect(other.figure.n).toBe(0);
    expect(other.figure.value).toBeNull();
  });

  it('hides "the rest" together with a hidden selection', async () => {
    const tiny = {
      wave: 2024,
      filters: { specialty: ['radiologie'], hospital_type: ['categoraal'] },
    };
    const panel = await itemPanel(statements(engine, codebook), codebook, 'burnout', tiny, {
      compare: null,
      benchmark: 'rest',
    });
    expect(panel.rows.map((r) => r.figure.value)).toEqual([null, null]);
  });
});
