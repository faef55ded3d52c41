/**
 * Build step, run before `vite build` and `vite` (package.json): runs every topic's statements
 * (src/lib/query/shipped.ts) with duckdb-wasm's node bundle on the data files the site ships,
 * and writes their results to src/generated/results-<topic>.json, from which the page adds up
 * any view of the topic, the default view and weighted views included. The app loads these
 * files as hashed assets (src/app/data-files.ts), so charts are drawn before DuckDB has started. It also
 * writes the SHA-256 of the data files it checked (src/generated/checked.json), which the site
 * then loads without checking every value again, and the survey made of them as a DuckDB file
 * (src/generated/survey.duckdb, survey-file.ts), which the site attaches instead.
 *
 * A step of its own rather than a Vite plugin, so that vite.config.ts imports nothing from
 * src/lib: the dev server then hot-reloads src/lib instead of restarting on every edit.
 *
 * The output records a hash of everything it is made from (data/, src/lib/, this file, the
 * lockfile); when that is unchanged the step only says so, which keeps `npm run dev` quick.
 *
 *   npx tsx src/build/precompute.ts [--data <dir>] [--out <dir>] [--force] [--quiet]
 *
 * `--quiet` (before the dev server) prints nothing unless it fails.
 */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DataFiles } from '../lib/data/data-set';
import { openDataSet } from '../lib/data/data-set';
import { SURVEY_FILE } from '../lib/data/built-survey';
import { countSamples } from '../lib/data/population';
import { dataDirectory } from '../lib/data/node-files';
import { createNodeEngine } from '../lib/db/node';
import type { Codebook } from '../lib/codebook/types';
import type { Engine } from '../lib/db/engine';
import { encodeViewResults, viewResults } from '../lib/query/shipped';
import { loadLanguage } from '../lib/i18n/translate';
import { writeSurveyFile } from './survey-file';

// Every text here is written in English: its catalogue is a chunk of its own (translate.ts).
await loadLanguage('en');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the app expects the files (src/app/data-files.ts); git-ignored, made by this step. */
const GENERATED = path.join(ROOT, 'src/generated');

/** Each topic's statements' results (shipped.ts), as JSON text by topic id. */
async function resultsJson(engine: Engine, codebook: Codebook): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const topic of codebook.topics) {
    const ids = codebook.items.filter((i) => i.topic === topic.id).map((i) => i.id);
    const results = await viewResults(engine, codebook, ids);
    out[topic.id] = JSON.stringify(encodeViewResults(topic.id, results));
  }
  return out;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Everything this step writes, computed on one engine: each topic's results, and what opening the
 * data set checked (every value of every wave against the codebook) as the SHA-256 of the very
 * bytes it read, with each wave's respondents per specialty: the site loads files with these
 * hashes without checking them again on every visit (src/app/boot.ts), and weights them without
 * counting (src/lib/data/data-set.ts).
 */
export async function builtFiles(
  dataDir: string,
  /** Where to write the survey as a DuckDB file (survey-file.ts). */
  survey: string,
): Promise<{ results: Record<string, string>; checked: string }> {
  const engine = await createNodeEngine();
  const files = dataDirectory(dataDir);
  const read = new Map<string, string>();
  const recorded: DataFiles = {
    read: async (name) => {
      const bytes = await files.read(name);
      if (bytes) read.set(name, sha256(bytes));
      return bytes;
    },
  };
  try {
    const { codebook, waves } = await openDataSet(engine, recorded, { weights: 'none' });
    const results = await resultsJson(engine, codebook);
    await writeSurveyFile(engine, codebook, dataDir, waves, survey);
    const checked = JSON.stringify({
      format: 2,
      codebook: read.get('codebook.json'),
      waves: Object.fromEntries(codebook.waves.map((w) => [w.file, read.get(w.file)])),
      // The weights' n_h, so that the site asks DuckDB no count for files with these hashes.
      samples: await countSamples(engine),
      // What the survey file holds, wave by wave, for the site that attaches it (data-set.ts).
      survey: waves,
    });
    return { results, checked };
  } finally {
    await engine.close();
  }
}

/** Writes beside and renames: a dev server or a second build never reads half a file. */
async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, text);
  await rename(partial, file);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A hash of every input of the figures: the data, the code that computes them, DuckDB's version. */
function inputsHash(dataDir: string): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(dataDir),
    ...filesUnder(path.join(ROOT, 'src/lib')),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./survey-file.ts', import.meta.url)),
    path.join(ROOT, 'package-lock.json'),
  ];
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    hash.update(`${path.relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the results and hashes of `dataDir` into `dir` unless it already holds those of the same
 * inputs. Returns whether it computed them.
 */
export async function writePrecomputed(
  dataDir = path.join(ROOT, 'data'),
  dir = GENERATED,
  force = false,
): Promise<boolean> {
  const stamp = path.join(dir, 'inputs.txt');
  const hash = inputsHash(dataDir);
  const fresh =
    !force &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash &&
    existsSync(path.join(dir, 'checked.json')) &&
    existsSync(path.join(dir, SURVEY_FILE)) &&
    readdirSync(dir).some((name) => name.startsWith('results-'));
  if (fresh) return false;
  await mkdir(dir, { recursive: true });
  const { results, checked } = await builtFiles(dataDir, path.join(dir, SURVEY_FILE));
  // A topic no longer in the codebook leaves no file behind to be built into the site, and the
  // default views an earlier version wrote here are no longer read.
  for (const name of readdirSync(dir))
    if (
      (/^results-.*\.json$/.test(name) && !(name.slice(8, -5) in results)) ||
      name.startsWith('precomputed.json')
    )
      await rm(path.join(dir, name));
  for (const [topic, json] of Object.entries(results))
    await writeWhole(path.join(dir, `results-${topic}.json`), json);
  await writeWhole(path.join(dir, 'checked.json'), checked);
  await writeFile(stamp, `${hash}\n`);
  return true;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      // Relative to where it runs (`npm run` runs in the project), as the other commands are.
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: path.join('src', 'generated') },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const out = path.resolve(values.out);
  const made = await writePrecomputed(path.resolve(values.data), out, values.force);
  if (values.quiet) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = path.relative(process.cwd(), out);
  console.log(
    made
      ? `precompute: every topic's results and the checked files' hashes written to ${where} (${seconds} s)`
      : `precompute: ${where} is up to date`,
  );
}

// Real paths: run through a symlinked src/ (tests' project copies), argv and the URL differ.
const entry = process.argv[1] && existsSync(process.argv[1]) ? realpathSync(process.argv[1]) : '';
if (entry === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
