/** The disclosure report as Markdown (for data owners) and as a one-screen summary. */

import type { DisclosureReport, Kept } from './release';

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** What the previous release of the same wave kept, read off its file (release.ts `keptOf`). */
export interface PreviousRelease {
  file: string;
  rows: number;
  kept: Kept[];
  classes: number;
  smallestClass: number;
}

/** A few lines for the terminal. */
export function summariseReport(report: DisclosureReport): string {
  const merges =
    report.merges.map((m) => `${m.from} (${m.rows}) → ${m.to || '(withheld)'}`).join(', ') ||
    'none';
  return [
    `k = ${report.rules.k}, l = ${report.rules.l}: ${report.ok ? 'reached' : 'NOT reached'}`,
    `${report.rowsOut} respondents, ${report.classes} classes, smallest class ${report.smallestClass}`,
    `columns: ${report.columnsKept} kept, ${report.columnsDropped.length} dropped` +
      (report.columnsDropped.length ? ` (${report.columnsDropped.join(', ')})` : ''),
    `merged: ${merges}`,
    `masked: ${report.masked.map((m) => `${m.item} in ${m.value} (${m.answers})`).join(', ') || 'none'}`,
    `value kept: ${report.kept.map((k) => `${k.column} ${pct(k.kept, report.rowsOut)}`).join(', ')}`,
    `top-coded cells: ${report.topCoded.map((t) => `${t.item} ${t.cells}`).join(', ') || 'none'}`,
    `records changed: ${report.recordsChanged} of ${report.rowsOut}`,
  ].join('\n');
}

/** The full report, in Markdown; with the previous release of the wave when there is one. */
export function reportMarkdown(
  report: DisclosureReport,
  title = 'Disclosure report',
  previous?: PreviousRelease,
): string {
  const n = report.rowsOut;
  const before = (column: string) => previous?.kept.find((k) => k.column === column);
  const lines = [
    `# ${title}`,
    '',
    `Rules (PRIVACY.md): every vector of quasi-identifiers in the file — a blank counting as its ` +
      `own value, "afgeschermd of onbekend" — is shared by ≥ k = ${report.rules.k} rows, and ` +
      `each such class holds ≥ l = ${report.rules.l} distinct answers on every sensitive item ` +
      'answered in it.',
    '',
    `- Result: **${report.ok ? 'target reached' : 'target NOT reached'}**`,
    `- Respondents: ${report.rowsIn} in, ${report.rowsOut} out`,
    `- Classes: ${report.classes}; smallest class: ${report.smallestClass}`,
    `- Records changed: ${report.recordsChanged} (${pct(report.recordsChanged, n)})`,
    `- Columns kept: ${report.columnsKept}; dropped: ${report.columnsDropped.join(', ') || 'none'}`,
    '',
    '## Per quasi-identifier',
    '',
    'Kept: released with the respondent’s own value. Coarsened: with a cluster or wider band. ' +
      'Withheld: blank ("afgeschermd of onbekend"), of which some only so that the shares of the ' +
      'values still known stay as among everyone in the specialty.',
    '',
    `| column | kept | coarsened | withheld | of which for balance |${previous ? ' kept in the previous release |' : ''}`,
    `|---|---:|---:|---:|---:|${previous ? '---:|' : ''}`,
    ...report.kept.map((k) => {
      const old = before(k.column);
      return (
        `| ${k.column} | ${pct(k.kept, n)} | ${pct(k.coarsened, n)} | ${pct(k.withheld, n)} | ` +
        `${k.forBalance} |` +
        (previous ? ` ${old ? pct(old.kept, previous.rows) : '—'} |` : '')
      );
    }),
    '',
    '## Merges',
    '',
    'Values moved whole to a coarser one (a specialty into its cluster).',
    '',
    ...(report.merges.length
      ? ['| column | from | to | respondents | why |', '|---|---|---|---:|---|']
      : ['None.']),
    ...report.merges.map(
      (m) =>
        `| ${m.column} | ${m.from} | ${m.to || '(withheld)'} | ${m.rows} | ${m.reason ?? ''} |`,
    ),
    '',
    '## Masked answers',
    '',
    'Within a specialty of ≥ k respondents whose answers on a sensitive item were all the same, ' +
      'that item (and the items asked only after it) is emptied for the specialty.',
    '',
    ...(report.masked.length
      ? ['| specialty | item | emptied with it | answers emptied |', '|---|---|---|---:|']
      : ['None.']),
    ...report.masked.map(
      (m) => `| ${m.value} | ${m.item} | ${m.items.slice(1).join(', ') || '—'} | ${m.answers} |`,
    ),
    '',
    '## Top-coding',
    '',
    '| item | top code | cells capped |',
    '|---|---:|---:|',
    ...report.topCoded.map((t) => `| ${t.item} | ${t.topCode} | ${t.cells} |`),
    '',
  ];
  if (previous)
    lines.push(
      '## Compared with the previous release',
      '',
      `${previous.file}: ${previous.rows} rows, ${previous.classes} classes, smallest class ` +
        `${previous.smallestClass} (now ${report.rowsOut}, ${report.classes}, ${report.smallestClass}).`,
      '',
    );
  return lines.join('\n');
}
