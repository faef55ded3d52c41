import type { Columns, Row } from './engine';

interface ArrowVector extends Iterable<unknown> {
  nullCount: number;
  toArray(): ArrayLike<unknown>;
}

interface ArrowLike {
  numRows: number;
  schema: { fields: { name: string }[] };
  toArray(): { toJSON(): Row }[];
  getChild(name: string): ArrowVector | null;
}

/** Arrow results as plain rows; the database is opened with castBigIntToDouble, so no BigInt. */
export function arrowRows(table: ArrowLike): Row[] {
  return table.toArray().map((r) => ({ ...r.toJSON() }));
}

/**
 * Arrow results as columns. A number column without NULL keeps Arrow's own typed array (toArray
 * gives no nulls: it would read a NULL as 0); any other column is copied with its nulls.
 */
export function arrowColumns(table: ArrowLike): Columns {
  const values: Record<string, ArrayLike<unknown>> = {};
  for (const { name } of table.schema.fields) {
    const vector = table.getChild(name)!;
    const typed = vector.nullCount === 0 ? vector.toArray() : null;
    values[name] = typed instanceof Float64Array ? typed : [...vector];
  }
  return { length: table.numRows, values };
}
