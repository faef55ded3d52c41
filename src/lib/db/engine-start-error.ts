/**
 * DuckDB could not start in the browser: its worker's script or its wasm (`file`) did not load, or
 * the worker threw. Not a fault of the data, so the page says so in its own words
 * (src/app/App.svelte) rather than asking the reader to fix a data file.
 */
export class EngineStartError extends Error {
  constructor(
    /** The worker script or the wasm, as the site serves it. */
    readonly file: string,
    /** What the browser said, if anything. */
    readonly reason: string | null,
  ) {
    super(`DuckDB could not start: ${file}${reason ? `: ${reason}` : ''}`);
    this.name = 'EngineStartError';
  }
}
