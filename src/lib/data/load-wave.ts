import { notAskedColumns, waveColumns } from '../codebook/asked';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import { ident } from '../db/sql';
import { readHeader } from './csv-header';
import type { DataIssue } from './issues';
import { DataFileError } from './issues';
import { createResponsesSql, RESPONSES, typedColumns } from './schema';
import { valueChecks } from './value-checks';
import { message } from '../i18n/translate';

/** Enough problems to fix a file in a few passes without flooding the screen. */
const MAX_ISSUES = 50;

export interface LoadedWave {
  year: number;
  rows: number;
  /** Columns in the file that the codebook does not define: ignored, and said so. */
  ignoredColumns: string[];
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
   * src/build/precompute.ts records what it checked): the check of every value is left out, the
   * header and structure are still read as always.
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
  await engine.registerFile(name, bytes);
  const columns = header.names.map((n) => `'${n}': 'VARCHAR'`).join(', ');
  await engine.query(
    `CREATE OR REPLACE TABLE ${raw} AS SELECT * FROM read_csv('${name}', header = true, ` +
      `delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}}, ` +
      `store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${rejects}_scan')`,
  );
  try {
    const structural = await engine.query(
      `SELECT line, column_name, csv_line, error_type, error_message FROM ${rejects} ORDER BY line LIMIT ${MAX_ISSUES}`,
    );
    if (structural.length > 0) {
      const [{ n }] = (await engine.query(`SELECT count(*) AS n FROM ${rejects}`)) as [
        { n: number },
      ];
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
        n,
      );
    }

    const issues: DataIssue[] = [];
    let total = 0;
    for (const check of checked ? [] : valueChecks(codebook, raw, year)) {
      const bad = await engine.query(
        `SELECT line, value, count(*) OVER () AS total FROM (${check.statement.sql}) ORDER BY line LIMIT ${MAX_ISSUES}`,
        check.statement.params,
      );
      total += Number(bad[0]?.total ?? 0);
      for (const r of bad) {
        if (issues.length >= MAX_ISSUES) break;
        const value = r.value === null ? '' : String(r.value);
        issues.push({
          file,
          line: Number(r.line),
          column: check.column,
          value,
          expected: check.expected,
        });
      }
    }
    if (issues.length > 0) {
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      throw new DataFileError(file, issues, total);
    }

    await engine.query(createResponsesSql(codebook));
    const typed = typedColumns(codebook, year);
    await engine.query(`DELETE FROM ${RESPONSES} WHERE wave = ?`, [year]);
    await engine.query(
      `INSERT INTO ${RESPONSES} (wave, ${typed.map((c) => ident(c.name)).join(', ')}) ` +
        `SELECT ?::INTEGER, ${typed.map((c) => `CAST(${c.expr} AS ${c.type})`).join(', ')} FROM ${raw}`,
      [year],
    );
    const [{ n }] = (await engine.query(`SELECT count(*) AS n FROM ${RESPONSES} WHERE wave = ?`, [
      year,
    ])) as [{ n: number }];
    if (n === 0)
      throw new DataFileError(file, [{ file, line: 2, expected: message('issue.respondentRow') }]);
    return { year, rows: n, ignoredColumns: header.extra };
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${raw}`);
    await engine.query(`DROP TABLE IF EXISTS ${rejects}`);
    await engine.query(`DROP TABLE IF EXISTS ${rejects}_scan`);
  }
}
