import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { optionColumn } from '../../src/lib/codebook/columns';
import { isMulti, isNumeric } from '../../src/lib/codebook/types';
import { readTable } from '../../src/lib/data/csv';
import { translate } from '../../src/lib/i18n/translate';
import { binaryKind, decodeBytes } from '../../src/lib/upload/decode';
import { suggestMapping } from '../../src/lib/upload/mapping';
import {
  describeUploadIssue,
  normalise,
  normaliseBytes,
  prepare,
} from '../../src/lib/upload/normalise';
import { readExport, sheetNote } from '../../src/lib/upload/read-export';
import { readCodebook, root } from './helpers/data';
import type { Row } from './helpers/own-file';
import { ownFile } from './helpers/own-file';
import type { XlsxCell } from './helpers/xlsx';
import { xlsxBytes } from './helpers/xlsx';

const codebook = readCodebook();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/upload', name)));

/** What the upload worker and check-upload do with a file: read it, map it by name, normalise. */
async function normaliseExport(file: string, bytes: Uint8Array) {
  const prepared = await readExport(file, bytes);
  return {
    prepared,
    result: normalise(codebook, prepared, suggestMapping(codebook, prepared.header)),
  };
}

const numericColumns = new Set(
  codebook.items.flatMap((item) =>
    isNumeric(item)
      ? [item.id]
      : isMulti(item)
        ? item.options.map((o) => optionColumn(item, o))
        : [],
  ),
);

/** 38.5 as Excel may store it after arithmetic: the float nearest below, to 17 digits. */
const NOISY_38_5 = { number: '38.499999999999993' };

/**
 * A respondent's row as a spreadsheet holds it: numbers as numbers (38.5 with float noise), codes
 * as text, and a few columns the codebook does not know (a date, a tick box, a remark).
 */
function sheetRow(columns: readonly string[], row: Row, i: number): XlsxCell[] {
  return [
    ...columns.map((column): XlsxCell => {
      const value = row[column] ?? '';
      if (value === '') return null;
      if (column === 'hours_worked' && value === '38.5') return NOISY_38_5;
      return numericColumns.has(column) && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    }),
    {
      date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}:00`,
    },
    i % 2 === 0,
    i % 5 === 0 ? `regel één\nregel twee (${i})` : null,
  ];
}

const EXTRA = ['Startdatum', 'Voltooid', 'Opmerking'];

describe('an Excel workbook (.xlsx) is read as the CSV it would export', () => {
  // Respondents made up here: 38.5 hours for every third, 40 otherwise.
  const own = ownFile(
    codebook,
    [
      { specialty: 'kindergeneeskunde', rows: 23 },
      { specialty: 'radiologie', rows: 17 },
    ],
    { hours_worked: (i) => (i % 3 === 0 ? '38.5' : '40') },
  );
  const workbook = xlsxBytes([
    {
      name: 'Resultaten',
      rows: [[...own.columns, ...EXTRA], ...own.rows.map((r, i) => sheetRow(own.columns, r, i))],
    },
    { name: 'Toelichting', rows: [['Deze werkmap is gemaakt voor een test.']] },
  ]);

  it('gives the rows, counts and shares of the respondents written into it', async () => {
    const { prepared, result } = await normaliseExport('enquete.xlsx', await workbook);
    expect(prepared.fatal).toEqual([]);
    expect(prepared.encoding).toBe('xlsx');
    expect(prepared.sheet).toEqual({ name: 'Resultaten', index: 1, count: 2 });
    expect(result.issues).toEqual([]);
    expect(result.rows).toBe(own.rows.length);
    expect(result.valid).toBe(own.rows.length);
    expect(result.ignored).toEqual(EXTRA);

    const rows = readTable(result.csv).rows;
    const count = (list: readonly Row[], test: (r: Row) => boolean) => list.filter(test).length;
    for (const specialty of ['kindergeneeskunde', 'radiologie'])
      expect(count(rows, (r) => r.specialty === specialty)).toBe(
        count(own.rows, (r) => r.specialty === specialty),
      );
    // 38.5 hours, not 38.499999999999993: the share of respondents at 38.5 is the one made.
    const at385 = count(own.rows, (r) => r.hours_worked === '38.5');
    expect(at385).toBe(14);
    expect(count(rows, (r) => r.hours_worked === '38.5')).toBe(at385);
    expect(count(rows, (r) => r.hours_worked === '40')).toBe(own.rows.length - at385);
    for (const column of ['burnout', 'hospital_type', 'job_rating'])
      for (const value of new Set(own.rows.map((r) => r[column]!)))
        expect(
          count(rows, (r) => r[column] === value),
          `${column} = ${value}`,
        ).toBe(count(own.rows, (r) => r[column] === value));

    // Cell for cell what the same respondents give as a CSV export.
    const fromCsv = normaliseBytes(codebook, 'enquete.csv', new TextEncoder().encode(own.csv));
    expect(fromCsv.issues).toEqual([]);
    expect(rows).toEqual(readTable(fromCsv.csv).rows);
  });

  it('writes each cell as a CSV export holds it: numbers, ISO dates, TRUE/FALSE, empty cells', async () => {
    const bytes = await xlsxBytes([
      {
        name: 'Blad1',
        rows: [
          ['getal', 'datum', 'tijdstip', 'vinkje', 'leeg', 'tekst'],
          [NOISY_38_5, { date: '2024-03-01' }, { date: '2024-03-01T12:30:00' }, true, null, 'Zoë'],
          [{ number: '0.30000000000000004' }, 1234567, 0.25, false, null, ' met spaties '],
          [null, null, null, null, null, 'Kindergeneeskunde; ë'],
        ],
      },
    ]);
    const prepared = await readExport('cellen.xlsx', bytes);
    expect(prepared.text).toBe(
      [
        'getal,datum,tijdstip,vinkje,leeg,tekst',
        '38.5,2024-03-01,2024-03-01T12:30:00,TRUE,,Zoë',
        '0.3,1234567,0.25,FALSE,, met spaties ',
        ',,,,,Kindergeneeskunde; ë',
        '',
      ].join('\n'),
    );
    expect(prepared.delimiter).toBe(',');
    expect(prepared.header).toEqual(['getal', 'datum', 'tijdstip', 'vinkje', 'leeg', 'tekst']);
  });

  it('names problems by row: line N is row N of the sheet, line breaks in cells included', async () => {
    const rows = own.rows.map((r, i) => sheetRow(own.columns, r, i));
    // Row 7 of the sheet (the header is row 1) says 150 hours; rows 2 and 7 hold line breaks.
    const at = own.columns.indexOf('hours_worked');
    rows[5]![at] = 150;
    const { result } = await normaliseExport(
      'enquete.xlsx',
      await xlsxBytes([{ name: 'Blad1', rows: [[...own.columns, ...EXTRA], ...rows] }]),
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ line: 7, column: 'hours_worked', value: '150' });
    expect(describeUploadIssue(result.issues[0]!)).toMatch(/^line 7, column "hours_worked"/);
  });

  it('reads the first sheet with anything in it, and says which of how many', async () => {
    const bytes = await xlsxBytes([
      { name: 'Voorblad', rows: [] },
      { name: 'Data', rows: [['specialty'], ['radiologie']] },
      { name: 'Codes', rows: [['x']] },
    ]);
    const prepared = await readExport('werkmap.xlsx', bytes);
    expect(prepared.sheet).toEqual({ name: 'Data', index: 2, count: 3 });
    expect(prepared.header).toEqual(['specialty']);
    expect(translate('en', sheetNote(prepared.sheet!))).toBe(
      'sheet “Data” (2 of 3); line N in the messages is row N of the sheet',
    );
    expect(translate('nl', sheetNote(prepared.sheet!))).toBe(
      'werkblad “Data” (2 van 3); rij N van het werkblad heet in de meldingen regel N',
    );
    const empty = await readExport('leeg.xlsx', await xlsxBytes([{ name: 'Blad1', rows: [] }]));
    expect(empty.fatal).toHaveLength(1);
    expect(describeUploadIssue(empty.fatal[0]!)).toBe('line 1: expected a header row');
  });
});

describe('what is no readable workbook is refused, saying what it is', () => {
  const refusal = async (bytes: Uint8Array) => {
    const prepared = await readExport('bestand.xlsx', bytes);
    expect(prepared.header).toEqual([]);
    expect(prepared.fatal).toHaveLength(1);
    expect(prepared.fatal[0]!.kind).toBe('not-csv');
    return describeUploadIssue(prepared.fatal[0]!);
  };
  /** The first bytes of an OLE2 compound file: a legacy .xls (or an encrypted .xlsx). */
  const ole2 = (...rest: number[]) =>
    new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Array(504).fill(0),
      ...rest,
    ]);
  const utf16le = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

  it('a legacy .xls', async () => {
    expect(await refusal(ole2())).toBe(
      'expected a CSV file or an .xlsx workbook, not an old Excel (.xls) workbook (save the spreadsheet as .xlsx or CSV)',
    );
  });

  it('a password-protected workbook', async () => {
    expect(
      await refusal(ole2(...utf16le('EncryptionInfo'), 0, 0, ...utf16le('EncryptedPackage'))),
    ).toBe(
      'expected a CSV file or an .xlsx workbook, not a password-protected workbook (remove the password first) (save the spreadsheet as .xlsx or CSV)',
    );
  });

  it('a damaged workbook: cut short, or no ZIP inside', async () => {
    const whole = await xlsxBytes([{ name: 'Blad1', rows: [['a'], ['1']] }]);
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), fixture('not-a-csv.csv')])
      expect(await refusal(bytes)).toMatch(
        /^expected a CSV file or an \.xlsx workbook, not a ZIP archive or \.xlsx workbook that cannot be opened \(.+\) \(save the spreadsheet as \.xlsx or CSV\)$/,
      );
  });

  it('a ZIP archive with no workbook in it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await refusal(bytes)).toBe(
      'expected a CSV file or an .xlsx workbook, not a ZIP archive that holds no Excel workbook (save the spreadsheet as .xlsx or CSV)',
    );
  });

  it('and a CSV goes to prepare untouched', async () => {
    const bytes = fixture('semicolon-bom-crlf.csv');
    const prepared = await readExport('x.csv', bytes);
    expect(prepared).toEqual(prepare('x.csv', bytes));
    expect(prepared.sheet).toBeUndefined();
  });
});

describe('Windows-1252', () => {
  it('reads € and the curly quotes and dashes, in Node as in the browser', () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x96, 0x97, 0x93, 0x94, 0x91, 0x92, 0x85, 0xeb]);
    expect(decodeBytes(bytes)).toEqual({ text: '€ –—“”‘’…ë', encoding: 'windows-1252' });
  });
});

describe('UTF-16 without a byte order mark', () => {
  const encode = (text: string, order: 'le' | 'be') =>
    new Uint8Array(
      [...text].flatMap((c) => {
        const code = c.charCodeAt(0);
        return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
      }),
    );
  const text = 'specialisme;naam;opmerking\r\nKindergeneeskunde;Zoë;“prima” € 5\r\n';

  it('is read as text, little- and big-endian, accents and all', () => {
    for (const order of ['le', 'be'] as const) {
      const bytes = encode(text, order);
      expect(bytes.includes(0)).toBe(true);
      expect(binaryKind(bytes)).toBeNull();
      expect(decodeBytes(bytes)).toEqual({ text, encoding: `utf-16${order}` });
    }
  });

  it('gives the same respondents as the file it was saved from', async () => {
    // A Windows-1252 export with Dutch labels (ë, é), saved again as UTF-16 without a BOM.
    const original = fixture('windows-1252-dutch-labels.csv');
    const decoded = decodeBytes(original);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toMatch(/[ëé]/);
    const expected = normaliseBytes(codebook, 'labels.csv', original);
    expect(expected.valid).toBeGreaterThan(0);
    for (const order of ['le', 'be'] as const) {
      const { prepared, result } = await normaliseExport('labels.csv', encode(decoded.text, order));
      expect(prepared.encoding).toBe(`utf-16${order}`);
      expect(prepared.header).toEqual(prepare('labels.csv', original).header);
      expect(result.issues).toEqual(expected.issues);
      expect(readTable(result.csv).rows).toEqual(readTable(expected.csv).rows);
    }
  });

  it('still refuses binary files, zeros in every other byte or not', async () => {
    // Random bytes (a fixed seed), and 16-bit numbers below 256: zeros like UTF-16's, but
    // control characters where text would be.
    let seed = 0x2545f491;
    const random = new Uint8Array(4096).map(() => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    const counts = new Uint8Array(new Uint16Array(2048).map((_, i) => (i * 7) % 256).buffer);
    for (const bytes of [random, counts]) {
      expect(binaryKind(bytes)).toBe('issue.binary');
      const prepared = await readExport('data.bin', bytes);
      expect(prepared.fatal.map((f) => f.kind)).toEqual(['not-csv']);
      expect(describeUploadIssue(prepared.fatal[0]!)).toContain('a binary file');
    }
  });
});
