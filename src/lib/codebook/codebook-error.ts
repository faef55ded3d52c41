/**
 * A codebook that is not valid, with every problem found. Apart from the checks themselves
 * (validate.ts) so that the page can show the error without loading them: a codebook the build
 * checked is not checked again in the browser (src/app/boot.ts).
 */

export interface CodebookIssue {
  /** Where in the file, e.g. `items[3].values[1].code`. */
  path: string;
  message: string;
}

export class CodebookError extends Error {
  constructor(
    readonly file: string,
    readonly issues: CodebookIssue[],
  ) {
    super(
      `${file} is not a valid codebook:\n` +
        issues.map((i) => `  ${i.path || '(top level)'}: ${i.message}`).join('\n'),
    );
    this.name = 'CodebookError';
  }
}
