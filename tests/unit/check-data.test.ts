import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { readTable, writeCsv } from '../../src/lib/data/csv';
import { assessAnonymity } from '../../src/lib/privacy/anonymity';
import { checkReleasedFile } from '../../src/lib/privacy/check-file';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const committed = readFileSync(path.join(root, 'data/waves/2024.csv'), 'utf8');
const { header, rows } = readTable(committed);
let engine: Engine;

beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

const encode = (text: string) => new TextEncoder().encode(text);
const check = (text: string) =>
  checkReleasedFile(engine, codebook, 'data/waves/2024.csv', encode(text), 2024);

/**
 * The committed file with 4 identical full rows added (issue 13's tamper). Under the old wildcard
 * rule the blanked radiology rows "could be" them and the file passed.
 */
function withClassOf4(): string {
  const added = rows.slice(0, 4).map((r) => ({ ...r }));
  for (const r of added)
    Object.assign(r, {
      specialty: 'radiologie',
      hospital_type: 'categoraal',
      gender: 'anders',
      role: 'anios',
      training_year: 'j5_plus',
      fulltime: 'nee',
    });
  return writeCsv(header, [...rows, ...added]);
}
const TAMPERED =
  'specialty=radiologie, hospital_type=categoraal, gender=anders, role=anios, ' +
  'training_year=j5_plus, fulltime=nee: 4 row(s)';

describe('check-data', () => {
  it('passes every committed wave: k = 10 over the quasi-identifiers, l = 2 on sensitive items', async () => {
    for (const wave of codebook.waves) {
      const file = `data/${wave.file}`;
      const bytes = new Uint8Array(readFileSync(path.join(root, file)));
      const result = await checkReleasedFile(engine, codebook, file, bytes, wave.year);
      expect(result.problems, file).toEqual([]);
      expect(result.assessment!.smallestClass).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps radiology (131) as its own specialty with no blank specialty anywhere', () => {
    expect(rows.filter((r) => r.specialty === 'radiologie')).toHaveLength(131);
    expect(rows.filter((r) => r.specialty === '')).toHaveLength(0);
  });

  it('refuses a file edited to hold a class of 4', async () => {
    const result = await check(withClassOf4());
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^k-anonymity: 1 class\(es\) .* fewer than k = 10 rows/);
    expect(result.problems.join('\n')).toContain(TAMPERED);
  });

  it('refuses a class in which every answer on a sensitive item is the same (l-diversity)', async () => {
    const added = rows.slice(0, 12).map((r) => ({ ...r }));
    for (const r of added)
      Object.assign(r, {
        specialty: 'neurochirurgie',
        hospital_type: 'umc',
        gender: 'vrouw',
        role: 'aios',
        training_year: 'j1_2',
        fulltime: 'nee',
        burnout: 'ja',
      });
    const result = await check(writeCsv(header, [...rows, ...added]));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/^l-diversity: 1 class.*\n.*one answer on burnout/);
  });

  it('refuses extra columns and hours above their top code', async () => {
    const withName = writeCsv(
      [...header, 'email'],
      rows.map((r, i) => ({ ...r, email: `a${i}@example.nl` })),
    );
    expect((await check(withName)).problems[0]).toMatch(/columns not in the codebook: email/);
    const extreme = rows.map((r, i) => (i === 0 ? { ...r, hours_worked: '95' } : r));
    expect((await check(writeCsv(header, extreme))).problems[0]).toMatch(
      /hours_worked: 1 value\(s\) above the top code 80/,
    );
  });

  it('reports loader problems (codebook values) too', async () => {
    const bad = rows.map((r, i) => (i === 0 ? { ...r, specialty: 'radiology' } : r));
    const result = await check(writeCsv(header, bad));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('found "radiology"');
  });

  it('counts a withheld (empty) value as a value of its own, not as "could be anyone"', () => {
    const a = { specialty: 'urologie', hospital_type: 'umc', gender: 'man' };
    const base = { role: 'aios', training_year: 'j1_2', fulltime: 'ja' };
    const test = [
      ...Array.from({ length: 4 }, () => ({ ...a, ...base })),
      ...Array.from({ length: 10 }, () => ({ ...a, ...base, gender: '' })),
    ];
    const result = assessAnonymity(codebook, test);
    // The 4 full rows are a class of 4, whatever the 10 blanked rows could be.
    expect(result.classes).toBe(2);
    expect(result.smallestClass).toBe(4);
    expect(result.tooSmall.map((c) => [c.values.gender, c.rows])).toEqual([['man', 4]]);
  });
});

describe('the build gate', () => {
  // Node with tsx's loader: one process, where the tsx command starts a second one.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  // `npm run build` refusing this tamper: tests/unit/privacy-attack-file.test.ts (item e).
  it('check-data exits 1 on a file with a class of 4', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
    const file = path.join(dir, '2024.csv');
    writeFileSync(file, withClassOf4());
    const bad = run(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`FAIL  ${file}`);
    expect(bad.stderr).toContain(TAMPERED);
    expect(bad.stderr).toContain('cannot be published');
  });

  it('check-data exits 0 on the committed data', () => {
    const good = run();
    expect(good.stderr).not.toContain('FAIL');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('ok    data/waves/2024.csv: 2027 respondents');
  });
});
