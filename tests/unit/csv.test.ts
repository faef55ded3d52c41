import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  detectDelimiter,
  firstRecord,
  readCsv,
  readTable,
  writeCsv,
} from '../../src/lib/data/csv';
import type { Delimiter } from '../../src/lib/data/csv';
import { readHeader } from '../../src/lib/data/csv-header';
import { describeIssue } from '../../src/lib/data/issues';
import { describeUploadIssue, normaliseBytes } from '../../src/lib/upload/normalise';
import { readCodebook, root } from './helpers/data';

/** Every record with the line it starts on, and the line of an unclosed quote. */
function read(text: string, delimiter: Delimiter = ',') {
  const records: [string[], number][] = [];
  const { unterminatedQuote } = readCsv(text, delimiter, (f, line) => void records.push([f, line]));
  return { records, unterminatedQuote };
}

describe('the CSV reader', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quotes, and counts lines', () => {
    expect(read('a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,,\n')).toEqual({
      records: [
        [['a', 'b', 'c'], 1],
        [['x, y', 'say "hi"', 'two\nlines'], 2],
        [['last', '', ''], 4],
      ],
      unterminatedQuote: null,
    });
    expect(read('a;b\n"1;2";"3,4"\n', ';').records).toEqual([
      [['a', 'b'], 1],
      [['1;2', '3,4'], 2],
    ]);
    // A quote inside an unquoted field is a character like any other.
    expect(read('a,b\n5" screen,x\n').records[1]).toEqual([['5" screen', 'x'], 2]);
  });

  it('reads CRLF, CR and LF line ends, and a byte order mark, alike', () => {
    const lf = read('a,b\n"x\ny",2\n\n3,4\n');
    expect(read('\uFEFFa,b\r\n"x\r\ny",2\r\n\r\n3,4\r\n').records).toEqual([
      [['a', 'b'], 1],
      [['x\r\ny', '2'], 2],
      [[''], 4],
      [['3', '4'], 5],
    ]);
    expect(read('a,b\r"x\ry",2\r\r3,4').records.map(([, line]) => line)).toEqual([1, 2, 4, 5]);
    expect(lf.records.map(([f, line]) => [f.length, line])).toEqual([
      [2, 1],
      [2, 2],
      [1, 4],
      [2, 5],
    ]);
    // Excel's line break inside a cell is LF in a CRLF file.
    expect(read('a,b\r\n"x\ny",2\r\n3,4\r\n').records).toEqual([
      [['a', 'b'], 1],
      [['x\ny', '2'], 2],
      [['3', '4'], 4],
    ]);
    // A line added by hand to a CRLF file ends in LF.
    expect(read('a,b\r\n"x\ny",2\r\n3,4\n5,6').records).toEqual([
      [['a', 'b'], 1],
      [['x\ny', '2'], 2],
      [['3', '4'], 4],
      [['5', '6'], 5],
    ]);
  });

  it('reports a quote that is never closed with the line it opens on', () => {
    const broken = read('a,b\n1,2\n3,"4\n5,6\n7,8\n');
    expect(broken.unterminatedQuote).toBe(3);
    expect(broken.records[2]).toEqual([['3', '4\n5,6\n7,8\n'], 3]);
    expect(read('a,b\n"x\ny",1\n2,"open').unterminatedQuote).toBe(4);
  });

  it('streams a large file in chunks with every line number right', () => {
    const rows = 60_000;
    let text = 'id,note\r\n';
    for (let i = 0; i < rows; i++)
      text +=
        i % 7 === 0 ? `${i},"a long, quoted\r\nnote ${'x'.repeat(40)}"\r\n` : `${i},plain\r\n`;
    const lines: number[] = [];
    let progress = 0;
    readCsv(
      text,
      ',',
      (f, line) => {
        if (f[0] !== 'id') lines[Number(f[0])] = line;
      },
      (done) => (progress = done),
    );
    let expected = 2;
    for (let i = 0; i < rows; i++) {
      expect(lines[i]).toBe(expected);
      expected += i % 7 === 0 ? 2 : 1;
    }
    expect(progress).toBe(text.length);
  });

  it('stops when told to, and finds the header of a file', () => {
    const seen: string[][] = [];
    readCsv('a\nb\nc\n', ',', (f) => seen.push(f) < 2);
    expect(seen).toEqual([['a'], ['b']]);
    expect(firstRecord('"name, first";"x"\r\n1;2', ';')).toEqual(['name, first', 'x']);
    expect(firstRecord('', ',')).toEqual([]);
  });

  it('finds the delimiter from the header, not from quoted text in it', () => {
    expect(detectDelimiter('"a,b";"c,d";e\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\t"c;d"\n')).toBe('\t');
    expect(detectDelimiter('a\n')).toBe(',');
    expect(detectDelimiter('\uFEFFa;b\r\n')).toBe(';');
  });

  it('reads a table keyed by its header, blank lines skipped', () => {
    expect(readTable(' a ,b\r\n1,"x,y"\r\n\r\n2\r\n')).toEqual({
      header: ['a', 'b'],
      rows: [
        { a: '1', b: 'x,y' },
        { a: '2', b: '' },
      ],
    });
  });
});

describe('the CSV writer', () => {
  it('quotes a field only for a quote, the delimiter or a line break', () => {
    expect(
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' spaced ', 'a;b'].map((v) => csvField(v)),
    ).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', ' spaced ', 'a;b']);
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect([null, undefined, 1.25, true, 0].map((v) => csvField(v))).toEqual([
      '',
      '',
      '1.25',
      'true',
      '0',
    ]);
  });

  it('writes rows or records, with LF by default and CRLF, a BOM or ";" on request', () => {
    expect(writeCsv(['a', 'b'], [['1', 'x,y'], { a: '2' }])).toBe('a,b\n1,"x,y"\n2,\n');
    expect(
      writeCsv(['a', 'b'], [['1', '2;3']], { delimiter: ';', newline: '\r\n', bom: true }),
    ).toBe('\uFEFFa;b\r\n1;"2;3"\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['x, y', 'say "hi"', 'two\r\nlines', ''],
      ['', 'é ü', '"', ',,'],
    ];
    for (const options of [{}, { newline: '\r\n', bom: true, delimiter: ';' }] as const) {
      const text = writeCsv(['a', 'b', 'c', 'd'], rows, options);
      const read: string[][] = [];
      readCsv(text, options.delimiter ?? ',', (f) => void read.push(f));
      expect(read).toEqual([['a', 'b', 'c', 'd'], ...rows]);
    }
  });
});

describe('every input reads awkward CSV the same way', () => {
  const codebook = readCodebook();
  const canonical = readFileSync(path.join(root, 'tests/fixtures/upload/canonical.csv'), 'utf8');
  const [header, ...lines] = canonical.trimEnd().split('\n');
  const encode = (text: string) => new TextEncoder().encode(text);

  it('an upload: BOM, CRLF, ";" and a quoted value holding the delimiter', () => {
    // A free-text column the upload ignores, whose answers hold the delimiter, quotes, a line end.
    const rows = lines
      .slice(0, 20)
      .map((l, i) => `${l.split(',').join(';')};"note ${i}; ""quoted"",\r\nsecond line"`);
    const text = `\uFEFF${header!.split(',').join(';')};Opmerkingen\r\n${rows.join('\r\n')}\r\n`;
    const result = normaliseBytes(codebook, 'export.csv', encode(text));
    expect(result).toMatchObject({ delimiter: ';', encoding: 'utf-8-bom', rows: 20, valid: 20 });
    expect(result.issues).toEqual([]);
    expect(result.ignored).toEqual(['Opmerkingen']);
    const withDelimiter = `${header}\n"${lines[0]!.split(',')[0]},x",${lines[0]!.split(',').slice(1).join(',')}\n`;
    const bad = normaliseBytes(codebook, 'export.csv', encode(withDelimiter));
    expect(bad.issues).toEqual([
      expect.objectContaining({ kind: 'unknown-code', line: 2, column: 'specialty' }),
    ]);
  });

  it('an upload: a broken quote stops the file, naming its line and the rows it swallows', () => {
    const fields = lines[2]!.split(',');
    fields[2] = `"${fields[2]}`;
    const text = [header, lines[0], lines[1], fields.join(','), lines[3], lines[4]].join('\r\n');
    const result = normaliseBytes(codebook, 'export.csv', encode(`${text}\r\n`));
    const unclosed = result.fatal.find((i) => i.kind === 'unclosed-quote');
    expect(unclosed).toMatchObject({ line: 4 });
    expect(describeUploadIssue(unclosed!)).toBe(
      'line 4: expected a closing " for the quote opened on line 4 (or no quote at all): as it ' +
        'is, lines 4 to 6 (3 rows of respondents) are read as one field, so nothing is loaded',
    );
    expect(result.csv).toBe('');
  });

  it('a wave header: quoted names, a BOM and CRLF', () => {
    const columns = header!.split(',');
    const quoted = `\uFEFF${columns.map((c) => `"${c}"`).join(',')}\r\n${lines[0]}\r\n`;
    const read = readHeader('wave.csv', encode(quoted), columns);
    expect(read).toMatchObject({ names: columns, extra: [], issues: [] });
    const semicolons = readHeader('wave.csv', encode(`${columns.join(';')}\n`), columns);
    expect(semicolons.issues[0]).toMatchObject({ line: 1, value: columns.join(';').slice(0, 80) });
    expect(describeIssue(semicolons.issues[0]!)).toMatch(
      /line 1: .*expected comma-separated values/,
    );
  });
});
