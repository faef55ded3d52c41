/**
 * Turns a raw survey export into a wave file that may be published (PRIVACY.md):
 *
 *   npm run release -- <raw export.csv> --wave 2024 [--k 10] [--l 2] [--out data/waves/2024.csv]
 *     [--report data/disclosure-2024.md]
 *
 * Keeps only codebook columns, top-codes hours, recodes along the codebook's hierarchies and
 * withholds quasi-identifier values until every vector of them (a blank counting as its own value)
 * is shared by ≥ k rows holding ≥ l distinct answers on sensitive items; then checks the result
 * with the site's own loader and writes the file and a disclosure report (Markdown, or JSON when
 * the name ends in .json), compared with the previous release of the wave where one exists.
 * Exits 1 with a message when the target cannot be reached; nothing is written then.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateCodebook } from '../lib/codebook/validate';
import { createNodeEngine } from '../lib/db/node';
import { readTable, writeCsv } from '../lib/data/csv';
import { checkReleasedFile } from '../lib/privacy/check-file';
import { DEFAULT_RULES, assessAnonymity } from '../lib/privacy/anonymity';
import { ReleaseError, keptOf, releaseRows } from '../lib/privacy/release';
import type { ReleaseOptions } from '../lib/privacy/release';
import type { PreviousRelease } from '../lib/privacy/report';
import { reportMarkdown, summariseReport } from '../lib/privacy/report';
import { describeUploadIssue, prepare } from '../lib/upload/normalise';

const USAGE =
  'usage: npm run release -- <raw export.csv> --wave <year> [--k 10] [--l 2] [--out <file.csv>] ' +
  '[--report <file.md|file.json>]';

interface Args {
  input: string;
  wave: number;
  out?: string;
  report?: string;
  options: Partial<ReleaseOptions>;
}

function parseArgs(argv: string[]): Args {
  let input: string | undefined;
  let wave: number | undefined;
  let out: string | undefined;
  let report: string | undefined;
  const options: Partial<ReleaseOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (input !== undefined) throw new Error(`One raw export at a time (got "${arg}" too)`);
      input = arg;
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
    else throw new Error(`Unknown option ${flag}`);
  }
  if (input === undefined) throw new Error('Name the raw export to release');
  if (wave === undefined) throw new Error('Say which wave it is: --wave <year>');
  return {
    input,
    wave,
    options,
    ...(out === undefined ? {} : { out }),
    ...(report === undefined ? {} : { report }),
  };
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const codebookFile = path.join('data', 'codebook.json');
  const codebook = validateCodebook(JSON.parse(readFileSync(codebookFile, 'utf8')), codebookFile);
  const known = codebook.waves.find((w) => w.year === args.wave);
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

  // Read as the site reads an upload: UTF-8 or Windows-1252, `,`, `;` or tab (normalise.ts).
  const input = prepare(args.input, new Uint8Array(readFileSync(args.input)));
  if (input.fatal.length > 0) {
    for (const issue of input.fatal)
      console.error(`release: ${args.input}: ${describeUploadIssue(issue)}`);
    return 1;
  }
  const { header, rows } = readTable(input.text, input.delimiter);
  let release;
  try {
    release = releaseRows(codebook, header, rows, args.options);
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    console.error(`release: ${error.message}`);
    if (error.report) console.error(`\n${summariseReport(error.report)}`);
    console.error('\nNothing was written.');
    return 1;
  }
  const csv = writeCsv(release.columns, release.rows);
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
      ? JSON.stringify(release.report, null, 2) + '\n'
      : reportMarkdown(release.report, `Disclosure report, wave ${args.wave}`, previous),
    'utf8',
  );
  console.log(summariseReport(release.report));
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
