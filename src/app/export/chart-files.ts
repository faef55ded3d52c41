import { toCsv } from '../../lib/export/csv-file';
import { composeSvg } from '../../lib/export/svg';
import { download, plotImages, svgBlob, svgToPng } from './capture';
import type { ChartExports } from './view-info';

/**
 * A chart's PNG, SVG or CSV, downloaded. Loaded on the first click (ChartFrame.svelte): the
 * writers are not part of the first view's JavaScript.
 */
export async function downloadChart(
  format: 'png' | 'svg' | 'csv',
  frame: Element,
  chart: { title: string; question: string; exports: ChartExports },
): Promise<void> {
  const { title, question, exports } = chart;
  if (format === 'csv') {
    const csv = new Blob([toCsv(await exports.table())], { type: 'text/csv;charset=utf-8' });
    return download(csv, exports.fileName('csv'));
  }
  const { svg, width, height } = composeSvg({
    title,
    question,
    plots: plotImages(frame),
    footer: exports.footer,
  });
  download(
    format === 'png' ? await svgToPng(svg, width, height, 2) : svgBlob(svg),
    exports.fileName(format),
  );
}
