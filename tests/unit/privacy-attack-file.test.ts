/**
 * Issue 13, item 7 (a): the attacker's check of every committed wave file, apart from the release
 * code (nothing from src/lib/privacy): the CSV read as text in duckdb-wasm, as anyone who
 * downloads it can, a blank counting as its own value ("afgeschermd of onbekend").
 *
 * - strict k: every distinct vector of the six quasi-identifiers occurs in ≥ 10 rows;
 * - l: in each such class, every sensitive item anyone answered has ≥ 2 distinct valid answers.
 *
 * Item 7 (e) is here too: `npm run build` refuses the issue's tampered file and names the class.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import {
  K,
  L,
  SENSITIVE_AT_LEAST,
  SIX,
  cell,
  describeVector,
  jsonCodebook,
  listed,
  quasiIdentifierIds,
  sensitiveAnswers,
} from './helpers/attack';
import { root } from './helpers/data';
import { projectCopy } from './helpers/project-copy';

const codebook = jsonCodebook();
const qis = quasiIdentifierIds(codebook);
const sensitive = sensitiveAnswers(codebook);

/** Every wave file the codebook names, and any other CSV published beside them. */
const files = [
  ...new Set([
    ...codebook.waves.map((w) => `data/${w.file}`),
    ...readdirSync(path.join(root, 'data/waves'))
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .map((f) => `data/waves/${f}`),
  ]),
].sort();

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

interface Class {
  values: (string | null)[];
  n: number;
  /** Sensitive items answered in the class with fewer than l distinct valid answers. */
  oneAnswer: string[];
}

let registered = 0;

/** Every class of a CSV: one GROUP BY over the six columns, NULL (blank) a value of its own. */
async function classesOf(text: string): Promise<{ rows: number; classes: Class[] }> {
  const name = `attack_${++registered}.csv`;
  await engine.registerFile(name, new TextEncoder().encode(text));
  const keys = qis.map((q, i) => `${cell(q)} AS q${i}`);
  const answers = sensitive.map((s, i) => `${s.sql} AS a${i}`);
  const perItem = sensitive.map(
    (_, i) => `count(a${i}) AS answered${i}, count(DISTINCT a${i}) AS distinct${i}`,
  );
  const result = await engine.query(
    `SELECT ${qis.map((_, i) => `q${i}`).join(', ')}, count(*) AS n, ${perItem.join(', ')} ` +
      `FROM (SELECT ${[...keys, ...answers].join(', ')} FROM read_csv('${name}', header = true, ` +
      `delim = ',', quote = '"', all_varchar = true)) ` +
      `GROUP BY ${qis.map((_, i) => `q${i}`).join(', ')} ORDER BY n, ${qis.map((_, i) => `q${i}`).join(', ')}`,
  );
  const classes = result.map((r) => ({
    values: qis.map((_, i) => (r[`q${i}`] ?? null) as string | null),
    n: Number(r.n),
    oneAnswer: sensitive
      .filter((_, i) => Number(r[`answered${i}`]) > 0 && Number(r[`distinct${i}`]) < L)
      .map((s) => s.id),
  }));
  return { rows: classes.reduce((sum, c) => sum + c.n, 0), classes };
}

describe('the rule the attacker checks is the design’s', () => {
  it('the codebook marks exactly the six quasi-identifiers, and the sensitive items', () => {
    expect([...qis].sort()).toEqual([...SIX].sort());
    expect(sensitive.map((s) => s.id)).toEqual(expect.arrayContaining(SENSITIVE_AT_LEAST));
  });

  it('finds the wave files', () => {
    expect(files).toEqual(expect.arrayContaining(['data/waves/2022.csv', 'data/waves/2024.csv']));
  });
});

describe.each(files)('%s, read as any visitor can download it', (file) => {
  let result: { rows: number; classes: Class[] };
  beforeAll(async () => {
    result = await classesOf(readFileSync(path.join(root, file), 'utf8'));
  });

  it(`every combination of the six quasi-identifiers (blank = its own value) is shared by ≥ ${K} rows`, () => {
    expect(result.rows).toBeGreaterThan(0);
    const small = result.classes.filter((c) => c.n < K);
    const bySize = new Map<number, number>();
    for (const c of small) bySize.set(c.n, (bySize.get(c.n) ?? 0) + 1);
    const rowsInSmall = small.reduce((sum, c) => sum + c.n, 0);
    expect(
      small.length,
      `${file}: ${small.length} of ${result.classes.length} classes hold fewer than ${K} rows ` +
        `(${rowsInSmall} of ${result.rows} respondents; classes by size: ` +
        `${[...bySize].map(([n, count]) => `${count}× ${n}`).join(', ')}); smallest first:\n` +
        listed(small.map((c) => `${describeVector(qis, c.values)}: ${c.n} row(s)`)),
    ).toBe(0);
  });

  it(`every class holds ≥ ${L} distinct valid answers on each sensitive item anyone in it answered`, () => {
    const uniform = result.classes.filter((c) => c.oneAnswer.length > 0);
    expect(
      uniform.length,
      `${file}: ${uniform.length} class(es) give away a sensitive answer:\n` +
        listed(
          uniform.map(
            (c) =>
              `${describeVector(qis, c.values)} (${c.n} row(s)): one answer on ${c.oneAnswer.join(', ')}`,
          ),
        ),
    ).toBe(0);
  });
});

/** The class the issue planted: four identical full rows nobody else has. */
const PLANTED: Record<string, string> = {
  specialty: 'radiologie',
  hospital_type: 'categoraal',
  gender: 'anders',
  role: 'anios',
  training_year: 'j5_plus',
  fulltime: 'nee',
};
const planted = SIX.map((q) => `${q}=${PLANTED[q]}`);
const WAVE = 'data/waves/2024.csv';

/** The committed file with `count` copies of one of its rows, its six values set to `values`. */
function withRows(text: string, values: Record<string, string>, count: number): string {
  const [header, first] = text.split('\n') as [string, string];
  expect(first, 'the copied row is plain comma-separated text').not.toContain('"');
  const names = header.trim().split(',');
  const fields = first.trim().split(',');
  for (const [q, v] of Object.entries(values)) fields[names.indexOf(q)] = v;
  const line = fields.join(',');
  return `${text.replace(/\n*$/, '\n')}${Array.from({ length: count }, () => line).join('\n')}\n`;
}

describe('the attacker’s check can fail', () => {
  const committed = readFileSync(path.join(root, WAVE), 'utf8');
  const find = (classes: Class[], values: Record<string, string>) =>
    classes.find((c) => c.values.every((v, i) => v === values[qis[i]!]));

  it('finds a planted class of 4 identical full rows', async () => {
    const before = find((await classesOf(committed)).classes, PLANTED)?.n ?? 0;
    const after = await classesOf(withRows(committed, PLANTED, 4));
    expect(find(after.classes, PLANTED)?.n).toBe(before + 4);
    expect(after.classes.filter((c) => c.n < K).length).toBeGreaterThan(0);
  });

  it('finds a planted class of 10 in which everyone answered burnout the same', async () => {
    const qiValues = { ...PLANTED, specialty: 'klinische_genetica' };
    const uniform = { ...qiValues, burnout: 'ja' };
    expect(find((await classesOf(committed)).classes, qiValues), 'nobody has it yet').toBe(
      undefined,
    );
    const planted10 = find((await classesOf(withRows(committed, uniform, 10))).classes, qiValues);
    expect(planted10?.n).toBe(10);
    expect(planted10?.oneAnswer).toContain('burnout');
  });
});

/**
 * Issue 13, item 7 (e): the build refuses the issue's tamper, four identical full rows
 * radiologie,categoraal,anders,anios,j5_plus,nee, and its message names that class and its size.
 */
describe('`npm run build` refuses the tampered file', () => {
  it('4 identical full rows radiologie,categoraal,anders,anios,j5_plus,nee: refused, class and size named, nothing built', async () => {
    const committed = readFileSync(path.join(root, WAVE), 'utf8');
    const existing =
      (await classesOf(committed)).classes.find((c) =>
        c.values.every((v, i) => v === PLANTED[qis[i]!]),
      )?.n ?? 0;
    const size = existing + 4;
    expect(size, 'the tamper makes a class below k').toBeLessThan(K);

    const dir = projectCopy('attack-build-');
    try {
      writeFileSync(path.join(dir, WAVE), withRows(committed, PLANTED, 4));
      const build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8' });
      const output = `${build.stdout}\n${build.stderr}`;
      expect(build.status, output.slice(-3000)).not.toBe(0);
      expect(build.stderr).toContain(`FAIL  ${WAVE}`);
      // The line that names the class (all six values) also gives its size.
      const line = build.stderr.split('\n').find((l) => planted.every((p) => l.includes(p)));
      expect(
        line,
        `no line of the refusal names ${planted.join(', ')}:\n${build.stderr}`,
      ).toBeDefined();
      const rest = planted.reduce((l, p) => l.replace(p, ''), line!);
      expect(rest, `the refusal gives the class's size, ${size}`).toMatch(
        new RegExp(`(^|[^\\w.])${size}([^\\w.]|$)`),
      );
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
