import type { Table } from 'apache-arrow';
import type { Columns, Row } from './engine';

/** A LIST value (an Arrow Vector) as a plain array, nested lists too; anything else as it is. */
function plain(value: unknown): unknown {
  // Duck-typed: a Vector of another copy of apache-arrow is one too.
  const vector =
    value !== null &&
    typeof value === 'object' &&
    !ArrayBuffer.isView(value) &&
    typeof (value as { toArray?: unknown }).toArray === 'function' &&
    Symbol.iterator in value;
  return vector ? Array.from(value as Iterable<unknown>, plain) : value;
}

/**
 * Arrow results as plain rows; the database is opened with castBigIntToDouble, so no BigInt. A
 * LIST column (e.g. a distribution's values) becomes an array.
 */
export function arrowRows(table: Table): Row[] {
  return table.toArray().map((r: { toJSON(): Row }) => {
    const row = r.toJSON();
    return Object.fromEntries(Object.keys(row).map((k) => [k, plain(row[k])]));
  });
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
