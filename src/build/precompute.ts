/**
 * Build step, run before `vite build` and `vite` (package.json): computes the default view of
 * every topic (src/lib/view/precomputed.ts) with duckdb-wasm's node bundle on the data files
 * the site ships, and writes it to src/generated/precomputed.json. The app loads that file as a
 * hashed asset (src/app/data-files.ts), so the first chart paints before DuckDB has started.
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
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDataSet } from '../lib/data/data-set';
import { dataDirectory } from '../lib/data/node-files';
import { createNodeEngine } from '../lib/db/node';
import { precompute } from '../lib/view/precomputed';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the app expects the file (src/app/data-files.ts); git-ignored, made by this step. */
const PRECOMPUTED_FILE = path.join(ROOT, 'src/generated/precomputed.json');

/** The stored figures of the data in `dataDir`, as JSON text. */
export async function precomputedJson(dataDir: string): Promise<string> {
  const engine = await createNodeEngine();
  try {
    const { codebook } = await openDataSet(engine, dataDirectory(dataDir), { weights: 'none' });
    return JSON.stringify(await precompute(engine, codebook));
  } finally {
    await engine.close();
  }
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
    readFileSync(stamp, 'utf8').trim() === hash;
  if (fresh) return false;
  const json = await precomputedJson(dataDir);
  await mkdir(path.dirname(outFile), { recursive: true });
  // Written beside and renamed: a dev server or a second build never reads half a file.
  const partial = `${outFile}.${process.pid}.tmp`;
  await writeFile(partial, json);
  await rename(partial, outFile);
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
      ? `precompute: the default view of every topic written to ${where} (${seconds} s)`
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
