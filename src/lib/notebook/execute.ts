import type { Engine, Row } from '../db/engine';
import { NotebookError } from './error';
import type { Notebook, SqlBlock } from './parse';
import { splitStatements, sqlBlocks, stripComments } from './parse';

/** Statements that answer with a result set; others (CREATE, SET, …) have no table to show. */
const QUERY_KEYWORDS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'summarize',
  'describe',
  'show',
  'pivot',
  'unpivot',
  'explain',
  'call',
  'pragma',
]);

export interface BlockResult {
  block: SqlBlock;
  /** `rows`: the last statement is a query (possibly with no rows); `none`: it is not. */
  kind: 'rows' | 'none';
  rows: Row[];
  /** Column names in result order (empty when there are no rows: the engine returns rows only). */
  columns: string[];
  statements: number;
}

export interface ExecutedNotebook {
  notebook: Notebook;
  results: BlockResult[];
}

export function isQuery(sql: string): boolean {
  const first = /^[\s(]*([A-Za-z]+)/.exec(stripComments(sql))?.[1];
  return first !== undefined && QUERY_KEYWORDS.has(first.toLowerCase());
}

/** DuckDB points at `LINE n:` of the statement it was given; this maps it onto the .md file. */
function errorLine(message: string, statementLine: number): number {
  const m = /^LINE (\d+):/m.exec(message);
  return m ? statementLine + Number(m[1]) - 1 : statementLine;
}

/**
 * duckdb-wasm hands DECIMAL and HUGEINT values over as Arrow big-number objects without their
 * scale (1.5 arrives as the digits 15), so a silently wrong number would reach the table. Refuse
 * them and say how to fix the SQL.
 */
function checkValues(rows: Row[]): string | null {
  for (const row of rows)
    for (const [column, value] of Object.entries(row))
      if (typeof value === 'object' && value !== null && ArrayBuffer.isView(value))
        return (
          `Column "${column}" is a DECIMAL or HUGEINT (a literal such as 1.5, round() of one, or ` +
          `sum() of an INTEGER column), which duckdb-wasm passes on without its scale. Make it a ` +
          `DOUBLE, e.g. round(x, 1)::DOUBLE, or count rows instead: ` +
          `count(*) FILTER (WHERE option = 1).`
        );
  return null;
}

/**
 * Runs every SQL block in order on one engine (so a block may create temporary views or macros
 * that later blocks use) and keeps the result of each block's last statement. Stops at the first
 * failure with a NotebookError naming the file, block, line and DuckDB's message.
 */
export async function executeNotebook(
  engine: Engine,
  notebook: Notebook,
): Promise<ExecutedNotebook> {
  const results: BlockResult[] = [];
  for (const block of sqlBlocks(notebook)) {
    const location = {
      file: notebook.file,
      line: block.line,
      block: block.index,
      ...(block.name === undefined ? {} : { name: block.name }),
    };
    const statements = splitStatements(block.sql, block.sqlLine);
    let rows: Row[] = [];
    let kind: BlockResult['kind'] = 'none';
    for (const statement of statements) {
      try {
        rows = await engine.query(statement.sql);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new NotebookError(location, message, errorLine(message, statement.line));
      }
      kind = isQuery(statement.sql) ? 'rows' : 'none';
      const bad = kind === 'rows' ? checkValues(rows) : null;
      if (bad !== null) throw new NotebookError(location, bad, statement.line);
    }
    if (kind === 'none') rows = [];
    results.push({
      block,
      kind,
      rows,
      columns: rows[0] === undefined ? [] : Object.keys(rows[0]),
      statements: statements.length,
    });
  }
  return { notebook, results };
}

/** The result of the block with this name; throws when there is none (a typo in a test or link). */
export function resultOf(executed: ExecutedNotebook, name: string): BlockResult {
  const result = executed.results.find((r) => r.block.name === name);
  if (!result)
    throw new Error(
      `${executed.notebook.file} has no SQL block named "${name}"; named blocks: ` +
        executed.results
          .map((r) => r.block.name)
          .filter((n) => n !== undefined)
          .join(', '),
    );
  return result;
}
