/**
 * Vite plugin: the build computes the default view of every topic (src/lib/figures/precomputed.ts)
 * with duckdb-wasm's node bundle on the data files it ships, and emits it as a hashed JSON asset.
 * `import precomputedUrl from 'virtual:djs-precomputed'` gives its URL; null in the dev server,
 * which always computes live.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { validateCodebook } from '../lib/codebook/validate';
import { loadWave } from '../lib/data/load-wave';
import { createNodeEngine } from '../lib/db/node';
import { precompute } from '../lib/figures/precomputed';

const ID = 'virtual:djs-precomputed';
const RESOLVED = `\0${ID}`;

/** The stored figures of the data in `dataDir`, as JSON text. */
export async function precomputedJson(dataDir: string): Promise<string> {
  const codebookFile = path.join(dataDir, 'codebook.json');
  const codebook = validateCodebook(
    JSON.parse(readFileSync(codebookFile, 'utf8')),
    'data/codebook.json',
  );
  const engine = await createNodeEngine();
  try {
    for (const wave of codebook.waves) {
      const bytes = new Uint8Array(readFileSync(path.join(dataDir, wave.file)));
      await loadWave(engine, codebook, wave.year, `data/${wave.file}`, bytes);
    }
    return JSON.stringify(await precompute(engine, codebook));
  } finally {
    await engine.close();
  }
}

export function precomputeFigures(dataDir: string): Plugin {
  let building = false;
  return {
    name: 'djs-precompute',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return 'export default null;';
      const ref = this.emitFile({
        type: 'asset',
        name: 'precomputed.json',
        source: await precomputedJson(dataDir),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
