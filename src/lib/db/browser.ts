import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { arrowRows } from './arrow-rows';
import type { Engine, SqlValue } from './engine';

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
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
    onProgress?.(p.bytesLoaded, p.bytesTotal),
  );
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  return {
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async query(sql: string, params: readonly SqlValue[] = []) {
      if (params.length === 0) return arrowRows(await conn.query(sql));
      const statement = await conn.prepare(sql);
      try {
        return arrowRows(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async close() {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
