import type { Codebook } from '../lib/codebook/types';
import { DataFileError } from '../lib/data/issues';
import type { ViewResults } from '../lib/query/shipped';
import { decodeViewResults, servesCodebook } from '../lib/query/shipped';
import type { Engine } from '../lib/db/engine';
import { checked, codebookUrl, populationUrl, resultsUrl } from './data-files';
import { checkPopulation, weigh } from '../lib/data/population';
import type { Population } from '../lib/data/weighted-waves';
import { message } from '../lib/i18n/translate';

export type Stage =
  { step: 'engine'; loaded: number; total: number } | { step: 'data'; file: string };

/**
 * A response the page's inline script asked for before the app's JavaScript arrived
 * (src/build/early-fetch.ts), taken once; else a fetch now. An early request that failed is
 * asked again.
 */
function fetchOnce(url: string): Promise<Response> {
  const early = (globalThis as { __djsEarly?: Map<string, Promise<Response>> }).__djsEarly;
  const href = new URL(url, document.baseURI).href;
  const started = early?.get(href);
  if (!started) return fetch(url);
  // A response is read once: a second request for the file fetches it again.
  early!.delete(href);
  return started.catch(() => fetch(url));
}

export async function fetchBytes(url: string, file: string): Promise<Uint8Array> {
  const response = await fetchOnce(url);
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

function parseJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataFileError(file, [
      { file, expected: message('issue.json', { detail: (e as Error).message }) },
    ]);
  }
}

async function fetchJson(url: string, file: string): Promise<unknown> {
  return parseJson(await fetchBytes(url, file), file);
}

/**
 * What the build computed for the survey, fetched when first wanted: each topic's query results,
 * from which any view of it is added up (src/lib/query/shipped.ts). Only a speed-up:
 * what cannot be read is computed by DuckDB once it is ready, so a failure is logged, not shown.
 */
export interface Prepared {
  /** A topic's results (null: none, unreadable, or made for other dimensions); fetched once. */
  results(topic: string): Promise<ViewResults | null>;
  /** DuckDB holds the data, and the trainee counts are known (never rejects). */
  ready: Promise<void>;
  /**
   * The trainee counts weighed without DuckDB (earlyPopulation), so that a weighted view is added
   * up from the topic's results like any other; null where they cannot be: then they are known
   * once DuckDB is `ready`. Never rejects.
   */
  population: Promise<Population | null>;
}

const POPULATION_FILE = 'data/population.json';
let populationFetch: Promise<Uint8Array> | null = null;

/** data/population.json's bytes, fetched once for both weighings (here and in DuckDB). */
export function populationBytes(): Promise<Uint8Array> | null {
  if (!populationUrl) return null;
  if (!populationFetch) {
    populationFetch = fetchBytes(populationUrl, POPULATION_FILE);
    // Avoid an unhandled rejection: a failure is shown where DuckDB's loading awaits it.
    populationFetch.catch(() => undefined);
  }
  return populationFetch;
}

/**
 * The trainee counts, checked and weighed as DuckDB's loading does (data-set.ts, population.ts)
 * but with the respondents per specialty the build counted in the files it shipped
 * (src/build/precompute.ts): the same weights, known without DuckDB. Null without those counts
 * or a usable file; what is wrong with the file is said once DuckDB has loaded it.
 */
async function earlyPopulation(codebook: Codebook): Promise<Population | null> {
  const bytes = populationBytes();
  if (!bytes || !checked?.samples) return null;
  try {
    const check = checkPopulation(
      parseJson(await bytes, POPULATION_FILE),
      codebook,
      POPULATION_FILE,
    );
    return check.population && weigh(check.population, checked.samples, POPULATION_FILE).population;
  } catch {
    return null;
  }
}

async function fetchResults(codebook: Codebook, topic: string): Promise<ViewResults | null> {
  const url = resultsUrl(topic);
  if (!url) return null;
  try {
    const results = decodeViewResults(await fetchJson(url, `results-${topic}.json`));
    if (!servesCodebook(results, codebook)) throw new Error('made for other dimensions');
    return results;
  } catch (e) {
    console.warn(`Shipped results of ${topic} not used:`, e);
    return null;
  }
}

/** `booted`: DuckDB started by boot() (its failure is shown by the page, not here). */
export function prepare(
  codebook: Codebook,
  booted: Promise<unknown>,
  /** Starts DuckDB if it has not started: asked for by whatever waits for it to be `ready`. */
  want: () => void,
): Prepared {
  const results = new Map<string, Promise<ViewResults | null>>();
  const ready = booted.then(
    () => undefined,
    () => new Promise<void>(() => undefined),
  );
  return {
    population: earlyPopulation(codebook),
    get ready() {
      want();
      return ready;
    },
    results(topic) {
      let found = results.get(topic);
      if (!found) results.set(topic, (found = fetchResults(codebook, topic)));
      return found;
    },
  };
}

/** The SHA-256 of what was fetched for a codebook, to compare with what the build checked. */
const codebookHashes = new WeakMap<Codebook, string | null>();

/**
 * The SHA-256 of some bytes as hex; null where the browser offers no digest (a page not served
 * over HTTPS or from localhost): the files are then checked on load.
 */
export async function sha256(bytes: Uint8Array): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fetchCodebook(): Promise<Codebook> {
  const file = 'data/codebook.json';
  // The bytes, not only the JSON: their hash says whether the build checked this very file.
  const bytes = await fetchBytes(codebookUrl, file);
  const json = parseJson(bytes, file);
  const hash = await sha256(bytes).catch(() => null);
  // The build checked this very file (src/build/precompute.ts): its checks are not loaded again.
  const codebook =
    hash !== null && hash === checked?.codebook
      ? (json as Codebook)
      : (await import('../lib/codebook/validate')).validateCodebook(json, file);
  codebookHashes.set(codebook, hash);
  return codebook;
}

/** The SHA-256 of the codebook as fetched (null where the browser offers no digest). */
export function codebookHash(codebook: Codebook): string | null {
  return codebookHashes.get(codebook) ?? null;
}

/**
 * DuckDB in its worker (src/app/engine-start.ts): started by index.html's early script as the
 * page opens, or here if that did not run (a development server, a failed import). Its worker
 * fetches and compiles the wasm on another core while the page draws its first view from what the
 * build shipped.
 */
export function startEngine(onStage: (stage: Stage) => void): Promise<Engine> {
  return import('./engine-start').then(({ started, onProgress }) => {
    onProgress((loaded, total) => onStage({ step: 'engine', loaded, total }));
    return started;
  });
}
