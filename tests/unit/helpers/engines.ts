import type { Engine } from '../../../src/lib/db/engine';

/** An engine that must not be asked: every figure has to come from the shipped results. */
export const refusing: Engine = {
  registerFile: () => Promise.reject(new Error('asked DuckDB to register a file')),
  query: (sql) => Promise.reject(new Error(`asked DuckDB: ${sql.slice(0, 80)}`)),
  columns: (sql) => Promise.reject(new Error(`asked DuckDB: ${sql.slice(0, 80)}`)),
  close: () => Promise.resolve(),
};

/** `engine`, with the SQL of every query it is asked added to `asked`. */
export function recording(engine: Engine, asked: string[]): Engine {
  return {
    ...engine,
    query: (sql, params) => (asked.push(sql), engine.query(sql, params)),
    columns: (sql, params) => (asked.push(sql), engine.columns(sql, params)),
  };
}
