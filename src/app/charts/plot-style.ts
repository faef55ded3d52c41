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
