import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import type { LoadedWave } from '../lib/data/load-wave';
import { loadWave } from '../lib/data/load-wave';
import { DataFileError } from '../lib/data/issues';
import { createBrowserEngine } from '../lib/db/browser';
import type { Engine } from '../lib/db/engine';
import { codebookUrl, waveUrl } from './data-files';

export interface Booted {
  codebook: Codebook;
  engine: Engine;
  waves: LoadedWave[];
}

export type Stage =
  { step: 'engine'; loaded: number; total: number } | { step: 'data'; file: string };

async function fetchBytes(url: string, file: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new DataFileError(file, [
      { file, expected: `the file to be served (HTTP ${response.status} ${response.statusText})` },
    ]);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchCodebook(): Promise<Codebook> {
  const file = 'data/codebook.json';
  const text = new TextDecoder().decode(await fetchBytes(codebookUrl, file));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, [{ file, expected: `valid JSON (${(e as Error).message})` }]);
  }
  return validateCodebook(raw, file);
}

/** Starts DuckDB (in a worker) and fetches the data at the same time, then loads every wave. */
export async function boot(codebook: Codebook, onStage: (stage: Stage) => void): Promise<Booted> {
  const enginePromise = createBrowserEngine((loaded, total) =>
    onStage({ step: 'engine', loaded, total }),
  );
  const files = codebook.waves.map((wave) => {
    const file = `data/${wave.file}`;
    const url = waveUrl(wave.file);
    const bytes = url
      ? fetchBytes(url, file)
      : Promise.reject(
          new DataFileError(file, [{ file, expected: 'the file named in the codebook to exist' }]),
        );
    // Avoid an unhandled rejection while the engine is still starting; awaited below.
    bytes.catch(() => undefined);
    return { wave, file, bytes };
  });
  const engine = await enginePromise;
  const waves: LoadedWave[] = [];
  for (const { wave, file, bytes } of files) {
    onStage({ step: 'data', file });
    waves.push(await loadWave(engine, codebook, wave.year, file, await bytes));
  }
  return { codebook, engine, waves };
}
