import { firstRecord } from './csv';
import type { DataIssue } from './issues';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

const ID = /^[a-z][a-z0-9_]*$/;

export interface Header {
  /** SQL-safe column names in file order; unusable names become `extra_<position>`. */
  names: string[];
  /** Header names that are not codebook columns (ignored, but reported). */
  extra: string[];
  issues: DataIssue[];
}

/** What a wave's header is checked against beyond its columns (src/lib/codebook/asked.ts). */
export interface HeaderRules {
  /** What to say of a missing column; by default "defined in the codebook". */
  missing?: (column: string) => Message;
  /** Columns the file must not have, and what to say of each (an item not asked in the wave). */
  refused?: ReadonlyMap<string, Message>;
}

/**
 * Reads the header record of a comma-separated file and checks it against the expected columns.
 * Column names from a file are never spliced into SQL unless they are plain snake_case ids.
 */
export function readHeader(
  file: string,
  bytes: Uint8Array,
  expected: string[],
  rules: HeaderRules = {},
): Header {
  // TextDecoder drops a byte order mark; a header longer than 64 KB is no header of ours.
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
  const raw = firstRecord(text, ',').map((h) => h.trim());
  const issues: DataIssue[] = [];
  if (raw.length <= 1 && (raw[0] ?? '') === '') {
    issues.push({ file, line: 1, expected: message('issue.headerColumns') });
    return { names: [], extra: [], issues };
  }
  const seen = new Set<string>();
  const names = raw.map((name, i) => {
    if (seen.has(name))
      issues.push({ file, line: 1, column: name, expected: message('issue.columnOnce') });
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
        expected: rules.missing?.(column) ?? message('issue.codebookColumn', { column }),
      });
  }
  for (const name of seen) {
    const refused = rules.refused?.get(name);
    if (refused) issues.push({ file, line: 1, column: name, expected: refused });
  }
  if (issues.length > 0 && seen.size === 1 && raw.length === 1)
    issues.unshift({
      file,
      line: 1,
      value: raw[0]!.slice(0, 80),
      expected: message('issue.commaSeparated'),
    });
  const extra = raw.filter((name) => !wanted.has(name) && !rules.refused?.has(name));
  return { names, extra, issues };
}
