import type { Item, Lang } from '../codebook/types';
import { isCoded } from '../codebook/types';
import type { Comparison, Panel } from '../figures/panel';
import type { MeanValue } from '../figures/types';
import { formatNumber, formatShare, formatShareInterval, formatSigned } from '../format/number';
import { t } from '../i18n/translate';
import type { Estimate } from '../stats/estimate';

/** The pieces every sentence of a slide title or a report is made of, in the reader's language. */

/** "Overwerk totaal" → "overwerk totaal" inside a sentence; an abbreviation ("UMC") stays. */
export function lowerFirst(label: string): string {
  const [first = '', second = ''] = label;
  return second && second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

/** A share as shown ("78%", "< 5%"), or a mean with one decimal and, for hours, its unit. */
export function valueText(panel: Panel, value: Estimate, lang: Lang): string {
  if (panel.type !== 'mean') return formatShare(value, lang);
  const number = formatNumber(value.estimate, lang);
  return panel.item.type === 'hours' ? `${number} ${t(lang, 'hoursPerWeek')}` : number;
}

/** "95%-BI 70%–84%" / "95%-BI 7,3–7,7"; empty where privacy allows only a range ("< 5%"). */
export function intervalText(panel: Panel, value: Estimate, lang: Lang): string {
  const interval =
    panel.type === 'mean'
      ? `${formatNumber(value.lo, lang)}–${formatNumber(value.hi, lang)}`
      : formatShareInterval(value, lang);
  return interval ? t(lang, 'report.interval', { interval }) : '';
}

/** Details of a mean: its interval, for hours the median, and n. */
export function meanDetails(panel: Panel, value: MeanValue, n: number, lang: Lang): string {
  return [
    intervalText(panel, value, lang),
    ...(value.median === null
      ? []
      : [t(lang, 'report.median', { value: formatNumber(value.median, lang) })]),
    t(lang, 'n', { n }),
  ].join('; ');
}

/**
 * The adjusted p as a reader takes it in: "p = 0,32", "p = 0,049", "p < 0,001". Below 0.1 with
 * three decimals, so that a p just under 0.05 never reads as "p = 0,05" beside "hoger dan".
 */
export function pText(comparison: Comparison, lang: Lang): string {
  const p = comparison.pAdjusted;
  if (p < 0.001) return t(lang, 'report.pBelow');
  return t(lang, 'report.p', { p: formatNumber(p, lang, p < 0.1 ? 3 : 2) });
}

/**
 * The difference with the rest and its 95% interval: "+13,0 procentpunt (95%-BI 5,1 tot 19,2)"
 * for shares, "-1,7 (95%-BI -2,9 tot -0,6)" for means.
 */
export function differenceText(panel: Panel, comparison: Comparison, lang: Lang): string {
  const points = panel.type !== 'mean';
  const signed = (x: number) => formatSigned(points ? x * 100 : x, lang, 1);
  return t(lang, 'differenceInterval', {
    diff: points ? `${signed(comparison.diff)} ${t(lang, 'points')}` : signed(comparison.diff),
    lo: signed(comparison.lo),
    hi: signed(comparison.hi),
  });
}

/** The label of an answer code of a coded item, or of an option of a multi-select item. */
export function answerLabel(item: Item, code: string, lang: Lang): string {
  const values = isCoded(item) ? item.values : 'options' in item ? item.options : [];
  return values.find((v) => v.code === code)?.label[lang] ?? code;
}
