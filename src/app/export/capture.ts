import type { PlotImage } from '../../lib/export/svg';
import { drawWaiting } from '../charts/draw-queue';

/**
 * The Plot figures inside an element, serialised with their legends, in page order. Plot returns
 * either an <svg> or, with a legend, a <figure> holding the HTML swatches and the <svg>.
 */
export function plotImages(root: Element): PlotImage[] {
  // A chart off screen may not be drawn yet: draw it now, with the figures of the current view.
  drawWaiting(root);
  return [...root.querySelectorAll('[data-plot]')].flatMap((host) => {
    const svg = host.querySelector(':scope > svg, :scope > figure > svg');
    if (!(svg instanceof SVGSVGElement)) return [];
    const legend = [...host.querySelectorAll(':scope > figure > div svg[fill]')].map((swatch) => ({
      label: swatch.parentElement?.textContent?.trim() ?? '',
      colour: swatch.getAttribute('fill') ?? '#000',
    }));
    const width = Number(svg.getAttribute('width')) || svg.clientWidth;
    const height = Number(svg.getAttribute('height')) || svg.clientHeight;
    return [{ svg: new XMLSerializer().serializeToString(svg), width, height, legend }];
  });
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Draws the SVG at `scale` times its size (2×: sharp on high-density screens and projectors). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
