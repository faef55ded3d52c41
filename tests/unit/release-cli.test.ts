import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { generateWave } from '../../src/lib/demo/generate';
import { writeCsv } from '../../src/lib/data/csv';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const tsx = path.join(root, 'node_modules/.bin/tsx');
const release = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/release.ts', ...args], { cwd: root, encoding: 'utf8' });

/** A raw export as a survey tool gives it: the codebook's columns and an e-mail address. */
function rawExport(dir: string, rows = generateWave(codebook, 2024)): string {
  const file = path.join(dir, 'export-2024.csv');
  const withEmail = rows.map((r, i) => ({ ...r, email: `aios${i}@example.nl` }));
  writeFileSync(file, writeCsv([...csvColumns(codebook), 'email'], withEmail));
  return file;
}

describe('npm run release', () => {
  it('writes the committed demo file from the generator’s raw rows, and a report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const out = path.join(dir, '2024.csv');
    const report = path.join(dir, 'disclosure-2024.md');
    const first = release(rawExport(dir), '--wave', '2024', '--out', out, '--report', report);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(path.join(root, 'data/waves/2024.csv'), 'utf8'),
    );
    expect(first.stdout).toContain('columns: 45 kept, 1 dropped (email)');
    expect(readFileSync(report, 'utf8')).not.toContain('previous release');
    // Released again over its own output: the report compares with what it replaces.
    const second = release(rawExport(dir), '--wave', '2024', '--out', out, '--report', report);
    expect(second.status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain(`## Compared with the previous release`);
    expect(readFileSync(report, 'utf8')).toContain('kept in the previous release');
  });

  it('writes nothing when k cannot be reached, and says why', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const out = path.join(dir, '2024.csv');
    const run = release(
      rawExport(dir, generateWave(codebook, 2024).slice(0, 6)),
      '--wave',
      '2024',
      '--out',
      out,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot reach k = 10: the file has only 6 respondent(s)');
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });
});
