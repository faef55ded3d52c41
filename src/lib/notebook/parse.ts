import { NotebookError } from './error';

/**
 * A notebook is Markdown whose fenced ```sql blocks are executed in order. Everything else —
 * prose, headings, fences in other languages — is kept byte for byte, so the rendered output is
 * the notebook itself with a result table after each SQL block.
 *
 * A block may be named, for readers and for tests that look a result up:
 *   ```sql radiology-overtime      (also `name=radiology-overtime`)
 * or with a first line `-- name: radiology-overtime`.
 */

interface ProseBlock {
  kind: 'prose';
  /** 1-based line of the block's first line in the .md file. */
  line: number;
  lines: string[];
}

export interface SqlBlock {
  kind: 'sql';
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based number among the notebook's SQL blocks. */
  index: number;
  name?: string;
  /** The block as written, fences included. */
  lines: string[];
  /** The SQL between the fences. */
  sql: string;
  /** 1-based line of the first SQL line (the line after the opening fence). */
  sqlLine: number;
}

type Block = ProseBlock | SqlBlock;

export interface Notebook {
  file: string;
  blocks: Block[];
}

export function sqlBlocks(notebook: Notebook): SqlBlock[] {
  return notebook.blocks.filter((b): b is SqlBlock => b.kind === 'sql');
}

/** An opening code fence (CommonMark: up to 3 spaces, ≥ 3 backticks or tildes, info string). */
const OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const NAME = /^[A-Za-z0-9][\w.-]*$/;
const NAME_COMMENT = /^\s*--\s*name:\s*(\S+)\s*$/;

function isClosing(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return m !== null && m[1]![0] === fence[0] && m[1]!.length >= fence.length;
}

function blockName(
  info: string[],
  body: string[],
  at: { file: string; line: number; index: number },
): string | undefined {
  const fail = (detail: string): never => {
    throw new NotebookError({ file: at.file, line: at.line, block: at.index }, detail);
  };
  if (info.length > 1)
    fail(`Expected at most one block name after "sql", found "${info.join(' ')}"`);
  let name = info[0]?.replace(/^name=/, '').replace(/^\{#(.*)\}$/, '$1');
  const comment = body.find((l) => l.trim() !== '');
  const fromComment = comment === undefined ? undefined : NAME_COMMENT.exec(comment)?.[1];
  if (name !== undefined && fromComment !== undefined && name !== fromComment)
    fail(`Block named twice: "${name}" after the fence and "${fromComment}" in a comment`);
  name ??= fromComment;
  if (name !== undefined && !NAME.test(name))
    fail(`Not a block name: "${name}" (use letters, digits, "-", "_" or ".")`);
  return name;
}

export function parseNotebook(source: string, file: string): Notebook {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  // A trailing newline is not an extra empty line of prose.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];
  const names = new Map<string, number>();
  let prose: ProseBlock | null = null;
  let sqlCount = 0;

  const addProse = (line: string, number: number) => {
    if (prose === null) {
      prose = { kind: 'prose', line: number, lines: [] };
      blocks.push(prose);
    }
    prose.lines.push(line);
  };

  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    const fence = open?.[2];
    const info = (open?.[3] ?? '').trim();
    // Backtick fences cannot have backticks in their info string (that is inline code).
    if (!open || fence === undefined || (fence[0] === '`' && info.includes('`'))) {
      addProse(lines[i]!, i + 1);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !isClosing(lines[end]!, fence)) end++;
    const words = info.split(/\s+/).filter((w) => w !== '');
    if (words[0]?.toLowerCase() !== 'sql') {
      // Another language (or an unclosed fence, which runs to the end): prose, kept as is.
      for (let j = i; j <= Math.min(end, lines.length - 1); j++) addProse(lines[j]!, j + 1);
      i = end;
      continue;
    }
    const index = ++sqlCount;
    if (end >= lines.length)
      throw new NotebookError(
        { file, line: i + 1, block: index },
        `The SQL block is not closed: expected a line with ${fence} after line ${i + 1}`,
      );
    const body = lines.slice(i + 1, end);
    const name = blockName(words.slice(1), body, { file, line: i + 1, index });
    if (name !== undefined) {
      const first = names.get(name);
      if (first !== undefined)
        throw new NotebookError(
          { file, line: i + 1, block: index, name },
          `Block name "${name}" is already used by SQL block at line ${first}`,
        );
      names.set(name, i + 1);
    }
    if (body.every((l) => l.trim() === ''))
      throw new NotebookError({ file, line: i + 1, block: index, name }, 'The SQL block is empty');
    blocks.push({
      kind: 'sql',
      line: i + 1,
      index,
      ...(name === undefined ? {} : { name }),
      lines: lines.slice(i, end + 1),
      sql: body.join('\n'),
      sqlLine: i + 2,
    });
    prose = null;
    i = end;
  }
  return { file, blocks };
}

export interface Statement {
  sql: string;
  /** 1-based line in the .md file where the statement's first non-blank text is. */
  line: number;
}

/**
 * Splits a block into statements on `;`, outside quotes and comments. duckdb-wasm runs only the
 * first statement of a multi-statement string, so each one is sent on its own; knowing where
 * each starts also lets an error point at the right line of the notebook.
 */
export function splitStatements(sql: string, firstLine: number): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  let i = 0;
  const push = (endIndex: number) => {
    const text = sql.slice(start, endIndex);
    if (stripComments(text).trim() !== '') {
      const lead = text.length - text.trimStart().length;
      const line = firstLine + countNewlines(sql.slice(0, start + lead));
      statements.push({ sql: text.trim(), line });
    }
    start = endIndex + 1;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || c === '"') {
      // Quotes escape themselves by doubling ('it''s'); an unclosed one runs to the end.
      i++;
      while (i < sql.length && !(sql[i] === c && sql[i + 1] !== c)) i += sql[i] === c ? 2 : 1;
      i++;
    } else if (c === '-' && next === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === ';') {
      push(i);
      i++;
    } else i++;
  }
  push(sql.length);
  return statements;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

/** The statement without comments, for deciding whether there is anything to run. */
export function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}
