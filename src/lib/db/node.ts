import { createRequire } from 'node:module';
import path from 'node:path';
// The package's exports map hides these typings from TypeScript's resolver; the path is stable.
import type * as DuckDBNode from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking';
import { arrowColumns, arrowRows } from './arrow-rows';
import type { Engine, SqlValue } from './engine';

/**
 * duckdb-wasm's blocking node bundle (its async node bundle does not work on Node 20: DESIGN.md
 * pitfalls). Used by vitest and the CLI so they run the very SQL the browser runs.
 */
export async function createNodeEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(entry) as typeof DuckDBNode;
  const dist = path.dirname(entry);
  const db = await duckdb.createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  const table = (sql: string, params: readonly SqlValue[]) => {
    if (params.length === 0) return conn.query(sql);
    const statement = conn.prepare(sql);
    try {
      return statement.query(...params);
    } finally {
      statement.close();
    }
  };
  return {
    registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
      return Promise.resolve();
    },
    query: (sql: string, params: readonly SqlValue[] = []) =>
      Promise.resolve().then(() => arrowRows(table(sql, params))),
    columns: (sql: string, params: readonly SqlValue[] = []) =>
      Promise.resolve().then(() => arrowColumns(table(sql, params))),
    close() {
      conn.close();
      return Promise.resolve();
    },
  };
}
