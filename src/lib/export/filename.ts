/** A file name part: lower case, no accents, words joined by hyphens ("Werk-privébalans" → "werk-privebalans"). */
export function slug(text: string, max = 40): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

export interface ExportName {
  /** What the file shows: a chart's or a topic's label, in the reader's language. */
  subject: string;
  /** The codes of the active filters, in the codebook's dimension order. */
  filters: string[];
  /** The dimension every chart is split by, if any. */
  compare?: string | null;
  wave: number;
}

/**
 * A file name made from the view, so downloads sort and read well: `overwerk_radiologie_2024.png`,
 * `overwerk_radiologie_per-hospital-type_2024.pptx`. Always a safe name on every system.
 */
export function exportFileName(name: ExportName, extension: string): string {
  const parts = [
    slug(name.subject) || 'grafiek',
    ...name.filters.map((code) => slug(code)).filter(Boolean),
    ...(name.compare ? [`per-${slug(name.compare)}`] : []),
    String(name.wave),
  ];
  return `${parts.join('_')}.${extension.replace(/^\./, '')}`;
}
