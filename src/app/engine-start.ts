/**
 * DuckDB, started as this module is evaluated. index.html's early script imports it while the
 * app's own JavaScript is still being fetched and compiled (src/build/early-fetch.ts), so that
 * DuckDB's worker fetches its JavaScript and the wasm from the page's first milliseconds, not
 * once the app runs; the app takes this same start (boot.ts, startEngine). A module is evaluated
 * once per page, whoever imports it first: there is one engine.
 */

import type { Progress } from '../lib/db/browser';
import { createBrowserEngine } from '../lib/db/browser';
import type { Engine } from '../lib/db/engine';

let report: Progress | null = null;
let last: [loaded: number, total: number] | null = null;

export const started: Promise<Engine> = createBrowserEngine((loaded, total) => {
  last = [loaded, total];
  report?.(loaded, total);
});
// Awaited by the app, which shows a failure; not an unhandled rejection before it asks.
started.catch(() => undefined);

/** Progress of the wasm's download from now on, and where it stands already. */
export function onProgress(listener: Progress): void {
  report = listener;
  if (last) listener(...last);
}
