import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataFiles } from '../../src/lib/data/data-set';
import { openDataSet } from '../../src/lib/data/data-set';
import { DataFileError, describeIssue } from '../../src/lib/data/issues';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const committed = (name: string) => new Uint8Array(readFileSync(path.join(root, 'data', name)));

/** The committed data set in memory, with some files replaced or taken away (null). */
function files(changed: Record<string, Uint8Array | null> = {}): DataFiles {
  return {
    read: (name) => (name in changed ? changed[name]! : committed(name)),
  };
}

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('openDataSet', () => {
  it('loads the codebook, every wave and the weights, as the site does', async () => {
    engine = await createNodeEngine();
    const opened = await openDataSet(engine, files());
    expect(opened.codebook).toEqual(codebook);
    expect(opened.waves.map((w) => w.year)).toEqual(codebook.waves.map((w) => w.year));
    const [{ n }] = (await engine.query('SELECT count(*) AS n FROM responses')) as [{ n: number }];
    expect(n).toBe(opened.waves.reduce((sum, w) => sum + w.rows, 0));
    expect(opened.population).not.toBeNull();
    expect(opened.unweighted).toEqual([]);
    const [{ w }] = (await engine.query('SELECT count(*) AS w FROM weights')) as [{ w: number }];
    expect(w).toBeGreaterThan(0);
  });

  it('names a missing wave file; weights are optional unless required', async () => {
    engine = await createNodeEngine();
    const wave = codebook.waves[0]!.file;
    const missing = await openDataSet(engine, files({ [wave]: null })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DataFileError);
    expect((missing as DataFileError).file).toBe(`data/${wave}`);

    // One wave is enough for the weights' cases.
    const one = { ...codebook, waves: codebook.waves.slice(-1) };
    const none = await openDataSet(engine, files({ 'population.json': null }), { codebook: one });
    expect(none.population).toBeNull();
    expect(none.unweighted).toEqual([one.waves[0]!.year]);
    const broken = new TextEncoder().encode('{ not json');
    const faulty = await openDataSet(engine, files({ 'population.json': broken }), {
      codebook: one,
    });
    expect(faulty.population).toBeNull();
    expect(describeIssue(faulty.populationIssues[0]!)).toMatch(/^data\/population\.json: .*JSON/);
    for (const [bytes, why] of [
      [broken, /JSON/],
      [null, /the file to exist/],
    ] as const) {
      const required = openDataSet(engine, files({ 'population.json': bytes }), {
        codebook: one,
        weights: 'required',
      });
      await expect(required).rejects.toThrow(DataFileError);
      await expect(required).rejects.toThrow(why);
    }
  });
});
