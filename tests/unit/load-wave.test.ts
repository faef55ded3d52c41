import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { isCoded, isNumeric } from '../../src/lib/codebook/types';
import { loadWave } from '../../src/lib/data/load-wave';
import type { DataIssue } from '../../src/lib/data/issues';
import { DataFileError } from '../../src/lib/data/issues';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { translate } from '../../src/lib/i18n/translate';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const columns = csvColumns(codebook);

/** A valid answer for every column: the first code, the minimum, or "not chosen". */
function validRow(): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of columns) {
    const item = codebook.items.find((i) => i.id === column);
    row[column] = !item
      ? '0'
      : isCoded(item)
        ? item.values[0]!.code
        : isNumeric(item)
          ? String(item.min)
          : '';
  }
  row.hours_worked = '45.5';
  row.contract_hours = '40';
  row.outside_hours = '2';
  return row;
}

function csv(rows: Record<string, string>[], header = columns): Uint8Array {
  const lines = [header.join(','), ...rows.map((r) => header.map((c) => r[c] ?? '').join(','))];
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

async function problems(bytes: Uint8Array): Promise<DataFileError> {
  try {
    await loadWave(engine, codebook, 2024, 'data/waves/2024.csv', bytes);
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

/** Issues as the CLI writes them: what was expected, in English. */
const english = (issues: readonly DataIssue[]) =>
  issues.map((i) => ({ ...i, expected: translate('en', i.expected) }));

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('loadWave', () => {
  it('loads valid rows, types them and derives the formula metrics', async () => {
    const loaded = await loadWave(engine, codebook, 2024, 'x.csv', csv([validRow(), validRow()]));
    expect(loaded.rows).toBe(2);
    const [row] = await engine.query(
      'SELECT hours_worked, extra_hours, overtime_total, specialty FROM responses WHERE wave = ?',
      [2024],
    );
    expect(row).toEqual({
      hours_worked: 45.5,
      extra_hours: 5.5,
      overtime_total: 7.5,
      specialty: 'anesthesiologie',
    });
  });

  it('reports extra columns instead of failing on them', async () => {
    const rows = [{ ...validRow(), remark: 'x' }];
    const loaded = await loadWave(
      engine,
      codebook,
      2024,
      'x.csv',
      csv(rows, [...columns, 'remark']),
    );
    expect(loaded.ignoredColumns).toEqual(['remark']);
  });

  it('names line, column, value and what was expected for a bad code and a bad number', async () => {
    const bad = { ...validRow(), specialty: 'radiology', hours_worked: 'veel' };
    const error = await problems(csv([validRow(), bad]));
    expect(english(error.issues)).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'specialty',
        value: 'radiology',
        expected: expect.stringContaining('one of the codes anesthesiologie'),
      }),
      expect.objectContaining({
        line: 3,
        column: 'hours_worked',
        value: 'veel',
        expected: 'a number from 0 to 120',
      }),
    ]);
    expect(error.message).toContain(
      'data/waves/2024.csv, line 3, column "specialty": found "radiology", expected one of the codes',
    );
  });

  it('refuses out-of-range hours but accepts an empty (suppressed) dimension', async () => {
    const error = await problems(csv([{ ...validRow(), hours_worked: '130', gender: '' }]));
    expect(error.issues.map((i) => [i.line, i.column])).toEqual([[2, 'hours_worked']]);
  });

  it('refuses a missing column, naming it', async () => {
    const error = await problems(
      csv(
        [validRow()],
        columns.filter((c) => c !== 'burnout'),
      ),
    );
    expect(english(error.issues)).toEqual([
      {
        file: 'data/waves/2024.csv',
        line: 1,
        column: 'burnout',
        expected: 'a column "burnout" (asked in 2024, as the codebook says)',
      },
    ]);
  });

  it('refuses a row with too few fields, with its line', async () => {
    const text = new TextDecoder().decode(csv([validRow(), validRow()])).split('\n');
    text[2] = text[2]!.split(',').slice(0, 5).join(',');
    const error = await problems(new TextEncoder().encode(text.join('\n')));
    expect(english(error.issues)[0]).toMatchObject({
      line: 3,
      expected: expect.stringContaining(`${columns.length} comma-separated fields`),
    });
  });

  it('lists the first 50 problems in line order and counts them all, over every check', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => ({
      ...validRow(),
      ...(i < 60 ? { specialty: 'radiology' } : {}),
      ...(i % 10 === 5 ? { hours_worked: 'veel' } : {}),
    }));
    const error = await problems(csv(rows));
    expect(error.total).toBe(60 + 7);
    expect(error.issues).toHaveLength(50);
    expect(error.issues.map((i) => i.line)).toEqual(
      [...error.issues.map((i) => i.line!)].sort((a, b) => a - b),
    );
    expect(new Set(error.issues.map((i) => i.column))).toEqual(new Set(['specialty']));
    expect(error.issues[0]).toMatchObject({ line: 2, column: 'specialty', value: 'radiology' });
  });

  it('names each malformed line once and counts them all, not only those it lists', async () => {
    const text = new TextDecoder().decode(csv(Array.from({ length: 60 }, validRow))).split('\n');
    for (let line = 2; line <= 56; line++)
      text[line - 1] = text[line - 1]!.split(',').slice(0, 5).join(',');
    const error = await problems(new TextEncoder().encode(text.join('\n')));
    expect(error.total).toBe(55);
    expect(error.issues.map((i) => i.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
  });

  it('reads a file checked before straight in, to the very rows a full check loads', async () => {
    const rows = [
      validRow(),
      // A Dutch decimal comma, quoted; empty answers.
      { ...validRow(), hours_worked: '"50,5"', gender: '', burnout: '' },
      { ...validRow(), contract_hours: '36' },
    ];
    const bytes = csv(rows);
    const all = 'SELECT * FROM responses WHERE wave = 2024';
    const full = await loadWave(engine, codebook, 2024, 'x.csv', bytes);
    const fullRows = await engine.query(all);
    const checked = await loadWave(engine, codebook, 2024, 'x.csv', bytes, true);
    expect(checked).toStrictEqual(full);
    expect(await engine.query(all)).toStrictEqual(fullRows);
    expect(fullRows).toHaveLength(3);
    expect(fullRows[1]!.hours_worked).toBe(50.5);
    // Nothing left behind by either way of loading.
    const tables = await engine.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'r%_2024%'",
    );
    expect(tables).toEqual([]);
  });

  it('refuses an empty file and a file that is not CSV', async () => {
    expect(english((await problems(new Uint8Array())).issues)[0]!.expected).toBe(
      'a non-empty CSV file',
    );
    const html = new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>\n');
    expect(english((await problems(html)).issues)[0]!.expected).toBe('comma-separated values');
  });
});
