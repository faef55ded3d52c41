/**
 * Runs the reproducible notebooks: `npm run notebooks [-- notebooks/x.md …] [--check]`.
 * Each `notebooks/<name>.md` is executed on a fresh engine with the codebook and every wave loaded
 * exactly as the site loads them, and written to `notebooks/<name>.out.md` next to it.
 * `--check` writes nothing and fails when an output file is missing or out of date (for CI).
 */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import { openDataSet } from '../lib/data/data-set';
import type { Engine } from '../lib/db/engine';
import { createNodeEngine } from '../lib/db/node';
import type { ExecutedNotebook } from '../lib/notebook/execute';
import { executeNotebook } from '../lib/notebook/execute';
import { parseNotebook, sqlBlocks } from '../lib/notebook/parse';
import { renderNotebook } from '../lib/notebook/render';
import { invokedAsCommand } from './invoked';
import { loadLanguage } from '../lib/i18n/translate';

// Every text here is written in English: its catalogue is a chunk of its own (translate.ts).
await loadLanguage('en');

export const NOTEBOOK_DIR = 'notebooks';
const OUTPUT_SUFFIX = '.out.md';

export function isOutputFile(file: string): boolean {
  return file.endsWith(OUTPUT_SUFFIX);
}

/** `notebooks/x.md` → `notebooks/x.out.md`. */
export function outputFile(file: string): string {
  return file.replace(/\.md$/, OUTPUT_SUFFIX);
}

/** Every notebook (not an output file) in `notebooks/`, as paths relative to `root`, sorted. */
export function findNotebooks(root: string): string[] {
  const dir = path.join(root, NOTEBOOK_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !isOutputFile(f))
    .sort()
    .map((f) => `${NOTEBOOK_DIR}/${f}`);
}

export interface WaveFile {
  year: number;
  /** Relative to the repository root, e.g. `data/waves/2024.csv`. */
  file: string;
  synthetic: boolean;
  bytes: Uint8Array;
  sha256: string;
}

/** The codebook and wave files, read once and loaded into each notebook's own engine. */
export interface DataSet {
  codebook: Codebook;
  waves: WaveFile[];
}

export function readDataSet(root: string): DataSet {
  const codebookFile = 'data/codebook.json';
  const text = readFileSync(path.join(root, codebookFile), 'utf8');
  const codebook = validateCodebook(JSON.parse(text), codebookFile);
  const waves = codebook.waves.map((wave) => {
    const file = `data/${wave.file}`;
    const bytes = new Uint8Array(readFileSync(path.join(root, file)));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { year: wave.year, file, synthetic: wave.synthetic, bytes, sha256 };
  });
  return { codebook, waves };
}

/** A node engine with every wave in `responses`, loaded and checked as the site does. */
export async function openDataEngine(
  data: DataSet,
): Promise<{ engine: Engine; rows: Map<number, number> }> {
  const engine = await createNodeEngine();
  const bytes = new Map(data.waves.map((w) => [w.file, w.bytes]));
  try {
    const { waves } = await openDataSet(
      engine,
      { read: (name) => bytes.get(`data/${name}`) ?? null },
      { codebook: data.codebook, weights: 'none' },
    );
    return { engine, rows: new Map(waves.map((w) => [w.year, w.rows])) };
  } catch (e) {
    await engine.close();
    throw e;
  }
}

export interface NotebookRun {
  /** The notebook, relative to root. */
  file: string;
  /** Its output file, relative to root. */
  output: string;
  markdown: string;
  executed: ExecutedNotebook;
  /** Whether the output file was (re)written; false with `write: false` or unchanged output. */
  written: boolean;
  /** Whether the output file on disk already held exactly this markdown. */
  upToDate: boolean;
  ms: number;
}

export interface RunOptions {
  /** Repository root; `file` is relative to it. Default: the working directory. */
  root?: string;
  /** Data read once for several notebooks; read from `root` when absent. */
  data?: DataSet;
  /** Write `<name>.out.md` (default true). */
  write?: boolean;
}

function provenance(file: string, data: DataSet, rows: Map<number, number>): string[] {
  const waves = data.waves.map(
    (w) =>
      `\`${w.file}\` (${rows.get(w.year) ?? 0} rows` +
      `${w.synthetic ? ', synthetic demo data' : ''}, sha256 ${w.sha256.slice(0, 12)})`,
  );
  return ['---', '', `_Data: \`data/codebook.json\`; ${waves.join('; ')}. Source: \`${file}\`._`];
}

/**
 * Parses, executes and renders one notebook on its own fresh engine (temporary views of one
 * notebook never leak into another). Throws a NotebookError on a parse or SQL error; then no
 * output file is written.
 */
export async function runNotebookFile(
  file: string,
  options: RunOptions = {},
): Promise<NotebookRun> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const data = options.data ?? readDataSet(root);
  const source = readFileSync(path.join(root, file), 'utf8');
  const notebook = parseNotebook(source, file);
  const { engine, rows } = await openDataEngine(data);
  let executed: ExecutedNotebook;
  try {
    executed = await executeNotebook(engine, notebook);
  } finally {
    await engine.close();
  }
  const output = outputFile(file);
  const markdown = renderNotebook(executed, {
    header: [
      `<!-- Generated by \`npm run notebooks\` from ${file}: do not edit this file, ` +
        `edit the notebook and run it again. -->`,
    ],
    footer: provenance(file, data, rows),
  });
  const outPath = path.join(root, output);
  const upToDate = existsSync(outPath) && readFileSync(outPath, 'utf8') === markdown;
  const write = (options.write ?? true) && !upToDate;
  if (write) writeFileSync(outPath, markdown, 'utf8');
  return {
    file,
    output,
    markdown,
    executed,
    written: write,
    upToDate,
    ms: performance.now() - started,
  };
}

/** Command-line file arguments as notebook paths relative to root, checked. */
export function resolveArguments(args: string[], root: string, cwd = process.cwd()): string[] {
  return args.map((arg) => {
    const absolute = path.resolve(cwd, arg);
    const file = path.relative(root, absolute).split(path.sep).join('/');
    if (!file.endsWith('.md')) throw new Error(`${arg}: not a Markdown notebook (.md)`);
    if (isOutputFile(file))
      throw new Error(`${arg}: is an output file; run ${file.replace(/\.out\.md$/, '.md')}`);
    if (!existsSync(absolute)) throw new Error(`${arg}: no such file`);
    return file;
  });
}

function summary(run: NotebookRun): string {
  const blocks = sqlBlocks(run.executed.notebook).length;
  const rows = run.executed.results.reduce((s, r) => s + r.rows.length, 0);
  const state = run.written ? 'written' : run.upToDate ? 'unchanged' : 'not written';
  return (
    `${run.file} → ${run.output} (${state}): ${blocks} SQL block${blocks === 1 ? '' : 's'}, ` +
    `${rows} result row${rows === 1 ? '' : 's'}, ${(run.ms / 1000).toFixed(1)} s`
  );
}

/**
 * The command. File arguments are relative to where the user typed the command (npm passes it
 * as INIT_CWD; npm run itself always runs in the package root).
 */
export async function main(
  argv: string[],
  root = process.cwd(),
  cwd = process.env.INIT_CWD ?? root,
): Promise<number> {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length > 0) {
    console.error(
      `Unknown option ${unknown.join(', ')}. ` +
        `Usage: npm run notebooks [-- [--check] notebooks/x.md …]`,
    );
    return 2;
  }
  const args = argv.filter((a) => !a.startsWith('-'));
  const files = args.length > 0 ? resolveArguments(args, root, cwd) : findNotebooks(root);
  if (files.length === 0) {
    console.error(`No notebooks found in ${NOTEBOOK_DIR}/`);
    return 1;
  }
  const data = readDataSet(root);
  let failed = 0;
  for (const file of files) {
    try {
      const run = await runNotebookFile(file, { root, data, write: !check });
      if (check && !run.upToDate) {
        failed++;
        console.error(`${run.output} is out of date: run npm run notebooks -- ${file}`);
      } else console.log(summary(run));
    } catch (e) {
      failed++;
      console.error(e instanceof Error ? e.message : String(e));
    }
  }
  const ok = files.length - failed;
  console.log(
    `${ok} of ${files.length} notebook${files.length === 1 ? '' : 's'} ` +
      `${check ? 'up to date' : 'ran'}${failed > 0 ? `, ${failed} failed` : ''}.`,
  );
  return failed > 0 ? 1 : 0;
}

// Run only as a command, not when a test imports the runner.
if (invokedAsCommand(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
