import type { Lang } from '../codebook/types';
import type { Message } from '../i18n/translate';
import { logLanguage, t, translate } from '../i18n/translate';

/** A problem in a data file, located precisely enough for a data owner to fix it. */
export interface DataIssue {
  file: string;
  line?: number;
  column?: string;
  /** The value found, as text. */
  value?: string;
  /** What would have been right, in words of the catalogue. */
  expected: Message;
}

/**
 * "data/waves/2024.csv, line 6, column "hours_worked": found "veertig", expected a number from 0
 * to 120" — in English for the CLI and logs, in the reader's language on the page.
 */
export function describeIssue(issue: DataIssue, lang: Lang = 'en'): string {
  return `${[issue.file, ...where(issue, lang)].join(', ')}: ${foundExpected(issue, lang)}`;
}

/** Line and column of a problem, if known (a line number is a position: written as is). */
export function where(issue: { line?: number; column?: string }, lang: Lang): string[] {
  return [
    ...(issue.line === undefined ? [] : [t(lang, 'issue.line', { line: String(issue.line) })]),
    ...(issue.column === undefined ? [] : [t(lang, 'issue.column', { column: issue.column })]),
  ];
}

/** "found "veertig", expected a number from 0 to 120", or "expected …" when nothing was found. */
export function foundExpected(issue: { value?: string; expected: Message }, lang: Lang): string {
  const expected = translate(lang, issue.expected);
  return issue.value === undefined
    ? t(lang, 'issue.expected', { expected })
    : t(lang, 'issue.foundExpected', { value: issue.value, expected });
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DataIssue[],
    /** How many problems there are in all; `issues` may list only the first ones. */
    readonly total = issues.length,
  ) {
    // For logs and the CLI, in English where it is loaded (logLanguage): a Dutch page that has not
    // loaded English logs it in Dutch. The page writes `issues` in the reader's language.
    const lang = logLanguage();
    const more =
      total > issues.length ? [t(lang, 'moreProblems', { n: total - issues.length })] : [];
    super(
      [
        t(lang, 'issue.cannotLoad', { file, n: total }),
        ...issues.map((i) => describeIssue(i, lang)),
        ...more,
      ].join('\n  '),
    );
    this.name = 'DataFileError';
  }
}
