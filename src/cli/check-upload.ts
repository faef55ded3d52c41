/**
 * Checks one survey export the way the site's upload does: `npx tsx src/cli/check-upload.ts
 * <file.csv> [--mapping <mapping.json>] [--map "<header>=<column>"]…` (and `npm run check-data --
 * <file>`). The export's layout is recognised (SurveyMonkey, Qualtrics, LimeSurvey, Google Forms,
 * or a plain CSV); a mapping file (mapping-file.ts) maps its columns by name, `--map` overrides
 * one column. Every problem is printed with its line, column, the value found and what was
 * expected; identifying columns are named as dropped; the valid rows are then loaded with the
 * site's own loader. Exits 0 when the whole file is usable, 1 when anything would be lost or
 * wrong (a row left out, a mapping that does not fit the export, a file that cannot be read).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import { loadWave } from '../lib/data/load-wave';
import { DataFileError, describeIssue } from '../lib/data/issues';
import { createNodeEngine } from '../lib/db/node';
import type { Mapping } from '../lib/upload/mapping';
import { suggestMapping, targets, targetKey } from '../lib/upload/mapping';
import { loadLanguage, loadMore, t, translate } from '../lib/i18n/translate';
import {
  applyMappingFile,
  describeMappingProblem,
  readMappingFile,
} from '../lib/upload/mapping-file';
import type { Prepared } from '../lib/upload/normalise';
import { describeUploadIssue, normalise } from '../lib/upload/normalise';
import { readExport, sheetNote } from '../lib/upload/read-export';
import { invokedAsCommand } from './invoked';

// Every text here is written in English: its catalogue is a chunk of its own, and so are the
// texts of an upload's problems (translate.ts).
await Promise.all([loadLanguage('en'), loadMore()]);

export interface Io {
  readFile(file: string): Uint8Array;
  out(line: string): void;
  err(line: string): void;
}

const nodeIo: Io = {
  readFile: (file) => new Uint8Array(readFileSync(file)),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const USAGE =
  'usage: check-upload <file.csv> [--mapping <mapping.json>] [--map "<header>=<column>"]… ' +
  '[--codebook <path>]';

const TOOLS: Record<Prepared['tool'], string> = {
  csv: 'CSV',
  surveymonkey: 'SurveyMonkey',
  qualtrics: 'Qualtrics',
  limesurvey: 'LimeSurvey (codes)',
  'limesurvey-text': 'LimeSurvey (full texts)',
  'google-forms': 'Google Forms',
};

function mappingFor(
  codebook: Codebook,
  header: string[],
  maps: string[],
  start: Mapping,
): Mapping | string {
  const mapping = [...start];
  const all = targets(codebook);
  for (const spec of maps) {
    const eq = spec.lastIndexOf('=');
    const name = spec.slice(0, eq);
    const to = spec.slice(eq + 1);
    const at = header.indexOf(name);
    if (eq < 1 || at < 0) return `--map ${spec}: expected "<a header of the file>=<column>"`;
    const target =
      to === 'ignore'
        ? ({ kind: 'ignore' } as const)
        : all.find((t) => targetKey(t) === to || targetKey(t) === `multi:${to}`);
    if (!target) return `--map ${spec}: "${to}" is not a codebook column (or "ignore")`;
    mapping[at] = target;
  }
  return mapping;
}

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const files: string[] = [];
  const maps: string[] = [];
  let codebookFile = path.join('data', 'codebook.json');
  let mappingFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--map' && argv[i + 1] !== undefined) maps.push(argv[++i]!);
    else if (arg === '--mapping' && argv[i + 1] !== undefined) mappingFile = argv[++i]!;
    else if (arg === '--codebook' && argv[i + 1] !== undefined) codebookFile = argv[++i]!;
    else if (arg.startsWith('--')) {
      io.err(`check-upload: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const file = files[0]!;
  let codebook: Codebook;
  let bytes: Uint8Array;
  let mappingText: string | undefined;
  try {
    const raw: unknown = JSON.parse(new TextDecoder().decode(io.readFile(codebookFile)));
    codebook = validateCodebook(raw, codebookFile);
    bytes = io.readFile(file);
    if (mappingFile !== undefined) mappingText = new TextDecoder().decode(io.readFile(mappingFile));
  } catch (e) {
    io.err(`check-upload: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }

  // A CSV or an Excel workbook (.xlsx): a workbook's sheet is read as the CSV it would export.
  const prepared = await readExport(file, bytes);
  if (prepared.sheet) io.out(`read ${file}: ${translate('en', sheetNote(prepared.sheet))}`);
  if (prepared.tool !== 'csv')
    io.out(t('en', 'upload.layout', { tool: TOOLS[prepared.tool], n: prepared.headerRows }));
  let start = suggestMapping(codebook, prepared.header);
  // A mapping that does not fit the export loses or misreads columns: that fails the check.
  let mappingProblems = 0;
  if (mappingText !== undefined && mappingFile !== undefined) {
    const read = readMappingFile(mappingText, mappingFile);
    if (!read.ok) {
      io.err(`FAIL  ${mappingFile}: not a usable mapping file`);
      for (const problem of read.problems) io.err(`  ${describeMappingProblem(problem)}`);
      return 1;
    }
    const applied = applyMappingFile(codebook, prepared, read.mapping);
    start = applied.mapping;
    mappingProblems = applied.problems.length;
    for (const problem of applied.problems)
      io.err(`  ${describeMappingProblem({ ...problem, file: mappingFile })}`);
  }
  const mapping = mappingFor(codebook, prepared.header, maps, start);
  if (typeof mapping === 'string') {
    io.err(`check-upload: ${mapping}`);
    return 2;
  }
  const result = normalise(codebook, prepared, mapping);
  const dropped = () => {
    if (result.identifying.length > 0)
      io.out(`  ${t('en', 'upload.identifying', { list: result.identifying })}`);
  };
  if (result.fatal.length > 0) {
    io.err(`FAIL  ${file}: cannot be read`);
    dropped();
    for (const issue of result.fatal) io.err(`  ${describeUploadIssue(issue)}`);
    return 1;
  }
  const left = result.rows - result.valid;
  const ok = left === 0 && result.issueTotal === 0 && mappingProblems === 0;
  io.out(
    `${ok ? 'ok   ' : 'FAIL '} ${file}: ${result.rows} rows, ${result.valid} valid, ` +
      `${left} left out (${result.encoding}, delimiter "${result.delimiter === '\t' ? 'tab' : result.delimiter}")`,
  );
  dropped();
  if (result.ignored.length > 0) io.out(`  ignored columns: ${result.ignored.join(', ')}`);
  if (result.absent.length > 0)
    io.out(`  not in the file (left empty): ${result.absent.join(', ')}`);
  if (result.decimalCommas > 0)
    io.out(`  ${result.decimalCommas} numbers with a decimal comma read as decimals`);
  for (const issue of result.issues) io.err(`  ${describeUploadIssue(issue)}`);
  if (result.issueTotal > result.issues.length)
    io.err(`  … and ${result.issueTotal - result.issues.length} more`);

  // The valid rows must also pass the loader the site uses for its own data.
  if (result.valid > 0) {
    const engine = await createNodeEngine();
    try {
      const year = Math.max(...codebook.waves.map((w) => w.year));
      await loadWave(engine, codebook, year, file, new TextEncoder().encode(result.csv));
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      for (const issue of e.issues) io.err(`  ${describeIssue(issue)}`);
      return 1;
    } finally {
      await engine.close();
    }
  }
  return ok ? 0 : 1;
}

if (invokedAsCommand(import.meta.url))
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`check-upload: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
