/**
 * Build step, run before `vite build` and `vite` (package.json): computes the default view of
 * every topic (src/lib/view/precomputed.ts) with duckdb-wasm's node bundle on the data files
 * the site ships, and writes it to src/generated/precomputed.json; and runs every topic's
 * statements (src/lib/query/shipped.ts), written to src/generated/results-<topic>.json, from
 * which the page adds up any unweighted view of the topic. The app loads these files as hashed
 * assets (src/app/data-files.ts), so charts are drawn before DuckDB has started. It also writes
 * the SHA-256 of the data files it checked (src/generated/checked.json), which the site then
 * loads without checking every value again.
 *
 * A step of its own rather than a Vite plugin, so that vite.config.ts imports nothing from
 * src/lib: the dev server then hot-reloads src/lib instead of restarting on every edit.
 *
 * The output records a hash of everything it is made from (data/, src/lib/, this file, the
 * lockfile); when that is unchanged the step only says so, which keeps `npm run dev` quick.
 *
 *   npx tsx src/build/precompute.ts [--data <dir>] [--out <file>] [--force] [--quiet]
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
import { dataDirectory } from '../lib/data/node-files';
import { createNodeEngine } from '../lib/db/node';
import type { Codebook } from '../lib/codebook/types';
import type { Engine } from '../lib/db/engine';
import { encodeViewResults, viewResults } from '../lib/query/shipped';
import { precompute } from '../lib/view/precomputed';
import { loadLanguage } from '../lib/i18n/translate';

// Every text here is written in English: its catalogue is a chunk of its own (translate.ts).
await loadLanguage('en');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the app expects the file (src/app/data-files.ts); git-ignored, made by this step. */
const PRECOMPUTED_FILE = path.join(ROOT, 'src/generated/precomputed.json');

/** The stored figures of the data in `dataDir`, as JSON text. */
export async function precomputedJson(dataDir: string): Promise<string> {
  return (await builtFiles(dataDir)).precomputed;
}

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
 * Everything this step writes, computed on one engine: the default views, each topic's results,
 * and what opening the data set checked (every value of every wave against the codebook) as the
 * SHA-256 of the very bytes it read: the site loads files with these hashes without checking
 * them again on every visit (src/app/boot.ts).
 */
export async function builtFiles(
  dataDir: string,
): Promise<{ precomputed: string; results: Record<string, string>; checked: string }> {
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
    const { codebook } = await openDataSet(engine, recorded, { weights: 'none' });
    const precomputed = JSON.stringify(await precompute(engine, codebook));
    const results = await resultsJson(engine, codebook);
    const checked = JSON.stringify({
      format: 1,
      codebook: read.get('codebook.json'),
      waves: Object.fromEntries(codebook.waves.map((w) => [w.file, read.get(w.file)])),
    });
    return { precomputed, results, checked };
  } finally {
    await engine.close();
  }
}

/** A topic's results file beside the default views (the app globs results-*.json). */
function resultsFile(outFile: string, topic: string): string {
  return path.join(path.dirname(outFile), `results-${topic}.json`);
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
 * Writes the figures of `dataDir` to `outFile` unless it already holds those of the same inputs.
 * Returns whether it computed them.
 */
export async function writePrecomputed(
  dataDir = path.join(ROOT, 'data'),
  outFile = PRECOMPUTED_FILE,
  force = false,
): Promise<boolean> {
  const stamp = `${outFile}.inputs`;
  const hash = inputsHash(dataDir);
  const fresh =
    !force &&
    existsSync(outFile) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash &&
    existsSync(path.join(path.dirname(outFile), 'checked.json')) &&
    readdirSync(path.dirname(outFile)).some((name) => name.startsWith('results-'));
  if (fresh) return false;
  const { precomputed, results, checked } = await builtFiles(dataDir);
  const dir = path.dirname(outFile);
  await mkdir(dir, { recursive: true });
  // A topic no longer in the codebook leaves no file behind to be built into the site.
  for (const name of readdirSync(dir))
    if (/^results-.*\.json$/.test(name) && !(name.slice(8, -5) in results))
      await rm(path.join(dir, name));
  for (const [topic, json] of Object.entries(results))
    await writeWhole(resultsFile(outFile, topic), json);
  await writeWhole(path.join(dir, 'checked.json'), checked);
  await writeWhole(outFile, precomputed);
  await writeFile(stamp, `${hash}\n`);
  return true;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      // Relative to where it runs (`npm run` runs in the project), as the other commands are.
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: path.join('src', 'generated', 'precomputed.json') },
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
      ? `precompute: the default view of every topic written to ${where}, each topic's results beside it (${seconds} s)`
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
