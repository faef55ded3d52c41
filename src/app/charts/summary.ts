import type { Lang } from '../../lib/codebook/types';
import type { OptionsFigure, ShareFigure } from '../../lib/figures/kinds';
import { rankValue } from '../../lib/figures/order';
import type { Panel, PanelRow } from '../../lib/figures/panel';
import type { MeanValue } from '../../lib/figures/types';
import { formatNumber, formatShare } from '../../lib/format/number';
import { t } from '../../lib/i18n/translate';
import { MIN_N } from '../../lib/privacy/threshold';
import { describeComparison } from '../comparison';

/**
 * The chart in one line, for screen readers and for anyone who reads before looking: split by
 * group, the highest and the lowest group; with a filter, the selection against its benchmark;
 * otherwise the selection's figure with its n. A suppressed row says so and nothing else.
 */
export function summarise(
  panel: Panel,
  labelOf: (row: PanelRow) => string,
  lang: Lang,
  unit = '',
): string {
  const rows = panel.rows as PanelRow[];
  const tooFew = (row: PanelRow) => `${labelOf(row)}: ${t(lang, 'tooFew', { min: MIN_N })}`;
  let what: string;
  /** The row's figure as the chart shows it, or null where it is suppressed. */
  let figure: (row: PanelRow) => string | null;
  if (panel.type === 'mean') {
    what = `${panel.item.label[lang]}, ${t(lang, 'summaryMean')}${unit ? ` (${unit})` : ''}`;
    figure = (row) => {
      const v = row.figure.value as MeanValue | null;
      return v ? formatNumber(v.estimate, lang) : null;
    };
  } else if (panel.type === 'share' && panel.item.headline) {
    what = `${panel.item.label[lang]}, ${panel.item.headline.label[lang]}`;
    figure = (row) => (row.figure.value ? formatShare(row.figure.value, lang) : null);
  } else {
    // Without a single headline: the answer (or option) given most, per row.
    const labels = panel.type === 'share' ? panel.item.values : panel.item.options;
    what = `${panel.item.label[lang]}, ${t(lang, panel.type === 'share' ? 'summaryMost' : 'summaryMostChosen')}`;
    figure = (row) => {
      const { parts } = row.figure as ShareFigure | OptionsFigure;
      const top = parts
        .filter((p) => p.value)
        .sort((a, b) => b.value!.estimate - a.value!.estimate)[0];
      if (!top) return null;
      const label = labels.find((v) => v.code === top.code)?.label[lang] ?? top.code;
      return `“${label}” ${formatShare(top.value!, lang)}`;
    };
  }
  const n = (row: PanelRow) => `(${t(lang, 'n', { n: row.figure.n })})`;
  const describe = (row: PanelRow) => {
    const shown = figure(row);
    return shown === null ? tooFew(row) : `${labelOf(row)} ${shown}`;
  };

  const ranked = rows
    .filter((r) => r.kind === 'group' && r.group !== null && rankValue(panel, r) !== null)
    .sort((a, b) => rankValue(panel, b)! - rankValue(panel, a)!);
  if (ranked.length >= 2)
    return t(lang, 'summaryHighLow', {
      what,
      high: `${describe(ranked[0]!)} ${n(ranked[0]!)}`,
      low: `${describe(ranked.at(-1)!)} ${n(ranked.at(-1)!)}`,
    });

  const selection = rows.find((r) => r.kind === 'selection')!;
  const benchmark = rows.find((r) => r.kind === 'benchmark');
  const tone = describeComparison(selection, panel.item, lang, 'value')?.tone ?? 'none';
  const diff = selection.comparison?.diff ?? 0;
  const flag =
    tone === 'none' || figure(selection) === null
      ? ''
      : ` ${diff > 0 ? `▲ ${t(lang, 'higher')}` : `▼ ${t(lang, 'lower')}`}`;
  const own = `${describe(selection)}${flag}${figure(selection) === null ? '' : ` ${n(selection)}`}`;
  if (benchmark)
    return t(lang, 'summaryVersus', { what, selection: own, benchmark: describe(benchmark) });
  return `${what}: ${own}.`;
}
