import type { MetricRecord } from './records';
import { METRIC_COLUMNS } from './records';

/** One CSV field (RFC 4180): empty for null, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Records as CSV text: a header of METRIC_COLUMNS, one line per record, CRLF line ends (RFC 4180),
 * numbers in full precision with a `.` decimal point, booleans as true/false.
 */
export function recordsToCsv(records: readonly MetricRecord[]): string {
  const lines = [
    METRIC_COLUMNS.join(','),
    ...records.map((r) => METRIC_COLUMNS.map((c) => csvField(r[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
