import type { Engine } from './engine';

/**
 * An engine to hand out before the real one exists (DuckDB starts in the background): every call
 * waits for it. A page that draws from results shipped with the build keeps this one object from
 * the start, so nothing it was given changes, and nothing is drawn again, when DuckDB is ready.
 */
export function deferredEngine(
  ready: Promise<Engine>,
  /** Told of every call: DuckDB is started by the first thing that asks it (App.svelte). */
  onUse: () => void = () => undefined,
): Engine {
  const engine = () => (onUse(), ready);
  return {
    registerFile: async (name, bytes) => (await engine()).registerFile(name, bytes),
    query: async (sql, params) => (await engine()).query(sql, params),
    columns: async (sql, params) => (await engine()).columns(sql, params),
    close: async () => (await engine()).close(),
  };
}
