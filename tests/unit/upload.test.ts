import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWave } from '../../src/lib/data/load-wave';
import { createNodeEngine } from '../../src/lib/db/node';
import { detectDelimiter, readCsv, readTable } from '../../src/lib/data/csv';
import { decodeBytes } from '../../src/lib/upload/decode';
import { suggestMapping } from '../../src/lib/upload/mapping';
import type { Normalised } from '../../src/lib/upload/normalise';
import { normalise, normaliseBytes, prepare } from '../../src/lib/upload/normalise';
import { message, translate } from '../../src/lib/i18n/translate';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/upload', name)));
const run = (name: string) => normaliseBytes(codebook, name, fixture(name));
const canonical = run('canonical.csv');

/** The normalised rows as records keyed by column, for comparing files cell by cell. */
const records = (result: Normalised) => readTable(result.csv).rows;

describe('reading bytes and records', () => {
  it('decodes UTF-8 with and without a BOM, and Windows-1252 when it is not UTF-8', () => {
    const utf8 = new TextEncoder().encode('privé');
    expect(decodeBytes(utf8)).toEqual({ text: 'privé', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'privé',
      encoding: 'utf-8-bom',
    });
    expect(decodeBytes(new Uint8Array([0x70, 0x72, 0x69, 0x76, 0xe9]))).toEqual({
      text: 'privé',
      encoding: 'windows-1252',
    });
    // Excel's "Unicode text": UTF-16 little-endian with a byte order mark, tab-separated.
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a\tb'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBytes(utf16)).toEqual({ text: 'a\tb', encoding: 'utf-16le' });
  });

  it('finds the delimiter and gives every record the line it starts on', () => {
    expect(detectDelimiter('a;b;"c,d"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a,b\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    const seen: [string[], number][] = [];
    readCsv('a,b\r\n"x\r\ny","q""t"\r\n\r\n1,\r\n', ',', (f, line) => void seen.push([f, line]));
    expect(seen).toEqual([
      [['a', 'b'], 1],
      [['x\r\ny', 'q"t'], 2],
      [[''], 4],
      [['1', ''], 5],
    ]);
  });
});

describe('survey-tool exports become the codebook CSV', () => {
  it('a codebook CSV passes unchanged', () => {
    expect(canonical.fatal).toEqual([]);
    expect(canonical.issues).toEqual([]);
    expect(canonical.rows).toBe(60);
    expect(canonical.valid).toBe(60);
    const original = new TextDecoder().decode(fixture('canonical.csv'));
    expect(canonical.csv).toBe(original);
  });

  it('semicolons, a BOM, CRLF and Dutch decimal commas', () => {
    const result = run('semicolon-bom-crlf.csv');
    expect(result).toMatchObject({ delimiter: ';', encoding: 'utf-8-bom', valid: 60, issues: [] });
    expect(result.decimalCommas).toBeGreaterThan(0);
    const a = records(canonical);
    const b = records(result);
    a.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const expected =
          (column === 'hours_worked' || column === 'outside_hours') &&
          value !== '' &&
          Number(value) < 60
            ? String(Number(value) + 0.5)
            : value;
        expect(b[i]![column], `${column} row ${i}`).toBe(expected);
      }
    });
  });

  it('Windows-1252 with Dutch labels and one delimited multi-select column per question', () => {
    const dutch = run('windows-1252-dutch-labels.csv');
    expect(dutch).toMatchObject({ encoding: 'windows-1252', delimiter: ';', valid: 40 });
    expect(dutch.issues).toEqual([]);
    expect(dutch.ignored).toEqual([]);
    expect(records(dutch)[0]).toMatchObject({
      specialty: 'spoedeisende_geneeskunde',
      role: 'anios',
      workload: 'goed',
      burnout_cause_wlb: '1',
      burnout_cause_work: '1',
      burnout_cause_private: '1',
      burnout_cause_other: '0',
    });
    // The same answers with English labels, `|` between options and extra columns.
    const english = run('english-labels-extra-columns.csv');
    expect(english.issues).toEqual([]);
    expect(english.ignored).toEqual(['StartDate', 'Progress', 'Opmerkingen']);
    expect(english.csv).toBe(dutch.csv);
  });

  it('headers given as the questions’ labels are recognised', () => {
    const result = run('label-headers.csv');
    expect(result.fatal).toEqual([]);
    expect(result.ignored).toEqual([]);
    expect(result.csv).toBe(canonical.csv);
  });

  it('a header that cannot be recognised is mapped by hand', () => {
    const prepared = prepare('needs-mapping.csv', fixture('needs-mapping.csv'));
    const mapping = suggestMapping(codebook, prepared.header);
    const at = prepared.header.indexOf('Ziekenhuis');
    expect(mapping[at]).toEqual({ kind: 'ignore' });
    expect(normalise(codebook, prepared, mapping).fatal).toEqual([
      expect.objectContaining({ kind: 'missing-dimension', column: 'hospital_type' }),
    ]);
    mapping[at] = { kind: 'column', column: 'hospital_type' };
    expect(normalise(codebook, prepared, mapping).csv).toBe(canonical.csv);
  });

  it('loads through the site’s own loader', async () => {
    const engine = await createNodeEngine();
    try {
      const bytes = new TextEncoder().encode(run('windows-1252-dutch-labels.csv').csv);
      const loaded = await loadWave(engine, codebook, 2024, 'upload.csv', bytes);
      expect(loaded.rows).toBe(40);
    } finally {
      await engine.close();
    }
  });
});

describe('every problem listed with line, column, value and what was expected', () => {
  it('row problems: the rest of the rows stay usable, and how many were left out is known', () => {
    const result = run('errors.csv');
    expect(result.fatal).toEqual([]);
    expect(result.rows).toBe(20);
    expect(result.valid).toBe(14);
    expect(result.issueTotal).toBe(6);
    const english = result.issues.map((i) => ({ ...i, expected: translate('en', i.expected) }));
    expect(english).toEqual([
      expect.objectContaining({
        kind: 'unknown-code',
        line: 4,
        column: 'burnout',
        value: 'misschien',
        expected: expect.stringContaining('ja, nee, weet_niet'),
      }),
      expect.objectContaining({
        kind: 'out-of-range',
        line: 7,
        column: 'hours_worked',
        value: '150',
        expected: 'a number from 0 to 120',
      }),
      expect.objectContaining({ kind: 'not-a-number', line: 10, value: 'veertig' }),
      expect.objectContaining({
        kind: 'field-count',
        line: 13,
        expected: expect.stringContaining('45 fields'),
      }),
      expect.objectContaining({
        kind: 'unknown-code',
        line: 16,
        column: 'specialty',
        value: 'tandheelkunde',
      }),
      expect.objectContaining({
        kind: 'out-of-range',
        line: 19,
        column: 'job_rating',
        value: '7,5',
        expected: 'a whole number from 1 to 10',
      }),
    ]);
    expect(records(result)).toHaveLength(14);
  });

  it('file problems stop the file', () => {
    expect(run('empty.csv').fatal).toEqual([expect.objectContaining({ kind: 'empty-file' })]);
    expect(run('header-only.csv').fatal).toEqual([expect.objectContaining({ kind: 'no-rows' })]);
    expect(run('not-a-csv.csv').fatal).toEqual([
      expect.objectContaining({
        kind: 'not-csv',
        expected: message('issue.csvInstead', { found: message('issue.zip') }),
      }),
    ]);
    expect(run('plain-text.csv').fatal).toEqual([
      expect.objectContaining({ kind: 'not-csv', line: 1 }),
    ]);
    expect(run('duplicate-header.csv').fatal).toEqual([
      expect.objectContaining({ kind: 'duplicate-header', line: 1, column: 'burnout' }),
    ]);
    expect(run('missing-dimension.csv').fatal).toEqual([
      expect.objectContaining({ kind: 'missing-dimension', column: 'gender' }),
    ]);
  });

  it('a column of a question that is absent is left empty and named', () => {
    const text = new TextDecoder().decode(fixture('canonical.csv'));
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    const at = lines[0]!.indexOf('job_rating');
    const without = lines.map((l) => l.filter((_, i) => i !== at).join(',')).join('\n');
    const result = normaliseBytes(codebook, 'x.csv', new TextEncoder().encode(without));
    expect(result.absent).toEqual(['job_rating']);
    expect(result.valid).toBe(60);
    expect(records(result).every((r) => r.job_rating === '')).toBe(true);
  });
});
