import type { Codebook } from '../lib/codebook/types';
import { DataFileError } from '../lib/data/issues';
import type { ViewResults } from '../lib/query/shipped';
import { decodeViewResults, servesCodebook } from '../lib/query/shipped';
import type { Engine } from '../lib/db/engine';
import type { Precomputed } from '../lib/view/precomputed';
import { checked, codebookUrl, precomputedUrl, resultsUrl } from './data-files';
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
 * The build's precomputed default view. Only a speed-up: if it cannot be read, the page computes
 * the same figures live once DuckDB is ready, so a failure is logged, not shown.
 */
async function fetchPrecomputed(url: string): Promise<Precomputed | null> {
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

/**
 * What the build computed for the survey, fetched when first wanted: the default view of every
 * topic, and each topic's query results, from which any unweighted view of it is added up
 * (src/lib/query/shipped.ts). Either is only a speed-up: what cannot be read is computed by
 * DuckDB once it is ready, so a failure is logged, not shown.
 */
export interface Prepared {
  /** The default view of every topic (null: none, or unreadable). */
  figures: Promise<Precomputed | null>;
  /** A topic's results (null: none, unreadable, or made for other dimensions); fetched once. */
  results(topic: string): Promise<ViewResults | null>;
  /** DuckDB holds the data, and the trainee counts are known (never rejects). */
  ready: Promise<void>;
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
export function prepare(codebook: Codebook, booted: Promise<unknown>): Prepared {
  const figures = precomputedUrl ? fetchPrecomputed(precomputedUrl) : Promise.resolve(null);
  const results = new Map<string, Promise<ViewResults | null>>();
  return {
    figures,
    ready: booted.then(
      () => undefined,
      () => new Promise<void>(() => undefined),
    ),
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
 * Starts DuckDB in its worker: its JavaScript (with Arrow) is a chunk of its own, which
 * index.html asks for beside the app's (src/build/early-fetch.ts); the worker then fetches and
 * compiles the wasm on another core while the page draws its first view from what the build
 * shipped. Started as the app starts, not once the codebook is read: DuckDB is ready sooner.
 */
export function startEngine(onStage: (stage: Stage) => void): Promise<Engine> {
  return import('../lib/db/browser').then(({ createBrowserEngine }) =>
    createBrowserEngine((loaded, total) => onStage({ step: 'engine', loaded, total })),
  );
}
