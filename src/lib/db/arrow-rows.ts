import type { Row } from './engine';

interface ArrowLike {
  toArray(): { toJSON(): Row }[];
}

/** Arrow results as plain rows; the database is opened with castBigIntToDouble, so no BigInt. */
export function arrowRows(table: ArrowLike): Row[] {
  return table.toArray().map((r) => ({ ...r.toJSON() }));
}
