import * as Plot from '@observablehq/plot';
import type { Lang } from '../../lib/codebook/types';
import { formatNumber } from '../../lib/format/number';
import { NEUTRAL_STROKE } from '../../lib/format/palette';

/** Shared chart colours: selection dark, groups lighter, benchmark grey (contrast ≥ 4.5:1 on white). */
export const COLOURS = {
  selection: '#1d4f7c',
  group: '#2f6fa8',
  benchmark: '#595959',
  muted: '#595959',
} as const;

/** Every chart's text: never smaller than 12 px on screen, a phone included (issue 17). */
export const FONT_SIZE = 12;
/** About how wide a character of 12 px text is, to fit labels without measuring them. */
const CHAR = 6.6;

/** Left margin wide enough for the longest row label. */
function labelMargin(labels: string[], cap = 260): number {
  return Math.min(cap, 16 + CHAR * Math.max(0, ...labels.map((l) => l.length)));
}

export const ROW_HEIGHT = 30;
/** On a phone a row is its label on a line of its own, and the bar under it. */
const COMPACT_ROW = 46;
/** Room above a compact row's bar for its label. */
const LABEL_LINE = 18;

/** Below this width a chart drops to its compact layout (phones): labels above the bars. */
const COMPACT = 520;

/** A label cut to `chars` characters, with an ellipsis where it was longer. */
export function cut(label: string, chars: number): string {
  return label.length > chars ? `${label.slice(0, Math.max(1, chars - 1))}…` : label;
}

/** What a row of a horizontal chart needs for its label and the text beside its bar. */
export interface LabelledRow {
  key: string;
  label: string;
  /** The length of the text beside this row's bar on a phone, if known (else the widest). */
  side?: number;
}

/**
 * The layout of a chart of horizontal rows at a given width. Where there is room, the labels are
 * the y axis on the left and each row's figure sits right of the plot. On a phone each row's label
 * stands on a line of its own above a bar of the full width, with the row's figure at the right
 * end of that line, so no label is cut to fit a margin (issue 17).
 */
export function rowLayout(
  width: number,
  rows: LabelledRow[],
  /** The widest text beside a bar, in characters, wide and compact. */
  side: { wide: number; compact: number },
  { minPlot = 200, edge = 20 }: { minPlot?: number; edge?: number } = {},
) {
  const compact = width < COMPACT;
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  if (!compact) {
    const marginRight = Math.round(16 + CHAR * side.wide);
    // Labels get what the plot and the side texts leave, up to 40% of the width.
    const room = Math.max(120, Math.min(0.4 * width, width - marginRight - minPlot));
    const chars = Math.floor((room - 16) / CHAR);
    const marginLeft = Math.round(
      labelMargin(
        [...labels.values()].map((l) => cut(l, chars)),
        room,
      ),
    );
    return {
      compact,
      width: Math.max(width, marginLeft + marginRight + minPlot),
      marginLeft,
      marginRight,
      band: ROW_HEIGHT,
      /** Where a row's bar or dot sits, from the band's centre. */
      shift: 0,
      insetTop: 3,
      insetBottom: 3,
      y: (domain: string[]) => ({
        type: 'band' as const,
        domain,
        tickFormat: (k: string) => cut(labels.get(k) ?? '', chars),
        label: null,
        padding: 0,
        tickSize: 0,
      }),
      /** The text beside each bar: right of the plot. */
      sideText: (options: Plot.TextOptions & { x: Plot.ChannelValueSpec }) =>
        ({ ...options, dx: 8, textAnchor: 'start' }) as Plot.TextOptions,
      labelMarks: (): Plot.Markish[] => [],
      height: (count: number, extra: number) => extra + ROW_HEIGHT * count,
    };
  }
  const marginLeft = edge;
  const marginRight = edge;
  // The label shares its line with the text beside the bar.
  const chars = (r: LabelledRow) =>
    Math.max(10, Math.floor((width - 8 - CHAR * ((r.side ?? side.compact) + 2)) / (CHAR * 1.08)));
  const top = -COMPACT_ROW / 2 + LABEL_LINE / 2;
  return {
    compact,
    width,
    marginLeft,
    marginRight,
    band: COMPACT_ROW,
    shift: LABEL_LINE / 2,
    insetTop: LABEL_LINE + 2,
    insetBottom: 4,
    y: (domain: string[]) => ({ type: 'band' as const, domain, axis: null, padding: 0 }),
    /** The text beside each bar: at the right end of the label's line. */
    sideText: (options: Plot.TextOptions) =>
      ({
        ...options,
        x: undefined,
        frameAnchor: 'right',
        dx: edge - 4,
        dy: top,
        textAnchor: 'end',
      }) as Plot.TextOptions,
    labelMarks: (): Plot.Markish[] => [
      Plot.text(rows, {
        y: 'key',
        text: (r: LabelledRow) => cut(r.label, chars(r)),
        frameAnchor: 'left',
        dx: -edge + 4,
        dy: top,
        textAnchor: 'start',
        fontWeight: 600,
      }),
    ],
    height: (count: number, extra: number) => extra + COMPACT_ROW * count,
  };
}

export type RowLayout = ReturnType<typeof rowLayout>;

/** "Fewer than 10 answers" where a hidden row's bar would be: suppressed and empty look the same. */
export function tooFewMark(rows: { key: string }[], text: string, layout?: RowLayout) {
  return Plot.text(rows, {
    y: 'key',
    frameAnchor: 'left',
    dx: 4,
    dy: layout?.shift ?? 0,
    textAnchor: 'start',
    fill: COLOURS.muted,
    text: () => text,
  });
}

/** An x axis title under the tick labels, never over the last of them ("100%"). */
export function axisLabel(label: string) {
  return { label, labelAnchor: 'center' as const, labelArrow: 'none' as const, labelOffset: 34 };
}
/** The bottom margin an axis title under the ticks needs. */
export const AXIS_BOTTOM = 42;

/** A diverging bar's neutral segment: grey with an outline, seen on white. */
export const NEUTRAL_OUTLINE = NEUTRAL_STROKE;

/**
 * Round ticks covering [lo, hi], about `count` of them, at 1, 2, 2.5 or 5 times a power of ten:
 * integers and halves on a scale of marks, never two ticks that read the same.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  // Whole multiples of the step, rounded: no 5,55e-17 where 0 is meant.
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k <= Math.floor(hi / step + 1e-9); k++)
    ticks.push(Number((k * step).toFixed(10)) + 0);
  return ticks;
}

/** The decimals ticks need to read apart: 0 for 40, 45, 50; 1 for 7,5, 8, 8,5. */
export function tickDecimals(ticks: number[]): number {
  return Math.min(
    3,
    Math.max(
      0,
      ...ticks.map((t) => {
        const text = t.toFixed(6).replace(/0+$/, '');
        return text.length - text.indexOf('.') - 1;
      }),
    ),
  );
}

/** Tick labels in the reader's language with as many decimals as the ticks need, and no more. */
export function tickFormat(ticks: number[], lang: Lang, scale = 1, suffix = '') {
  const decimals = tickDecimals(ticks.map((t) => t * scale));
  return (x: number) => `${formatNumber(x * scale, lang, decimals)}${suffix}`;
}

/**
 * A domain around `values` at least `span` wide (centred on them), within `[min, max]` where
 * given, and rounded out to ticks: a difference of 0,1 on a scale of marks is not drawn as a
 * cliff, nor 44 against 46 hours squashed into the last tenth of a zero-based axis.
 */
export function spanDomain(
  values: number[],
  span: number,
  [min, max]: [number, number] = [-Infinity, Infinity],
): { domain: [number, number]; ticks: number[] } {
  const shown = values.filter(Number.isFinite);
  let lo = shown.length > 0 ? Math.min(...shown) : 0;
  let hi = shown.length > 0 ? Math.max(...shown) : span;
  if (hi - lo < span) {
    const mid = (lo + hi) / 2;
    lo = mid - span / 2;
    hi = mid + span / 2;
  }
  // Keep within the scale's range, moving the window rather than shrinking it.
  if (lo < min) [lo, hi] = [min, Math.min(max, hi + (min - lo))];
  if (hi > max) [lo, hi] = [Math.max(min, lo - (hi - max)), max];
  const ticks = niceTicks(lo, hi);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : span / 4;
  const domain: [number, number] = [
    Math.max(min, Math.floor(lo / step + 1e-9) * step),
    Math.min(max, Math.ceil(hi / step - 1e-9) * step),
  ];
  return { domain, ticks: niceTicks(domain[0], domain[1]) };
}
