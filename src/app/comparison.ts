import type { Item, Lang, Polarity } from '../lib/codebook/types';
import { isCoded } from '../lib/codebook/types';
import type { PanelRow } from '../lib/figures/panel';
import { formatSigned } from '../lib/format/number';
import { t } from '../lib/i18n/translate';

export type Tone = 'better' | 'worse' | 'different' | 'none';

/** The polarity of what a chart shows: a headline share may run the other way from its item. */
function polarityOf(item: Item): Polarity {
  return (isCoded(item) && item.headline?.polarity) || item.polarity;
}

/**
 * How a row differs from the rest, in words and colour: only a Benjamini–Hochberg significant
 * difference is flagged, and its size with its 95% interval is always given too (significant is
 * not meaningful): "-12,7 procentpunt (95%-BI -20,1 tot -5,2), ongunstiger dan de rest".
 */
export function describeComparison(
  row: PanelRow,
  item: Item,
  lang: Lang,
  unit: 'points' | 'value',
): { tone: Tone; text: string } | null {
  if (row.comparison === undefined) return null;
  if (row.comparison === null) return { tone: 'none', text: t(lang, 'tooFewToCompare') };
  const { diff, lo, hi, significant } = row.comparison;
  // Points to one decimal: a difference of 0 points with an interval of -3 to +3 says more than 0.
  const signed = (x: number) => formatSigned(unit === 'points' ? x * 100 : x, lang, 1);
  const size = t(lang, 'differenceInterval', {
    diff: unit === 'points' ? `${signed(diff)} ${t(lang, 'points')}` : signed(diff),
    lo: signed(lo),
    hi: signed(hi),
  });
  if (!significant) return { tone: 'none', text: `${size}, ${t(lang, 'notSignificant')}` };
  const polarity = polarityOf(item);
  const tone: Tone =
    polarity === 'neutral'
      ? 'different'
      : diff > 0 === (polarity === 'higher_is_better')
        ? 'better'
        : 'worse';
  return {
    tone,
    text: `${size}, ${t(lang, tone === 'worse' ? 'worseThanRest' : tone === 'better' ? 'betterThanRest' : 'differentFromRest')}`,
  };
}

export const TONE_COLOURS: Record<Tone, string> = {
  // Teal and dark orange, not green and red: told apart with red-green colour blindness too
  // (tests/unit/palette.test.ts), and each at least 4.5:1 on white.
  better: '#00695c',
  worse: '#a63d00',
  different: '#6a3d9a',
  none: '#595959',
};
