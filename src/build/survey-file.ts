/**
 * The survey as a DuckDB database file, which the site attaches instead of reading the wave CSVs
 * on every visit (src/lib/data/built-survey.ts): DuckDB is ready as soon as it is open, at any
 * size, where parsing and typing the CSVs took 0.3 s at 2,000 rows and 4 s at a million.
 *
 * Written by DuckDB's native Node client (1.4.4: DuckDB 1.4's storage format, which duckdb-wasm
 * 1.32's DuckDB 1.4.3 reads; 1.4.3's own client lacks other systems' binaries in this project's
 * registry, so a lock file made with it fails `npm ci`), because duckdb-wasm's Node bundle cannot
 * write one: its file system has no truncate, and a checkpoint never writes the file's header
 * (every table is lost). The native client reads the very wave
 * files the build checked with the very statements the site runs (load-wave.ts), and the result
 * is then attached in duckdb-wasm and compared, row for row and column for column, with the
 * waves as duckdb-wasm loaded them: a file that differs in anything stops the build.
 */

import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Codebook } from '../lib/codebook/types';
import type { LoadedWave } from '../lib/data/load-wave';
import { insertWaveSql, readWaveSql } from '../lib/data/load-wave';
import { RESPONSES } from '../lib/data/tables';
import type { Engine } from '../lib/db/engine';

/** The name the file is compared under in the build's duckdb-wasm. */
const COMPARED = 'built';

/**
 * Writes `out` from the wave files in `dataDir` that `engine` (duckdb-wasm) has loaded as
 * `waves`, after checking that duckdb-wasm reads back from it exactly its own `responses`.
 */
export async function writeSurveyFile(
  engine: Engine,
  codebook: Codebook,
  dataDir: string,
  waves: readonly LoadedWave[],
  out: string,
): Promise<void> {
  const partial = `${out}.${process.pid}.tmp`;
  await rm(partial, { force: true });
  const instance = await DuckDBInstance.create(partial, { threads: '1' });
  try {
    const connection = await instance.connect();
    try {
      for (const wave of waves) {
        const file = codebook.waves.find((w) => w.year === wave.year)!.file;
        const from = readWaveSql(path.resolve(dataDir, file), wave.columns);
        await connection.run(insertWaveSql(codebook, wave.year, from));
      }
      await connection.run('CHECKPOINT');
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  // Nothing is left in a write-ahead log: the file alone holds the data (checked below).
  if (existsSync(`${partial}.wal`)) await rm(`${partial}.wal`);
  const bytes = new Uint8Array(await readFile(partial));
  try {
    await compare(engine, bytes, waves);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  await rename(partial, out);
}

/** Throws unless `bytes`, attached in duckdb-wasm, hold exactly the engine's `responses`. */
async function compare(engine: Engine, bytes: Uint8Array, waves: readonly LoadedWave[]) {
  const name = `${COMPARED}.duckdb`;
  await engine.registerFile(name, bytes);
  await engine.query(`ATTACH '${name}' AS ${COMPARED} (READ_ONLY)`);
  try {
    const columns = async (catalog: string) =>
      (
        await engine.query(
          `SELECT column_name, data_type FROM information_schema.columns ` +
            `WHERE table_catalog = ? AND table_schema = 'main' AND table_name = ? ` +
            `ORDER BY ordinal_position`,
          [catalog, RESPONSES],
        )
      )
        .map((c) => `${String(c.column_name)} ${String(c.data_type)}`)
        .join(', ');
    const [built, loaded] = [await columns(COMPARED), await columns('memory')];
    if (built !== loaded)
      throw new Error(`The built survey's columns (${built}) are not those loaded (${loaded})`);
    // Both ways, with duplicates (EXCEPT ALL), per wave: a row missing, added or changed.
    const differ = await engine.query(
      `SELECT wave, count(*) AS n FROM (` +
        `(FROM ${COMPARED}.${RESPONSES} EXCEPT ALL FROM memory.main.${RESPONSES}) UNION ALL ` +
        `(FROM memory.main.${RESPONSES} EXCEPT ALL FROM ${COMPARED}.${RESPONSES})` +
        `) GROUP BY wave ORDER BY wave`,
    );
    if (differ.length > 0)
      throw new Error(
        `The built survey differs from the waves as loaded: ${differ
          .map((d) => `${String(d.wave)}: ${String(d.n)} rows`)
          .join(', ')}`,
      );
    const [{ n }] = (await engine.query(
      `SELECT count(*)::INTEGER AS n FROM ${COMPARED}.${RESPONSES}`,
    )) as [{ n: number }];
    const expected = waves.reduce((sum, w) => sum + w.rows, 0);
    if (n !== expected)
      throw new Error(`The built survey has ${n} rows, the waves loaded ${expected}`);
  } finally {
    await engine.query(`DETACH ${COMPARED}`);
  }
}
