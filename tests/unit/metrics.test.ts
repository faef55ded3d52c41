import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/metrics';
import { getItem } from '../../src/lib/codebook/columns';
import type { CodedItem, MultiItem } from '../../src/lib/codebook/types';
import type { Panel } from '../../src/lib/figures/panel';
import { recordsToCsv } from '../../src/lib/metrics/csv';
import type { MetricRecord } from '../../src/lib/metrics/records';
import { METRIC_COLUMNS, panelRecords } from '../../src/lib/metrics/records';
import { readCodebook, root } from './helpers/data';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], at = root): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main(argv, io, at);
  return { code, stdout, stderr };
}

interface Output {
  wave: number;
  selection: Record<string, string>;
  compare: string | null;
  benchmark: string;
  weighted: boolean;
  synthetic: boolean;
  note: string | null;
  records: MetricRecord[];
}

const parse = (r: Run) => JSON.parse(r.stdout) as Output;

function find(records: MetricRecord[], where: Partial<MetricRecord>): MetricRecord {
  const found = records.filter((r) =>
    Object.entries(where).every(([k, v]) => r[k as keyof MetricRecord] === v),
  );
  expect(found, JSON.stringify(where)).toHaveLength(1);
  return found[0]!;
}

interface Reference {
  wave: number;
  tolerance: { pct: number; mean: number };
  figures: { id: string; radiology: number; all: number | null }[];
}
const reference = JSON.parse(
  readFileSync(path.join(root, 'tests/fixtures/published-2024.json'), 'utf8'),
) as Reference;
const published = (id: string) => reference.figures.find((f) => f.id === id)!;

/** A filtered and split view with a suppressed group and a label holding a comma. */
const SPLIT = [
  '--filter',
  'specialty=radiologie',
  '--filter=hospital_type=umc',
  '--compare',
  'gender',
  '--benchmark',
  'hospital_type',
  '--topic',
  'burnout',
];

describe('npm run metrics: the published radiology 2024 figures', () => {
  let output: Output;
  beforeAll(async () => {
    const r = await run(['--wave', '2024', '--filter', 'specialty=radiologie']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    output = parse(r);
  }, 60_000);

  it('says what it computed and that the demo data is synthetic', () => {
    expect(output).toMatchObject({
      wave: 2024,
      selection: { specialty: 'radiologie' },
      compare: null,
      benchmark: 'all',
      weighted: false,
      synthetic: true,
    });
    expect(output.note).toMatch(/synthetisch/i);
    const topics = new Set(output.records.map((r) => r.topic));
    expect([...topics]).toEqual(readCodebook().topics.map((t) => t.id));
    for (const record of output.records) expect(Object.keys(record)).toEqual([...METRIC_COLUMNS]);
  });

  it('hours worked: the mean as published, with its interval, n and median', () => {
    const r = find(output.records, { item: 'hours_worked', measure: 'mean', row: 'selection' });
    const expected = published('hours_worked').radiology;
    expect(Math.abs(r.estimate! - expected)).toBeLessThanOrEqual(reference.tolerance.mean);
    expect(r.lo!).toBeLessThan(r.estimate!);
    expect(r.hi!).toBeGreaterThan(r.estimate!);
    expect(r).toMatchObject({ topic: 'overtime', unit: 'hours', label: 'Radiologie' });
    expect(r.n).toBeGreaterThanOrEqual(10);
    expect(r.suppressed).toBe(false);
    // Set against all respondents: a test against the rest, adjusted.
    expect(r.p_adjusted).not.toBeNull();
    const median = find(output.records, {
      item: 'hours_worked',
      measure: 'median',
      row: 'selection',
    });
    expect(median.estimate).not.toBeNull();
    expect(
      find(output.records, { item: 'hours_worked', row: 'benchmark', measure: 'mean' }).label,
    ).toBe('Alle respondenten');
  });

  it.each([
    ['overtime_uncompensated', 'overtime_compensation', 'overtime'],
    ['workload_too_high', 'workload', 'balance'],
  ])('%s: the headline share as published', (id, item, topic) => {
    const r = find(output.records, { item, measure: 'headline', row: 'selection' });
    expect(r.topic).toBe(topic);
    expect(r.unit).toBe('proportion');
    const expected = published(id).radiology / 100;
    expect(Math.abs(r.estimate! - expected)).toBeLessThanOrEqual(reference.tolerance.pct / 100);
    expect(r.excluded).not.toBeNull();
  });

  it("a 1–10 rating also gives its marks' distribution, as the site draws it", () => {
    const marks = output.records.filter(
      (r) => r.item === 'job_rating' && r.row === 'selection' && r.measure.startsWith('code:'),
    );
    expect(marks.map((r) => r.measure)).toEqual(
      Array.from({ length: 10 }, (_, i) => `code:${i + 1}`),
    );
    expect(marks.reduce((s, r) => s + (r.estimate ?? 0), 0)).toBeCloseTo(1, 6);
  });
});

describe('npm run metrics: a filtered and split view', () => {
  let json: Run;
  let csv: Run;
  beforeAll(async () => {
    json = await run(SPLIT);
    csv = await run([...SPLIT, '--format', 'csv']);
  }, 90_000);

  it('prints no number of a suppressed group, not even its n', () => {
    expect(json.code).toBe(0);
    const { records, compare, benchmark } = parse(json);
    expect({ compare, benchmark }).toEqual({ compare: 'gender', benchmark: 'hospital_type' });
    const hidden = records.filter((r) => r.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden)
      expect(r).toMatchObject({
        estimate: null,
        lo: null,
        hi: null,
        range: null,
        n: null,
        excluded: null,
        missing: null,
        diff_vs_rest: null,
        p: null,
        p_adjusted: null,
      });
    const group = find(records, { item: 'burnout', measure: 'headline', group: 'anders' });
    expect(group).toMatchObject({ row: 'group', suppressed: true, too_few_to_compare: true });
    // Every shown figure has at least 10 answers.
    for (const r of records.filter((x) => !x.suppressed)) expect(r.n!).toBeGreaterThanOrEqual(10);
    const benchmark2 = find(records, { item: 'burnout', measure: 'headline', row: 'benchmark' });
    // The benchmark "same hospital type" is the selection's peers: UMC without the selection.
    expect(benchmark2.label).toBe('Overige respondenten, UMC');
  });

  it('CSV: the same records, read back with an RFC 4180 parser', () => {
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/^Note: .*synthetisch/i);
    expect(csv.stdout.split('\r\n')[0]).toBe(METRIC_COLUMNS.join(','));
    expect(csv.stdout).toContain('"Overige respondenten, UMC"');
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const records = parse(json).records;
    expect(parsed.data).toHaveLength(records.length);
    parsed.data.forEach((line, i) => {
      for (const column of METRIC_COLUMNS) {
        const value = records[i]![column];
        expect(line[column], `${i} ${column}`).toBe(value === null ? '' : String(value));
      }
    });
  });
});

describe('records and CSV (pure)', () => {
  const codebook = readCodebook();
  const burnout = getItem(codebook, 'burnout') as CodedItem;
  const causes = getItem(codebook, 'burnout_cause') as MultiItem;
  // 0 of 12: a yes/no share is shown as it is (the released file holds both answers in every
  // class, tests/unit/no-exact-extremes.test.ts); an option's 100% of 12 only as a range.
  const none = { estimate: 0, lo: 0, hi: 0.243 };
  const range = { estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' as const };
  const panel: Panel = {
    type: 'share',
    item: burnout,
    rows: [
      {
        kind: 'selection',
        group: null,
        figure: {
          group: null,
          n: 12,
          excluded: 1,
          missing: 0,
          value: none,
          parts: [
            { code: 'ja', value: none },
            { code: 'nee', value: { estimate: 1, lo: 0.757, hi: 1 } },
          ],
        },
        comparison: {
          diff: -0.3,
          lo: -0.45,
          hi: -0.12,
          p: 0.01,
          method: 'fisher',
          pAdjusted: 0.02,
          significant: true,
        },
      },
      {
        kind: 'group',
        group: 'x',
        figure: { group: 'x', n: 7, excluded: 2, missing: 1, value: null, parts: [] },
        comparison: null,
      },
    ],
  };
  const options: Panel = {
    type: 'options',
    item: causes,
    rows: [
      {
        kind: 'selection',
        group: null,
        figure: {
          group: null,
          n: 12,
          excluded: 0,
          missing: 3,
          value: null,
          parts: causes.options.map((o, i) => ({
            code: o.code,
            value: i === 0 ? range : { estimate: 0.5, lo: 0.25, hi: 0.75 },
          })),
        },
      },
    ],
  };

  it('a share has its estimate, interval and difference; a range has no point estimate', () => {
    const [headline, ja, nee, hidden] = panelRecords('burnout', [panel], (row) =>
      row.kind === 'group' ? 'Groep "x", met komma\nen regel' : 'Selectie',
    );
    expect(headline).toMatchObject({
      measure: 'headline',
      estimate: 0,
      lo: 0,
      hi: 0.243,
      range: null,
      n: 12,
      diff_vs_rest: -0.3,
      // The difference's 95% interval and the test that gave p.
      diff_lo: -0.45,
      diff_hi: -0.12,
      test: 'fisher',
      p: 0.01,
      p_adjusted: 0.02,
      significant: true,
      too_few_to_compare: false,
    });
    expect(ja).toMatchObject({ measure: 'code:ja', estimate: 0, range: null });
    expect(nee).toMatchObject({ measure: 'code:nee', estimate: 1, range: null, lo: 0.757 });
    expect(nee!.significant).toBeNull();
    expect(hidden).toMatchObject({
      measure: 'headline',
      suppressed: true,
      n: null,
      excluded: null,
      missing: null,
      too_few_to_compare: true,
    });
    const [first, second] = panelRecords('burnout', [options], () => 'Selectie');
    expect(first).toMatchObject({
      measure: `option:${causes.options[0]!.code}`,
      estimate: null,
      lo: 0.95,
      hi: 1,
      range: 'above',
    });
    expect(second).toMatchObject({ estimate: 0.5, range: null });
  });

  it('CSV quotes commas, quotes and line breaks, and reads back the same', () => {
    const records = panelRecords('burnout', [panel, options], (row) =>
      row.kind === 'group' ? 'Groep "x", met komma\nen regel' : 'Selectie',
    );
    const text = recordsToCsv(records);
    expect(text).toContain('"Groep ""x"", met komma\nen regel"');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...METRIC_COLUMNS]);
    expect(parsed.data.slice(1)).toEqual(
      records.map((r) => METRIC_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))),
    );
  });
});

describe('npm run metrics: errors', () => {
  it.each([
    [['--wave', '2023'], '--wave 2023', ['2024', '2022']],
    [['--topic', 'nope'], '--topic nope', ['overtime', 'burnout', 'safety']],
    [['--filter', 'foo=bar'], '--filter foo=bar', ['specialty', 'hospital_type', 'fulltime']],
    [['--filter', 'specialty=xyz'], '--filter specialty=xyz', ['radiologie', 'heelkunde']],
    [['--filter', 'specialty'], '--filter specialty', ['DIMENSION=CODE']],
    [['--compare', 'hospital'], '--compare hospital', ['hospital_type', 'gender', 'role']],
    [['--benchmark', 'median'], '--benchmark median', ['all', 'rest', 'hospital_type']],
    [['--format', 'xml'], '--format xml', ['json', 'csv']],
    [['--lang', 'de'], '--lang de', ['nl', 'en']],
    [['--bogus'], '--bogus', ['--wave', '--filter', '--compare', '--format']],
    [['radiologie'], 'radiologie', ['--filter']],
    [['--wave'], '--wave needs a value', []],
  ])('%j: exit 2, naming the argument and the valid values', async (argv, named, valid) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const first = r.stderr.split('\n')[0]!;
    expect(first).toContain(named);
    for (const v of valid) expect(first).toContain(v);
    expect(r.stderr).toContain('Usage: npm run metrics');
  });

  it('lists every problem at once', async () => {
    const r = await run(['--wave', '1999', '--compare', 'x', '--filter', 'gender=q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--wave 1999');
    expect(r.stderr).toContain('--compare x');
    expect(r.stderr).toContain('--filter gender=q');
  });

  describe('data errors: exit 1 with file, line and column', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'metrics-'));
      mkdirSync(path.join(dir, 'data/waves'), { recursive: true });
      const codebook = readCodebook();
      copyFileSync(path.join(root, 'data/codebook.json'), path.join(dir, 'data/codebook.json'));
      for (const wave of codebook.waves)
        copyFileSync(path.join(root, 'data', wave.file), path.join(dir, 'data', wave.file));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a wave file with an unknown code', async () => {
      const file = path.join(dir, 'data/waves/2022.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const header = lines[0]!.split(',');
      const column = header.indexOf('specialty');
      const cells = lines[3]!.split(',');
      cells[column] = 'astrologie';
      lines[3] = cells.join(',');
      writeFileSync(file, lines.join('\n'));
      const r = await run(['--topic', 'overtime'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('data/waves/2022.csv');
      expect(r.stderr).toContain('line 4');
      expect(r.stderr).toContain('column "specialty"');
      expect(r.stderr).toContain('astrologie');
    }, 60_000);

    it('a codebook that is not valid', async () => {
      const file = path.join(dir, 'data/codebook.json');
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { topics: unknown };
      raw.topics = 'none';
      writeFileSync(file, JSON.stringify(raw));
      const r = await run([], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('data/codebook.json');
      expect(r.stderr).toContain('topics');
    });
  });
});

describe('npm run metrics as a command', () => {
  it('runs as a child process: exit 0 and the CSV header', async () => {
    // Node with tsx's loader, as `npm run metrics` runs it minus npm and the tsx command's
    // second process.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/metrics.ts',
        '--wave',
        '2024',
        '--topic',
        'overtime',
        '--format',
        'csv',
      ],
      { cwd: root, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    // execFile rejects on a non-zero exit code, so getting here means exit 0.
    const [header, ...rest] = stdout.split('\r\n');
    expect(header).toBe(METRIC_COLUMNS.join(','));
    expect(rest.filter((l) => l.startsWith('overtime,hours_worked,mean,'))).toHaveLength(1);
  }, 90_000);
});
