import type { Lang } from '../../lib/codebook/types';
import type { Panel, PanelRow } from '../../lib/figures/panel';
import type { ShareFigure } from '../../lib/figures/kinds';
import type { MeanValue } from '../../lib/figures/types';
import { formatNumber, formatShare } from '../../lib/format/number';
import { t } from '../../lib/i18n/translate';
import { MIN_N } from '../../lib/privacy/threshold';

/**
 * The chart in one sentence, for screen readers and for anyone who reads before looking:
 * every row's headline figure with its n; a suppressed row says so and nothing else.
 */
export function summarise(
  panel: Panel,
  labelOf: (row: PanelRow) => string,
  lang: Lang,
  unit = '',
): string {
  const n = (row: PanelRow) => `(${t(lang, 'n', { n: row.figure.n })})`;
  const tooFew = (row: PanelRow) => `${labelOf(row)}: ${t(lang, 'tooFew', { min: MIN_N })}`;
  const rows = panel.rows as PanelRow[];
  let what: string;
  let describe: (row: PanelRow) => string;
  if (panel.type === 'mean') {
    what = `${panel.item.label[lang]}, ${t(lang, 'summaryMean')}${unit ? ` (${unit})` : ''}`;
    describe = (row) => {
      const v = row.figure.value as MeanValue | null;
      return v ? `${labelOf(row)} ${formatNumber(v.estimate, lang)} ${n(row)}` : tooFew(row);
    };
  } else if (panel.type === 'share' && panel.item.headline) {
    what = `${panel.item.label[lang]}, ${panel.item.headline.label[lang]}`;
    describe = (row) =>
      row.figure.value
        ? `${labelOf(row)} ${formatShare(row.figure.value, lang)} ${n(row)}`
        : tooFew(row);
  } else {
    // Without a single headline: the answer (or option) given most, per row.
    const labels = panel.type === 'share' ? panel.item.values : panel.item.options;
    what = `${panel.item.label[lang]}, ${t(lang, panel.type === 'share' ? 'summaryMost' : 'summaryMostChosen')}`;
    describe = (row) => {
      const { parts } = row.figure as ShareFigure;
      const top = parts
        .filter((p) => p.value)
        .sort((a, b) => b.value!.estimate - a.value!.estimate)[0];
      if (!top) return tooFew(row);
      const label = labels.find((v) => v.code === top.code)?.label[lang] ?? top.code;
      return `${labelOf(row)} “${label}” ${formatShare(top.value!, lang)} ${n(row)}`;
    };
  }
  return `${what}: ${rows.map(describe).join('; ')}.`;
}
