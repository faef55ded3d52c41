import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageLine, selectionLines } from '../../src/app/export/view-info';
import type { Engine } from '../../src/lib/db/engine';
import type { Coverage } from '../../src/lib/figures/coverage';
import { knownPercent, viewCoverage } from '../../src/lib/figures/coverage';
import { rowLabel } from '../../src/lib/figures/labels';
import { itemPanel, viewSource } from '../../src/lib/figures/panel';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { respondents } from '../../src/lib/query/respondents';
import { defaultState } from '../../src/lib/view/state';
import { engineWithWaves, readCodebook } from './helpers/data';

/**
 * Coverage (issue 13, item 6): where a dimension filters or splits, how many respondents have it
 * blank, and in a split the blank as a group of its own. Expected counts are written in SQL here.
 */

const codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

async function count(where: string): Promise<number> {
  const [row] = await engine.query(`SELECT count(*) AS n FROM responses WHERE ${where}`);
  return Number(row!.n);
}

describe('coverage of the dimensions a view uses', () => {
  it('a filter counts over the selection without it; a split over the selection', async () => {
    const selection = {
      wave: 2024,
      filters: { specialty: ['radiologie'], gender: ['vrouw'] },
    };
    const coverage = await viewCoverage(engine, codebook, selection, ['hospital_type']);
    const radiology = "wave = 2024 AND specialty = 'radiologie'";
    const women = "wave = 2024 AND gender = 'vrouw'";
    const both = `${radiology} AND gender = 'vrouw'`;
    expect(coverage).toEqual([
      {
        dimension: 'specialty',
        respondents: await count(women),
        known: await count(`${women} AND specialty IS NOT NULL`),
      },
      {
        dimension: 'hospital_type',
        respondents: await count(both),
        known: await count(`${both} AND hospital_type IS NOT NULL`),
      },
      {
        dimension: 'gender',
        respondents: await count(radiology),
        known: await count(`${radiology} AND gender IS NOT NULL`),
      },
    ]);
    // The demo waves withhold gender of some radiologists: coverage says so.
    expect(coverage[2]!.known).toBeLessThan(coverage[2]!.respondents);
  });

  it('counts only dimensions (a split by a question has no coverage), none without any', async () => {
    const everyone = { wave: 2022, filters: {} };
    expect(await viewCoverage(engine, codebook, everyone, [null, 'burnout'])).toEqual([]);
    const [gender] = await viewCoverage(engine, codebook, everyone, ['gender', 'burnout']);
    expect(gender).toEqual({
      dimension: 'gender',
      respondents: await count('wave = 2022'),
      known: await count('wave = 2022 AND gender IS NOT NULL'),
    });
  });

  it('respondents counts every respondent once, blanks under null', async () => {
    const countBy = await respondents(engine, codebook);
    const counts = countBy({ wave: 2024, filters: {} }, 'role');
    expect(counts.get(null) ?? 0).toBe(await count('wave = 2024 AND role IS NULL'));
    expect(counts.get('aios')).toBe(await count("wave = 2024 AND role = 'aios'"));
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(await count('wave = 2024'));
    expect(() => countBy({ wave: 2024, filters: {} }, 'burnout')).toThrow(/dimensions only/);
    expect(() => countBy({ wave: 2024, filters: { gender: ['x'] } }, 'role')).toThrow(
      /Unknown gender "x"/,
    );
  });

  it('comes with a topic page’s figures, for its filters and its split', async () => {
    const selection = { wave: 2024, filters: { role: ['aios'] } };
    const figures = await topicFigures(engine, codebook, 'burnout', selection, {
      compare: 'gender',
      benchmark: 'all',
    });
    expect(figures.coverage).toEqual(await viewCoverage(engine, codebook, selection, ['gender']));
    expect(figures.coverage.map((c) => c.dimension)).toEqual(['gender', 'role']);
  });
});

describe('how coverage reads', () => {
  const of = (known: number, respondents: number): Coverage => ({
    dimension: 'gender',
    known,
    respondents,
  });

  it('a whole percentage, 0% and 100% only when exact', () => {
    expect(knownPercent(of(1336, 2027))).toBe(66);
    expect(knownPercent(of(1999, 2000))).toBe(99);
    expect(knownPercent(of(1, 2000))).toBe(1);
    expect(knownPercent(of(2000, 2000))).toBe(100);
    expect(knownPercent(of(0, 2000))).toBe(0);
    expect(knownPercent(of(0, 0))).toBeNull();
  });

  it('"Gender bekend voor 66%" in Dutch, "Gender known for 66%" in English', async () => {
    const everyone = { wave: 2024, filters: {} };
    const coverage = await viewCoverage(engine, codebook, everyone, ['gender', 'hospital_type']);
    const pct = (dim: string) =>
      Math.round(
        (100 * coverage.find((c) => c.dimension === dim)!.known) /
          coverage.find((c) => c.dimension === dim)!.respondents,
      );
    expect(coverageLine(codebook, coverage, 'nl')).toBe(
      `Type ziekenhuis bekend voor ${pct('hospital_type')}%; Gender bekend voor ${pct('gender')}%`,
    );
    expect(coverageLine(codebook, coverage, 'en')).toBe(
      `Hospital type known for ${pct('hospital_type')}%; Gender known for ${pct('gender')}%`,
    );
    expect(coverageLine(codebook, [], 'nl')).toBeNull();
    // And under every exported chart of the view.
    const state = { ...defaultState(codebook), compare: 'gender' };
    expect(selectionLines(codebook, state, 1234, coverage).at(-1)).toBe(
      coverageLine(codebook, coverage, 'nl'),
    );
  });
});

describe('the blank as a group of its own in a split', () => {
  it('"Afgeschermd of onbekend": its n is those with the dimension blank, in SQL', async () => {
    const source = await viewSource(engine, codebook, ['burnout'], false);
    const selection = { wave: 2024, filters: { role: ['aios'] } };
    const panel = await itemPanel(source, codebook, 'burnout', selection, {
      compare: 'gender',
      benchmark: 'all',
    });
    const blank = panel.rows.find((r) => r.kind === 'group' && r.group === null)!;
    const n = await count(
      "wave = 2024 AND role = 'aios' AND gender IS NULL AND burnout IN ('ja', 'nee')",
    );
    expect(n).toBeGreaterThanOrEqual(10);
    expect(blank.figure.n).toBe(n);
    expect(blank.figure.value).not.toBeNull();
    const state = { ...defaultState(codebook), compare: 'gender' };
    expect(rowLabel(codebook, blank, state)).toBe('Afgeschermd of onbekend');
    expect(rowLabel(codebook, blank, { ...state, lang: 'en' })).toBe('Withheld or unknown');
  });

  it('is there exactly when the wave has blanks of the dimension', async () => {
    const source = await viewSource(engine, codebook, ['burnout'], false);
    for (const dim of codebook.items.filter((i) => i.type === 'dimension')) {
      const blanks = await count(`wave = 2024 AND "${dim.id}" IS NULL`);
      const panel = await itemPanel(
        source,
        codebook,
        'burnout',
        { wave: 2024, filters: {} },
        {
          compare: dim.id,
          benchmark: 'all',
        },
      );
      const rows = panel.rows.filter((r) => r.kind === 'group' && r.group === null);
      expect(rows.length, dim.id).toBe(blanks > 0 ? 1 : 0);
    }
  });
});
