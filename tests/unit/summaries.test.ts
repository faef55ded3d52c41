import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/lib/db/engine';
import {
  codeCountsStatement,
  momentsStatement,
  optionCountsStatement,
} from '../../src/lib/query/aggregates';
import type { Selection } from '../../src/lib/query/selection';
import { sourceFor, summarise, summaryTable } from '../../src/lib/query/summaries';
import { engineWithWaves, readCodebook, weightedEngineWithWaves } from './helpers/data';
import { viewSource } from '../../src/lib/figures/panel';

const codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await weightedEngineWithWaves(codebook);
  await summarise(engine, codebook);
});
afterAll(() => engine.close());

/** Numbers equal up to the rounding of a sum taken in another order. */
function close(a: unknown, b: unknown, where: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
  } else if (a && typeof a === 'object' && b && typeof b === 'object') {
    expect(Object.keys(b as object).sort(), where).toEqual(Object.keys(a as object).sort());
    for (const k of Object.keys(a as object))
      close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
  } else expect(b, where).toEqual(a);
}

const selections: Selection[] = [
  { wave: 2024, filters: {} },
  { wave: 2024, filters: { specialty: ['radiologie'] } },
  { wave: 2024, filters: { specialty: ['radiologie'], hospital_type: ['umc'] } },
  { wave: 2022, filters: { gender: ['man'] }, weighted: true },
  { wave: 2024, filters: { specialty: ['radiologie'] }, weighted: true },
];
const splits = [undefined, 'hospital_type', 'gender', ['role', 'fulltime'] as const];

describe('pre-aggregated summaries', () => {
  // One test per item: every selection and split of it.
  for (const item of codebook.items.filter((i) => i.type !== 'dimension')) {
    it(`give ${item.id} exactly the figures of the raw rows, for filters, splits and weights`, async () => {
      const statement =
        item.type === 'multi'
          ? optionCountsStatement
          : item.type === 'hours' || item.type === 'rating10'
            ? momentsStatement
            : codeCountsStatement;
      for (const selection of selections)
        for (const by of splits) {
          const raw = statement(codebook, item.id, selection, by);
          const sum = statement(codebook, item.id, selection, by, summaryTable(item.id));
          const [a, b] = await Promise.all([
            engine.query(raw.sql, raw.params),
            engine.query(sum.sql, sum.params),
          ]);
          close(a, b, `${item.id} ${JSON.stringify(selection)} by ${String(by)}`);
        }
      if (item.type === 'rating10') {
        const raw = codeCountsStatement(codebook, item.id, selections[1]!, 'gender');
        const sum = codeCountsStatement(
          codebook,
          item.id,
          selections[1]!,
          'gender',
          summaryTable(item.id),
        );
        close(
          await engine.query(raw.sql, raw.params),
          await engine.query(sum.sql, sum.params),
          `${item.id} marks`,
        );
      }
    });
  }

  it('give the median that DuckDB median() gives on the raw rows, odd and even counts alike', async () => {
    for (const item of ['hours_worked', 'contract_hours', 'overtime_total', 'job_rating']) {
      const mine = momentsStatement(
        codebook,
        item,
        selections[1]!,
        'hospital_type',
        summaryTable(item),
      );
      const direct = await engine.query(
        `SELECT hospital_type AS grp, median("${item}") AS median FROM responses
         WHERE wave = 2024 AND specialty = 'radiologie' GROUP BY ALL ORDER BY grp`,
      );
      const rows = await engine.query(mine.sql, mine.params);
      expect(
        rows.map((r) => [r.grp, r.median]),
        item,
      ).toEqual(direct.map((r) => [r.grp, r.median]));
    }
  });

  it('hold far fewer rows than respondents', async () => {
    const [responses] = await engine.query('SELECT count(*) AS n FROM responses');
    const [summary] = await engine.query(`SELECT count(*) AS n FROM ${summaryTable('burnout')}`);
    expect(Number(summary!.n)).toBeLessThan(Number(responses!.n));
  });

  it('are used only where built, and never for a split by another question', () => {
    expect(sourceFor(engine, codebook, 'burnout', 'gender')).toBe('summary_burnout');
    expect(sourceFor(engine, codebook, 'burnout', ['gender', 'role'])).toBe('summary_burnout');
    expect(sourceFor(engine, codebook, 'burnout', 'considered_quitting')).toBe('responses');
    const other = {} as Engine;
    expect(sourceFor(other, codebook, 'burnout')).toBe('responses');
  });

  it('are built for the questions a view shows first, and used by each as soon as it exists', async () => {
    const fresh = await engineWithWaves(codebook);
    try {
      await viewSource(fresh, codebook, ['burnout'], false);
      expect(sourceFor(fresh, codebook, 'burnout')).toBe('summary_burnout');
      expect(sourceFor(fresh, codebook, 'hours_worked')).toBe('responses');
      await summarise(fresh, codebook);
      expect(sourceFor(fresh, codebook, 'hours_worked')).toBe('summary_hours_worked');
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
