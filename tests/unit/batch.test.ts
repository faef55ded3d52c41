import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedEngine } from '../../src/lib/db/cached';
import type { Engine } from '../../src/lib/db/engine';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import type { Aggregates } from '../../src/lib/query/aggregates';
import type { Split } from '../../src/lib/query/selection';
import { statements } from '../../src/lib/query/aggregates';
import type { BatchSpec } from '../../src/lib/query/batch';
import { batch, momentsOf } from '../../src/lib/query/batch';
import type { Selection } from '../../src/lib/query/selection';
import { summarise } from '../../src/lib/query/summaries';
import { readCodebook, weightedEngineWithWaves } from './helpers/data';
import { recording } from './helpers/engines';

const codebook = readCodebook();
const items = codebook.items.filter((i) => i.type !== 'dimension');
let engine: Engine;
beforeAll(async () => {
  engine = await weightedEngineWithWaves(codebook);
}, 60_000);
afterAll(() => engine.close());

/** Numbers equal up to the rounding of a sum taken in another order. */
function close(a: unknown, b: unknown, where: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(b.length, `${where} length`).toBe(a.length);
    a.forEach((x, i) => close(x, b[i], `${where}[${i}]`));
  } else if (a && typeof a === 'object' && b && typeof b === 'object') {
    expect(Object.keys(b).sort(), where).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a))
      close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
  } else expect(b, where).toEqual(a);
}

const order = (x: { group: string | null; code?: string | null }) =>
  `${x.group ?? '\uffff'}|${x.code ?? '\uffff'}`;
const sorted = <T extends { group: string | null; code?: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));

/** Asks one request of both sources; the batch must give what the per-request statement gives. */
async function same(
  mine: Aggregates,
  reference: Aggregates,
  itemId: string,
  selection: Selection,
  by?: Split,
) {
  const item = codebook.items.find((i) => i.id === itemId)!;
  const where = `${itemId} ${JSON.stringify(selection)} by ${String(by)}`;
  if (item.type === 'multi')
    close(
      sorted(await reference.optionCounts(itemId, selection, by)),
      sorted(await mine.optionCounts(itemId, selection, by)),
      where,
    );
  else if (item.type === 'hours' || item.type === 'rating10') {
    close(
      sorted(await reference.moments(itemId, selection, by)),
      sorted(await mine.moments(itemId, selection, by)),
      where,
    );
    // A rating's marks come from the same rows.
    if (item.type === 'rating10')
      close(
        sorted(await reference.codeCounts(itemId, selection, by)),
        sorted(await mine.codeCounts(itemId, selection, by)),
        `${where} marks`,
      );
  } else
    close(
      sorted(await reference.codeCounts(itemId, selection, by)),
      sorted(await mine.codeCounts(itemId, selection, by)),
      where,
    );
}

/** A source that counts its calls, to see what the batch did not answer itself. */
function counting(source: Aggregates) {
  const calls: string[] = [];
  const wrapped: Aggregates = {
    codeCounts: (id, s, by) => (calls.push(id), source.codeCounts(id, s, by)),
    moments: (id, s, by) => (calls.push(id), source.moments(id, s, by)),
    optionCounts: (id, s, by) => (calls.push(id), source.optionCounts(id, s, by)),
  };
  return { calls, wrapped };
}

const radiologyUmc = { specialty: ['radiologie'], hospital_type: ['umc'] };
/** Batches, and the filter sets and split each is asked for. */
const cases: {
  spec: BatchSpec;
  filterSets: Selection['filters'][];
  split: { by: string; filters: Selection['filters'] } | null;
}[] = [
  {
    spec: {
      itemIds: items.map((i) => i.id),
      dims: ['specialty', 'hospital_type', 'gender'],
      weighted: false,
    },
    filterSets: [radiologyUmc, {}, { specialty: ['radiologie'] }, { hospital_type: ['umc'] }],
    split: { by: 'gender', filters: radiologyUmc },
  },
  {
    spec: { itemIds: items.map((i) => i.id), dims: ['role', 'specialty'], weighted: true },
    filterSets: [{ role: ['anios'] }, {}],
    split: { by: 'specialty', filters: {} },
  },
  // Weighted on dimensions without the weights' stratum: the batch adds it to know the weights.
  {
    spec: { itemIds: items.map((i) => i.id), dims: ['gender'], weighted: true },
    filterSets: [{ gender: ['vrouw'] }],
    split: { by: 'gender', filters: {} },
  },
  {
    spec: { itemIds: items.map((i) => i.id), dims: ['gender', 'fulltime'], weighted: false },
    filterSets: [{ gender: ['vrouw'], fulltime: ['ja', 'nee'] }, {}],
    split: { by: 'fulltime', filters: { gender: ['vrouw'] } },
  },
];

describe.each([
  ['raw rows', false],
  ['summaries', true],
])('a batch over %s', (_, summaries) => {
  beforeAll(async () => {
    if (summaries) await summarise(engine, codebook);
  }, 60_000);

  it.each(cases.map((c, i) => [i, c] as const))(
    'answers every request it covers exactly as one statement per request does (case %i)',
    async (_, { spec, filterSets, split }) => {
      const reference = statements(engine, codebook);
      const { calls, wrapped } = counting(reference);
      const mine = await batch(engine, codebook, spec, wrapped);
      const waves = codebook.waves.map((w) => w.year);
      for (const item of items)
        for (const wave of waves) {
          for (const filters of filterSets)
            await same(mine, reference, item.id, { wave, filters, weighted: spec.weighted });
          if (split)
            await same(
              mine,
              reference,
              item.id,
              { wave, filters: split.filters, weighted: spec.weighted },
              split.by,
            );
        }
      expect(calls, 'requests left to the fallback').toEqual([]);
    },
    120_000,
  );
});

describe('a batch', () => {
  it('runs one statement per question', async () => {
    let statementsRun = 0;
    const counted: Engine = {
      ...engine,
      columns: (sql, params) => (statementsRun++, engine.columns(sql, params)),
    };
    await batch(counted, codebook, cases[0]!.spec, statements(engine, codebook));
    expect(statementsRun).toBe(items.length);
  });

  it("asks a topic's statements once: a filter change or split finds them in the query cache", async () => {
    const asked: string[] = [];
    const cached = cachedEngine(recording(engine, asked));
    const view = (filters: Selection['filters'], compare: string | null) =>
      topicFigures(
        cached,
        codebook,
        'overtime',
        { wave: 2024, filters },
        {
          compare,
          benchmark: 'hospital_type',
        },
      );
    const first = await view({}, null);
    const firstAsked = asked.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    expect(firstAsked).toBeGreaterThan(0);
    asked.length = 0;
    const filtered = await view({ specialty: ['radiologie'], hospital_type: ['umc'] }, 'gender');
    expect(asked, 'statements run for the second view').toEqual([]);
    // The second view really is another: its figures differ from the first's.
    expect(JSON.stringify(filtered)).not.toBe(JSON.stringify(first));
  });

  it('leaves what it does not cover to the fallback: other dimensions, splits or weighting', async () => {
    const { calls, wrapped } = counting(statements(engine, codebook));
    const mine = await batch(engine, codebook, cases[0]!.spec, wrapped);
    const reference = statements(engine, codebook);
    await same(mine, reference, 'burnout', { wave: 2024, filters: { role: ['aios'] } });
    await same(mine, reference, 'burnout', { wave: 2024, filters: {} }, 'role');
    await same(mine, reference, 'burnout', { wave: 2024, filters: {} }, ['gender', 'specialty']);
    await mine.moments('hours_worked', { wave: 2024, filters: {}, weighted: true });
    await mine.codeCounts('workload', { wave: 2024, filters: {} });
    expect(calls).toEqual(['burnout', 'burnout', 'burnout', 'hours_worked']);
  });

  it('rejects an unknown wave or code as a single statement does', async () => {
    const mine = await batch(engine, codebook, cases[0]!.spec, statements(engine, codebook));
    await expect(
      mine.codeCounts('burnout', { wave: 2024, filters: { specialty: ['chirurgie'] } }),
    ).rejects.toThrow(/Unknown specialty "chirurgie"; expected one of/);
    await expect(mine.codeCounts('burnout', { wave: 1999, filters: {} })).rejects.toThrow(
      /Unknown wave 1999/,
    );
    await expect(
      batch(
        engine,
        codebook,
        { ...cases[0]!.spec, dims: ['burnout'] },
        statements(engine, codebook),
      ),
    ).rejects.toThrow(/dimensions only/);
  });

  it('takes the median from a distribution as the middle value or the mean of the middle two', () => {
    /** Moments of the given answers, one respondent each. */
    const moments = (values: number[], weights = values.map(() => 1)) => {
      const dist = new Map<number, { n: number; sw: number; sw2: number }>();
      values.forEach((v, i) => {
        const d = dist.get(v) ?? { n: 0, sw: 0, sw2: 0 };
        const w = weights[i]!;
        dist.set(v, { n: d.n + 1, sw: d.sw + w, sw2: d.sw2 + w * w });
      });
      return momentsOf(null, 2, dist);
    };
    expect(moments([60, 40, 45]).median).toBe(45);
    expect(moments([40, 40, 50, 50]).median).toBe(45);
    expect(moments([40, 40, 40, 50]).median).toBe(40);
    // Weighted: the smallest value with cumulative weight ≥ half (stats/median.ts). Weights
    // 1, 1, 3, 3 put 2/8 of the weight at 40: the median is 50; equal weights halve at 40: 45.
    expect(moments([40, 40, 50, 50], [1, 1, 3, 3]).median).toBe(50);
    expect(moments([40, 40, 50, 50], [2.5, 2.5, 2.5, 2.5]).median).toBe(45);
    expect(moments([])).toMatchObject({ n: 0, missing: 2, median: null });
  });
});
