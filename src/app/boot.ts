import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import type { LoadedWave } from '../lib/data/load-wave';
import { loadWave } from '../lib/data/load-wave';
import { DataFileError } from '../lib/data/issues';
import { cachedEngine } from '../lib/db/cached';
import { summarise } from '../lib/query/summaries';
import type { Engine } from '../lib/db/engine';
import type { Precomputed } from '../lib/figures/precomputed';
import type { Population } from '../lib/data/population';
import { applyWeights, validatePopulation } from '../lib/data/population';
import { codebookUrl, populationUrl, waveUrl } from './data-files';

export interface Booted {
  codebook: Codebook;
  engine: Engine;
  waves: LoadedWave[];
  /** Null when the site has no data/population.json: figures are then unweighted only. */
  population: Population | null;
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

async function fetchJson(url: string, file: string): Promise<unknown> {
  const text = new TextDecoder().decode(await fetchBytes(url, file));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, [{ file, expected: `valid JSON (${(e as Error).message})` }]);
  }
}

/**
 * The build's precomputed default view. Only a speed-up: if it cannot be read, the page computes
 * the same figures live once DuckDB is ready, so a failure is logged, not shown.
 */
export async function fetchPrecomputed(url: string): Promise<Precomputed | null> {
  try {
    const stored = (await fetchJson(url, 'precomputed.json')) as Precomputed;
    if (stored.format !== 1 || typeof stored.topics !== 'object')
      throw new Error('precomputed.json: unknown format');
    return stored;
  } catch (e) {
    console.warn('Precomputed figures not used:', e);
    return null;
  }
}

export async function fetchCodebook(): Promise<Codebook> {
  const file = 'data/codebook.json';
  return validateCodebook(await fetchJson(codebookUrl, file), file);
}

/** Starts DuckDB (in a worker) and fetches the data at the same time, then loads every wave. */
export async function boot(
  codebook: Codebook,
  onStage: (stage: Stage) => void,
  /** The topic on screen, whose figures are wanted first. */
  firstTopic: string,
): Promise<Booted> {
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
  // DuckDB's JavaScript (and Arrow) is a chunk of its own, fetched here, off the first chart's path.
  const { createBrowserEngine } = await import('../lib/db/browser');
  const enginePromise = createBrowserEngine((loaded, total) =>
    onStage({ step: 'engine', loaded, total }),
  );
  // Repeated reads (all respondents, parents, other waves) come from memory on a filter change.
  const engine = cachedEngine(await enginePromise);
  // Marks for the browser benchmark (tests/bench): DuckDB open, then DuckDB holding the data.
  performance.mark('djs:duckdb-open');
  const waves: LoadedWave[] = [];
  for (const { wave, file, bytes } of files) {
    onStage({ step: 'data', file });
    waves.push(await loadWave(engine, codebook, wave.year, file, await bytes));
  }
  let population: Population | null = null;
  if (populationUrl) {
    const file = 'data/population.json';
    population = validatePopulation(await fetchJson(populationUrl, file), codebook, file);
    await applyWeights(engine, population, file);
  }
  // Topic pages then read pre-aggregated counts instead of every respondent's row: the first
  // topic's tables are built now, each other topic's when it is first shown (viewSource).
  await summarise(
    engine,
    codebook,
    codebook.items.filter((i) => i.topic === firstTopic).map((i) => i.id),
  );
  performance.mark('djs:duckdb-ready');
  return { codebook, engine, waves, population };
}
