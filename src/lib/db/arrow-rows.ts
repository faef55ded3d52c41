import type { Table } from 'apache-arrow';
import type { Columns, Row } from './engine';

/** Arrow results as plain rows; the database is opened with castBigIntToDouble, so no BigInt. */
export function arrowRows(table: Table): Row[] {
  return table.toArray().map((r: { toJSON(): Row }) => ({ ...r.toJSON() }));
}

/**
 * Arrow results as columns. A number column without NULL keeps Arrow's own typed array (toArray
 * gives no nulls: it would read a NULL as 0); any other column is copied with its nulls.
 */
export function arrowColumns(table: Table): Columns {
  const values: Record<string, ArrayLike<unknown>> = {};
  for (const { name } of table.schema.fields) {
    const vector = table.getChild(name)!;
    const typed: unknown = vector.nullCount === 0 ? vector.toArray() : null;
    values[name] = typed instanceof Float64Array ? typed : [...vector];
  }
  return { length: table.numRows, values };
}
