import { readFileSync } from 'node:fs';
import { statements } from '../../src/lib/query/aggregates';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Population } from '../../src/lib/data/weighted-waves';
import { applyWeights, checkPopulation, rolledUp } from '../../src/lib/data/population';
import type { Codebook, CodedItem } from '../../src/lib/codebook/types';
import { describeIssue } from '../../src/lib/data/issues';
import type { Engine } from '../../src/lib/db/engine';
import { itemPanel } from '../../src/lib/figures/panel';
import { engineWithWaves, readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const file = 'data/population.json';
const raw = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Population;
let engine: Engine;
/** The committed file, checked: every wave of the committed codebook is usable. */
const valid = (population: unknown = raw, book: Codebook = codebook) =>
  checkPopulation(population, book, file).population!;

beforeAll(async () => {
  engine = await engineWithWaves(codebook);
  await applyWeights(engine, valid(), file);
});
afterAll(() => engine.close());

describe('weighting by specialty (post-stratification)', () => {
  it('the committed population file is valid and says it is illustrative', () => {
    const check = checkPopulation(raw, codebook, file);
    expect(check.issues).toEqual([]);
    expect(check.unweighted).toEqual([]);
    expect(check.population!.illustrative).toBe(true);
  });

  it('weighted share = Σ N_h p_h / Σ N_h, with an interval on Kish’s effective n', async () => {
    const wave = 2024;
    const rows = await engine.query(
      `SELECT specialty, avg(CASE WHEN burnout = 'ja' THEN 1 ELSE 0 END) AS p, count(*) AS n
       FROM responses WHERE wave = ? AND burnout IN ('ja', 'nee') GROUP BY ALL`,
      [wave],
    );
    // Weights come from the whole wave's respondents per specialty, as in postStratificationWeights.
    const sizes = Object.fromEntries(
      (
        await engine.query(
          'SELECT specialty, count(*) AS n FROM responses WHERE wave = ? GROUP BY ALL',
          [wave],
        )
      ).map((r) => [String(r.specialty), Number(r.n)]),
    );
    // Trainees of a specialty without respondents of its own (merged by the release) count with
    // the nearest coarser code in the codebook that has respondents.
    const specialty = codebook.items.find((i) => i.id === 'specialty') as CodedItem;
    const parent = new Map(specialty.values.map((v) => [v.code, v.parent]));
    const N: Record<string, number> = {};
    for (const [code, trainees] of Object.entries(raw.waves[String(wave)]!)) {
      let to: string | undefined = code;
      while (to !== undefined && !(to in sizes)) to = parent.get(to);
      if (to !== undefined) N[to] = (N[to] ?? 0) + trainees;
    }
    let sw = 0;
    let swy = 0;
    for (const r of rows) {
      const w = N[String(r.specialty)]! / sizes[String(r.specialty)]!;
      sw += w * Number(r.n);
      swy += w * Number(r.n) * Number(r.p);
    }
    const selection = { wave, filters: {} };
    const weighted = await itemPanel(
      statements(engine, codebook),
      codebook,
      'burnout',
      { ...selection, weighted: true },
      { compare: null, benchmark: 'all' },
    );
    const plain = await itemPanel(statements(engine, codebook), codebook, 'burnout', selection, {
      compare: null,
      benchmark: 'all',
    });
    const w = weighted.rows[0]!.figure;
    const u = plain.rows[0]!.figure;
    expect(w.value!.estimate).toBeCloseTo(swy / sw, 10);
    expect(w.value!.estimate).not.toBeCloseTo(u.value!.estimate, 4);
    // The unweighted n is still what is shown and what thresholds use; the interval is wider.
    expect(w.n).toBe(u.n);
    expect(w.value!.hi - w.value!.lo).toBeGreaterThan(u.value!.hi - u.value!.lo);
  });

  it('within one specialty every weight is equal, so weighted = unweighted there', async () => {
    const radiology = { wave: 2024, filters: { specialty: ['radiologie'] } };
    const options = { compare: null, benchmark: 'all' } as const;
    const w = await itemPanel(
      statements(engine, codebook),
      codebook,
      'hours_worked',
      { ...radiology, weighted: true },
      options,
    );
    const u = await itemPanel(
      statements(engine, codebook),
      codebook,
      'hours_worked',
      radiology,
      options,
    );
    expect(w.rows[0]!.figure.value!.estimate).toBeCloseTo(u.rows[0]!.figure.value!.estimate, 10);
    expect(w.rows[0]!.figure.value!.lo).toBeCloseTo(u.rows[0]!.figure.value!.lo, 8);
  });

  it('checks wave by wave: a wrong wave is named and left unweighted, the others kept', () => {
    const bad = JSON.parse(JSON.stringify(raw)) as Population;
    bad.waves['2024']!.radiology = 10;
    bad.waves['2022']!.urologie = 12.5;
    bad.waves['2030'] = { urologie: 10 };
    const check = checkPopulation(bad, codebook, file);
    expect(check.issues.map((i) => i.column)).toEqual([
      'waves.2024.radiology',
      'waves.2022.urologie',
      'waves.2030',
    ]);
    expect(check.unweighted).toEqual([2024, 2022]);
    expect(check.population!.waves).toEqual({});

    const one = JSON.parse(JSON.stringify(raw)) as Population;
    one.waves['2024']!.radiology = 10;
    const partly = checkPopulation(one, codebook, file);
    expect(partly.unweighted).toEqual([2024]);
    expect(Object.keys(partly.population!.waves)).toEqual(['2022']);
  });

  it('a wave added to the codebook without trainee counts is unweighted, not an error', () => {
    const added: Codebook = {
      ...codebook,
      waves: [{ ...codebook.waves[0]!, year: 2026, file: 'waves/2026.csv' }, ...codebook.waves],
    };
    const check = checkPopulation(raw, added, file);
    expect(check.issues).toEqual([]);
    expect(check.unweighted).toEqual([2026]);
    expect(Object.keys(check.population!.waves).sort()).toEqual(['2022', '2024']);
  });

  it('a file unusable as a whole weights nothing, and says why', () => {
    const check = checkPopulation({ ...raw, stratum: 'hospital' }, codebook, file);
    expect(check.population).toBeNull();
    expect(check.issues.map((i) => i.column)).toEqual(['stratum']);
    expect(check.unweighted).toEqual([2024, 2022]);
    expect(checkPopulation([], codebook, file).population).toBeNull();
  });

  it('leaves a wave unweighted when a specialty with respondents has no trainee count', async () => {
    const missing = JSON.parse(JSON.stringify(raw)) as Population;
    delete missing.waves['2024']!.urologie;
    try {
      const applied = await applyWeights(engine, valid(missing), file);
      expect(applied.issues.map((i) => i.column)).toEqual(['waves.2024']);
      expect(describeIssue(applied.issues[0]!)).toMatch(/urologie/);
      expect(Object.keys(applied.population.waves)).toEqual(['2022']);
      const weights = await engine.query('SELECT DISTINCT wave FROM weights');
      expect(weights.map((r) => Number(r.wave))).toEqual([2022]);
    } finally {
      await applyWeights(engine, valid(), file);
    }
  });
});

describe('the population of merged specialties', () => {
  it('counts the trainees of a specialty merged by the release with its cluster', () => {
    const parents = valid().parents!;
    const population = { klinische_genetica: 45, nucleaire_geneeskunde: 40, radiologie: 300 };
    // The release merged the two small ones into "overig_diagnostisch" (codebook parent).
    const sample = { overig_diagnostisch: 35, radiologie: 131 };
    expect(rolledUp(population, sample, parents)).toEqual({
      overig_diagnostisch: 45 + 40,
      radiologie: 300,
    });
    // A specialty with respondents of its own keeps its own count; one with no respondents and
    // no coarser code present stays where it is (unrepresented, named by the weights).
    expect(rolledUp({ urologie: 80, overig: 10 }, { overig: 12 }, parents)).toEqual({
      overig: 90,
    });
    expect(rolledUp({ urologie: 80 }, { radiologie: 5 }, parents)).toEqual({ urologie: 80 });
  });
});

describe('weighted benchmarks', () => {
  it('weights the benchmark and "the rest" too, not only the selection', async () => {
    const radiology = { wave: 2024, filters: { specialty: ['radiologie'] }, weighted: true };
    const all = await itemPanel(statements(engine, codebook), codebook, 'burnout', radiology, {
      compare: null,
      benchmark: 'all',
    });
    const everyone = await itemPanel(
      statements(engine, codebook),
      codebook,
      'burnout',
      { wave: 2024, filters: {}, weighted: true },
      {
        compare: null,
        benchmark: 'all',
      },
    );
    expect(all.rows.at(-1)!.figure.value!.estimate).toBeCloseTo(
      everyone.rows[0]!.figure.value!.estimate,
      12,
    );
  });
});
