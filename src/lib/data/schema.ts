import { isStored, optionColumn } from '../codebook/columns';
import { parseFormula } from '../codebook/formula';
import type { Codebook } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import { ident } from '../db/sql';
import { numberFromText } from './value-checks';

/** The table every wave is loaded into; queries filter it on `wave`. */
export const RESPONSES = 'responses';

/** Post-stratification weights per wave and specialty, from data/population.json. */
export const WEIGHTS = 'weights';

export interface TypedColumn {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'INTEGER';
  /** How to compute it from the raw all-VARCHAR table. */
  expr: string;
}

/**
 * The typed columns of `responses`: codes as text, numbers as doubles, options as 0/1, and the
 * derived metrics materialised once at load so that every query can treat them as columns.
 */
export function typedColumns(codebook: Codebook): TypedColumn[] {
  const columns: TypedColumn[] = [];
  for (const item of codebook.items.filter(isStored)) {
    if (isCoded(item)) columns.push({ name: item.id, type: 'VARCHAR', expr: ident(item.id) });
    else if (isNumeric(item))
      columns.push({ name: item.id, type: 'DOUBLE', expr: numberFromText(item.id) });
    else if (isMulti(item))
      for (const option of item.options) {
        const name = optionColumn(item, option);
        columns.push({ name, type: 'INTEGER', expr: `CAST(${ident(name)} AS INTEGER)` });
      }
  }
  for (const item of codebook.items.filter(isNumeric)) {
    if (item.formula === undefined) continue;
    const terms = parseFormula(item.formula);
    if (typeof terms === 'string') throw new Error(`${item.id}: ${terms}`);
    const expr = terms
      .map((t, i) => `${t.sign < 0 ? '- ' : i > 0 ? '+ ' : ''}${numberFromText(t.item)}`)
      .join(' ');
    columns.push({ name: item.id, type: 'DOUBLE', expr: `(${expr})` });
  }
  return columns;
}

export function createResponsesSql(codebook: Codebook): string {
  const defs = typedColumns(codebook).map((c) => `${ident(c.name)} ${c.type}`);
  return `CREATE TABLE IF NOT EXISTS ${RESPONSES} (wave INTEGER, ${defs.join(', ')})`;
}
