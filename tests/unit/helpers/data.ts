import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateCodebook } from '../../../src/lib/codebook/validate';
import type { Codebook } from '../../../src/lib/codebook/types';
import { loadWave } from '../../../src/lib/data/load-wave';
import { applyWeights, validatePopulation } from '../../../src/lib/data/population';
import type { Engine } from '../../../src/lib/db/engine';
import { createNodeEngine } from '../../../src/lib/db/node';

export const root = path.resolve(import.meta.dirname, '../../..');

export function readCodebook(): Codebook {
  const file = path.join(root, 'data/codebook.json');
  return validateCodebook(JSON.parse(readFileSync(file, 'utf8')), 'data/codebook.json');
}

/** A real duckdb-wasm engine with the committed waves loaded, as the site loads them. */
export async function engineWithWaves(codebook = readCodebook()): Promise<Engine> {
  const engine = await createNodeEngine();
  for (const wave of codebook.waves) {
    const bytes = new Uint8Array(readFileSync(path.join(root, 'data', wave.file)));
    await loadWave(engine, codebook, wave.year, `data/${wave.file}`, bytes);
  }
  return engine;
}

/** The committed waves with the committed population weights applied, as the site weights them. */
export async function weightedEngineWithWaves(codebook = readCodebook()): Promise<Engine> {
  const engine = await engineWithWaves(codebook);
  const file = 'data/population.json';
  const population = validatePopulation(
    JSON.parse(readFileSync(path.join(root, file), 'utf8')),
    codebook,
    file,
  );
  await applyWeights(engine, population, file);
  return engine;
}
