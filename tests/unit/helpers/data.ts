import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateCodebook } from '../../../src/lib/codebook/validate';
import type { Codebook } from '../../../src/lib/codebook/types';
import type { OpenOptions } from '../../../src/lib/data/data-set';
import { openDataSet } from '../../../src/lib/data/data-set';
import { dataDirectory } from '../../../src/lib/data/node-files';
import type { Engine } from '../../../src/lib/db/engine';
import { createNodeEngine } from '../../../src/lib/db/node';

export const root = path.resolve(import.meta.dirname, '../../..');

export function readCodebook(): Codebook {
  const file = path.join(root, 'data/codebook.json');
  return validateCodebook(JSON.parse(readFileSync(file, 'utf8')), 'data/codebook.json');
}

async function opened(codebook: Codebook, weights: OpenOptions['weights']): Promise<Engine> {
  const engine = await createNodeEngine();
  try {
    await openDataSet(engine, dataDirectory(path.join(root, 'data')), { codebook, weights });
  } catch (e) {
    await engine.close();
    throw e;
  }
  return engine;
}

/** A real duckdb-wasm engine with the committed waves loaded, as the site loads them. */
export async function engineWithWaves(codebook = readCodebook()): Promise<Engine> {
  return opened(codebook, 'none');
}

/** The committed waves with the committed population weights applied, as the site weights them. */
export async function weightedEngineWithWaves(codebook = readCodebook()): Promise<Engine> {
  return opened(codebook, 'required');
}
