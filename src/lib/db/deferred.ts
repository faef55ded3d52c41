import type { Engine } from './engine';

/**
 * An engine to hand out before the real one exists (DuckDB starts in the background): every call
 * waits for it. A page that draws from results shipped with the build keeps this one object from
 * the start, so nothing it was given changes, and nothing is drawn again, when DuckDB is ready.
 */
export function deferredEngine(ready: Promise<Engine>): Engine {
  return {
    registerFile: async (name, bytes) => (await ready).registerFile(name, bytes),
    query: async (sql, params) => (await ready).query(sql, params),
    columns: async (sql, params) => (await ready).columns(sql, params),
    close: async () => (await ready).close(),
  };
}
