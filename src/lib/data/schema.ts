import { waveColumns } from '../codebook/asked';
import { isStored, optionColumn } from '../codebook/columns';
import { parseFormula } from '../codebook/formula';
import type { Codebook } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import { ident } from '../db/sql';
import { numberFromText } from './value-checks';
import { RESPONSES } from './tables';

export interface TypedColumn {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'INTEGER';
  /** How to compute it from the raw all-VARCHAR table. */
  expr: string;
}

/**
 * The typed columns of `responses`: codes as text, numbers as doubles, options as 0/1, and the
 * derived metrics materialised once at load so that every query can treat them as columns. For
 * a wave, each is read from its name in that wave's file, and is NULL where the item was not
 * asked (src/lib/codebook/asked.ts).
 */
export function typedColumns(codebook: Codebook, wave?: number): TypedColumn[] {
  const inFile =
    wave === undefined ? null : new Map(waveColumns(codebook, wave).map((c) => [c.column, c.file]));
  /** The raw column to read, or null when the wave's file has none. */
  const from = (name: string) => (inFile ? (inFile.get(name) ?? null) : name);
  const read = (name: string, expr: (raw: string) => string) => {
    const raw = from(name);
    return raw === null ? 'NULL' : expr(raw);
  };
  const columns: TypedColumn[] = [];
  for (const item of codebook.items.filter(isStored)) {
    if (isCoded(item)) columns.push({ name: item.id, type: 'VARCHAR', expr: read(item.id, ident) });
    else if (isNumeric(item))
      columns.push({ name: item.id, type: 'DOUBLE', expr: read(item.id, numberFromText) });
    else if (isMulti(item))
      for (const option of item.options) {
        const name = optionColumn(item, option);
        const expr = read(name, (raw) => `CAST(${ident(raw)} AS INTEGER)`);
        columns.push({ name, type: 'INTEGER', expr });
      }
  }
  for (const item of codebook.items.filter(isNumeric)) {
    if (item.formula === undefined) continue;
    const terms = parseFormula(item.formula);
    if (typeof terms === 'string') throw new Error(`${item.id}: ${terms}`);
    const expr = terms
      .map((t, i) => `${t.sign < 0 ? '- ' : i > 0 ? '+ ' : ''}${read(t.item, numberFromText)}`)
      .join(' ');
    columns.push({ name: item.id, type: 'DOUBLE', expr: `(${expr})` });
  }
  return columns;
}

export function createResponsesSql(codebook: Codebook): string {
  const defs = typedColumns(codebook).map((c) => `${ident(c.name)} ${c.type}`);
  return `CREATE TABLE IF NOT EXISTS ${RESPONSES} (wave INTEGER, ${defs.join(', ')})`;
}
