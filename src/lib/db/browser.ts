import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { arrowColumns, arrowRows } from './arrow-rows';
import type { Engine, SqlValue } from './engine';
import { EngineStartError } from './engine-start-error';

const STATEMENTS = 500;

/** Bytes of the wasm module fetched so far, for the loading indicator. */
export type Progress = (loaded: number, total: number) => void;

/**
 * duckdb-wasm in a Web Worker, with the wasm and worker files self-hosted through Vite `?url`
 * imports (no CDN: the site must work offline from any static host).
 */
export async function createBrowserEngine(onProgress?: Progress): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  // Marks for the browser benchmark (tests/bench): the worker started, the wasm fetched and
  // compiled in it, the database open and connected.
  const started = performance.mark('djs:duckdb-worker').startTime;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // A worker whose script cannot load: AsyncDuckDB only logs it and its instantiate never
  // settles (a progress bar for ever); here it fails, and the page says why.
  const unloadable = new Promise<never>((_, reject) =>
    worker.addEventListener(
      'error',
      (e) => {
        const file = new URL(bundle.mainWorker!, import.meta.url).pathname.split('/').pop()!;
        reject(new EngineStartError(file, (e as ErrorEvent).message || null));
      },
      { once: true },
    ),
  );
  unloadable.catch(() => undefined);
  // A wasm the server does not have: the worker's instantiate fails inside emscripten, which
  // does not answer, so it too would never settle. Its headers asked beside it say so; a request
  // that fails without an answer says nothing (the worker's own fetch tells then).
  const absent = fetch(bundle.mainModule, { method: 'HEAD' }).then(
    (response) => {
      if (response.ok) return new Promise<never>(() => undefined);
      const file = new URL(response.url).pathname.split('/').pop()!;
      throw new EngineStartError(file, `${response.status} ${response.statusText}`.trim());
    },
    () => new Promise<never>(() => undefined),
  );
  absent.catch(() => undefined);
  await Promise.race([
    db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
      onProgress?.(p.bytesLoaded, p.bytesTotal),
    ),
    unloadable,
    absent,
  ]);
  const instantiated = performance.now();
  performance.measure('djs:duckdb-instantiate', { start: started, end: instantiated });
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  performance.measure('djs:duckdb-connect', { start: instantiated, end: performance.now() });
  // A prepared statement per SQL text, kept: the query layer asks the same few shapes again and
  // again with other parameters, and preparing costs two extra round trips to the worker plus
  // DuckDB's planning every time. Oldest dropped first beyond STATEMENTS.
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      statement.catch(() => statements.delete(sql));
      statements.set(sql, statement);
      if (statements.size > STATEMENTS) {
        const [oldest, dropped] = statements.entries().next().value!;
        statements.delete(oldest);
        void dropped.then((st) => st.close()).catch(() => undefined);
      }
    }
    return statement;
  };
  const table = async (sql: string, params: readonly SqlValue[]) =>
    params.length === 0 ? conn.query(sql) : (await prepared(sql)).query(...params);
  return {
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    query: async (sql: string, params: readonly SqlValue[] = []) =>
      arrowRows(await table(sql, params)),
    columns: async (sql: string, params: readonly SqlValue[] = []) =>
      arrowColumns(await table(sql, params)),
    async close() {
      for (const statement of statements.values())
        await statement.then((st) => st.close()).catch(() => undefined);
      statements.clear();
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
