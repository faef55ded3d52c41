import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/query/aggregates';
import type { Engine } from '../../src/lib/db/engine';
import { itemPanel } from '../../src/lib/figures/panel';
import { formatShare } from '../../src/lib/format/number';
import { censorExtreme } from '../../src/lib/privacy/extremes';
import { engineWithWaves, readCodebook } from './helpers/data';

describe('0% and 100% of small groups on sensitive items', () => {
  it('shows a range, with no interval that would give the count away', () => {
    const all = censorExtreme({ estimate: 1, lo: 0.72, hi: 1 }, 12, true);
    expect(all).toEqual({ estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' });
    expect(formatShare(all, 'nl')).toBe('> 95%');
    expect(formatShare(censorExtreme({ estimate: 0, lo: 0, hi: 0.2 }, 15, true), 'en')).toBe(
      '< 5%',
    );
  });

  it('leaves other shares, larger groups and non-sensitive items exact', () => {
    const all = { estimate: 1, lo: 0.72, hi: 1 };
    expect(censorExtreme(all, 20, true)).toBe(all);
    expect(censorExtreme(all, 12, false)).toBe(all);
    const some = { estimate: 0.5, lo: 0.2, hi: 0.8 };
    expect(censorExtreme(some, 12, true)).toBe(some);
  });
});

describe('in the panels', () => {
  const codebook = readCodebook();
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWithWaves(codebook);
  });
  afterAll(() => engine.close());

  it('never shows an exact 0% or 100% on a sensitive item for a group under 20', async () => {
    // Released data is l-diverse, so make such a group: every answer of one group of 10–19 "ja".
    const [group] = await engine.query(
      `SELECT specialty, gender FROM responses WHERE wave = 2024 AND burnout IN ('ja', 'nee')
       AND gender IS NOT NULL GROUP BY ALL HAVING count(*) BETWEEN 10 AND 19 ORDER BY ALL LIMIT 1`,
    );
    await engine.query(
      `UPDATE responses SET burnout = 'ja' WHERE wave = 2024 AND burnout = 'nee'
       AND specialty = '${String(group!.specialty)}' AND gender = '${String(group!.gender)}'`,
    );
    // Find every specialty × dimension group of 10–19 answers where all said the same.
    const cases: { item: string; specialty: string; dim: string; code: string }[] = [];
    for (const item of ['burnout', 'considered_quitting'])
      for (const dim of ['hospital_type', 'gender', 'fulltime', 'training_year']) {
        const rows = await engine.query(
          `SELECT specialty, "${dim}" AS code, count(*) AS n,
                  avg(CASE WHEN "${item}" = 'ja' THEN 1 ELSE 0 END) AS p
           FROM responses WHERE wave = 2024 AND "${item}" IN ('ja', 'nee') GROUP BY ALL
           HAVING n BETWEEN 10 AND 19 AND (p = 0 OR p = 1)`,
        );
        for (const r of rows)
          cases.push({ item, specialty: String(r.specialty), dim, code: String(r.code) });
      }
    expect(cases.length).toBeGreaterThan(0);
    let ranges = 0;
    for (const c of cases) {
      const selection = { wave: 2024, filters: { specialty: [c.specialty], [c.dim]: [c.code] } };
      const panel = await itemPanel(statements(engine, codebook), codebook, c.item, selection, {
        compare: null,
        benchmark: 'all',
      });
      if (panel.type !== 'share') throw new Error(`${c.item} is a share`);
      const row = panel.rows[0]!;
      // Hidden altogether (complements) or shown as a range; never the exact extreme.
      for (const value of [row.figure.value, ...row.figure.parts.map((p) => p.value)])
        if (value) {
          expect(value.bound, JSON.stringify(c)).toBeDefined();
          expect([0, 1]).not.toContain(value.estimate);
          ranges++;
        }
    }
    expect(ranges).toBeGreaterThan(0);
  });
});
