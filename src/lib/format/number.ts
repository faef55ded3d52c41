import type { Lang } from '../codebook/types';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The locale numbers, plurals and lists are written in: one place, for every formatter. */
export function locale(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * What a share shows (stats/estimate.ts's Estimate has these fields): declared here so that
 * formatting, read by every layer, depends on nothing but the codebook's languages.
 */
interface Shown {
  estimate: number;
  lo: number;
  hi: number;
  bound?: 'below' | 'above';
}

// Making an Intl.NumberFormat costs far more than using one, and a page formats thousands of
// numbers on every filter change: one formatter per language and style, kept.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A number with fixed decimals in the reader's language (7,5 in Dutch, 7.5 in English). */
export function formatNumber(value: number, lang: Lang, decimals = 1): string {
  return formatter(lang, decimals, decimals).format(value);
}

/**
 * A difference with its sign, in the reader's language: "+3,1", "-12,7", and "0,0" where it rounds
 * to zero (no "+0,0" or "-0,0" for a difference too small to show).
 */
export function formatSigned(value: number, lang: Lang, decimals = 1): string {
  const rounded = formatNumber(Math.abs(value), lang, decimals);
  if (rounded === formatNumber(0, lang, decimals)) return rounded;
  return `${value > 0 ? '+' : '-'}${rounded}`;
}

/** A proportion (0–1) as a whole percentage: "45%". */
export function formatPercent(value: number, lang: Lang, decimals = 0): string {
  return `${formatNumber(value * 100, lang, decimals)}%`;
}

export function formatCount(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

/** A number in a sentence, as it is up to two decimals: 1.567 and 0,5 in Dutch, 1,567 in English. */
export function formatValue(value: number, lang: Lang): string {
  return formatter(lang, 0, 2).format(value);
}

/** An axis tick: as many decimals as it has, up to one (5 and 2,5, never 2,50). */
export function formatTick(value: number, lang: Lang): string {
  return formatter(lang, 0, 1).format(value);
}

/** A share as shown: "45%", or "< 5%" / "> 95%" where privacy allows only a range. */
export function formatShare(value: Shown, lang: Lang): string {
  if (value.bound === 'below') return `< ${formatPercent(value.hi, lang)}`;
  if (value.bound === 'above') return `> ${formatPercent(value.lo, lang)}`;
  return formatPercent(value.estimate, lang);
}

/** A share's interval as shown: "35–55%", or nothing where only a range may be shown. */
export function formatShareInterval(value: Shown, lang: Lang): string {
  if (value.bound) return '';
  return `${formatPercent(value.lo, lang)}–${formatPercent(value.hi, lang)}`;
}
