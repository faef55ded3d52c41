import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../src/lib/data/csv';
import { readCsv } from '../../src/lib/data/csv';
import { CsvStream, CsvStreamError } from '../../src/lib/data/csv-stream';
import { Rng } from '../../src/lib/demo/prng';

type Records = [string[], number][];

/** What `readCsv` gives for the whole text. */
function whole(text: string, delimiter: Delimiter) {
  const records: Records = [];
  const read = readCsv(text, delimiter, (f, line) => void records.push([f, line]));
  return { records, unterminatedQuote: read.unterminatedQuote };
}

/** What the stream gives for the text pushed in pieces of the given sizes (repeated). */
function streamed(text: string, delimiter: Delimiter, sizes: number[], max?: number) {
  const records: Records = [];
  const stream = new CsvStream(delimiter, (f, line) => void records.push([f, line]), max);
  for (let at = 0, k = 0; at < text.length; k++) {
    const size = sizes[k % sizes.length]!;
    stream.push(text.slice(at, at + size));
    at += size;
  }
  const end = stream.end();
  return { records, unterminatedQuote: end.unterminatedQuote };
}

/** A whole number in [lo, hi]. */
const between = (rng: Rng, lo: number, hi: number) => lo + rng.int(hi - lo + 1);

const NEWLINES = ['\n', '\r\n', '\r'] as const;
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** A made-up CSV text: quoted fields with delimiters, doubled quotes and line breaks; blank lines; accents. */
function randomCsv(rng: Rng, options: { malformed?: boolean } = {}) {
  // readCsv guesses a text's line ends by quote pairs, which stray quotes can mislead: LF only then.
  const newline = options.malformed ? '\n' : NEWLINES[between(rng, 0, 2)]!;
  const delimiter = DELIMITERS[between(rng, 0, 2)]!;
  const words = ['a', 'ja', 'Één', 'naïef', '42', '3,5', '', ' x ', 'café 😀', 'b;c', 'tab\there'];
  const field = (): string => {
    const r = rng.next();
    const word = words[between(rng, 0, words.length - 1)]!;
    const plain = word.includes(delimiter) ? word.replaceAll(delimiter, '') : word;
    if (r < 0.5) return plain;
    if (r < 0.85) {
      const inner = [word, delimiter, '""', newline, word].slice(0, between(rng, 1, 5)).join('');
      return `"${inner}"`;
    }
    if (!options.malformed) return `"${plain}${newline}${plain}"`;
    // Quotes a strict reader would refuse and papaparse reads as text.
    return [`${plain}"x`, `"${plain}"y`, `"a"  `, `5" screen`][between(rng, 0, 3)]!;
  };
  const lines: string[] = [];
  const records = between(rng, 0, 30);
  for (let i = 0; i < records; i++) {
    if (rng.next() < 0.08) lines.push('');
    else lines.push(Array.from({ length: between(rng, 1, 5) }, field).join(delimiter));
  }
  let text = lines.join(newline);
  if (rng.next() < 0.7) text += newline;
  if (rng.next() < 0.1) text = '\uFEFF' + text;
  if (options.malformed && rng.next() < 0.2) text += `x${delimiter}"never closed${newline}y`;
  return { text, delimiter };
}

describe('CsvStream', () => {
  it('gives readCsv’s records and lines for any cut of the text', () => {
    const rng = new Rng('csv-stream');
    for (let t = 0; t < 300; t++) {
      const { text, delimiter } = randomCsv(rng);
      const expected = whole(text, delimiter);
      for (const sizes of [
        [1],
        [2, 3],
        [7],
        [between(rng, 1, 40), between(rng, 1, 40)],
        [text.length + 1],
      ])
        expect(streamed(text, delimiter, sizes), JSON.stringify({ text, sizes })).toEqual(expected);
    }
  });

  it('follows papaparse where quotes are malformed (a quote inside a field, text after one)', () => {
    const rng = new Rng('csv-stream-malformed');
    for (let t = 0; t < 300; t++) {
      const { text, delimiter } = randomCsv(rng, { malformed: true });
      const expected = whole(text, delimiter);
      for (const sizes of [[1], [3, 5], [between(rng, 1, 60)]])
        expect(streamed(text, delimiter, sizes), JSON.stringify({ text, sizes })).toEqual(expected);
    }
  });

  it('keeps a quoted line break that falls on a cut', () => {
    const text = 'id,comment\n1,"first line\r\nsecond line"\n2,x\n';
    for (let cut = 1; cut < text.length; cut++)
      expect(streamed(text, ',', [cut, text.length]).records).toEqual([
        [['id', 'comment'], 1],
        [['1', 'first line\r\nsecond line'], 2],
        [['2', 'x'], 4],
      ]);
  });

  it('stops at an unclosed quote once the carry passes its limit, naming the quote’s line', () => {
    const text = `a,b\n1,2\n3,"never closed\n${'x,y\n'.repeat(2000)}`;
    expect(() => streamed(text, ',', [100], 4096)).toThrow(
      new CsvStreamError('quote opened on line 3 is not closed within 4096 characters', 3),
    );
    const line = `a,b\n${'x'.repeat(5000)}`;
    expect(() => streamed(line, ',', [100], 4096)).toThrow(/^line 2 does not end within/);
    // Under the limit, the end of the text closes it as readCsv does.
    expect(streamed(text, ',', [100]).unterminatedQuote).toBe(3);
  });
});
