import type { CodedItem, Polarity } from '../codebook/types';
import type { Hue } from '../format/palette';
import { CATEGORICAL, NEUTRAL_FILL, ramp } from '../format/palette';
import { divergingLayout } from './diverging';
import { isOrdered } from './order';

/** The polarity of what a chart shows: a headline share may run the other way from its item. */
function shownPolarity(item: CodedItem): Polarity {
  return item.headline?.polarity ?? item.polarity;
}

/** On a diverging bar: how far from white the answers nearest zero start (0–1 of the ramp). */
const DIVERGING_FROM = 0.2;

/** A grey for "not the headline answer" of a yes/no question: no good or bad in it. */
const OTHER = '#b3b3b3';

/**
 * One colour per valid answer of `item` (the excluded ones left out), in the codebook's order:
 * - 5-point and frequency scales, diverging as they are drawn (divergingLayout): each side of zero
 *   one hue, darker away from zero, blue on the favourable side and orange on the other, and the
 *   neutral answer grey;
 * - other ordered scales (the marks 1–10, "te laag … te hoog"): one hue from light to dark, blue
 *   where higher is better, orange where higher is worse, purple where neither;
 * - yes/no with a headline: the headline answer in its polarity's hue, the other grey;
 * - the rest: distinct colours that mean nothing good or bad.
 */
export function answerColours(item: CodedItem): string[] {
  const codes = item.values.filter((v) => !v.excluded).map((v) => v.code);
  const polarity = shownPolarity(item);
  const headline = item.headline?.codes ?? [];
  if (item.type === 'likert5' || item.type === 'frequency5') {
    const layout = divergingLayout(codes, headline);
    // Which side of zero is favourable: the headline's where more of it is better.
    const headlineBetter = polarity !== 'lower_is_better';
    const rightBetter = layout.headline === 'left' ? !headlineBetter : headlineBetter;
    const hue = (better: boolean): Hue => (better ? 'favourable' : 'unfavourable');
    const leftCount = layout.neutral ?? layout.split;
    const left = ramp(hue(!rightBetter), leftCount, DIVERGING_FROM).reverse();
    const right = ramp(hue(rightBetter), codes.length - layout.split, DIVERGING_FROM);
    return codes.map((_, i) =>
      i === layout.neutral ? NEUTRAL_FILL : i < leftCount ? left[i]! : right[i - layout.split]!,
    );
  }
  if (isOrdered(item)) {
    const hue: Hue =
      polarity === 'higher_is_better'
        ? 'favourable'
        : polarity === 'lower_is_better'
          ? 'unfavourable'
          : 'neutral';
    return ramp(hue, codes.length, codes.length > 3 ? 0 : 0.3);
  }
  if (item.type === 'yesno' && headline.length > 0) {
    const [dark] = ramp(polarity === 'lower_is_better' ? 'unfavourable' : 'favourable', 1);
    return codes.map((c) => (headline.includes(c) ? dark! : OTHER));
  }
  return codes.map((_, i) => CATEGORICAL[i % CATEGORICAL.length]!);
}
