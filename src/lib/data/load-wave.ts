import { notAskedColumns, waveColumns } from '../codebook/asked';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import { ident } from '../db/sql';
import { readHeader } from './csv-header';
import type { DataIssue } from './issues';
import { DataFileError } from './issues';
import { createResponsesSql, typedColumns } from './schema';
import { RESPONSES } from './tables';
import { valueChecks } from './value-checks';
import { message } from '../i18n/translate';

/** Enough problems to fix a file in a few passes without flooding the screen. */
const MAX_ISSUES = 50;

export interface LoadedWave {
  year: number;
  rows: number;
  /** Columns in the file that the codebook does not define: ignored, and said so. */
  ignoredColumns: string[];
  /** The file's header, in its order: how the file is read (readWaveSql). */
  columns: string[];
}

/**
 * A wave file read as DuckDB reads it here: every column as text, under the header's names, no
 * guessing. `file` is a registered file's name or, in the build, a path.
 */
export function readWaveSql(file: string, columns: readonly string[], options = ''): string {
  const types = columns.map((n) => `'${n}': 'VARCHAR'`).join(', ');
  return (
    `read_csv('${file.replaceAll("'", "''")}', header = true, delim = ',', quote = '"', ` +
    `escape = '"', auto_detect = false, columns = {${types}}${options})`
  );
}

/**
 * The statement that makes `responses` if need be and puts a wave's rows into it, typed, from
 * `from` (a wave file read by readWaveSql, or its checked copy); its result is the number of rows
 * inserted. The year is an integer, so it is written into the SQL: a statement with bound values
 * cannot be one of several sent at once.
 */
export function insertWaveSql(codebook: Codebook, year: number, from: string): string {
  if (!Number.isInteger(year)) throw new Error(`Not a wave year: ${year}`);
  const typed = typedColumns(codebook, year);
  return (
    `${createResponsesSql(codebook)}; DELETE FROM ${RESPONSES} WHERE wave = ${year}; ` +
    `INSERT INTO ${RESPONSES} (wave, ${typed.map((c) => ident(c.name)).join(', ')}) ` +
    `SELECT ${year}::INTEGER, ${typed.map((c) => `CAST(${c.expr} AS ${c.type})`).join(', ')} ` +
    `FROM ${from}`
  );
}

/**
 * Loads one wave CSV into `responses`, after checking its header, its structure (DuckDB's CSV
 * rejects) and every value against the codebook. Throws a DataFileError naming file, line,
 * column, the value found and what was expected; never loads a file partly. The file has the
 * columns of the items asked in that wave, under their names then (src/lib/codebook/asked.ts):
 * not those of an item not asked (NULL in `responses` for that wave), and a renamed one is read
 * into the item's column.
 */
export async function loadWave(
  engine: Engine,
  codebook: Codebook,
  year: number,
  file: string,
  bytes: Uint8Array,
  /**
   * These very bytes passed every check against this very codebook before (the site's build:
   * src/build/precompute.ts records what it checked): the file's structure and values are not
   * checked again, its header still is; the rows are read straight into `responses`.
   */
  checked = false,
): Promise<LoadedWave> {
  if (!Number.isInteger(year)) throw new Error(`Not a wave year: ${year}`);
  if (bytes.length === 0)
    throw new DataFileError(file, [{ file, expected: message('issue.nonEmptyCsv') }]);
  const expected = waveColumns(codebook, year);
  const renamed = new Map(expected.filter((c) => c.file !== c.column).map((c) => [c.file, c]));
  const wave = String(year);
  const header = readHeader(
    file,
    bytes,
    expected.map((c) => c.file),
    {
      missing: (column) => {
        const old = renamed.get(column);
        return old
          ? message('issue.renamedColumn', { column, item: old.item, wave })
          : message('issue.waveColumn', { column, wave });
      },
      refused: new Map(
        notAskedColumns(codebook, year)
          .filter((c) => !renamed.has(c.column))
          .map((c) => [c.column, message('issue.notAskedColumn', { item: c.item, wave })]),
      ),
    },
  );
  if (header.issues.length > 0) throw new DataFileError(file, header.issues);

  const raw = `raw_${year}`;
  const rejects = `rejects_${year}`;
  const name = `wave_${year}.csv`;
  const registering = performance.now();
  await engine.registerFile(name, bytes);
  measure(`djs:wave-${year}-register`, registering);
  const csv = (options = '') => readWaveSql(name, header.names, options);
  const inserted = async (from: string) => {
    const inserting = performance.now();
    const [{ Count: n }] = (await engine.query(insertWaveSql(codebook, year, from))) as [
      { Count: number },
    ];
    measure(`djs:wave-${year}-insert`, inserting);
    if (n === 0)
      throw new DataFileError(file, [{ file, line: 2, expected: message('issue.respondentRow') }]);
    return { year, rows: n, ignoredColumns: header.extra, columns: header.names };
  };
  // Bytes checked before, structure and values (by the build, with the same DuckDB): read
  // straight from the file into `responses`, one round trip to DuckDB's worker. A file that is
  // not what it was checked to be still fails the load, as DuckDB's own error.
  if (checked) return inserted(csv());

  try {
    // Read as text, every malformed line kept aside (rejects) to be named, all in one statement:
    // a line once (its first error: a short line has one per missing field), and how many.
    const structural = await engine.query(
      `CREATE OR REPLACE TABLE ${raw} AS SELECT * FROM ${csv(
        `, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${rejects}_scan'`,
      )}; ` +
        `SELECT line, csv_line, error_message, count(*) OVER () AS total FROM (SELECT * ` +
        `FROM ${rejects} QUALIFY row_number() OVER (PARTITION BY line ORDER BY column_idx) = 1) ` +
        `ORDER BY line LIMIT ${MAX_ISSUES}`,
    );
    if (structural.length > 0)
      throw new DataFileError(
        file,
        structural.map((r) => ({
          file,
          line: Number(r.line),
          value: String(r.csv_line).slice(0, 80),
          expected: message('issue.commaFields', {
            n: header.names.length,
            detail: String(r.error_message),
          }),
        })),
        Number(structural[0]!.total),
      );

    // Every value check in one statement: the first MAX_ISSUES lines that break each check, with
    // the number that do, told apart by the check's index.
    const checks = valueChecks(codebook, raw, year);
    const bad =
      checks.length === 0
        ? []
        : await engine.query(
            `SELECT k, line, value, count(*) OVER (PARTITION BY k) AS total FROM (${checks
              .map((check, k) => `SELECT ${k} AS k, line, value FROM (${check.statement.sql})`)
              .join(' UNION ALL ')}) ` +
              `QUALIFY row_number() OVER (PARTITION BY k ORDER BY line) <= ${MAX_ISSUES} ` +
              `ORDER BY k, line`,
            checks.flatMap((check) => check.statement.params),
          );
    const issues: DataIssue[] = [];
    let total = 0;
    let last = -1;
    for (const r of bad) {
      const check = checks[Number(r.k)]!;
      if (Number(r.k) !== last) total += Number(r.total);
      last = Number(r.k);
      if (issues.length >= MAX_ISSUES) continue;
      issues.push({
        file,
        line: Number(r.line),
        column: check.column,
        value: r.value === null ? '' : String(r.value),
        expected: check.expected,
      });
    }
    if (issues.length > 0) {
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      throw new DataFileError(file, issues, total);
    }
    return await inserted(raw);
  } finally {
    await engine.query(
      `DROP TABLE IF EXISTS ${raw}; DROP TABLE IF EXISTS ${rejects}; ` +
        `DROP TABLE IF EXISTS ${rejects}_scan`,
    );
  }
}

/** Timings for the browser benchmark (tests/bench): where a wave's load spends its time. */
function measure(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
}
