import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/query/aggregates';
import type { Engine } from '../../src/lib/db/engine';
import { itemPanel } from '../../src/lib/figures/panel';
import type { CodedItem } from '../../src/lib/codebook/types';
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
  it('puts the selection first, then its groups in codebook order and the blank, then the benchmark', async () => {
    const panel = await radiologyHoursByHospitalType();
    const [blank] = await sql(
      'SELECT count(*) AS n FROM responses WHERE wave = 2024 AND hospital_type IS NULL',
    );
    const codes = (codebook.items.find((i) => i.id === 'hospital_type') as CodedItem).values;
    expect(panel.rows.map((r) => [r.kind, r.group])).toEqual([
      ['selection', null],
      ...codes.map((v) => ['group', v.code]),
      // Those whose hospital type is blank in the wave's file: a group of their own.
      ...(Number(blank!.n) > 0 ? [['group', null]] : []),
      ['benchmark', null],
    ]);
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
      "SELECT count(hours_worked) AS n, avg(hours_worked) AS mean, median(hours_worked) AS median FROM responses WHERE wave = 2024 AND specialty <> 'radiologie'",
    );
    expect(rest.kind).toBe('benchmark');
    expect(rest.figure.n).toBe(direct!.n);
    expect(rest.figure.value!.estimate).toBeCloseTo(direct!.mean as number, 9);
    // The rest's median from the rest's distribution (the wave's less the selection's).
    expect(panel.type === 'mean' && panel.rows.at(-1)!.figure.value!.median).toBe(direct!.median);
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
    // A group too small to show is too small to compare.
    for (const row of panel.rows.slice(1, -1))
      expect(row.comparison === null).toBe(row.figure.value === null);
    for (const row of panel.rows.filter((r) => r.comparison))
      expect(row.comparison!.pAdjusted).toBeGreaterThanOrEqual(row.comparison!.p);
  });

  it('hides every figure of a group below 10 answers but keeps its row', async () => {
    // A selection with 1–9 answers: of those who did not discuss their doubts about quitting, few
    // answer why, so some specialty × hospital type has that few.
    const [small] = await sql(
      `SELECT wave, specialty, hospital_type, count(*) AS n FROM responses
       WHERE quitting_discussed = 'nee' AND hospital_type IS NOT NULL
         AND (not_discussed_reason_not_strong IS NOT NULL OR not_discussed_reason_fear IS NOT NULL
           OR not_discussed_reason_trust IS NOT NULL OR not_discussed_reason_other IS NOT NULL)
       GROUP BY ALL HAVING n BETWEEN 1 AND 9 ORDER BY ALL LIMIT 1`,
    );
    expect(small).toBeDefined();
    const tiny = {
      wave: Number(small!.wave),
      filters: {
        specialty: [String(small!.specialty)],
        hospital_type: [String(small!.hospital_type)],
      },
    };
    const panel = await itemPanel(
      statements(engine, codebook),
      codebook,
      'not_discussed_reason',
      tiny,
      {
        compare: null,
        benchmark: 'all',
      },
    );
    if (panel.type !== 'options') throw new Error('not_discussed_reason is multi-select');
    // Hidden: no value, no part, and no count either (hidden looks like empty).
    expect(panel.rows[0]!.figure).toMatchObject({ n: 0, excluded: 0, missing: 0, value: null });
    expect(panel.rows[0]!.figure.parts.every((p) => p.value === null)).toBe(true);
    expect(panel.rows[0]!.comparison).toBeNull();
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
    // The selection's peers: UMC respondents outside the selection (issue 16; it was all of UMC).
    const [direct] = await sql(
      "SELECT count(*) FILTER (WHERE burnout IN ('ja', 'nee')) AS n FROM responses WHERE wave = 2024 AND hospital_type = 'umc' AND specialty IS DISTINCT FROM 'radiologie'",
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
