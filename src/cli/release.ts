/**
 * Turns a raw survey export into a wave file that may be published (PRIVACY.md):
 *
 *   npm run release -- <raw export.csv|.xlsx> --wave 2024 [--mapping <file.json>] [--k 10] [--l 2]
 *     [--out data/waves/2024.csv] [--report data/disclosure-2024.md] [--max-rows 200000]
 *     [--drop-invalid]
 *
 * Reads the export as the site's upload does (src/lib/upload: labels or codes, multi-select
 * answers in one column, Dutch decimal commas, `,` `;` or tab, UTF-8 or Windows-1252, survey
 * tools' layouts, identifying columns dropped unread), mapped by the header's names or by a mapping
 * file, but streamed: the file is read in chunks and only the converted rows are held, so its
 * size is bounded by the row cap, not by memory. Any row with a problem (a field too many or too
 * few, an unknown answer) stops it, every problem named by file, line and column, unless
 * --drop-invalid releases only the valid rows and lists the others in the report.
 *
 * Then keeps only codebook columns, top-codes hours, recodes along the codebook's hierarchies and
 * withholds quasi-identifier values until every vector of them (a blank counting as its own value)
 * is shared by ≥ k rows holding ≥ l distinct answers on sensitive items; checks the result
 * with the site's own loader and writes the file and a disclosure report (Markdown, or JSON when
 * the name ends in .json), compared with the previous release of the wave where one exists.
 * Exits 1 with a message when the file cannot be read or the target cannot be reached; nothing is
 * written then.
 */

import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Codebook } from '../lib/codebook/types';
import { questionnaireIn, waveColumns } from '../lib/codebook/asked';
import { validateCodebook } from '../lib/codebook/validate';
import { createNodeEngine } from '../lib/db/node';
import { readTable, writeCsv } from '../lib/data/csv';
import { CsvStreamError, MAX_RECORD_CHARS } from '../lib/data/csv-stream';
import { where } from '../lib/data/issues';
import { loadLanguage, loadMore, translate } from '../lib/i18n/translate';
import { checkReleasedFile } from '../lib/privacy/check-file';
import type { Row } from '../lib/privacy/anonymity';
import { DEFAULT_RULES, assessAnonymity } from '../lib/privacy/anonymity';
import { ReleaseError, keptOf, releaseRows } from '../lib/privacy/release';
import type { ReleaseOptions } from '../lib/privacy/release';
import type { PreviousRelease } from '../lib/privacy/report';
import { reportMarkdown, summariseReport } from '../lib/privacy/report';
import { binaryKind } from '../lib/upload/decode';
import type { Mapping } from '../lib/upload/mapping';
import { suggestMapping } from '../lib/upload/mapping';
import {
  applyMappingFile,
  describeMappingProblem,
  readMappingFile,
} from '../lib/upload/mapping-file';
import type { Prepared, UploadIssue } from '../lib/upload/normalise';
import { describeUploadIssue, prepare } from '../lib/upload/normalise';
import type { Exported } from '../lib/upload/read-export';
import { readExport, sheetNote } from '../lib/upload/read-export';
import type { Streamed } from '../lib/upload/stream';
import { fromLatin1 } from '../lib/upload/decode';
import { NotUtf8, TooManyRows, streamExport } from '../lib/upload/stream';

// Every text here is written in English: its catalogue is a chunk of its own, and so are the
// texts of an upload's problems (translate.ts).
await Promise.all([loadLanguage('en'), loadMore()]);

/**
 * The most respondent rows released at once. Measured on a 2-core machine: 200,000 rows take
 * 30 s and about 600 MB of heap to release (400,000: 70 s, 1.2 GB), well inside Node's default
 * heap; a wave has about 2,000. A larger file stops with its line, never with Node's memory.
 */
const MAX_ROWS = 200_000;
/** Heap a row takes at the release's peak (measured as above, rounded up). */
const HEAP_PER_ROW = 3.5 * 1024;
/** Bytes read at a time, and the head `prepare` reads the layout from. */
const CHUNK_BYTES = 1 << 20;
/** A workbook cannot be streamed: it is read whole, up to this size. */
const MAX_WORKBOOK_MB = 100;
/** Problems printed; the total is always given. */
const MAX_PRINTED = 50;

const USAGE = [
  'usage: npm run release -- <raw export.csv|.xlsx> --wave <year> [--mapping <file.json>]',
  '         [--k 10] [--l 2] [--out <file.csv>] [--report <file.md|file.json>]',
  `         [--max-rows ${MAX_ROWS}] [--drop-invalid]`,
  '  The export is read as the site’s upload reads it (codes or labels, `,` `;` or tab, UTF-8 or',
  '  Windows-1252, survey tools’ layouts), mapped by its header or by --mapping (a mapping file the',
  '  upload panel saves), and streamed: any size up to --max-rows respondent rows. Identifying',
  '  columns are dropped unread. A row with a problem stops the release (every problem printed),',
  '  unless --drop-invalid releases only the valid rows and lists the others in the report.',
].join('\n');

interface Args {
  input: string;
  wave: number;
  out?: string;
  report?: string;
  mapping?: string;
  maxRows: number;
  dropInvalid: boolean;
  options: Partial<ReleaseOptions>;
}

function parseArgs(argv: string[]): Args {
  let input: string | undefined;
  let wave: number | undefined;
  let out: string | undefined;
  let report: string | undefined;
  let mapping: string | undefined;
  let maxRows = MAX_ROWS;
  let dropInvalid = false;
  const options: Partial<ReleaseOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (input !== undefined) throw new Error(`One raw export at a time (got "${arg}" too)`);
      input = arg;
      continue;
    }
    if (arg === '--drop-invalid') {
      dropInvalid = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const text = inline ?? argv[++i];
    if (text === undefined) throw new Error(`${flag} needs a value`);
    const int = () => {
      const n = Number(text);
      if (!Number.isInteger(n)) throw new Error(`${flag} expects a whole number, got "${text}"`);
      return n;
    };
    if (flag === '--wave') wave = int();
    else if (flag === '--k') options.k = int();
    else if (flag === '--l') options.l = int();
    else if (flag === '--out') out = text;
    else if (flag === '--report') report = text;
    else if (flag === '--mapping') mapping = text;
    else if (flag === '--max-rows') {
      maxRows = int();
      if (maxRows < 1) throw new Error(`--max-rows expects at least 1, got ${maxRows}`);
    } else throw new Error(`Unknown option ${flag}`);
  }
  if (input === undefined) throw new Error('Name the raw export to release');
  if (wave === undefined) throw new Error('Say which wave it is: --wave <year>');
  return {
    input,
    wave,
    options,
    maxRows,
    dropInvalid,
    ...(out === undefined ? {} : { out }),
    ...(report === undefined ? {} : { report }),
    ...(mapping === undefined ? {} : { mapping }),
  };
}

/** Why the export cannot be released: lines to print, each naming the file it is about. */
class Refused extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/**
 * The first bytes of the file, up to its last line end within `CHUNK_BYTES`, so that the layout
 * is read off whole records and never off half a character.
 */
async function head(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(Math.min(size, CHUNK_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytesRead >= size) return bytes;
    // UTF-16 (zeros in every other byte): a line feed is a byte pair at an even offset.
    if (bytes.subarray(0, 8192).includes(0)) {
      for (let i = bytes.length - 2 - (bytes.length % 2); i >= 0; i -= 2)
        if ((bytes[i] === 10 && bytes[i + 1] === 0) || (bytes[i] === 0 && bytes[i + 1] === 10))
          return bytes.subarray(0, i + 2);
      return bytes.subarray(0, bytes.length - (bytes.length % 2));
    }
    const lf = bytes.lastIndexOf(10);
    const end = lf >= 0 ? lf : bytes.lastIndexOf(13);
    return end >= 0 ? bytes.subarray(0, end + 1) : bytes;
  } finally {
    await handle.close();
  }
}

/**
 * The head as `prepare` reads it, taken as Windows-1252 whatever it looks like (and with the
 * characters Node's decoder gets wrong put right, decode.ts `fromLatin1`).
 */
function asWindows1252(file: string, bytes: Uint8Array): Prepared {
  const text = fromLatin1(new TextDecoder('windows-1252').decode(bytes));
  return { ...prepare(file, new TextEncoder().encode(text)), encoding: 'windows-1252' };
}

/**
 * The header's own names (a column's name in the wave's own files, codebook `history`, counting as
 * its id), or the mapping file applied to them; refused on any mismatch.
 */
function mappingOf(
  codebook: Codebook,
  prepared: Prepared,
  mappingFile: string | undefined,
  waveNames: ReadonlyMap<string, string>,
): Mapping {
  if (mappingFile === undefined)
    return suggestMapping(
      codebook,
      prepared.header.map((name) => waveNames.get(name) ?? name),
    );
  let text: string;
  try {
    text = readFileSync(mappingFile, 'utf8');
  } catch (error) {
    throw new Refused([`${prepared.file}: --mapping ${(error as Error).message}`]);
  }
  const read = readMappingFile(text, mappingFile);
  if (!read.ok)
    throw new Refused(read.problems.map((p) => `${prepared.file}: ${describeMappingProblem(p)}`));
  const applied = applyMappingFile(codebook, prepared, read.mapping);
  // A column the mapping does not name is ignored (and listed); anything else is a mismatch.
  const problems = applied.problems.filter((p) => p.kind !== 'unmapped-column');
  if (problems.length > 0)
    throw new Refused(
      problems.map(
        (p) => `${prepared.file}: ${describeMappingProblem({ ...p, file: p.file ?? mappingFile })}`,
      ),
    );
  return applied.mapping;
}

/** Reads, maps and converts the whole export; every row with a problem is left out and counted. */
async function readInput(
  codebook: Codebook,
  args: Args,
  waveNames: ReadonlyMap<string, string>,
  windows1252 = false,
): Promise<{ prepared: Exported; streamed: Streamed }> {
  const file = args.input;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new Refused([`${file}: ${(error as Error).message}`]);
  }
  const first = await head(file, size);
  const kind = binaryKind(first);
  const workbook = kind === 'issue.zip' || kind === 'issue.xls';
  if (workbook && size > MAX_WORKBOOK_MB * 2 ** 20)
    throw new Refused([
      `${file}: a workbook of ${Math.round(size / 2 ** 20)} MB; workbooks are read whole, up to ` +
        `${MAX_WORKBOOK_MB} MB: save the sheet as CSV, which is read in chunks at any size`,
    ]);
  let prepared: Exported = workbook
    ? await readExport(file, new Uint8Array(readFileSync(file)))
    : windows1252
      ? asWindows1252(file, first)
      : prepare(file, first);
  if (!workbook && !windows1252 && prepared.encoding === 'windows-1252')
    prepared = asWindows1252(file, first);
  const mapping =
    prepared.fatal.length > 0 ? [] : mappingOf(codebook, prepared, args.mapping, waveNames);
  const chunks: AsyncIterable<Uint8Array> | Iterable<string> = workbook
    ? [prepared.text]
    : createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const started = Date.now();
  let shown = 0;
  const progress = process.stderr.isTTY
    ? (bytes: number) => {
        if (Date.now() - started < 2000 || bytes - shown < 64 * 2 ** 20) return;
        shown = bytes;
        process.stderr.write(`\rreading ${file}: ${Math.round((100 * bytes) / size)}%`);
      }
    : undefined;
  try {
    const streamed = await streamExport(codebook, prepared, mapping, chunks, {
      maxRows: args.maxRows,
      maxRecordChars: MAX_RECORD_CHARS,
      ...(progress ? { progress } : {}),
    });
    return { prepared, streamed };
  } catch (error) {
    if (error instanceof NotUtf8 && !windows1252) return readInput(codebook, args, waveNames, true);
    if (error instanceof TooManyRows)
      throw new Refused([
        `${file}: line ${error.line}: more than ${error.max.toLocaleString('en')} respondent ` +
          `rows; the release handles up to ${error.max.toLocaleString('en')} at once (a wave has ` +
          'about 2,000). Check that this is one wave of the survey; --max-rows raises the cap if ' +
          'the machine has the memory (about 3.5 KB of heap a row).',
      ]);
    if (error instanceof CsvStreamError) throw new Refused([`${file}: ${error.message}`]);
    throw error;
  } finally {
    if (shown > 0) process.stderr.write('\n');
  }
}

/** "17, 230–231": lines, runs of consecutive ones joined. */
function lineRanges(lines: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** Every problem (up to MAX_PRINTED, then the total), each naming the file. */
function problemLines(file: string, issues: readonly UploadIssue[], total: number): string[] {
  const lines = issues.slice(0, MAX_PRINTED).map((i) => `${file}: ${describeUploadIssue(i)}`);
  if (total > lines.length) lines.push(`${file}: … and ${total - lines.length} more problem(s)`);
  return lines;
}

/** How the export was read, for the terminal and the report. */
interface ReadSummary {
  file: string;
  /** For a workbook: which sheet was read. */
  sheet?: string;
  tool: string;
  encoding: string;
  delimiter: string;
  rows: number;
  valid: number;
  identifying: string[];
  ignored: string[];
  absent: string[];
  decimalCommas: number;
  /** Rows left out for a problem (--drop-invalid): every line, and the problems (no values). */
  dropped: { lines: string; count: number; problems: string[]; more: number };
}

function readSummary(file: string, prepared: Exported, streamed: Streamed): ReadSummary {
  const { result, invalidLines } = streamed;
  return {
    file: path.basename(file),
    ...(prepared.sheet ? { sheet: translate('en', sheetNote(prepared.sheet)) } : {}),
    tool: result.tool,
    encoding: result.encoding,
    delimiter: result.delimiter === '\t' ? 'tab' : result.delimiter,
    rows: result.rows,
    valid: result.valid,
    identifying: result.identifying,
    ignored: result.ignored,
    absent: result.absent,
    decimalCommas: result.decimalCommas,
    dropped: {
      lines: lineRanges(invalidLines),
      count: invalidLines.length,
      // The values found stay out of the report: a wrong answer may be a respondent's own words.
      problems: result.issues.map((i) => `${where(i, 'en').join(', ')}: ${i.kind}`),
      more: result.issueTotal - result.issues.length,
    },
  };
}

function summaryText(s: ReadSummary): string[] {
  const none = (list: string[]) => (list.length ? list.join(', ') : 'none');
  return [
    `read ${s.file}: ${s.rows} respondent row(s), ${s.valid} valid (` +
      (s.sheet ?? `${s.encoding}, delimiter "${s.delimiter}"`) +
      `, ${s.tool === 'csv' ? 'plain CSV' : s.tool})`,
    `identifying columns, dropped unread: ${none(s.identifying)}`,
    `other columns not in the codebook, ignored: ${none(s.ignored)}`,
    ...(s.absent.length
      ? [`codebook columns not in the export, left empty: ${none(s.absent)}`]
      : []),
    ...(s.decimalCommas
      ? [`${s.decimalCommas} number(s) with a decimal comma read as decimals`]
      : []),
    ...(s.dropped.count
      ? [
          `left out for a problem (--drop-invalid): ${s.dropped.count} row(s), line(s) ${s.dropped.lines}`,
        ]
      : []),
  ];
}

function summaryMarkdown(s: ReadSummary): string {
  const lines = ['## The export', '', ...summaryText(s).map((line) => `- ${line}`)];
  if (s.dropped.count > 0)
    lines.push(
      '',
      'The rows left out, by line and column of the export (the values found are not kept here):',
      '',
      ...s.dropped.problems.map((p) => `- ${p}`),
      ...(s.dropped.more > 0 ? [`- … and ${s.dropped.more} more`] : []),
    );
  return lines.join('\n') + '\n';
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  // A raised cap must still fit the heap, or Node would stop with a fatal error, not a message.
  const heap = getHeapStatistics().heap_size_limit;
  if (args.maxRows * HEAP_PER_ROW > heap) {
    const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;
    console.error(
      `release: --max-rows ${args.maxRows} needs about ${gb(args.maxRows * HEAP_PER_ROW)} of ` +
        `heap to release; this Node has ${gb(heap)} (NODE_OPTIONS=--max-old-space-size=<MB> ` +
        'gives it more, if the machine has the memory)',
    );
    return 2;
  }
  const codebookFile = path.join('data', 'codebook.json');
  const codebook = validateCodebook(JSON.parse(readFileSync(codebookFile, 'utf8')), codebookFile);
  const known = codebook.waves.find((w) => w.year === args.wave);
  // An earlier wave's export is read and released as that wave's questionnaire: its own items,
  // on the scales they were asked on, written under the names its file has (codebook `history`).
  const questionnaire = questionnaireIn(codebook, args.wave);
  const fileNames = new Map(waveColumns(codebook, args.wave).map((c) => [c.column, c.file]));
  const out = args.out ?? path.join('data', known?.file ?? `waves/${args.wave}.csv`);
  const reportFile = args.report ?? path.join('data', `disclosure-${args.wave}.md`);
  // Everything in data/waves/ is shipped with the site: a raw export must never live there.
  if (path.resolve(path.dirname(args.input)) === path.resolve('data', 'waves')) {
    console.error(
      `release: ${args.input} is inside data/waves/, which the site publishes. Move the raw ` +
        'export out of the repository first.',
    );
    return 1;
  }

  let input;
  try {
    input = await readInput(
      questionnaire,
      args,
      new Map([...fileNames].filter(([c, f]) => c !== f).map(([c, f]) => [f, c])),
    );
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    for (const line of error.lines) console.error(`release: ${line}`);
    console.error('\nNothing was written.');
    return 1;
  }
  const { streamed } = input;
  const { result } = streamed;
  if (result.fatal.length > 0) {
    console.error(`release: ${args.input} cannot be released:`);
    for (const line of problemLines(args.input, result.fatal, result.fatal.length))
      console.error(line);
    console.error('\nNothing was written.');
    return 1;
  }
  const summary = readSummary(args.input, input.prepared, streamed);
  if (result.issueTotal > 0) {
    const problems = problemLines(args.input, result.issues, result.issueTotal);
    if (!args.dropInvalid) {
      console.error(
        `release: ${args.input}: ${streamed.invalidLines.length} of ${result.rows} respondent ` +
          `row(s) have a problem (${result.issueTotal} in all):`,
      );
      for (const line of problems) console.error(line);
      console.error(
        '\nNothing was written. Correct the export, or release only the valid rows with ' +
          '--drop-invalid (the report then lists the rows left out).',
      );
      return 1;
    }
    console.log(`${args.input}: left out ${streamed.invalidLines.length} row(s) with a problem:`);
    for (const line of problems) console.log(line);
  }

  // The rows as records for the release, converted one by one so that both forms are never whole.
  const { columns, rows: converted } = streamed;
  const rows: Row[] = [];
  for (let row = converted.pop(); row; row = converted.pop())
    rows.push(Object.fromEntries(columns.map((c, i) => [c, row![i]!])));
  rows.reverse();
  let release;
  try {
    // Dropped columns listed under their export names (the report's "columns dropped").
    const header = [...columns, ...result.identifying, ...result.ignored];
    release = releaseRows(questionnaire, header, rows, args.options);
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    console.error(`release: ${args.input}: ${error.message}`);
    if (error.report) console.error(`\n${summariseReport(error.report)}`);
    console.error('\nNothing was written.');
    return 1;
  }
  rows.length = 0;
  const csv = writeCsv(
    release.columns.map((c) => fileNames.get(c) ?? c),
    release.rows.map((row) => release.columns.map((c) => row[c])),
  );
  const bytes = new TextEncoder().encode(csv);

  // The output must pass exactly what the build will check.
  const engine = await createNodeEngine();
  try {
    const k = args.options.k ?? DEFAULT_RULES.k;
    const l = args.options.l ?? DEFAULT_RULES.l;
    const check = await checkReleasedFile(engine, codebook, out, bytes, args.wave, { k, l });
    if (!check.ok) {
      console.error(`release: the released file would not pass check-data:`);
      for (const p of check.problems) console.error(`  ${p}`);
      console.error('\nNothing was written.');
      return 1;
    }
  } finally {
    await engine.close();
  }

  // The release it replaces, for the report's comparison.
  let previous: PreviousRelease | undefined;
  if (existsSync(out)) {
    const old = readTable(readFileSync(out, 'utf8')).rows;
    const assessment = assessAnonymity(codebook, old);
    previous = {
      file: out,
      rows: old.length,
      kept: keptOf(codebook, old),
      classes: assessment.classes,
      smallestClass: assessment.smallestClass,
    };
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, csv, 'utf8');
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    reportFile.endsWith('.json')
      ? JSON.stringify({ ...release.report, export: summary }, null, 2) + '\n'
      : reportMarkdown(release.report, `Disclosure report, wave ${args.wave}`, previous) +
          '\n' +
          summaryMarkdown(summary),
    'utf8',
  );
  for (const line of summaryText(summary)) console.log(line);
  console.log(`\n${summariseReport(release.report)}`);
  console.log(`\nwrote ${out} and ${reportFile}`);
  if (!known)
    console.log(
      `note: wave ${args.wave} is not in data/codebook.json yet; add it to "waves" to show it`,
    );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
