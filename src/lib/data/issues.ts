/** A problem in a data file, located precisely enough for a data owner to fix it. */
export interface DataIssue {
  file: string;
  line?: number;
  column?: string;
  /** The value found, as text. */
  value?: string;
  expected: string;
}

export function describeIssue(issue: DataIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.column !== undefined ? `column "${issue.column}"` : undefined,
  ].filter(Boolean);
  const found = issue.value !== undefined ? `found "${issue.value}", ` : '';
  return `${where.join(', ')}: ${found}expected ${issue.expected}`;
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DataIssue[],
    /** How many problems there are in all; `issues` may list only the first ones. */
    readonly total = issues.length,
  ) {
    const more = total > issues.length ? `\n  … and ${total - issues.length} more` : '';
    super(
      `${file} cannot be loaded (${total} problem${total === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${describeIssue(i)}`).join('\n') +
        more,
    );
    this.name = 'DataFileError';
  }
}
