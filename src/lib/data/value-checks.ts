import { itemInWave, waveColumns } from '../codebook/asked';
import { optionColumn, isStored } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import type { Statement } from '../db/engine';
import { ident, placeholders } from '../db/sql';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

/** One query per check, each returning rows (line, value) that break it. */
export interface ValueCheck {
  column: string;
  expected: Message;
  statement: Statement;
}

/** A number as DuckDB reads it from text, accepting a Dutch decimal comma. */
export function numberFromText(column: string): string {
  return `TRY_CAST(replace(${ident(column)}, ',', '.') AS DOUBLE)`;
}

/**
 * Checks every stored column of a raw all-VARCHAR table against the codebook. `rowid + 2` is the
 * file line (header is line 1) because the table keeps file order and has no rejected rows. For
 * a wave: only the items asked in it, each by its name in that wave's file and on the scale it
 * was asked on then (src/lib/codebook/asked.ts).
 */
export function valueChecks(codebook: Codebook, table: string, wave?: number): ValueCheck[] {
  const checks: ValueCheck[] = [];
  const from = `FROM ${ident(table)}`;
  const inFile =
    wave === undefined ? null : new Map(waveColumns(codebook, wave).map((c) => [c.column, c.file]));
  const select = (column: string) => `SELECT rowid + 2 AS line, ${ident(column)} AS value ${from}`;
  const items = codebook.items
    .filter(isStored)
    .flatMap((i) => (wave === undefined ? [i] : (itemInWave(codebook, i.id, wave) ?? [])));
  for (const stored of items) {
    // The item under its name in the file: a check names the column the data owner sees.
    const item = { ...stored, id: inFile?.get(stored.id) ?? stored.id };
    if (isCoded(item)) {
      const codes = item.values.map((v) => v.code);
      checks.push({
        column: item.id,
        expected: message('issue.codes', { codes: codes.join(', ') }),
        statement: {
          sql: `${select(item.id)} WHERE ${ident(item.id)} NOT IN (${placeholders(codes)})`,
          params: codes,
        },
      });
      // An empty dimension is allowed: released files withhold quasi-identifier values so that
      // every class of them holds ≥ k rows (src/lib/privacy/release.ts): "afgeschermd of onbekend".
    } else if (isNumeric(item)) {
      const n = numberFromText(item.id);
      const whole = item.type === 'rating10' ? ` OR ${n} <> round(${n})` : '';
      checks.push({
        column: item.id,
        expected: message(item.type === 'rating10' ? 'issue.wholeNumber' : 'issue.number', {
          min: item.min ?? '',
          max: item.max ?? '',
        }),
        statement: {
          sql: `${select(item.id)} WHERE ${ident(item.id)} IS NOT NULL AND (${n} IS NULL OR ${n} < ? OR ${n} > ?${whole})`,
          params: [item.min!, item.max!],
        },
      });
    } else if (isMulti(item)) {
      for (const option of item.options) {
        const column = optionColumn(item, option);
        checks.push({
          column,
          expected: message('issue.chosen'),
          statement: {
            sql: `${select(column)} WHERE ${ident(column)} NOT IN ('0', '1')`,
            params: [],
          },
        });
      }
    }
  }
  return checks;
}
