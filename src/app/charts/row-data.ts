import type { Item, Lang } from '../../lib/codebook/types';
import type { PanelRow } from '../../lib/figures/panel';
import type { Figure } from '../../lib/figures/types';
import type { Tone } from '../comparison';
import { describeComparison } from '../comparison';

/** What every chart needs of a row: a unique key for the axis, its label, n and comparison. */
export interface RowDatum<F extends Figure> {
  key: string;
  label: string;
  kind: PanelRow['kind'];
  n: number;
  figure: F;
  tone: Tone;
  comparison: string | null;
}

export function rowData<F extends Figure>(
  rows: PanelRow<F>[],
  labelOf: (row: PanelRow<F>) => string,
  item: Item,
  lang: Lang,
  unit: 'points' | 'value',
): RowDatum<F>[] {
  return rows.map((row) => {
    const described = describeComparison(row, item, lang, unit);
    return {
      key: `${row.kind}:${row.group ?? ''}`,
      label: labelOf(row),
      kind: row.kind,
      n: row.figure.n,
      figure: row.figure,
      tone: described?.tone ?? 'none',
      comparison: described?.text ?? null,
    };
  });
}

/**
 * A row's tooltip in the chart: how it differs from the rest, with the difference's 95% interval
 * (the same text as the table's last column); none where the row is not compared.
 */
export function comparisonTitle<F extends Figure>(d: RowDatum<F>): string | null {
  return d.comparison === null ? null : `${d.label}: ${d.comparison}`;
}
