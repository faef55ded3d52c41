import type { Panel, PanelRow } from '../figures/panel';
import type { Figure } from '../figures/types';
import type { TestMethod } from '../stats/compare';
import type { Estimate } from '../stats/estimate';
import type { Part } from '../figures/kinds';
import { isSuppressed } from '../privacy/threshold';

/**
 * One figure as a flat record: what the metrics CLI prints, one per topic × item × measure × row.
 * It holds exactly what the site shows and nothing it hides.
 */
export interface MetricRecord {
  topic: string;
  item: string;
  /** headline, mean, median, code:<code> (a code's share) or option:<code> (an option's share). */
  measure: string;
  unit: 'proportion' | 'hours' | 'rating';
  /** selection, group (of the compare dimension) or benchmark. */
  row: PanelRow['kind'];
  /**
   * The compare dimension's code on a group row, null for those with it blank (withheld or
   * unknown); null on the selection and benchmark rows.
   */
  group: string | null;
  label: string;
  /** Null where the site shows no number: suppressed, shown only as a range, or no median. */
  estimate: number | null;
  /** The 95% interval; for a range, its ends (0 and 0.05, or 0.95 and 1). */
  lo: number | null;
  hi: number | null;
  /** An option's share shown only as a range ("< 5%", "> 95%"): see privacy/extremes.ts. */
  range: 'below' | 'above' | null;
  /**
   * Unweighted valid n, and the answers left out. All three are null when the row is suppressed:
   * with a group's size known from any other question they would give the hidden n away.
   */
  n: number | null;
  excluded: number | null;
  missing: number | null;
  /** Fewer than 10 valid answers: no figure. */
  suppressed: boolean;
  /**
   * Against the rest, for the measure that is tested (headline share or mean) only; null on the
   * other measures and where there is no comparison.
   */
  diff_vs_rest: number | null;
  /**
   * The 95% interval of diff_vs_rest: Newcombe's hybrid score interval for a share, Welch's for a
   * mean (stats/compare.ts); on the weighted estimates and effective n when weighted.
   */
  diff_lo: number | null;
  diff_hi: number | null;
  /** The test that gave p: z (pooled z-test), fisher (Fisher's exact test) or welch. */
  test: TestMethod | null;
  p: number | null;
  p_adjusted: number | null;
  /** Benjamini–Hochberg adjusted p < 0.05 across the groups of one chart. */
  significant: boolean | null;
  too_few_to_compare: boolean | null;
}

export const METRIC_COLUMNS = [
  'topic',
  'item',
  'measure',
  'unit',
  'row',
  'group',
  'label',
  'estimate',
  'lo',
  'hi',
  'range',
  'n',
  'excluded',
  'missing',
  'suppressed',
  'diff_vs_rest',
  'diff_lo',
  'diff_hi',
  'test',
  'p',
  'p_adjusted',
  'significant',
  'too_few_to_compare',
] as const satisfies readonly (keyof MetricRecord)[];

/** Labels a row: the selection, a group of the compare dimension, or the benchmark. */
export type RowLabeller = (row: PanelRow) => string;

/** The record with its keys in column order, so the JSON reads like the CSV. */
function inOrder(record: MetricRecord): MetricRecord {
  return Object.fromEntries(METRIC_COLUMNS.map((c) => [c, record[c]])) as unknown as MetricRecord;
}

/** A shown value as record fields; a range keeps its ends but no point estimate. */
function shown(value: Estimate | null) {
  if (!value) return { estimate: null, lo: null, hi: null, range: null };
  return {
    estimate: value.bound ? null : value.estimate,
    lo: value.lo,
    hi: value.hi,
    range: value.bound ?? null,
  };
}

type Base = Omit<MetricRecord, 'measure' | 'estimate' | 'lo' | 'hi' | 'range'>;
type Tested = Pick<
  MetricRecord,
  | 'diff_vs_rest'
  | 'diff_lo'
  | 'diff_hi'
  | 'test'
  | 'p'
  | 'p_adjusted'
  | 'significant'
  | 'too_few_to_compare'
>;

const UNTESTED: Tested = {
  diff_vs_rest: null,
  diff_lo: null,
  diff_hi: null,
  test: null,
  p: null,
  p_adjusted: null,
  significant: null,
  too_few_to_compare: null,
};

/** The row's test against the rest. */
function tested(row: PanelRow, suppressed: boolean): Tested {
  const c = row.comparison;
  if (c === undefined) return UNTESTED;
  if (c === null || suppressed) return { ...UNTESTED, too_few_to_compare: true };
  return {
    diff_vs_rest: c.diff,
    diff_lo: c.lo,
    diff_hi: c.hi,
    test: c.method,
    p: c.p,
    p_adjusted: c.pAdjusted,
    significant: c.significant,
    too_few_to_compare: false,
  };
}

/**
 * Turns the panels of one topic into records, in chart order: per panel, per row, its measures.
 * A 1–10 rating's marks panel (its distribution) gives `code:1` … `code:10` records of the item.
 */
export function panelRecords(topic: string, panels: Panel[], labelOf: RowLabeller): MetricRecord[] {
  const records: MetricRecord[] = [];
  for (const panel of panels) {
    const unit =
      panel.type !== 'mean' ? 'proportion' : panel.item.type === 'hours' ? 'hours' : 'rating';
    for (const row of panel.rows as PanelRow<Figure & { parts?: Part[] }>[]) {
      const { figure } = row;
      // Nothing of the row is shown: the site says "fewer than 10 answers" instead.
      const suppressed = isSuppressed(figure.n);
      const base: Base = {
        topic,
        item: panel.item.id,
        unit,
        row: row.kind,
        group: row.group,
        label: labelOf(row),
        n: suppressed ? null : figure.n,
        excluded: suppressed ? null : figure.excluded,
        missing: suppressed ? null : figure.missing,
        suppressed,
        ...UNTESTED,
      };
      const add = (measure: string, value: Estimate | null, test = UNTESTED) =>
        records.push(inOrder({ ...base, measure, ...shown(suppressed ? null : value), ...test }));

      if (panel.type === 'mean') {
        const value = suppressed ? null : figure.value;
        add('mean', value, tested(row, suppressed));
        if (panel.item.type === 'hours') {
          // A median has no interval. Weighted or not, and of "the rest" too (stats/median.ts).
          const median = (value as { median?: number | null } | null)?.median ?? null;
          records.push(
            inOrder({
              ...base,
              measure: 'median',
              estimate: median,
              lo: null,
              hi: null,
              range: null,
            }),
          );
        }
        continue;
      }
      if (panel.type === 'share' && panel.item.headline)
        add('headline', figure.value, tested(row, suppressed));
      const prefix = panel.type === 'options' ? 'option' : 'code';
      for (const part of figure.parts ?? []) add(`${prefix}:${part.code}`, part.value);
    }
  }
  return records;
}
