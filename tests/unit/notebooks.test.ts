import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NotebookRun } from '../../src/cli/notebooks';
import {
  findNotebooks,
  main,
  outputFile,
  readDataSet,
  resolveArguments,
  runNotebookFile,
} from '../../src/cli/notebooks';
import { getItem } from '../../src/lib/codebook/columns';
import type { CodedItem } from '../../src/lib/codebook/types';
import type { Engine, Row } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { tally } from '../../src/lib/figures/share';
import { NotebookError } from '../../src/lib/notebook/error';
import { executeNotebook, isQuery, resultOf } from '../../src/lib/notebook/execute';
import { parseNotebook, splitStatements, sqlBlocks } from '../../src/lib/notebook/parse';
import {
  columnDecimals,
  formatValue,
  markdownTable,
  NO_RESULT,
  NO_ROWS,
  renderNotebook,
} from '../../src/lib/notebook/render';
import { codeCounts, moments, optionCounts } from '../../src/lib/query/aggregates';
import type { Selection } from '../../src/lib/query/selection';
import { engineWithWaves, readCodebook, root } from './helpers/data';

function thrown(fn: () => unknown): NotebookError {
  try {
    fn();
  } catch (e) {
    if (e instanceof NotebookError) return e;
    throw e;
  }
  throw new Error('expected a NotebookError');
}

async function rejected(promise: Promise<unknown>): Promise<NotebookError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof NotebookError) return e;
    throw e;
  }
  throw new Error('expected a NotebookError');
}

const SAMPLE = [
  '# Title', // 1
  '', // 2
  'Some prose.', // 3
  '', // 4
  '```sql setup', // 5
  'CREATE TEMP VIEW v AS SELECT 1 AS a;', // 6
  '```', // 7
  '', // 8
  '~~~markdown', // 9
  '```sql', // 10  (inside another fence: prose, not run)
  'SELECT broken', // 11
  '```', // 12
  '~~~', // 13
  '', // 14
  '```SQL', // 15
  '-- name: second', // 16
  "SELECT a, 'x;y' AS s FROM v -- a ; in a comment", // 17
  '```', // 18
  'Text right after.', // 19
  '', // 20
].join('\n');

describe('parseNotebook', () => {
  it('splits prose and SQL blocks, with names and line numbers', () => {
    const nb = parseNotebook(SAMPLE, 'notebooks/x.md');
    expect(nb.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['prose', 1],
      ['sql', 5],
      ['prose', 8],
      ['sql', 15],
      ['prose', 19],
    ]);
    const [first, second] = sqlBlocks(nb);
    expect(first).toMatchObject({ index: 1, name: 'setup', sqlLine: 6 });
    expect(first!.sql).toBe('CREATE TEMP VIEW v AS SELECT 1 AS a;');
    expect(second).toMatchObject({ index: 2, name: 'second', sqlLine: 16 });
    // A fence in another language is kept as prose, including any ```sql inside it.
    expect(nb.blocks[2]!.lines).toContain('SELECT broken');
  });

  it('accepts name=… after the fence and unnamed blocks', () => {
    const nb = parseNotebook('```sql name=a-1\nSELECT 1\n```\n\n```sql\nSELECT 2\n```\n', 'f.md');
    expect(sqlBlocks(nb).map((b) => b.name)).toEqual(['a-1', undefined]);
  });

  it('names the file, block and line of an unclosed block', () => {
    const e = thrown(() => parseNotebook('Intro\n\n```sql\nSELECT 1\n', 'notebooks/open.md'));
    expect(e.message).toBe(
      'notebooks/open.md: SQL block 1 (line 3):\n' +
        '  The SQL block is not closed: expected a line with ``` after line 3',
    );
  });

  it('rejects duplicate names, two names and empty blocks', () => {
    const dup = '```sql a\nSELECT 1\n```\n```sql a\nSELECT 2\n```\n';
    expect(thrown(() => parseNotebook(dup, 'f.md')).message).toContain(
      'f.md: SQL block 2 "a" (line 4):\n  Block name "a" is already used by SQL block at line 1',
    );
    expect(thrown(() => parseNotebook('```sql a b\nSELECT 1\n```', 'f.md')).message).toContain(
      'at most one block name',
    );
    expect(thrown(() => parseNotebook('```sql\n\n```', 'f.md')).message).toContain('empty');
  });

  it('splits statements outside strings and comments, keeping their lines', () => {
    const sql = 'SELECT \'a;b\' AS x; -- c;\n\n/* d; */ SELECT "e;" FROM t;\n  ;\nSELECT 3';
    expect(splitStatements(sql, 10)).toEqual([
      { sql: "SELECT 'a;b' AS x", line: 10 },
      { sql: '-- c;\n\n/* d; */ SELECT "e;" FROM t', line: 10 },
      { sql: 'SELECT 3', line: 14 },
    ]);
    expect(splitStatements('-- only a comment\n', 1)).toEqual([]);
  });

  it('tells queries from other statements', () => {
    expect(isQuery('-- x\nWITH a AS (SELECT 1) SELECT * FROM a')).toBe(true);
    expect(isQuery('(SELECT 1)')).toBe(true);
    expect(isQuery('CREATE TEMP VIEW v AS SELECT 1')).toBe(false);
  });
});

describe('rendering', () => {
  it('formats numbers with one precision per column', () => {
    expect(columnDecimals([131, 2027])).toBe(0);
    expect(columnDecimals([92.2, 87])).toBe(1);
    expect(columnDecimals([44.3177, 45.8])).toBe(2);
    expect(columnDecimals([0.5, 0.25, null])).toBe(2);
    expect(columnDecimals([0.01234, 0.5])).toBe(3);
    expect(columnDecimals([0.00073, 0.5])).toBe(5);
    expect(formatValue(-0.001, 2)).toBe('0.00');
    expect(formatValue(null)).toBe('NULL');
    expect(formatValue(8.5469, 2)).toBe('8.55');
    expect(formatValue(true)).toBe('true');
  });

  it('renders rows as a Markdown table and says when there are none', () => {
    const rows: Row[] = [
      { groep: 'radiologie', n: 131, pct: 77.9 },
      { groep: 'a|b', n: 2027, pct: null },
    ];
    expect(markdownTable(rows)).toBe(
      [
        '| groep | n | pct |',
        '| --- | ---: | ---: |',
        '| radiologie | 131 | 77.9 |',
        '| a\\|b | 2027 | NULL |',
      ].join('\n'),
    );
    expect(markdownTable([])).toBe(NO_ROWS);
    expect(NO_ROWS).toContain('(no rows)');
  });

  it('keeps the notebook as written and puts each result after its block', async () => {
    const engine = await createNodeEngine();
    try {
      const nb = parseNotebook(SAMPLE, 'notebooks/x.md');
      const executed = await executeNotebook(engine, nb);
      expect(executed.results.map((r) => r.kind)).toEqual(['none', 'rows']);
      // The view made by block 1 is used by block 2.
      expect(resultOf(executed, 'second').rows).toEqual([{ a: 1, s: 'x;y' }]);
      const out = renderNotebook(executed, { header: ['<!-- generated -->'], footer: ['_end_'] });
      expect(out).toBe(
        [
          '<!-- generated -->',
          '',
          ...SAMPLE.split('\n').slice(0, 7),
          '',
          NO_RESULT,
          ...SAMPLE.split('\n').slice(7, 18),
          '',
          '| a | s |',
          '| ---: | --- |',
          '| 1 | x;y |',
          '', // a blank line, or the prose would become a row of the table
          'Text right after.',
          '',
          '_end_',
          '',
        ].join('\n'),
      );
      expect(() => resultOf(executed, 'nope')).toThrow(/no SQL block named "nope".*setup, second/);
    } finally {
      await engine.close();
    }
  });

  it('says "(no rows)" for a query without rows', async () => {
    const engine = await createNodeEngine();
    try {
      const nb = parseNotebook('```sql\nSELECT 1 AS a WHERE false\n```', 'f.md');
      expect(renderNotebook(await executeNotebook(engine, nb))).toBe(
        '```sql\nSELECT 1 AS a WHERE false\n```\n\n_(no rows)_\n',
      );
    } finally {
      await engine.close();
    }
  });
});

describe('SQL errors', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(() => engine.close());

  it('name the notebook, the block (number, name, line) and DuckDB message', async () => {
    const source = [
      '# Demo', // 1
      '', // 2
      '```sql ok', // 3
      'SELECT 1 AS a', // 4
      '```', // 5
      '', // 6
      '```sql radiology-overtime', // 7
      'CREATE TEMP VIEW w AS SELECT 1 AS a;', // 8
      'SELECT a,', // 9
      '       no_such_column', // 10
      'FROM w', // 11
      '```', // 12
    ].join('\n');
    const e = await rejected(executeNotebook(engine, parseNotebook(source, 'notebooks/demo.md')));
    expect(e.location).toEqual({
      file: 'notebooks/demo.md',
      line: 7,
      block: 2,
      name: 'radiology-overtime',
    });
    // DuckDB says "LINE 2" of the statement, which starts on line 9 of the .md file.
    expect(e.at).toBe(10);
    const [first, ...rest] = e.message.split('\n');
    expect(first).toBe('notebooks/demo.md: SQL block 2 "radiology-overtime" (line 7), at line 10:');
    expect(rest.join('\n')).toContain('Binder Error: Referenced column "no_such_column" not found');
    expect(e.detail).toMatch(/^Binder Error/);
  });

  it('refuse DECIMAL and HUGEINT values instead of showing wrong numbers', async () => {
    const nb = parseNotebook('```sql\nSELECT 1.5::DECIMAL(4, 1) AS d\n```', 'f.md');
    const e = await rejected(executeNotebook(engine, nb));
    expect(e.message).toMatch(
      /^f\.md: SQL block 1 \(line 1\), at line 2:\n {2}Column "d" is a DECIMAL/,
    );
  });
});

describe('the notebooks command', () => {
  it('finds notebooks, not their outputs, and checks its arguments', () => {
    expect(findNotebooks(root)).toContain('notebooks/radiologie-2024.md');
    expect(findNotebooks(root).some((f) => f.endsWith('.out.md'))).toBe(false);
    expect(outputFile('notebooks/a.md')).toBe('notebooks/a.out.md');
    expect(resolveArguments(['notebooks/radiologie-2024.md'], root, root)).toEqual([
      'notebooks/radiologie-2024.md',
    ]);
    expect(() => resolveArguments(['notebooks/radiologie-2024.out.md'], root, root)).toThrow(
      /output file/,
    );
    expect(() => resolveArguments(['notebooks/missing.md'], root, root)).toThrow(/no such file/);
  });

  it('writes outputs, reports a failing notebook clearly and exits non-zero', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'notebooks-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      symlinkSync(path.join(root, 'data'), path.join(dir, 'data'));
      mkdirSync(path.join(dir, 'notebooks'));
      writeFileSync(
        path.join(dir, 'notebooks/a.md'),
        '```sql n\nSELECT count(*) AS n FROM responses WHERE wave = 2024\n```\n',
      );
      writeFileSync(path.join(dir, 'notebooks/b.md'), 'Prose\n\n```sql\nSELEC 1\n```\n');
      expect(await main([], dir, dir)).toBe(1);
      expect(readFileSync(path.join(dir, 'notebooks/a.out.md'), 'utf8')).toContain('| 2027 |');
      const message = errors.mock.calls.map((c) => String(c[0])).join('\n');
      expect(message).toContain('notebooks/b.md: SQL block 1 (line 3), at line 4:');
      expect(message).toContain('Parser Error: syntax error at or near "SELEC"');
      expect(logs.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
        '1 of 2 notebooks ran, 1 failed.',
      );
      expect(await main(['--check', 'notebooks/a.md'], dir, dir)).toBe(0);
    } finally {
      errors.mockRestore();
      logs.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Where a published figure is in the notebook's results: block, column, and the row's key. */
interface Cell {
  block: string;
  column: string;
  key: string;
  value: string;
}

interface Figure {
  id: string;
  metric: {
    kind: 'rows' | 'share' | 'mean' | 'option_share' | 'option_count';
    item?: string;
    codes?: string[];
    option?: string;
  };
  radiology: number;
  all: number | null;
  /** Why the released file withholds this figure (tests/fixtures/published-2024.json). */
  release?: string;
}

const RADIOLOGY = { key: 'groep', value: 'radiologie' };
const EVERYONE = { key: 'groep', value: 'alle respondenten' };

/** Figures in tables with one row per group. */
const GROUP_COLUMNS: Record<string, [block: string, column: string]> = {
  respondents: ['steekproef', 'n'],
  role_aios: ['steekproef', 'pct_aios'],
  gender_female: ['steekproef', 'pct_vrouw'],
  hospital_general: ['steekproef', 'pct_algemeen_ziekenhuis'],
  proud: ['trots', 'pct_trots'],
  choose_again: ['trots', 'pct_opnieuw_kiezen'],
  hours_worked: ['uren', 'gewerkt'],
  contract_hours: ['uren', 'contract'],
  extra_hours: ['uren', 'boven_contract'],
  outside_hours: ['uren', 'buiten_werktijd'],
  overtime_total: ['uren', 'overwerk_totaal'],
  overtime_uncompensated: ['overwerk-compensatie', 'pct_geen_compensatie'],
  fulltime: ['fulltime-en-op-tijd-naar-huis', 'pct_fulltime'],
  home_on_time: ['fulltime-en-op-tijd-naar-huis', 'pct_regelmatig_tot_altijd'],
  wlb_satisfied: ['werk-prive-balans', 'pct_tevreden_zeer_tevreden'],
  wlb_neutral: ['werk-prive-balans', 'pct_neutraal'],
  wlb_dissatisfied: ['werk-prive-balans', 'pct_zeer_ontevreden_ontevreden'],
  job_rating: ['werk-prive-balans', 'rapportcijfer_werk'],
  workload_too_high: ['werkdruk', 'pct_te_hoog'],
  burnout: ['burnout', 'pct_burnoutklachten'],
  burnout_cause_wlb: ['burnout-oorzaken', 'pct_verstoorde_werk_prive_balans'],
  burnout_cause_work: ['burnout-oorzaken', 'pct_werkgerelateerd'],
  considered_quitting: ['stoppen', 'pct_overwoog_te_stoppen'],
  quitting_not_discussed: ['stoppen', 'pct_niet_besproken'],
  home_after_shift_always: ['diensten', 'pct_altijd_direct_naar_huis'],
  presence_shift_uncompensated: ['diensten', 'pct_aanwezigheid_geen_compensatie'],
  oncall_shift_uncompensated: ['diensten', 'pct_bereikbaarheid_geen_compensatie'],
  atmosphere: ['cultuur-en-veiligheid', 'sfeer_cijfer'],
  handover_always_safe: ['cultuur-en-veiligheid', 'pct_altijd_veilig_bij_overdracht'],
  speak_up_barriers: ['cultuur-en-veiligheid', 'pct_belemmeringen_vrijuit_spreken'],
  pause_often: ['pauze', 'pct_vaak_of_altijd'],
};

/** Figures in tables with one row per answer option and a column per group. */
const OPTION_ROWS: Record<string, [block: string, key: string, label: string, suffix: string]> = {
  heavy_day_calls: ['zware-werkdag', 'factor', 'Te veel telefoontjes', 'n'],
  heavy_day_no_break: ['zware-werkdag', 'factor', 'Weinig tot geen mogelijkheid voor pauze', 'n'],
  heavy_day_shift_length: ['zware-werkdag', 'factor', 'De lengte van de dienst', 'n'],
  support_mentor: ['begeleiding', 'voorkeur', 'Een mentor', 'pct'],
  support_coaching: ['begeleiding', 'voorkeur', 'Een coachingstraject', 'pct'],
  support_buddy: ['begeleiding', 'voorkeur', 'Een buddysysteem', 'pct'],
};

function cell(id: string, group: 'radiology' | 'all'): Cell {
  const byGroup = GROUP_COLUMNS[id];
  if (byGroup)
    return {
      block: byGroup[0],
      column: byGroup[1],
      ...(group === 'radiology' ? RADIOLOGY : EVERYONE),
    };
  const byOption = OPTION_ROWS[id];
  if (!byOption) throw new Error(`No notebook cell for published figure ${id}`);
  const [block, key, value, suffix] = byOption;
  return {
    block,
    key,
    value,
    column: `${group === 'radiology' ? 'radiologie' : 'alle'}_${suffix}`,
  };
}

describe('notebooks/radiologie-2024.md on the committed data', () => {
  const codebook = readCodebook();
  const reference = JSON.parse(
    readFileSync(path.join(root, 'tests/fixtures/published-2024.json'), 'utf8'),
  ) as { wave: number; tolerance: { pct: number; mean: number }; figures: Figure[] };
  let run: NotebookRun;
  let engine: Engine;

  beforeAll(async () => {
    run = await runNotebookFile('notebooks/radiologie-2024.md', {
      root,
      data: readDataSet(root),
      write: false,
    });
    engine = await engineWithWaves(codebook);
  });
  afterAll(() => engine.close());

  function valueAt(c: Cell): number {
    const result = resultOf(run.executed, c.block);
    const row = result.rows.find((r) => r[c.key] === c.value);
    expect(row, `${c.block}: row ${c.key} = ${c.value}`).toBeDefined();
    const value = row![c.column];
    expect(typeof value, `${c.block}.${c.column}`).toBe('number');
    return value as number;
  }

  /**
   * The same figure from the dashboard's query layer: its SQL, universes and valid-answer rule
   * (`tally`), as a plain unweighted estimate.
   */
  async function dashboard(metric: Figure['metric'], selection: Selection): Promise<number> {
    if (metric.kind === 'rows')
      return (await codeCounts(engine, codebook, 'specialty', selection)).reduce(
        (s, c) => s + c.n,
        0,
      );
    if (metric.kind === 'share') {
      const item = getItem(codebook, metric.item!) as CodedItem;
      const counts = await codeCounts(engine, codebook, item.id, selection);
      const hits = counts
        .filter((c) => c.code !== null && metric.codes!.includes(c.code))
        .reduce((s, c) => s + c.n, 0);
      return (100 * hits) / tally(item, counts).n;
    }
    if (metric.kind === 'mean') {
      const [m] = await moments(engine, codebook, metric.item!, selection);
      return m!.sum / m!.n;
    }
    const [counts] = await optionCounts(engine, codebook, metric.item!, selection);
    if (metric.kind === 'option_count') return counts!.chosen[metric.option!]!;
    return (100 * counts!.chosen[metric.option!]!) / counts!.answered;
  }

  const cases = reference.figures.flatMap((f) => [
    [`${f.id} (radiology)`, f, 'radiology'] as const,
    ...(f.all === null ? [] : [[`${f.id} (all respondents)`, f, 'all'] as const]),
  ]);

  it.each(cases)(
    '%s: the published figure, computed as the dashboard does',
    async (_, f, group) => {
      const value = valueAt(cell(f.id, group));
      const published = group === 'radiology' ? f.radiology : f.all!;
      const kind = f.metric.kind;
      const tolerance =
        kind === 'rows' || kind === 'option_count'
          ? 0
          : kind === 'mean'
            ? reference.tolerance.mean
            : reference.tolerance.pct;
      // A figure the strictly k-anonymous file withholds (the fixture says why) is not expected
      // to match the article; it must still be what the dashboard shows.
      if (f.release === undefined)
        expect(Math.abs(value - published)).toBeLessThanOrEqual(tolerance + 1e-9);
      const selection: Selection = {
        wave: reference.wave,
        filters: group === 'radiology' ? { specialty: ['radiologie'] } : {},
      };
      // Shares are rounded to one decimal in the notebook; everything else is exact.
      const exact = kind === 'share' || kind === 'option_share' ? 0.05 + 1e-9 : 1e-9;
      expect(Math.abs(value - (await dashboard(f.metric, selection)))).toBeLessThanOrEqual(exact);
    },
  );

  it('shows the key figures of the article in its tables', () => {
    const at = (id: string, group: 'radiology' | 'all' = 'radiology') => valueAt(cell(id, group));
    expect(at('respondents')).toBe(131);
    expect(at('respondents', 'all')).toBe(2027);
    expect(at('hours_worked').toFixed(1)).toBe('44.3');
    expect(Math.round(at('overtime_uncompensated'))).toBe(78);
    expect(Math.round(at('overtime_uncompensated', 'all'))).toBe(66);
    expect(Math.round(at('workload_too_high'))).toBe(24);
    expect(Math.round(at('workload_too_high', 'all'))).toBe(38);
    expect(Math.round(at('burnout'))).toBe(25);
    // Every named block's result is in the output, rendered as a table under its SQL.
    for (const result of run.executed.results.filter((r) => r.kind === 'rows')) {
      const table = markdownTable(result.rows, result.columns);
      expect(run.markdown).toContain(`${result.block.lines.join('\n')}\n\n${table}\n`);
    }
  });

  it('compares radiology with the rest for the article’s four comparisons', () => {
    const tests = resultOf(run.executed, 'toets-radiologie-tegen-rest').rows;
    expect(tests).toHaveLength(4);
    for (const t of tests) {
      expect(t.p_bh as number).toBeGreaterThanOrEqual(t.p as number);
      expect(t.significant).toBe((t.p_bh as number) < 0.05 ? 'ja' : 'nee');
    }
  });

  it('is committed up to date (run `npm run notebooks` after changing it or the data)', () => {
    const committed = readFileSync(path.join(root, run.output), 'utf8');
    expect(run.markdown).toBe(committed);
    expect(run.markdown).toContain('synthetic demo data');
  });
});
