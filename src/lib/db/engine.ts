/**
 * One database interface with two implementations (DESIGN.md, as in Evidence): duckdb-wasm in a
 * Web Worker in the browser, and the same duckdb-wasm (blocking node bundle) in tests and the CLI,
 * so every query runs on the same engine and SQL everywhere.
 */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, unknown>;

/**
 * A result column by column: a Float64Array where a column of numbers has no NULL, otherwise an
 * array of values with null. Reading thousands of rows this way makes no object per row.
 */
export interface Columns {
  length: number;
  values: Record<string, ArrayLike<unknown>>;
}

export interface Engine {
  /** Makes a file's bytes readable by name in SQL, e.g. `read_csv('2024.csv')`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Runs one statement; `?` placeholders are bound to `params`, never spliced into the SQL. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The same, as columns. */
  columns(sql: string, params?: readonly SqlValue[]): Promise<Columns>;
  close(): Promise<void>;
}

/** A parameterised statement, as built by the query layer. */
export interface Statement {
  sql: string;
  params: SqlValue[];
}
