/** The disclosure report as Markdown (for data owners) and as a one-screen summary. */

import type { DisclosureReport } from './release';

const pct = (share: number) => `${(100 * share).toFixed(1)}%`;

/** A few lines for the terminal. */
export function summariseReport(report: DisclosureReport): string {
  const merges = report.merges.map((m) => `${m.from} (${m.rows})`).join(', ') || 'none';
  const suppressed = Object.entries(report.suppressed)
    .map(([q, cells]) => `${q} ${cells}`)
    .join(', ');
  return [
    `k = ${report.rules.k}, l = ${report.rules.l}: ${report.ok ? 'reached' : 'NOT reached'}`,
    `${report.rowsOut} respondents, ${report.classes} classes, smallest class ${report.smallestClass}`,
    `columns: ${report.columnsKept} kept, ${report.columnsDropped.length} dropped` +
      (report.columnsDropped.length ? ` (${report.columnsDropped.join(', ')})` : ''),
    `merged into "${report.group}": ${merges}`,
    `suppressed cells: ${report.suppressedCells} (${suppressed})`,
    `top-coded cells: ${report.topCoded.map((t) => `${t.item} ${t.cells}`).join(', ') || 'none'}`,
    `respondents at risk before: ${report.atRisk}; fewest look-alikes after: ${report.smallestCrowd}`,
    `records changed: ${report.recordsChanged} of ${report.rowsOut}`,
  ].join('\n');
}

/** The full report, in Markdown. */
export function reportMarkdown(report: DisclosureReport, title = 'Disclosure report'): string {
  const lines = [
    `# ${title}`,
    '',
    `Rules: every combination of quasi-identifiers holds ≥ k = ${report.rules.k} respondents ` +
      `(an empty value could be anyone); every class has ≥ l = ${report.rules.l} distinct ` +
      'answers on each sensitive item. See PRIVACY.md.',
    '',
    `- Result: **${report.ok ? 'target reached' : 'target NOT reached'}**`,
    `- Respondents: ${report.rowsIn} in, ${report.rowsOut} out`,
    `- Classes (distinct combinations): ${report.classes}; smallest class: ${report.smallestClass}`,
    `- Records changed: ${report.recordsChanged} (${pct(report.recordsChanged / Math.max(1, report.rowsOut))})`,
    `- Suppressed cells: ${report.suppressedCells}`,
    `- Columns kept: ${report.columnsKept}; dropped: ${report.columnsDropped.join(', ') || 'none'}`,
    '',
    `## Merges (specialties with fewer than ${report.mergeBelow} respondents, or one answer on a sensitive item)`,
    '',
    ...(report.merges.length
      ? ['| specialty | merged into | respondents | why |', '|---|---|---:|---|']
      : ['None.']),
    ...report.merges.map((m) => `| ${m.from} | ${m.into} | ${m.rows} | ${m.reason} |`),
    '',
    '## Suppressed cells per quasi-identifier',
    '',
    'Emptied to reach k and l (an empty value counts as "could be anyone"), and then to keep ' +
      "each specialty's shares as in the unsuppressed file (suppression must not bias figures).",
    '',
    '| column | cells | of which for balance | share of rows |',
    '|---|---:|---:|---:|',
    ...Object.entries(report.suppressed).map(
      ([q, cells]) =>
        `| ${q} | ${cells} | ${report.forBalance[q] ?? 0} | ${pct(cells / Math.max(1, report.rowsOut))} |`,
    ),
    '',
    '## Top-coding',
    '',
    '| item | top code | cells capped |',
    '|---|---:|---:|',
    ...report.topCoded.map((t) => `| ${t.item} | ${t.topCode} | ${t.cells} |`),
    '',
    `Respondents at risk before suppression (fewer than k look-alikes, or one answer among them): ${report.atRisk}. ` +
      `After release, whatever an attacker knows, at least ${report.smallestCrowd} rows could be any one respondent.`,
    '',
    '## Information lost per column',
    '',
    '| column | how | cells | share of rows |',
    '|---|---|---:|---:|',
    ...report.informationLoss.map(
      (l) => `| ${l.column} | ${l.how} | ${l.cells} | ${pct(l.share)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
