import type { CodedItem, Lang } from '../codebook/types';
import { locale } from '../format/number';
import type { OptionsFigure, ShareFigure } from './kinds';
import type { Panel, PanelRow } from './panel';
import type { Figure } from './types';

/**
 * How the groups of a comparison are ordered: by their figure, highest first (the question a
 * reader asks first is "who is highest, who lowest?"), or by name on request (`?order=alpha`).
 */
export const ROW_ORDERS = ['value', 'alpha'] as const;
export type RowOrder = (typeof ROW_ORDERS)[number];

/**
 * The figure a row is ranked by: its mean or headline share; for an ordered scale without a
 * headline (the marks 1–10) the mean position of its answers, so the marks' spread follows the
 * order of the mean beside it; null where there is no single figure (then it keeps its place).
 */
export function rankValue(panel: Panel, row: PanelRow): number | null {
  if (panel.type === 'options') return null;
  if (row.figure.value) return row.figure.value.estimate;
  if (panel.type !== 'share' || !isOrdered(panel.item)) return null;
  const parts = (row.figure as ShareFigure).parts;
  if (!parts.some((p) => p.value)) return null;
  const codes = panel.item.values.filter((v) => !v.excluded).map((v) => v.code);
  return parts.reduce((sum, p) => sum + (p.value?.estimate ?? 0) * codes.indexOf(p.code), 0);
}

/** An answer scale whose order means something: drawn and ranked as ordered. */
export function isOrdered(item: CodedItem): boolean {
  return item.ordered === true || item.type === 'likert5' || item.type === 'frequency5';
}

/**
 * The groups of a panel in the order asked, the selection first and the benchmark last as ever.
 * By value: the groups with a figure, highest first (ties by name), then "withheld or unknown",
 * then the groups too small to show, by name. By name: every group alphabetically in the
 * reader's language, "withheld or unknown" last.
 */
export function orderRows<F extends Figure>(
  rows: readonly PanelRow<F>[],
  valueOf: (row: PanelRow<F>) => number | null,
  order: RowOrder,
  labelOf: (row: PanelRow<F>) => string,
  lang: Lang,
): PanelRow<F>[] {
  const collator = new Intl.Collator(locale(lang));
  const byName = (a: PanelRow<F>, b: PanelRow<F>) => collator.compare(labelOf(a), labelOf(b));
  const groups = rows.filter((r) => r.kind === 'group');
  const named = groups.filter((r) => r.group !== null);
  const withheld = groups.filter((r) => r.group === null);
  let sorted: PanelRow<F>[];
  if (order === 'alpha') sorted = [...named].sort(byName);
  else {
    const valued = named.filter((r) => valueOf(r) !== null);
    const rest = named.filter((r) => valueOf(r) === null).sort(byName);
    valued.sort((a, b) => valueOf(b)! - valueOf(a)! || byName(a, b));
    sorted = [...valued, ...rest];
  }
  return [
    ...rows.filter((r) => r.kind === 'selection'),
    ...sorted,
    ...withheld,
    ...rows.filter((r) => r.kind === 'benchmark'),
  ];
}

/** A panel with its groups in the order asked (its chart, table, CSV and summary follow it). */
export function orderPanel(
  panel: Panel,
  order: RowOrder,
  labelOf: (row: PanelRow) => string,
  lang: Lang,
): Panel {
  if (!panel.rows.some((r) => r.kind === 'group')) return panel;
  const rows = orderRows(
    panel.rows as PanelRow[],
    (row) => rankValue(panel, row),
    order,
    labelOf,
    lang,
  );
  return { ...panel, rows } as Panel;
}

/** `panel`'s rows in the order of `like`'s (the marks' spread beside its mean), by group. */
export function orderLike(panel: Panel, like: Panel): Panel {
  const key = (r: PanelRow) => `${r.kind}:${r.group ?? ''}`;
  const at = new Map(like.rows.map((r, i) => [key(r as PanelRow), i]));
  const rows = [...(panel.rows as PanelRow[])].sort(
    (a, b) => (at.get(key(a)) ?? Infinity) - (at.get(key(b)) ?? Infinity),
  );
  return { ...panel, rows } as Panel;
}

/**
 * The indices of a multi-select's options, most chosen first (by the figure's shares; an option
 * not shown ranks last, in codebook order): the bars' order and the headline tiles' choice.
 */
export function optionsByValue(figure: OptionsFigure): number[] {
  const value = (i: number) => figure.parts[i]?.value?.estimate ?? -1;
  return figure.parts.map((_, i) => i).sort((a, b) => value(b) - value(a) || a - b);
}
