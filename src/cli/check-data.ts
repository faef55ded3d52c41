/**
 * Checks the data files before they are published: `npm run check-data [-- <file.csv> …]
 * [--k 10] [--l 2] [--wave 2024]`. Without files, every CSV in data/waves/ is checked. Each file
 * is loaded with the site's own loader (codebook columns and values) and checked for columns
 * outside the codebook, hours above their top code, k-anonymity and l-diversity (PRIVACY.md).
 * Without files, data/population.json is checked too, wave by wave: wrong counts fail, a wave
 * without counts (a new one, say) is named and shown unweighted by the site.
 * Exits 1 when any file fails; `npm run build` runs this first and so refuses a failing file.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import { openDataSet, POPULATION, readCodebook } from '../lib/data/data-set';
import { DataFileError, describeIssue } from '../lib/data/issues';
import { dataDirectory } from '../lib/data/node-files';
import { createNodeEngine } from '../lib/db/node';
import { DEFAULT_RULES } from '../lib/privacy/anonymity';
import type { PrivacyRules } from '../lib/privacy/anonymity';
import type { FileCheck } from '../lib/privacy/check-file';
import { checkReleasedFile } from '../lib/privacy/check-file';
import { main as checkUpload } from './check-upload';
import { invokedAsCommand } from './invoked';
import { loadLanguage, loadMore } from '../lib/i18n/translate';

// Every text here is written in English: its catalogue is a chunk of its own, and so are the
// texts of an upload's problems (translate.ts).
await Promise.all([loadLanguage('en'), loadMore()]);

const DATA = 'data';
const WAVES = path.join(DATA, 'waves');

interface Args {
  files: string[];
  rules: PrivacyRules;
  wave?: number;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const rules = { ...DEFAULT_RULES };
  let wave: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n))
        throw new Error(`${flag} expects a whole number`);
      return n;
    };
    if (flag === '--k') rules.k = value();
    else if (flag === '--l') rules.l = value();
    else if (flag === '--wave') wave = value();
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, rules, ...(wave === undefined ? {} : { wave }) };
}

/** The wave year of a file: from the codebook, else --wave, else the first 4-digit number. */
function yearOf(codebook: Codebook, file: string, wave?: number): number {
  const rel = path.relative(DATA, file).split(path.sep).join('/');
  const known = codebook.waves.find((w) => w.file === rel);
  if (known) return known.year;
  if (wave !== undefined) return wave;
  const match = /(\d{4})/.exec(path.basename(file));
  return match ? Number(match[1]) : 0;
}

async function checkFiles(files: string[], rules: PrivacyRules, wave?: number) {
  const codebookFile = path.join(DATA, 'codebook.json');
  const codebook = validateCodebook(JSON.parse(readFileSync(codebookFile, 'utf8')), codebookFile);
  const results: FileCheck[] = [];
  for (const file of files) {
    const engine = await createNodeEngine();
    try {
      const bytes = new Uint8Array(readFileSync(file));
      results.push(
        await checkReleasedFile(engine, codebook, file, bytes, yearOf(codebook, file, wave), rules),
      );
    } finally {
      await engine.close();
    }
  }
  // A wave the codebook names must exist.
  for (const w of codebook.waves) {
    const file = path.join(DATA, w.file);
    if (!files.length || files.includes(file)) {
      try {
        readFileSync(file);
      } catch {
        results.push({
          file,
          ok: false,
          rows: 0,
          problems: ['the codebook names this wave file, but it does not exist'],
        });
      }
    }
  }
  return results;
}

/**
 * data/population.json against the codebook and the data, wave by wave, as the site applies it:
 * wrong counts (an unknown specialty, a specialty with respondents but no count) are problems;
 * a wave without counts is a note, as the site shows it unweighted with a notice.
 */
export async function checkPopulationFile(
  codebook: Codebook,
  dir = DATA,
): Promise<{ file: string; problems: string[]; notes: string[] }> {
  const file = path.join(dir, POPULATION);
  if (!existsSync(file)) return { file, problems: [], notes: ['none: every figure is unweighted'] };
  const engine = await createNodeEngine();
  try {
    const opened = await openDataSet(engine, dataDirectory(dir), { codebook });
    return {
      file,
      problems: opened.populationIssues.map((i) => describeIssue(i)),
      notes: opened.unweighted
        .filter(
          (year) => !opened.populationIssues.some((i) => i.column?.startsWith(`waves.${year}`)),
        )
        .map((year) => `no trainee counts for wave ${year}: its figures are shown unweighted`),
    };
  } catch (e) {
    // A wave that does not load is reported with its file; its counts cannot be checked then.
    if (!(e instanceof DataFileError)) throw e;
    return { file, problems: [], notes: ['not checked against the data: a wave file failed'] };
  } finally {
    await engine.close();
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const files = args.files.length
    ? args.files
    : readdirSync(WAVES)
        .filter((f) => f.toLowerCase().endsWith('.csv'))
        .sort()
        .map((f) => path.join(WAVES, f));
  if (files.length === 0) {
    console.error(`check-data: no CSV files in ${WAVES}`);
    return 1;
  }
  // A file named on the command line is first read as the site reads an upload (src/cli/
  // check-upload.ts): every line, column and value problem, before the release checks.
  for (const file of args.files) if ((await checkUpload([file])) !== 0) return 1;
  const results = await checkFiles(files, args.rules, args.wave);
  for (const r of results) {
    if (r.ok) {
      const a = r.assessment!;
      console.log(
        `ok    ${r.file}: ${r.rows} respondents, ${a.classes} classes, smallest class ` +
          `${a.smallestClass} (k = ${args.rules.k}), l = ${args.rules.l} on sensitive items`,
      );
    } else {
      console.error(`FAIL  ${r.file}:`);
      for (const p of r.problems) console.error(`  ${p}`);
    }
  }
  if (args.files.length === 0) {
    const population = await checkPopulationFile(await readCodebook(dataDirectory(DATA)));
    if (population.problems.length === 0 && population.notes.length === 0)
      console.log(`ok    ${population.file}`);
    for (const note of population.notes) console.log(`note  ${population.file}: ${note}`);
    if (population.problems.length > 0) {
      console.error(`FAIL  ${population.file}:`);
      for (const p of population.problems) console.error(`  ${p}`);
      results.push({ file: population.file, ok: false, rows: 0, problems: population.problems });
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0) {
    console.error(
      `\ncheck-data: ${failed} file(s) cannot be published. Release raw exports with ` +
        '`npm run release -- <export.csv> --wave <year>` (see PRIVACY.md).',
    );
    return 1;
  }
  return 0;
}

if (invokedAsCommand(import.meta.url))
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`check-data: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
