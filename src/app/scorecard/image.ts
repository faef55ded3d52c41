import * as Plot from '@observablehq/plot';
import type { PlotImage } from '../../lib/export/svg';
import { COLOURS } from '../charts/plot-style';
import { TONE_COLOURS } from '../comparison';
import { TINTS } from './cells';
import type { Column, Line } from './model';

const CELL_WIDTH = 64;
const ROW_HEIGHT = 22;
/** Column headings run upwards, in up to three lines of about 22 characters. */
const HEADER = 170;
const LABEL_CAP = 300;
const CHAR = 6.4;

/**
 * The scorecard as one picture for PNG, SVG (and print): a grid of every line and indicator in
 * the order on screen, each cell its value and mark on its tint, hidden cells a dash (the footer
 * says what a dash is). Drawn with Plot, as every chart, but off the page: it exists only to be
 * downloaded.
 */
export function scorecardImage(columns: readonly Column[], lines: readonly Line[]): PlotImage {
  const data = lines.flatMap((line) =>
    line.cells.map((cell, i) => ({
      x: columns[i]!.id,
      y: line.key,
      text: cell.text === null ? '–' : `${cell.text}${cell.mark ? ` ${cell.mark}` : ''}`,
      tint: TINTS[cell.tone],
      ink:
        cell.text === null
          ? COLOURS.muted
          : cell.tone === 'none'
            ? '#1f2328'
            : TONE_COLOURS[cell.tone],
      bold: line.selected || line.line.kind === 'selection',
    })),
  );
  // A name longer than the margin is cut with an ellipsis, never clipped at the picture's edge.
  const fits = Math.floor((LABEL_CAP - 16) / CHAR);
  const cut = (l: string) => (l.length > fits ? `${l.slice(0, fits - 1)}…` : l);
  const labels = new Map(lines.map((l) => [l.key, cut(`${l.selected ? '▶ ' : ''}${l.label}`)]));
  const headings = new Map(columns.map((c) => [c.id, `${c.label}: ${c.sub}`]));
  const marginLeft = Math.min(
    LABEL_CAP,
    16 + CHAR * Math.max(...[...labels.values()].map((l) => l.length)),
  );
  const width = marginLeft + CELL_WIDTH * columns.length + 8;
  const height = HEADER + ROW_HEIGHT * lines.length + 8;
  const figure = Plot.plot({
    width,
    height,
    marginLeft,
    marginTop: HEADER,
    marginRight: 8,
    marginBottom: 8,
    style: { fontSize: '11px', background: 'white' },
    x: { domain: columns.map((c) => c.id), axis: null, padding: 0 },
    y: { domain: lines.map((l) => l.key), axis: null, padding: 0 },
    marks: [
      Plot.cell(data, { x: 'x', y: 'y', fill: 'tint', inset: 0.5 }),
      // The selection's line and the selected group's, outlined: not by colour alone.
      Plot.cell(
        data.filter((d) => d.bold),
        { x: 'x', y: 'y', stroke: '#1f2328', strokeWidth: 0.6, fill: 'none', inset: 0.5 },
      ),
      ...[false, true].map((bold) =>
        Plot.text(
          data.filter((d) => d.bold === bold),
          { x: 'x', y: 'y', text: 'text', fill: 'ink', fontWeight: bold ? 700 : 400 },
        ),
      ),
      Plot.axisX({
        anchor: 'top',
        tickSize: 0,
        tickFormat: (id: string) => headings.get(id) ?? id,
        lineWidth: 12,
        textAnchor: 'start',
        tickRotate: -90,
        label: null,
      }),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (key: string) => labels.get(key) ?? key,
        label: null,
      }),
    ],
  });
  const svg = figure instanceof SVGSVGElement ? figure : figure.querySelector('svg')!;
  return { svg: new XMLSerializer().serializeToString(svg), width, height, legend: [] };
}
