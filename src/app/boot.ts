import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import type { DataFiles } from '../lib/data/data-set';
import { openDataSet, POPULATION } from '../lib/data/data-set';
import type { LoadedWave } from '../lib/data/load-wave';
import { DataFileError, describeIssue } from '../lib/data/issues';
import { cachedEngine } from '../lib/db/cached';
import { summarise } from '../lib/query/summaries';
import type { Engine } from '../lib/db/engine';
import type { Precomputed } from '../lib/view/precomputed';
import type { Population } from '../lib/data/population';
import { codebookUrl, populationUrl, waveUrl } from './data-files';
import { message } from '../lib/i18n/translate';

export interface Booted {
  codebook: Codebook;
  engine: Engine;
  waves: LoadedWave[];
  /**
   * Null when the site has no usable data/population.json: figures are then unweighted only.
   * Its `waves` are those weighted; any other wave is shown unweighted (weightedWaves).
   */
  population: Population | null;
}

export type Stage =
  { step: 'engine'; loaded: number; total: number } | { step: 'data'; file: string };

async function fetchBytes(url: string, file: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new DataFileError(file, [
      {
        file,
        expected: message('issue.served', {
          status: `${response.status} ${response.statusText}`.trim(),
        }),
      },
    ]);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson(url: string, file: string): Promise<unknown> {
  const text = new TextDecoder().decode(await fetchBytes(url, file));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, [
      { file, expected: message('issue.json', { detail: (e as Error).message }) },
    ]);
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
  // Every file is fetched now, while DuckDB starts; openDataSet loads them once it is ready.
  const fetched = new Map<string, Promise<Uint8Array>>();
  const fetchData = (name: string, url: string | undefined) => {
    if (!url) return;
    const bytes = fetchBytes(url, `data/${name}`);
    // Avoid an unhandled rejection while the engine is still starting; awaited by openDataSet.
    bytes.catch(() => undefined);
    fetched.set(name, bytes);
  };
  for (const wave of codebook.waves) fetchData(wave.file, waveUrl(wave.file));
  fetchData(POPULATION, populationUrl);
  const files: DataFiles = { read: (name) => fetched.get(name) ?? null };
  // DuckDB's JavaScript (and Arrow) is a chunk of its own, fetched here, off the first chart's path.
  const { createBrowserEngine } = await import('../lib/db/browser');
  const enginePromise = createBrowserEngine((loaded, total) =>
    onStage({ step: 'engine', loaded, total }),
  );
  // Repeated reads (all respondents, parents, other waves) come from memory on a filter change.
  const engine = cachedEngine(await enginePromise);
  // Marks for the browser benchmark (tests/bench): DuckDB open, then DuckDB holding the data.
  performance.mark('djs:duckdb-open');
  // A wave without usable trainee counts (a new wave, say) is shown unweighted: never an error
  // here, where it would stop the site for every visitor (check-data names it before a build).
  const { waves, population, populationIssues } = await openDataSet(engine, files, {
    codebook,
    onWave: (file) => onStage({ step: 'data', file }),
  });
  for (const issue of populationIssues) console.warn(`${describeIssue(issue)}; shown unweighted`);
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
