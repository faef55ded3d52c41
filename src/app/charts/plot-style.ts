import * as Plot from '@observablehq/plot';
/** Shared chart colours: selection dark, groups lighter, benchmark grey (contrast ≥ 4.5:1 on white). */
export const COLOURS = {
  selection: '#1d4f7c',
  group: '#2f6fa8',
  benchmark: '#595959',
  muted: '#595959',
} as const;

/** Left margin wide enough for the longest row label (about 6.5 px a character at 12 px). */
export function labelMargin(labels: string[], cap = 260): number {
  return Math.min(cap, 16 + 6.5 * Math.max(0, ...labels.map((l) => l.length)));
}

export const ROW_HEIGHT = 30;

/** "Fewer than 10 answers" at the start of each hidden row: suppressed and empty look the same. */
export function tooFewMark(rows: { key: string }[], text: string) {
  return Plot.text(rows, {
    y: 'key',
    frameAnchor: 'left',
    dx: 4,
    textAnchor: 'start',
    fill: COLOURS.muted,
    text: () => text,
  });
}

/** Below this width a chart drops to its compact layout (phones): shorter labels and side texts. */
const COMPACT = 520;

/**
 * Margins and width that fit the container: the usual layout where there is room, and on a
 * narrow screen smaller margins and shortened labels, so the chart never overflows its column.
 */
export function fitLayout(
  width: number,
  labels: string[],
  marginRight: number,
  { cap = 260, minPlot = 160 }: { cap?: number; minPlot?: number } = {},
) {
  const compact = width < COMPACT;
  if (!compact) {
    const marginLeft = labelMargin(labels, cap);
    return {
      compact,
      width: Math.max(width, marginLeft + marginRight + minPlot),
      marginLeft,
      marginRight,
      label: (l: string) => l,
    };
  }
  const chars = Math.max(8, Math.floor((width * 0.36 - 16) / 6.5));
  const label = (l: string) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l);
  return {
    compact,
    width,
    marginLeft: labelMargin(labels.map(label), cap),
    marginRight: Math.min(marginRight, Math.round(width * 0.2)),
    label,
  };
}
