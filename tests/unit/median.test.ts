/**
 * Medians of hours, weighted or not, of "the rest" too (issue 16, point 6). The definition
 * (src/lib/stats/median.ts, README statistics): with the values sorted and W_j the weight at or
 * below the j-th of the total W, the median is the smallest value with W_j ≥ W/2, and where
 * W_j = W/2 exactly the midpoint of that value and the next (Hyndman & Fan 1996, type 2, on the
 * weighted distribution). Unweighted that is the ordinary median.
 *
 * Every expected median below is worked out by hand from that definition, on files made here
 * and loaded into the real duckdb-wasm as the site loads a wave and its population weights
 * (w = N/n per specialty).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRecords } from '../../src/cli/metrics';
import type { Codebook } from '../../src/lib/codebook/types';
import { openDataSet } from '../../src/lib/data/data-set';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { aggregateTable } from '../../src/lib/export/csv';
import type { Panel } from '../../src/lib/figures/panel';
import { itemPanel, viewSource } from '../../src/lib/figures/panel';
import type { MeanValue } from '../../src/lib/figures/types';
import type { Aggregates } from '../../src/lib/query/aggregates';
import { statements } from '../../src/lib/query/aggregates';
import type { Selection } from '../../src/lib/query/selection';
import { subtractValues, weightedMedian } from '../../src/lib/stats/median';
import { parseState } from '../../src/lib/view/state';
import { readCodebook } from './helpers/data';
import { ownFile } from './helpers/own-file';

const full = readCodebook();
/** The committed codebook with its newest wave only: one file to write. */
const codebook: Codebook = { ...full, waves: full.waves.filter((w) => w.year === 2024) };

const at = (values: number[], weights: number[]) =>
  values.map((v, i) => ({ v, n: 1, sw: weights[i]! }));

describe('the weighted median, by its definition', () => {
  it('is the smallest value whose cumulative weight reaches half', () => {
    // Weights 1, 1, 1, 5 of 8: cumulative 1/8, 2/8, 3/8, 8/8; half is first reached at 4.
    expect(weightedMedian(at([1, 2, 3, 4], [1, 1, 1, 5]))).toBe(4);
    // Weights 5, 1, 1, 1: 5/8 ≥ 1/2 at once.
    expect(weightedMedian(at([1, 2, 3, 4], [5, 1, 1, 1]))).toBe(1);
    // Odd count, equal weights: the middle value.
    expect(weightedMedian(at([7, 3, 5], [2, 2, 2]))).toBe(5);
  });

  it('takes the midpoint where the cumulative weight is exactly half', () => {
    // Values 1 and 2, equal weights: exactly 1/2 at 1, so (1 + 2) / 2.
    expect(weightedMedian(at([1, 2], [1, 1]))).toBe(1.5);
    expect(weightedMedian(at([40, 40, 50, 50], [3, 3, 3, 3]))).toBe(45);
    // Weight 3 + 1 = 4 of 8 at 20: exactly half, so (20 + 30) / 2.
    expect(weightedMedian(at([10, 20, 30], [3, 1, 4]))).toBe(25);
    // Exactly half but for rounding: 0.1 + 0.7 is 0.7999999999999999 in floating point, half
    // the total 0.8; 0.1 + 0.2 is 0.30000000000000004, half the total 0.3. Both are midpoints.
    expect(weightedMedian(at([1, 2, 3, 4], [0.1, 0.7, 0.2, 0.6]))).toBe(2.5);
    expect(weightedMedian(at([1, 2, 3, 4], [0.1, 0.2, 0.2, 0.1]))).toBe(2.5);
  });

  it('counts a value by its respondents and their weights, and nothing without answers', () => {
    expect(weightedMedian([])).toBeNull();
    // Two respondents at 40 with weight 2 each (Σw = 4) against 60 with 3: 4/7 ≥ 1/2 at 40.
    expect(
      weightedMedian([
        { v: 60, n: 1, sw: 3 },
        { v: 40, n: 2, sw: 4 },
      ]),
    ).toBe(40);
    // A value nobody is left with (after taking a group out) is no part of it.
    expect(
      weightedMedian([
        { v: 10, n: 0, sw: 1e-15 },
        { v: 20, n: 1, sw: 1 },
      ]),
    ).toBe(20);
  });

  it('takes a group out of its parent value by value ("the rest")', () => {
    const whole = [
      { v: 40, n: 10, sw: 10 },
      { v: 45.5, n: 10, sw: 10 },
      { v: 60, n: 10, sw: 30 },
    ];
    const part = [{ v: 45.5, n: 10, sw: 10 }];
    expect(subtractValues(whole, part)).toEqual([
      { v: 40, n: 10, sw: 10 },
      { v: 60, n: 10, sw: 30 },
    ]);
  });
});

/** An engine with one hand-made 2024 wave and its trainee counts, opened as the site opens data. */
async function openWith(
  groups: { specialty: string; rows: number }[],
  answers: Record<string, (i: number) => string>,
  counts: Record<string, number>,
): Promise<Engine> {
  const file = ownFile(codebook, groups, answers);
  const population = {
    illustrative: true,
    note: { nl: 'Test', en: 'Test' },
    stratum: 'specialty',
    waves: { '2024': counts },
  };
  const bytes: Record<string, string> = {
    'waves/2024.csv': file.csv,
    'population.json': JSON.stringify(population),
  };
  const engine = await createNodeEngine();
  await openDataSet(
    engine,
    { read: (name) => (name in bytes ? new TextEncoder().encode(bytes[name]) : null) },
    { codebook, weights: 'required' },
  );
  return engine;
}

/** Both ways a view gets its statistics: a statement per request, and the batch of a view. */
async function sources(engine: Engine, weighted: boolean): Promise<[string, Aggregates][]> {
  return [
    ['statements', statements(engine, codebook)],
    ['batch', await viewSource(engine, codebook, ['hours_worked', 'contract_hours'], weighted)],
  ];
}

describe('medians through the real query path: four respondents', () => {
  // radiologie: hours 1, 2, 3, contract 1, 2 and a blank; N = 3, so w = 1.
  // cardiologie: hours 4, contract blank; N = 5 of n = 1, so w = 5.
  let engine: Engine;
  beforeAll(async () => {
    engine = await openWith(
      [
        { specialty: 'radiologie', rows: 3 },
        { specialty: 'cardiologie', rows: 1 },
      ],
      {
        hours_worked: (i) => String(i + 1),
        contract_hours: (i) => ['1', '2', '', ''][i]!,
      },
      { radiologie: 3, cardiologie: 5 },
    );
  });
  afterAll(() => engine.close());

  const all = (weighted: boolean): Selection => ({ wave: 2024, filters: {}, weighted });

  it('values 1, 2, 3, 4 with weights 1, 1, 1, 5: weighted 4, unweighted 2.5', async () => {
    for (const weighted of [true, false])
      for (const [name, source] of await sources(engine, weighted)) {
        const [m] = await source.moments('hours_worked', all(weighted));
        expect(m!.median, `${name}, weighted ${weighted}`).toBe(weighted ? 4 : 2.5);
      }
  });

  it('values 1 and 2 with equal weights: 1.5, the midpoint', async () => {
    for (const weighted of [true, false])
      for (const [name, source] of await sources(engine, weighted)) {
        const [m] = await source.moments('contract_hours', all(weighted));
        expect(m!.median, `${name}, weighted ${weighted}`).toBe(1.5);
      }
  });

  it('per group and within a filter', async () => {
    for (const [name, source] of await sources(engine, true)) {
      const bySpecialty = await source.moments('hours_worked', all(true), 'specialty');
      const median = (code: string) => bySpecialty.find((m) => m.group === code)?.median;
      expect(median('radiologie'), name).toBe(2);
      expect(median('cardiologie'), name).toBe(4);
      const [radiology] = await source.moments('hours_worked', {
        ...all(true),
        filters: { specialty: ['radiologie'] },
      });
      expect(radiology!.median, name).toBe(2);
    }
  });
});

describe('medians on the charts, their tables and the metrics: forty respondents', () => {
  // radiologie: 10 at 40 and 10 at 50 hours; N = 20 of n = 20, w = 1.
  // cardiologie: 10 at 60 hours; N = 30 of n = 10, w = 3.
  // heelkunde: 10 at 45.5 hours; N = 10 of n = 10, w = 1.
  // Unweighted, all 40: the 20th value is 45.5, the 21st 50: median 47.75.
  // Weighted, all: weights 10 at 40, 10 at 45.5, 10 at 50, 30 at 60 of 60; the cumulative weight
  //   is exactly 30 = 60/2 at 50, so the median is (50 + 60) / 2 = 55.
  // The rest of heelkunde, unweighted: 40 ×10, 50 ×10, 60 ×10: the 15th and 16th are 50: 50.
  // The rest of heelkunde, weighted: 10 at 40, 10 at 50, 30 at 60 of 50: 20 < 25 ≤ 50 at 60.
  // heelkunde itself: 45.5 either way.
  let engine: Engine;
  beforeAll(async () => {
    const hours = (i: number) => (i < 10 ? '40' : i < 20 ? '50' : i < 30 ? '60' : '45.5');
    engine = await openWith(
      [
        { specialty: 'radiologie', rows: 20 },
        { specialty: 'cardiologie', rows: 10 },
        { specialty: 'heelkunde', rows: 10 },
      ],
      { hours_worked: hours },
      { radiologie: 20, cardiologie: 30, heelkunde: 10 },
    );
  });
  afterAll(() => engine.close());

  const surgery = (weighted: boolean): Selection => ({
    wave: 2024,
    filters: { specialty: ['heelkunde'] },
    weighted,
  });
  const medians = (panel: Panel) =>
    panel.rows.map((r) => [r.kind, (r.figure.value as MeanValue | null)?.median ?? null]);

  it('shows the median of the selection and of every benchmark, weighted or not', async () => {
    const expected = {
      rest: { false: 50, true: 60 },
      all: { false: 47.75, true: 55 },
    } as const;
    for (const weighted of [false, true])
      for (const [name, source] of await sources(engine, weighted))
        for (const benchmark of ['rest', 'all'] as const) {
          const panel = await itemPanel(source, codebook, 'hours_worked', surgery(weighted), {
            compare: null,
            benchmark,
          });
          expect(medians(panel), `${name} ${benchmark} weighted ${weighted}`).toEqual([
            ['selection', 45.5],
            ['benchmark', expected[benchmark][`${weighted}`]],
          ]);
        }
  });

  it('splits by specialty with every group’s median', async () => {
    const source = await viewSource(engine, codebook, ['hours_worked'], true);
    const panel = await itemPanel(
      source,
      codebook,
      'hours_worked',
      { wave: 2024, filters: {}, weighted: true },
      { compare: 'specialty', benchmark: 'all' },
    );
    const group = (code: string) =>
      (panel.rows.find((r) => r.group === code)!.figure.value as MeanValue).median;
    // radiologie: 10 at 40, 10 at 50, equal weights: exactly half at 40, so 45.
    expect(group('radiologie')).toBe(45);
    expect(group('cardiologie')).toBe(60);
    expect(group('heelkunde')).toBe(45.5);
    expect(medians(panel)[0]).toEqual(['selection', 55]);
  });

  it('puts the weighted median of the rest in the CSV table and in `npm run metrics`', async () => {
    const source = await viewSource(engine, codebook, ['hours_worked'], true);
    const panel = await itemPanel(source, codebook, 'hours_worked', surgery(true), {
      compare: null,
      benchmark: 'rest',
    });
    const table = aggregateTable(panel, (r) => r.kind, 'en');
    const at = table.columns.indexOf('Median');
    expect(at).toBeGreaterThan(0);
    expect(table.rows.map((r) => r[at])).toEqual(['45.5', '60.0']);

    const { state } = parseState(
      'topic=overtime&specialty=heelkunde&benchmark=rest&weighted=1',
      codebook,
    );
    const records = await computeRecords(engine, codebook, state, ['overtime']);
    const median = records
      .filter((r) => r.item === 'hours_worked' && r.measure === 'median')
      .map((r) => [r.row, r.estimate]);
    expect(median).toEqual([
      ['selection', 45.5],
      ['benchmark', 60],
    ]);
  });
});
