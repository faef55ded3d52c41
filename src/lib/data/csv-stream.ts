/**
 * `readCsv` over a text that arrives in pieces (a file read in chunks): the same records with
 * the same lines as `readCsv` gives for the whole text, without ever holding the whole text.
 *
 * Each piece is cut after its last line end that lies outside quoted fields; the part before the
 * cut is parsed with `readCsv`, the rest is carried to the next piece. Where a field is quoted
 * follows papaparse, which `readCsv` runs on: a quote opens a field only at its start (after a
 * delimiter or a line end), `""` inside it is a quote, and a quote closes it only when a
 * delimiter or a line end follows (spaces between allowed); any other quote is text. A record
 * can therefore never be cut in two, and a quote that is never closed cannot make the carry grow
 * without bound: past `maxRecordChars` the reader stops and names the line of the quote.
 *
 * Line ends are judged piece by piece as `readCsv` judges a text: a file that mixes them (a CRLF
 * export with an LF line added by hand) may count a line break inside a quoted field differently
 * from a whole-text read; its records are the same.
 */

import type { Delimiter } from './csv';
import { readCsv } from './csv';

/** Called for each record with its fields and the file line it starts on. */
type OnRecord = (fields: string[], line: number) => void;

/** The longest record (in characters) the reader carries before it gives up: 16 MB. */
export const MAX_RECORD_CHARS = 16 * 2 ** 20;

/** The text cannot be read on: a record too long, or quoting the reader cannot follow. */
export class CsvStreamError extends Error {
  constructor(
    message: string,
    /** The line the problem starts on. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvStreamError';
  }
}

export interface StreamEnd {
  /** The line of a quote that was never closed (the rest of the text became one field). */
  unterminatedQuote: number | null;
  /** As `readCsv`'s: the first record whose malformed quotes take in several lines. */
  strayQuote: { line: number; lines: number } | null;
}

const isSpace = (c: string) => c !== '\n' && c !== '\r' && c.trim() === '';

export class CsvStream {
  /** Text not parsed yet; it always starts at the start of a record. */
  private buffer = '';
  /** The file line `buffer` starts on. */
  private line = 1;
  /** How far the quote scan has got in `buffer`. */
  private scanned = 0;
  private inQuote = false;
  /** Where the open quoted field's quote is in `buffer` (while `inQuote`). */
  private quoteAt = -1;
  /** The end of the last line end outside quotes in `buffer[0, scanned)`; 0 for none. */
  private cut = 0;
  private started = false;
  private ended = false;
  private strayQuote: StreamEnd['strayQuote'] = null;
  /** The line end of the last cut: how the last piece, which may have none, is to be read. */
  private eol: string | null = null;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: OnRecord,
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {}

  /** The next piece of the text. Records it completes are given to `onRecord` before it returns. */
  push(text: string): void {
    if (this.ended) throw new Error('CsvStream: push after end');
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer += text;
    this.scan();
    if (this.cut > 0) {
      const piece = this.buffer.slice(0, this.cut);
      this.eol = piece.endsWith('\r\n') ? '\r\n' : piece.slice(-1);
      this.buffer = this.buffer.slice(this.cut);
      this.scanned -= this.cut;
      this.quoteAt -= this.cut;
      this.cut = 0;
      this.parse(piece, false);
    }
    if (this.buffer.length > this.maxRecordChars) {
      const max = this.maxRecordChars;
      const size = max >= 2 ** 20 ? `${Math.round(max / 2 ** 20)} MB` : `${max} characters`;
      if (this.inQuote) {
        const line = this.line + lineEndsIn(this.buffer, 0, this.quoteAt);
        throw new CsvStreamError(`quote opened on line ${line} is not closed within ${size}`, line);
      }
      throw new CsvStreamError(`line ${this.line} does not end within ${size}`, this.line);
    }
  }

  /** The text is complete: the last record is given to `onRecord`. */
  end(): StreamEnd {
    if (this.ended) throw new Error('CsvStream: end twice');
    this.ended = true;
    const rest = this.buffer;
    this.buffer = '';
    // The rest holds at most one record and no line end outside quotes, so readCsv could take
    // its line ends for another kind than the file's (and count a CR inside quotes differently).
    // Read after a line end of the file's kind, a blank line that is then skipped.
    const lead = this.eol !== null && rest !== '' ? this.eol : '';
    const read = this.parse(lead + rest, true, lead === '' ? 0 : 1);
    return { unterminatedQuote: read.unterminatedQuote, strayQuote: this.strayQuote };
  }

  /** Parses a piece that starts at a record; `lead` lines before it are not the file's. */
  private parse(piece: string, last: boolean, lead = 0) {
    const first = this.line - lead;
    const read = readCsv(piece, this.delimiter, (fields, line) => {
      if (line > lead) this.onRecord(fields, first + line - 1);
    });
    if (read.strayQuote && !this.strayQuote)
      this.strayQuote = { ...read.strayQuote, line: first + read.strayQuote.line - 1 };
    const unterminatedQuote =
      read.unterminatedQuote === null ? null : first + read.unterminatedQuote - 1;
    // Cut only outside quotes as papaparse sees them: it cannot find one open at a cut.
    if (!last && unterminatedQuote !== null)
      throw new CsvStreamError(
        `the quote opened on line ${unterminatedQuote} cannot be followed (it is not closed ` +
          'where papaparse and this reader agree); save the file again as CSV',
        unterminatedQuote,
      );
    this.line = first + read.lines - 1;
    return { unterminatedQuote };
  }

  /** Follows the quotes from `scanned` to the end of `buffer`, moving `cut` to the last line end outside them. */
  private scan(): void {
    const b = this.buffer;
    const n = b.length;
    const d = this.delimiter;
    let i = this.scanned;
    while (i < n) {
      if (!this.inQuote) {
        const q = b.indexOf('"', i);
        const to = q === -1 ? n : q;
        const end = lastLineEnd(b, i, to);
        if (end > this.cut) this.cut = end;
        if (q === -1) {
          // A CR at the very end may be the first half of a CRLF: look at it again next time.
          i = b.charCodeAt(n - 1) === 13 ? n - 1 : n;
          break;
        }
        const before = q === 0 ? '\n' : b[q - 1];
        if (before === d || before === '\n' || before === '\r') {
          this.inQuote = true;
          this.quoteAt = q;
        }
        i = q + 1;
      } else {
        const q = b.indexOf('"', i);
        if (q === -1) {
          i = n;
          break;
        }
        if (q + 1 >= n) {
          // Whether it closes the field depends on what follows: look at it again next time.
          i = q;
          break;
        }
        if (b[q + 1] === '"') {
          i = q + 2;
          continue;
        }
        // A closing quote is followed (after any spaces) by a delimiter or a line end.
        let j = q + 1;
        while (j < n && b[j] !== d && isSpace(b[j]!)) j++;
        if (j >= n) {
          i = q;
          break;
        }
        const c = b[j];
        if (c === d || c === '\n' || c === '\r') {
          this.inQuote = false;
          i = j;
        } else i = q + 1;
      }
    }
    this.scanned = i;
  }
}

/** The end of the last line end in `text[from, to)`, or 0; a CR last in `text` does not count. */
function lastLineEnd(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const lf = text.lastIndexOf('\n', to - 1);
  let cr = text.lastIndexOf('\r', to - 1);
  if (cr === text.length - 1) cr = cr > 0 ? text.lastIndexOf('\r', cr - 1) : -1;
  const at = Math.max(lf, cr);
  return at >= from ? at + 1 : 0;
}

/** Line ends (LF, CRLF or CR, each one) in `text[from, to)`: for naming a line in a message. */
function lineEndsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
