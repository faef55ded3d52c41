import type { DataIssue } from './issues';

const ID = /^[a-z][a-z0-9_]*$/;

export interface Header {
  /** SQL-safe column names in file order; unusable names become `extra_<position>`. */
  names: string[];
  /** Header names that are not codebook columns (ignored, but reported). */
  extra: string[];
  issues: DataIssue[];
}

/**
 * Reads the first line of a comma-separated file and checks it against the expected columns.
 * Column names from a file are never spliced into SQL unless they are plain snake_case ids.
 */
export function readHeader(file: string, bytes: Uint8Array, expected: string[]): Header {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const issues: DataIssue[] = [];
  if (firstLine.trim() === '') {
    issues.push({ file, line: 1, expected: 'a header row naming the codebook columns' });
    return { names: [], extra: [], issues };
  }
  const raw = firstLine.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
  const seen = new Set<string>();
  const names = raw.map((name, i) => {
    if (seen.has(name))
      issues.push({ file, line: 1, column: name, expected: 'each column name only once' });
    seen.add(name);
    return ID.test(name) ? name : `extra_${i + 1}`;
  });
  const wanted = new Set(expected);
  for (const column of expected) {
    if (!seen.has(column))
      issues.push({
        file,
        line: 1,
        column,
        expected: `a column "${column}" (defined in the codebook)`,
      });
  }
  if (issues.length > 0 && seen.size === 1 && raw.length === 1)
    issues.unshift({
      file,
      line: 1,
      value: firstLine.slice(0, 80),
      expected: 'comma-separated values',
    });
  const extra = raw.filter((name) => !wanted.has(name));
  return { names, extra, issues };
}
