import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/query/aggregates';
import type { Engine } from '../../src/lib/db/engine';
import { itemPanel } from '../../src/lib/figures/panel';
import { formatShare } from '../../src/lib/format/number';
import { censorExtreme } from '../../src/lib/privacy/extremes';
import { engineWithWaves, readCodebook } from './helpers/data';

describe('0% and 100% of an option of a sensitive item in a small group', () => {
  it('shows a range, with no interval that would give the count away', () => {
    const all = censorExtreme({ estimate: 1, lo: 0.72, hi: 1 }, 12, true, 12);
    expect(all).toEqual({ estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' });
    expect(formatShare(all, 'nl')).toBe('> 95%');
    expect(formatShare(censorExtreme({ estimate: 0, lo: 0, hi: 0.2 }, 15, true, 0), 'en')).toBe(
      '< 5%',
    );
  });

  it('leaves other shares, larger groups and non-sensitive items exact', () => {
    const all = { estimate: 1, lo: 0.72, hi: 1 };
    expect(censorExtreme(all, 20, true, 20)).toBe(all);
    expect(censorExtreme(all, 12, false, 12)).toBe(all);
    const some = { estimate: 0.5, lo: 0.2, hi: 0.8 };
    expect(censorExtreme(some, 12, true, 6)).toBe(some);
  });

  it('decides on the count: a weighted "everyone" summed to 0.9999999 is still a range', () => {
    // 12 of 12 chose it; the weights, summed in two orders, give a share just under 1.
    const weighted = { estimate: 0.9999999999999998, lo: 0.7, hi: 1 };
    expect(censorExtreme(weighted, 12, true, 12)).toEqual({
      estimate: 0.95,
      lo: 0.95,
      hi: 1,
      bound: 'above',
    });
    expect(censorExtreme({ estimate: 1e-17, lo: 0, hi: 0.3 }, 12, true, 0).bound).toBe('below');
  });
});

describe('in the panels', () => {
  const codebook = readCodebook();
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWithWaves(codebook);
  });
  afterAll(() => engine.close());

  it('shows an option of a sensitive item at 0% or 100% of a group under 20 only as a range', async () => {
    // Every answer pattern of a class may hold one option (l-diversity counts patterns): make
    // such a group, everyone of one group of 10–19 who named causes naming work-life balance.
    const answered = `(burnout_cause_wlb IS NOT NULL OR burnout_cause_work IS NOT NULL
      OR burnout_cause_private IS NOT NULL OR burnout_cause_other IS NOT NULL)`;
    const [group] = await engine.query(
      `SELECT specialty, gender FROM responses WHERE wave = 2024 AND burnout = 'ja' AND ${answered}
       AND gender IS NOT NULL GROUP BY ALL HAVING count(*) BETWEEN 10 AND 19 ORDER BY ALL LIMIT 1`,
    );
    expect(group).toBeDefined();
    const where = `wave = 2024 AND burnout = 'ja' AND ${answered} AND specialty = ? AND gender = ?`;
    const params = [String(group!.specialty), String(group!.gender)];
    await engine.query(`UPDATE responses SET burnout_cause_wlb = 1 WHERE ${where}`, params);
    const selection = {
      wave: 2024,
      filters: { specialty: [params[0]!], gender: [params[1]!] },
    };
    const panel = await itemPanel(
      statements(engine, codebook),
      codebook,
      'burnout_cause',
      selection,
      {
        compare: null,
        benchmark: 'all',
      },
    );
    if (panel.type !== 'options') throw new Error('burnout_cause is multi-select');
    const wlb = panel.rows[0]!.figure.parts.find((p) => p.code === 'wlb')!.value!;
    expect(wlb).toEqual({ estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' });
    expect(formatShare(wlb, 'nl')).toBe('> 95%');
  });
});
