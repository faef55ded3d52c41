import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { writeScaledCsv } from './scale-csv';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The wave that is scaled up; the other waves stay as shipped. */
export const SCALED_WAVE = 'data/waves/2024.csv';
/** Not copied into the build copy: big, generated, or shared with other work in the checkout. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.tmp', 'test-results']);

export interface BuiltSite {
  /** The copy of the repository the site was built from. */
  dir: string;
  /** The built site (vite.config.ts's outDir, inside the copy). */
  dist: string;
  /** The 2024 wave CSV the site was built with (scaled up or as shipped). */
  csv: string;
  rows: number;
  buildMs: number;
}

/**
 * Builds the site as `npm run build` does, from a copy of the repository whose 2024 wave has
 * `rows` rows (the shipped file when `rows` is its own size). A copy, so that neither the
 * checkout's data/ nor its dist/ (used by the e2e tests) is touched, and so that anything the
 * build derives from the data (e.g. precomputed figures) is derived from the scaled file.
 */
export async function buildSite(
  workDir: string,
  rows: number,
  /** A git revision to build instead of the working tree (read with `git archive`). */
  revision: string | null,
): Promise<BuiltSite> {
  const dir = path.join(workDir, `site-${rows}`);
  mkdirSync(dir, { recursive: true });
  if (revision) {
    execFileSync('sh', ['-c', `git archive --format=tar "$0" | tar -x -C "$1"`, revision, dir], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } else {
    for (const entry of readdirSync(REPO)) {
      if (SKIP.has(entry)) continue;
      cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
    }
  }
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const csv = path.join(dir, SCALED_WAVE);
  const shipped = `${csv}.shipped`;
  renameSync(csv, shipped);
  if (rows === countRows(shipped)) renameSync(shipped, csv);
  else {
    await writeScaledCsv(shipped, csv, rows);
    rmSync(shipped);
  }
  const started = performance.now();
  // The figures `npm run build` computes before `vite build`, from this copy's (scaled) data.
  // Revisions from before that step computed them in a Vite plugin instead.
  const step = path.join(dir, 'src/build/precompute.ts');
  if (existsSync(step))
    execFileSync(path.join(REPO, 'node_modules/.bin/tsx'), [step], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  // vite.config.ts resolves its root ('src') against the working directory, as in `npm run build`.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await build({ configFile: path.join(dir, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.chdir(cwd);
  }
  const dist = path.join(dir, 'dist');
  if (!statSync(path.join(dist, 'index.html')).isFile())
    throw new Error(`No site built in ${dist}`);
  return { dir, dist, csv, rows, buildMs: performance.now() - started };
}

/** Data rows in a CSV text (lines after the header). */
export function countRowsOf(text: string): number {
  return text.replace(/\r?\n$/, '').split(/\r?\n/).length - 1;
}

/** Data rows in a CSV file. */
export function countRows(file: string): number {
  return countRowsOf(readFileSync(file, 'utf8'));
}
