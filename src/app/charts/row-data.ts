import type { Item, Lang } from '../../lib/codebook/types';
import type { PanelRow } from '../../lib/figures/panel';
import type { Figure } from '../../lib/figures/types';
import { t } from '../../lib/i18n/translate';
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
  /** Tested against the rest (not "too few to compare", nor a chart without a test). */
  tested: boolean;
  /**
   * A significant difference from the rest in shape and words, not colour alone: "▲ hoger" or
   * "▼ lager"; empty where there is none.
   */
  flag: string;
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
    const tone = described?.tone ?? 'none';
    const diff = row.comparison?.diff ?? 0;
    return {
      key: `${row.kind}:${row.group ?? ''}`,
      label: labelOf(row),
      kind: row.kind,
      n: row.figure.n,
      figure: row.figure,
      tone,
      comparison: described?.text ?? null,
      tested: row.comparison != null,
      flag: tone === 'none' ? '' : diff > 0 ? `▲ ${t(lang, 'higher')}` : `▼ ${t(lang, 'lower')}`,
    };
  });
}

/** "36%" and its flag, if any: "36% ▲ hoger". */
export function flagged(value: string, flag: string): string {
  return flag ? `${value} ${flag}` : value;
}

/**
 * A row's tooltip in the chart: how it differs from the rest, with the difference's 95% interval
 * (the same text as the table's last column); none where the row is not compared.
 */
export function comparisonTitle<F extends Figure>(d: RowDatum<F>): string | null {
  return d.comparison === null ? null : `${d.label}: ${d.comparison}`;
}
