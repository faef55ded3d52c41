/**
 * Writes the synthetic demo waves: `npm run demo-data [-- --seed N]`.
 * Every wave in data/codebook.json marked synthetic is regenerated from the seed; the same seed
 * always gives byte-identical files. The generated raw rows go through the release pipeline in
 * process (the one `npm run release` uses), so only released microdata is written.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateCodebook } from '../lib/codebook/validate';
import { csvColumns } from '../lib/codebook/columns';
import { DEFAULT_SEED, releaseWave } from '../lib/demo/generate';
import { readTable, writeCsv } from '../lib/data/csv';
import { keptOf } from '../lib/privacy/release';
import { summariseReport } from '../lib/privacy/report';

function parseSeed(args: string[]): number {
  const i = args.findIndex((a) => a === '--seed' || a.startsWith('--seed='));
  if (i < 0) return DEFAULT_SEED;
  const text = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const seed = Number(text);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects an integer, got "${text ?? ''}"`);
  return seed;
}

function main(): void {
  const dataDir = 'data';
  const seed = parseSeed(process.argv.slice(2));
  const codebookFile = join(dataDir, 'codebook.json');
  const codebook = validateCodebook(JSON.parse(readFileSync(codebookFile, 'utf8')), codebookFile);
  for (const wave of codebook.waves.filter((w) => w.synthetic)) {
    const started = performance.now();
    const release = releaseWave(codebook, wave.year, seed);
    const csv = writeCsv(csvColumns(codebook), release.rows);
    const file = join(dataDir, wave.file);
    // What the file being replaced kept, read off it, for the comparison below.
    const before = existsSync(file) ? readTable(readFileSync(file, 'utf8')).rows : undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, csv, 'utf8');
    const rows = release.rows.length;
    const ms = Math.round(performance.now() - started);
    console.log(`${file}: ${rows} rows (seed ${seed}, ${ms} ms), released:`);
    console.log(summariseReport(release.report).replace(/^/gm, '  '));
    if (before) {
      const now = keptOf(codebook, release.rows);
      const share = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
      console.log(
        '  with a value, before → now: ' +
          keptOf(codebook, before)
            .map(
              (k, q) =>
                `${k.column} ${share(before.length - k.withheld, before.length)} → ` +
                share(release.rows.length - now[q]!.withheld, release.rows.length),
            )
            .join(', '),
      );
    }
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
