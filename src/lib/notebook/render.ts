import type { Row } from '../db/engine';
import type { BlockResult, ExecutedNotebook } from './execute';

export const NO_ROWS = '_(no rows)_';
export const NO_RESULT = '_(statement ran; no result set)_';

/**
 * Decimals for one column: none when every number is whole, otherwise as many as the values
 * need up to 2. A column that lies wholly within ±1 (proportions, p-values) gets up to 3, or more
 * so that its smallest non-zero value keeps 2 significant digits (0.00073, not 0.000), at most 6.
 * One precision per column keeps the figures of a table aligned and comparable.
 */
export function columnDecimals(values: readonly unknown[]): number {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (numbers.every((v) => Number.isInteger(v))) return 0;
  let max = 2;
  if (numbers.every((v) => Math.abs(v) < 1)) {
    const smallest = Math.min(...numbers.filter((v) => v !== 0).map((v) => Math.abs(v)));
    max = Math.min(6, Math.max(3, 1 - Math.floor(Math.log10(smallest))));
  }
  let decimals = 0;
  for (const v of numbers) {
    const target = v.toFixed(max);
    let d = decimals;
    while (d < max && Number(v.toFixed(d)) !== Number(target)) d++;
    decimals = Math.max(decimals, d);
  }
  return decimals;
}

/** One cell: numbers with the column's decimals and `.` as separator, NULL spelled out. */
export function formatValue(value: unknown, decimals = 0): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const text = value.toFixed(decimals);
    // No "-0.0" for a value that rounds to zero.
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Rows as a GitHub-flavoured Markdown table, numeric columns right-aligned. */
export function markdownTable(rows: readonly Row[], columns?: readonly string[]): string {
  const names = columns ?? (rows[0] === undefined ? [] : Object.keys(rows[0]));
  if (rows.length === 0 || names.length === 0) return NO_ROWS;
  const cells = names.map((name) => {
    const values = rows.map((r) => r[name]);
    const decimals = columnDecimals(values);
    const numeric =
      values.some((v) => typeof v === 'number') &&
      values.every((v) => v === null || v === undefined || typeof v === 'number');
    return { numeric, texts: values.map((v) => escapeCell(formatValue(v, decimals))) };
  });
  const header = `| ${names.map(escapeCell).join(' | ')} |`;
  const rule = `|${cells.map((c) => (c.numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  const body = rows.map((_, i) => `| ${cells.map((c) => c.texts[i]).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

function renderResult(result: BlockResult): string {
  return result.kind === 'none' ? NO_RESULT : markdownTable(result.rows, result.columns);
}

export interface RenderOptions {
  /** Lines put before the notebook, e.g. an HTML comment saying the file is generated. */
  header?: string[];
  /** Lines put after the notebook, e.g. which data files produced it. */
  footer?: string[];
}

/**
 * The executed notebook as Markdown: the original prose and SQL unchanged, each SQL block followed
 * by its result. The output depends only on the notebook and the data (no timestamps), so it can
 * be committed and diffed.
 */
export function renderNotebook(executed: ExecutedNotebook, options: RenderOptions = {}): string {
  const results = new Map(executed.results.map((r) => [r.block.index, r]));
  const out: string[] = [];
  if (options.header && options.header.length > 0) out.push(...options.header, '');
  const { blocks } = executed.notebook;
  blocks.forEach((block, i) => {
    out.push(...block.lines);
    if (block.kind !== 'sql') return;
    const result = results.get(block.index);
    if (!result)
      throw new Error(`SQL block ${block.index} of ${executed.notebook.file} did not run`);
    out.push('', ...renderResult(result).split('\n'));
    // A line of text right after a table would be read as one more row of it.
    const next = blocks[i + 1];
    if (next === undefined || next.lines[0]?.trim() !== '') out.push('');
  });
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  if (options.footer && options.footer.length > 0) out.push('', ...options.footer);
  return `${out.join('\n')}\n`;
}
