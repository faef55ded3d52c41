/** A chart drawn by Observable Plot, serialised, with its colour legend (Plot draws that in HTML). */
export interface PlotImage {
  svg: string;
  width: number;
  height: number;
  legend: { label: string; colour: string }[];
}

/** What an exported chart carries besides its plots: what it asks, of whom, and where from. */
export interface ChartImage {
  title: string;
  question: string;
  plots: PlotImage[];
  /** Selection, benchmark and n; notes; the source line. */
  footer: string[];
  /** Title and question drawn in (off for a slide, whose title is the slide's own text). */
  header?: boolean;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Greedy word wrap by an average glyph width: SVG text does not wrap by itself. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (0.56 * fontSize)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 16;
const MIN_WIDTH = 320;

/**
 * One self-contained SVG of a chart: title, question, every plot with its legend, then
 * selection, n, notes and source, on white. The same picture is the SVG, the PNG and a slide.
 */
export function composeSvg(image: ChartImage): { svg: string; width: number; height: number } {
  const inner = Math.max(MIN_WIDTH, ...image.plots.map((p) => p.width));
  const width = inner + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const text = (line: string, size: number, attrs = '') => {
    y += size * 1.25;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`);
  };
  if (image.header !== false) {
    for (const line of wrapText(image.title, inner, 18)) text(line, 18, ' font-weight="700"');
    for (const line of wrapText(`“${image.question}”`, inner, 13))
      text(line, 13, ' font-style="italic" fill="#595959"');
    y += 8;
  }
  for (const plot of image.plots) {
    // Swatches flow left to right and wrap, as Plot lays them out on the page.
    let x = PAD;
    if (plot.legend.length > 0) y += 4;
    for (const item of plot.legend) {
      const w = 18 + 0.56 * 11 * item.label.length + 14;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += 18;
      }
      parts.push(
        `<rect x="${x}" y="${y}" width="12" height="12" fill="${escapeXml(item.colour)}"/>`,
        `<text x="${x + 17}" y="${y + 10.5}" font-size="11">${escapeXml(item.label)}</text>`,
      );
      x += w;
    }
    if (plot.legend.length > 0) y += 20;
    parts.push(`<g transform="translate(${PAD} ${y})">${plot.svg}</g>`);
    y += plot.height + 8;
  }
  for (const line of image.footer.flatMap((l) => wrapText(l, inner, 11)))
    text(line, 11, ' fill="#595959"');
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" ` +
    `color="#1f2328" fill="#1f2328">` +
    `<title>${escapeXml(image.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
