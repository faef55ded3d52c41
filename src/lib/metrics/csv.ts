import { writeCsv } from '../data/csv';
import type { MetricRecord } from './records';
import { METRIC_COLUMNS } from './records';

/**
 * Records as CSV text: a header of METRIC_COLUMNS, one line per record, CRLF line ends (RFC 4180),
 * numbers in full precision with a `.` decimal point, booleans as true/false.
 */
export function recordsToCsv(records: readonly MetricRecord[]): string {
  return writeCsv(METRIC_COLUMNS, records, { newline: '\r\n' });
}
