import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { generateWave } from '../../src/lib/demo/generate';
import { readTable, writeCsv } from '../../src/lib/data/csv';
import { readCodebook, root } from './helpers/data';
import { projectCopy } from './helpers/project-copy';

/**
 * An earlier wave's export, released with the codebook's `waves` and `history`: in this project
 * copy `choose_again` was first asked in 2024 and `proud` was asked in 2022 as `trots` on a
 * 4-point scale. The released 2022 file must hold exactly the 2022 questionnaire.
 */
const codebook = readCodebook();
const copy = projectCopy('djs-release-old-');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const edited = structuredClone(codebook) as unknown as {
  items: Record<string, unknown>[];
};
const item = (id: string) => edited.items.find((i) => i.id === id)!;
item('choose_again').waves = [2024];
const FOUR = ['Helemaal oneens', 'Oneens', 'Eens', 'Helemaal eens'];
item('proud').history = [
  {
    wave: 2022,
    column: 'trots',
    values: FOUR.map((nl, i) => ({ code: String(i + 1), label: { nl, en: nl } })),
    headline: ['3', '4'],
    note: { nl: 'In 2022 op een 4-puntsschaal', en: 'On a 4-point scale in 2022' },
  },
];
writeFileSync(path.join(copy, 'data/codebook.json'), JSON.stringify(edited, null, 2));

// The 5-point answers of the generator folded onto the 4-point scale by a rule of this test.
const FOLD: Record<string, string> = { '1': '1', '2': '2', '3': '2', '4': '3', '5': '4', '': '' };
const rows = generateWave(codebook, 2022).map((row) => {
  const out: Record<string, string> = { ...row, trots: FOLD[row.proud ?? '']! };
  delete out.proud;
  delete out.choose_again;
  return out;
});
const header = [
  'trots',
  ...csvColumns(codebook).filter((c) => c !== 'proud' && c !== 'choose_again'),
];

function release(name: string, data: Record<string, string>[]) {
  const input = path.join(copy, `${name}.csv`);
  writeFileSync(input, writeCsv(header, data));
  const out = path.join(copy, `${name}-released.csv`);
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['src/cli/release.ts', input, '--wave', '2022', '--out', out, '--report', `${out}.md`],
    { cwd: copy, encoding: 'utf8' },
  );
  return { ...result, out };
}

describe('npm run release of an earlier wave', () => {
  it('writes that wave’s questionnaire: its own items, old names, old scale', () => {
    const result = release('export-2022', rows);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const released = readTable(readFileSync(result.out, 'utf8'));
    expect(released.header).toContain('trots');
    expect(released.header).not.toContain('proud');
    expect(released.header).not.toContain('choose_again');
    // `proud` is not a quasi-identifier or sensitive: the release passes its answers through.
    const count = (data: Record<string, string>[], code: string) =>
      data.filter((r) => r.trots === code).length;
    for (const code of ['1', '2', '3', '4', ''])
      expect(count(released.rows, code), code).toBe(count(rows, code));
  }, 120_000);

  it('refuses an answer outside the scale asked in that wave, naming line and column', () => {
    const bad = rows.map((r, i) => (i === 6 ? { ...r, trots: '5' } : r));
    const result = release('export-2022-bad', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 8, column "trots": found "5"/);
  }, 120_000);
});
