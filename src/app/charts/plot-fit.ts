/**
 * A box a chart should fill (a slide): PlotView draws its plot this many CSS pixels high instead
 * of its own height from its rows, never below MIN_SHARE of that own height (rows would overlap).
 * Set as Svelte context by src/app/present/SlideFit.svelte; absent everywhere else.
 */
export interface PlotFit {
  /** The plot's height to draw, in the chart's own pixels; 0 for its own height. */
  height(): number;
}

export const PLOT_FIT = Symbol('plot-fit');

/** How far a fitted plot may be squeezed below its own height. */
const MIN_SHARE = 0.55;

/** The height to draw: the box's, within bounds, or the plot's own. */
export function fittedHeight(own: number, fit: PlotFit | undefined): number {
  const wanted = fit?.height() ?? 0;
  return wanted > 0 ? Math.max(wanted, Math.round(own * MIN_SHARE)) : own;
}
