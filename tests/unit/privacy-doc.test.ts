import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseWave } from '../../src/lib/demo/generate';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const doc = readFileSync(path.join(root, 'PRIVACY.md'), 'utf8');
const reports = Object.fromEntries(
  [2024, 2022].map((year) => [year, releaseWave(codebook, year).report]),
);
const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

describe('PRIVACY.md states what the demo waves keep, as the release reports it', () => {
  it.each(reports[2024]!.kept.map((k) => [k.column] as const))('%s', (column) => {
    const line = doc.split('\n').find((l) => l.startsWith(`| ${column} `));
    expect(line, column).toBeDefined();
    const [, k24, c24, w24, , k22, c22, w22] = cells(line!);
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    for (const [year, [kept, coarsened, withheld]] of [
      [2024, [k24, c24, w24]],
      [2022, [k22, c22, w22]],
    ] as const) {
      const report = reports[year]!;
      const entry = report.kept.find((k) => k.column === column)!;
      expect([kept, coarsened, withheld], `${column} ${year}`).toEqual([
        pct(entry.kept, report.rowsOut),
        pct(entry.coarsened, report.rowsOut),
        pct(entry.withheld, report.rowsOut),
      ]);
    }
  });

  it('and the classes, merges and masks', () => {
    const text = doc.replace(/\s+/g, ' ');
    for (const year of [2024, 2022]) {
      const report = reports[year]!;
      expect(text).toContain(
        `${year}: ${report.classes} classes, smallest ${report.smallestClass}`,
      );
      expect(report.merges).toEqual([]);
      for (const m of report.masked) expect(text).toContain(`\`${m.item}\` in ${m.value}`);
    }
    expect(text).toContain('No specialty merged in either wave');
  });
});
