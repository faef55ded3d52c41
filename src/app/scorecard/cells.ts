import type { Lang } from '../../lib/codebook/types';
import type { Panel, PanelRow } from '../../lib/figures/panel';
import type { MeanValue } from '../../lib/figures/types';
import { formatNumber, formatShare, formatShareInterval } from '../../lib/format/number';
import { t } from '../../lib/i18n/translate';
import { MIN_N } from '../../lib/privacy/threshold';
import type { Tone } from '../comparison';
import { describeComparison } from '../comparison';

/**
 * The mark of a flagged cell: a shape for each meaning, so that the colour is never the only
 * carrier of it (the words are in the cell's title and, for screen readers, in the cell).
 */
export const MARKS: Record<Tone, string> = { better: '✔', worse: '✖', different: '◆', none: '' };

/** Light backgrounds of flagged cells; the text on them keeps ≥ 4.5:1 contrast. */
export const TINTS: Record<Tone, string> = {
  better: '#d9efeb',
  worse: '#fbe3d6',
  different: '#ebe2f4',
  none: 'transparent',
};

/** The tones a legend names, with their words. */
export const LEGEND: {
  tone: Exclude<Tone, 'none'>;
  words: 'betterThanRest' | 'worseThanRest' | 'differentFromRest';
}[] = [
  { tone: 'better', words: 'betterThanRest' },
  { tone: 'worse', words: 'worseThanRest' },
  { tone: 'different', words: 'differentFromRest' },
];

/** What one cell of the scorecard shows, in words as well as in a mark. */
export interface CellView {
  /** "18%", "44,3"; null when hidden (fewer than 10 answers). */
  text: string | null;
  /** "95%-BI 12–25%", with the median for hours. */
  detail: string;
  n: number;
  mark: string;
  tone: Tone;
  /** "gunstiger dan de rest", or nothing where the difference is not flagged. */
  words: string;
  /** Everything, for the tooltip: value, interval, n, and the difference with its interval. */
  title: string;
  estimate: number | null;
  lo: number | null;
  hi: number | null;
}

export function cellView(
  row: PanelRow | null,
  panel: Panel,
  group: string,
  indicator: string,
  lang: Lang,
): CellView {
  const value = row?.figure.value ?? null;
  if (!row || !value) {
    const words = t(lang, 'tooFew', { min: MIN_N });
    return {
      text: null,
      detail: words,
      n: 0,
      mark: '',
      tone: 'none',
      words,
      title: `${group} — ${indicator}: ${words}`,
      estimate: null,
      lo: null,
      hi: null,
    };
  }
  const mean = panel.type === 'mean';
  const text = mean ? formatNumber(value.estimate, lang) : formatShare(value, lang);
  const interval = mean
    ? `${formatNumber(value.lo, lang)}–${formatNumber(value.hi, lang)}`
    : formatShareInterval(value, lang);
  const median = mean ? (value as MeanValue).median : null;
  const detail = [
    ...(interval ? [`${t(lang, 'ci95')} ${interval}`] : []),
    ...(median !== null ? [`${t(lang, 'median')} ${formatNumber(median, lang)}`] : []),
  ].join('; ');
  const described = describeComparison(row, panel.item, lang, mean ? 'value' : 'points');
  const tone = described?.tone ?? 'none';
  const flagged = tone !== 'none';
  const n = t(lang, 'n', { n: row.figure.n });
  return {
    text,
    detail,
    n: row.figure.n,
    mark: MARKS[tone],
    tone,
    words: flagged ? t(lang, LEGEND.find((l) => l.tone === tone)!.words) : '',
    title: `${group} — ${indicator}: ${text}${detail ? ` (${detail})` : ''}; ${n}${described ? `. ${t(lang, 'versusRest')}: ${described.text}` : ''}`,
    estimate: value.estimate,
    lo: value.bound ? null : value.lo,
    hi: value.bound ? null : value.hi,
  };
}
