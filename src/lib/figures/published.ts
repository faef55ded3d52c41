import type { Codebook, Lang, Text } from '../codebook/types';
import { getItem } from '../codebook/columns';
import { isCoded } from '../codebook/types';
import { formatNumber, formatPercent } from '../format/number';
import { t } from '../i18n/translate';

/**
 * A figure DJS published for an earlier wave (the codebook's `published` list), for one item:
 * a number from a publication, not from data, so it is the same for every view. It is always a
 * figure of all respondents: a filter, a comparison or weighting never changes it.
 */
export interface PublishedPoint {
  wave: number;
  item: string;
  /** A share (0–1) of `codes`, or the mean of a numeric item. */
  estimate: number;
  /** Published as "about", "nearly", "over", "one in five": shown with "≈". */
  approx: boolean;
  /** The answer codes counted ([] for a numeric item). */
  codes: string[];
  /**
   * Whether the point is drawn on the trend line: the figure is the item's headline (the same
   * answers) or its mean. Otherwise it is listed beside the chart (note, table, CSV) only.
   */
  onTrend: boolean;
  /** How the publication measured it, where that differed from the item's question. */
  definition: Text | null;
  /** The published sentence. */
  text: Text;
  source: { label: Text; url: string | null };
  respondents: { n: number; note: Text };
}

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((code) => b.includes(code));

/**
 * The published figures of an item, oldest first. Decision (issue 15): a published share of other
 * answers than the item's headline — "35% (very) dissatisfied" beside the headline "(very)
 * satisfied", "54% only sometimes or never a break" beside "often or always" — is not drawn on the
 * trend but listed in the chart's notes, table and CSV. The trend is one line of the headline share
 * on one axis: a point of another share on it would read as a change of the headline (35% against
 * 40% satisfied in 2024 looks like a rise), and switching the whole line to those answers would
 * change what the chart shows for the data waves for the sake of one published number. A figure
 * of the same answers measured differently (burnout by the UBOS) is drawn, with its definition
 * in its title and in the chart's notes.
 */
export function publishedPoints(codebook: Codebook, itemId: string): PublishedPoint[] {
  const item = getItem(codebook, itemId);
  const headline = isCoded(item) ? (item.headline?.codes ?? []) : [];
  return (codebook.published ?? [])
    .flatMap((wave) =>
      wave.figures
        .filter((figure) => figure.item === itemId)
        .map((figure): PublishedPoint => {
          const codes = isCoded(item) ? (figure.codes ?? headline) : [];
          const source = figure.source ?? wave.source;
          return {
            wave: wave.year,
            item: itemId,
            estimate: figure.estimate,
            approx: figure.approx === true,
            codes,
            onTrend: !isCoded(item) || (headline.length > 0 && sameCodes(codes, headline)),
            definition: figure.definition ?? null,
            text: figure.text,
            source: { label: source.label, url: source.url ?? null },
            respondents: wave.respondents,
          };
        }),
    )
    .sort((a, b) => a.wave - b.wave);
}

/** Whether a published figure is a share (of answer codes), not a mean. */
const isShare = (point: PublishedPoint) => point.codes.length > 0;

/**
 * A published figure in plain digits, with "≈" where published as "about": a share in whole
 * percent, a mean with the decimals it was published with ("about 8 hours" stays 8, not 8.0).
 */
export function publishedDigits(point: PublishedPoint): { value: number; decimals: number } {
  const value = isShare(point) ? point.estimate * 100 : point.estimate;
  return { value, decimals: Math.abs(value - Math.round(value)) < 1e-9 ? 0 : 1 };
}

/** A published figure as on screen, in the reader's language: "≈20%", "14%", "≈8". */
export function formatPublished(point: PublishedPoint, lang: Lang): string {
  const { value, decimals } = publishedDigits(point);
  const text = isShare(point)
    ? formatPercent(point.estimate, lang, decimals)
    : formatNumber(value, lang, decimals);
  return `${point.approx ? '≈' : ''}${text}`;
}

/** Where a published figure comes from, in one line: the publication and its address. */
export function publishedSource(point: PublishedPoint, lang: Lang): string {
  const { label, url } = point.source;
  return url ? `${label[lang]} (${url})` : label[lang];
}

/**
 * The notes under a chart with published figures: what the hollow points are (when the trend
 * draws them), each definition that differed, each figure the trend leaves out and why, and the
 * sources. They go with the chart into its PNG, SVG and slide.
 */
export function publishedNotes(
  codebook: Codebook,
  points: readonly PublishedPoint[],
  lang: Lang,
  /** Whether the trend chart is there to draw them (not with a single wave of data). */
  drawn: boolean,
): string[] {
  if (points.length === 0) return [];
  const item = getItem(codebook, points[0]!.item);
  const labels = isCoded(item) ? item.values : [];
  const headline = isCoded(item) ? item.headline?.label : undefined;
  const year = (p: PublishedPoint) => String(p.wave);
  return [
    ...(drawn && points.some((p) => p.onTrend) ? [t(lang, 'published.legend')] : []),
    ...points.flatMap((p) =>
      p.definition
        ? [t(lang, 'published.definition', { year: year(p), definition: p.definition })]
        : [],
    ),
    ...points.flatMap((p) =>
      p.onTrend || !headline
        ? []
        : [
            t(lang, 'published.offTrend', {
              year: year(p),
              answers: p.codes.map(
                (code) => labels.find((v) => v.code === code)?.label[lang].toLowerCase() ?? code,
              ),
              headline,
              text: p.text,
            }),
          ],
    ),
    t(lang, 'published.sources', {
      sources: [...new Set(points.map((p) => `${year(p)}: ${publishedSource(p, lang)}`))],
    }),
  ];
}
