// Types only: the build's early-script plugin reads INSTANTIATE_ID from here without DuckDB.
import type { WorkerResponseType } from '@duckdb/duckdb-wasm';
import type { Progress } from './browser';

/**
 * DuckDB's worker as index.html's early script leaves it on `window.__djsDuckDb`
 * (src/build/early-fetch.ts): created, and asked to instantiate the wasm, in the page's first
 * milliseconds. The worker's script and then the wasm are fetched while the page's own
 * JavaScript is still on its way, instead of once DuckDB's JavaScript has arrived and run: the
 * wasm is asked for as early as on a plain duckdb-wasm page, though this page has more to fetch
 * and run first (issue 19: DuckDB ready no later than on a plain page). What the worker said
 * before anyone listened is in `events`; `listen`, once set, gets the rest.
 */
export interface EarlyWorker {
  worker: Worker;
  /** The worker script's absolute URL: taken only if it is the bundle this browser would get. */
  url: string;
  /** performance.now() when the worker was made. */
  started: number;
  events: (MessageEvent | ErrorEvent)[];
  listen: ((event: MessageEvent | ErrorEvent) => void) | null;
}

/**
 * The id of the early script's INSTANTIATE message, in duckdb-wasm's worker protocol (the
 * request AsyncDuckDB.instantiate posts). Its answer is taken here, before an AsyncDuckDB is
 * attached: that one numbers its own requests from 0 again without a clash.
 */
export const INSTANTIATE_ID = 0;

interface Response {
  requestId: number;
  type: `${WorkerResponseType}`;
  data: { message?: string; name?: string; bytesLoaded?: number; bytesTotal?: number } | null;
}

/** Resolves once the early worker has instantiated the wasm, reporting its download meanwhile. */
export function instantiatedEarly(early: EarlyWorker, onProgress?: Progress): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const take = (event: MessageEvent | ErrorEvent) => {
      if (!('data' in event)) {
        reject(new Error(`DuckDB's worker could not start: ${event.message || 'no reason given'}`));
        return;
      }
      const { requestId, type, data } = event.data as Response;
      if (type === 'INSTANTIATE_PROGRESS')
        onProgress?.(data?.bytesLoaded ?? 0, data?.bytesTotal ?? 0);
      else if (requestId !== INSTANTIATE_ID) return;
      else if (type === 'OK') resolve();
      else if (type === 'ERROR') {
        const error = new Error(data?.message ?? 'DuckDB could not be instantiated');
        error.name = data?.name ?? error.name;
        reject(error);
      }
    };
    const before = early.events.splice(0);
    early.listen = take;
    before.forEach(take);
  }).finally(() => {
    // AsyncDuckDB listens from here on (addEventListener): nothing more is queued for nobody.
    early.listen = null;
    early.worker.onmessage = null;
    early.worker.onerror = null;
  });
}
