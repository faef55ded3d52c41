import { writeCsv } from '../data/csv';
import type { AggregateTable } from './csv';

/**
 * CSV text with a byte-order mark, so spreadsheet programs read the accents right. Apart from
 * the table (csv.ts): the CSV writer is loaded only when a file is downloaded.
 */
export function toCsv(table: AggregateTable): string {
  return writeCsv(table.columns, table.rows, { newline: '\r\n', bom: true });
}
