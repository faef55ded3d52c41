/**
 * DuckDB could not start in the browser: its worker's script (`file`) did not load or threw. Not
 * a fault of the data, so the page says so in its own words (src/app/App.svelte) rather than
 * asking the reader to fix a data file.
 */
export class EngineStartError extends Error {
  constructor(
    /** The worker script, as the site serves it. */
    readonly file: string,
    /** What the browser said, if anything. */
    readonly reason: string | null,
  ) {
    super(`DuckDB's worker ${file} could not start${reason ? `: ${reason}` : ''}`);
    this.name = 'EngineStartError';
  }
}
