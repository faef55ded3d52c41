/**
 * A wave added to the codebook before its trainee counts are known (issue 14, item 7): the data
 * set still opens as the site opens it, that wave is shown unweighted, the others stay weighted,
 * and check-data names the wave without failing the build.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPopulationFile } from '../../src/cli/check-data';
import type { Codebook } from '../../src/lib/codebook/types';
import type { DataFiles, OpenedDataSet } from '../../src/lib/data/data-set';
import { openDataSet } from '../../src/lib/data/data-set';
import { dataDirectory } from '../../src/lib/data/node-files';
import type { Population } from '../../src/lib/data/weighted-waves';
import { weightedWaves } from '../../src/lib/data/weighted-waves';
import type { Engine } from '../../src/lib/db/engine';
import type { Selection } from '../../src/lib/query/selection';
import { createNodeEngine } from '../../src/lib/db/node';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { selectionOf } from '../../src/lib/view/selection';
import { defaultState } from '../../src/lib/view/state';
import { readCodebook, root } from './helpers/data';

const committed = readCodebook();
const raw = JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')) as Codebook;
/** The committed codebook with a 2026 wave (the 2024 answers again) and no counts for it. */
const rawWithNew = {
  ...raw,
  waves: [{ ...raw.waves[0]!, year: 2026, file: 'waves/2026.csv' }, ...raw.waves],
};
const codebook: Codebook = { ...committed, waves: rawWithNew.waves };

const files: DataFiles = {
  read(name) {
    if (name === 'codebook.json') return new TextEncoder().encode(JSON.stringify(rawWithNew));
    return dataDirectory(path.join(root, 'data')).read(
      name === 'waves/2026.csv' ? 'waves/2024.csv' : name,
    );
  },
};

let engine: Engine;
let opened: OpenedDataSet;
beforeAll(async () => {
  engine = await createNodeEngine();
  opened = await openDataSet(engine, files);
});
afterAll(() => engine.close());

describe('a wave without trainee counts', () => {
  it('opens: that wave unweighted, no problem, the other waves weighted', () => {
    expect(opened.codebook.waves.map((w) => w.year)).toEqual([2026, 2024, 2022]);
    expect(opened.populationIssues).toEqual([]);
    expect(opened.unweighted).toEqual([2026]);
    expect(weightedWaves(opened.population).sort()).toEqual([2022, 2024]);
  });

  /** The burnout topic's figures for a selection, against all respondents. */
  const burnout = (selection: Selection, waves: readonly number[]) =>
    topicFigures(
      engine,
      codebook,
      'burnout',
      selection,
      { compare: null, benchmark: 'all' },
      waves,
    );

  it('is shown unweighted when a weighted view asks for it', async () => {
    const waves = weightedWaves(opened.population);
    const state = { ...defaultState(codebook), topic: 'burnout', wave: 2026, weighted: true };
    const selection = selectionOf(state, waves);
    expect(selection.weighted).toBe(false);
    const figures = await burnout(selection, waves);
    const plain = await burnout(selectionOf({ ...state, weighted: false }, waves), waves);
    expect(figures.panels[0]!.rows[0]!.figure.value).not.toBeNull();
    expect(figures.panels[0]!.rows[0]!.figure).toEqual(plain.panels[0]!.rows[0]!.figure);
  });

  it('keeps its trend point, unweighted, beside the weighted waves', async () => {
    const waves = weightedWaves(opened.population);
    const state = { ...defaultState(codebook), topic: 'burnout', wave: 2024, weighted: true };
    const weighted = await burnout(selectionOf(state, waves), waves);
    const plain = await burnout(selectionOf({ ...state, weighted: false }, waves), waves);
    const id = weighted.panels[0]!.item.id;
    const point = (f: typeof weighted, wave: number) =>
      f.trends[id]!.find((p) => p.wave === wave && p.kind === 'selection')!.figure;
    // 2026 holds the 2024 answers: unweighted there, it equals unweighted 2024, not weighted 2024.
    expect(point(weighted, 2026).value).not.toBeNull();
    expect(point(weighted, 2026).value).toEqual(point(plain, 2024).value);
    expect(point(weighted, 2024).value!.estimate).not.toBeCloseTo(
      point(plain, 2024).value!.estimate,
      4,
    );
  });
});

describe('check-data on data/population.json', () => {
  const copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-wave-'));
    cpSync(path.join(root, 'data'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'codebook.json'), JSON.stringify(rawWithNew));
    // A few hundred of the 2024 answers make the new wave: enough to load, quick to check.
    const lines = readFileSync(path.join(dir, 'waves/2024.csv'), 'utf8').split('\n');
    writeFileSync(path.join(dir, 'waves/2026.csv'), `${lines.slice(0, 301).join('\n')}\n`);
    return dir;
  };

  it('names a wave without counts in a note, and passes', async () => {
    const report = await checkPopulationFile(codebook, copy());
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([
      'no trainee counts for wave 2026: its figures are shown unweighted',
    ]);
  });

  it('fails on wrong counts, naming the wave and the specialty', async () => {
    const dir = copy();
    const file = path.join(dir, 'population.json');
    const population = JSON.parse(readFileSync(file, 'utf8')) as Population;
    population.waves['2022']!.radiology = 10;
    delete population.waves['2024']!.urologie;
    writeFileSync(file, JSON.stringify(population));
    const report = await checkPopulationFile(codebook, dir);
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/waves\.2022\.radiology/);
    expect(report.problems[1]).toMatch(/waves\.2024.*urologie/);
    expect(report.notes).toEqual([
      'no trainee counts for wave 2026: its figures are shown unweighted',
    ]);
  });
});
