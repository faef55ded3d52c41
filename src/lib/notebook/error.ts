/** Where in a notebook something went wrong: precise enough to jump straight to it. */
export interface NotebookLocation {
  /** The notebook file as the user would type it, e.g. `notebooks/radiologie-2024.md`. */
  file: string;
  /** 1-based line in the .md file (the opening fence of a block, or the failing statement). */
  line: number;
  /** 1-based number of the SQL block among the notebook's SQL blocks. */
  block?: number;
  name?: string;
}

/** A block's label in messages: `SQL block 3 "radiology-overtime" (line 42)`. */
function describeBlock(block: number, name: string | undefined, line: number): string {
  return `SQL block ${block}${name === undefined ? '' : ` "${name}"`} (line ${line})`;
}

/**
 * A notebook that cannot be parsed or run. The message names the file, the block and the line in
 * the .md file, then gives DuckDB's own message unchanged (it often points at the exact token).
 */
export class NotebookError extends Error {
  override name = 'NotebookError';

  constructor(
    readonly location: NotebookLocation,
    /** What went wrong, e.g. DuckDB's message. */
    readonly detail: string,
    /** The .md line the problem is on, when it is more precise than where the block starts. */
    readonly at?: number,
  ) {
    const { file, line, block, name } = location;
    const where =
      block === undefined ? `${file}:${line}` : `${file}: ${describeBlock(block, name, line)}`;
    const precise = at !== undefined && at !== line ? `, at line ${at}` : '';
    super(`${where}${precise}:\n${indent(detail)}`);
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => (l === '' ? '' : `  ${l}`))
    .join('\n');
}
