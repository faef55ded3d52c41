/**
 * The one CSV reader and the one CSV writer. Every CSV read in code — an upload (in its worker)
 * and `check-upload`, a raw export for `release`, a wave's header and its rows for `check-data` —
 * goes through `readCsv` (papaparse, parsed in chunks, one record at a time, each with the file
 * line it starts on); what a file means for the codebook (encoding, delimiter, header, labels →
 * codes) is decided around it by the normalisation step, src/lib/upload/normalise.ts. Every CSV
 * written — wave files, normalised uploads, chart exports, metrics — goes through `writeCsv`.
 */

import Papa from 'papaparse';

/** The delimiters survey tools and spreadsheets write: Dutch Excel uses `;`. */
const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Called for each record with its fields and the file line it starts on; false stops. */
type OnRecord = (fields: string[], line: number) => unknown;

interface ReadResult {
  /** The line of a quote that was never closed (the rest of the file became one field). */
  unterminatedQuote: number | null;
  /**
   * The first record whose quotes are malformed and that runs over several lines: a stray quote
   * closed by the next quote of the file, every line between taken into one field. `lines`
   * counts the lines it spans, its own first line included.
   */
  strayQuote: { line: number; lines: number } | null;
  /** The line after the text: 1 + its line ends, counted as the records' lines are. */
  lines: number;
}

/** Characters papaparse parses at a time: a large file never becomes one array of rows. */
const CHUNK = 1 << 20;

/**
 * Reads records one at a time (RFC 4180: `""` inside quotes, delimiters and line breaks inside
 * quoted fields; LF, CRLF or CR line ends; a byte order mark is skipped) and gives each the line
 * it starts on, so that every problem can name its line. Blank lines are records of one empty
 * field; the line end after the last record is not a record.
 */
export function readCsv(
  input: string,
  delimiter: Delimiter,
  onRecord: OnRecord,
  onProgress?: (done: number, total: number) => void,
): ReadResult {
  const { text, newline } = lineEnds(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const n = text.length;
  const eol = newline === '\r' ? '\r' : '\n';
  const step = Math.max(CHUNK, Math.floor(n / 100));
  let report = step;
  let start = 0;
  let line = 1;
  let unterminatedQuote: number | null = null;
  let strayQuote: ReadResult['strayQuote'] = null;
  const linesBetween = (from: number, to: number) => {
    let count = 0;
    for (let i = text.indexOf(eol, from); i !== -1 && i < to; i = text.indexOf(eol, i + 1)) count++;
    return count;
  };
  if (n > 0)
    Papa.parse<string[]>(text, {
      delimiter,
      newline,
      quoteChar: '"',
      escapeChar: '"',
      chunkSize: CHUNK,
      step: (results, parser) => {
        const fields = results.data;
        const end = results.meta.cursor;
        if (results.errors.some((e) => e.code === 'MissingQuotes')) {
          // The unclosed field runs, unparsed, from just after its quote to the end of the text.
          const quote = n - (fields[fields.length - 1] ?? '').length - 1;
          unterminatedQuote ??= line + linesBetween(start, quote);
        } else if (
          strayQuote === null &&
          results.errors.some((e) => e.code === 'InvalidQuotes') &&
          fields.some((f) => f.includes(eol))
        )
          strayQuote = { line, lines: linesBetween(start, end) };
        const last = start >= n && fields.length === 1 && fields[0] === '';
        if (!last && onRecord(fields, line) === false) {
          parser.abort();
          return;
        }
        line += linesBetween(start, end);
        start = end;
        if (onProgress && end >= report && end < n) {
          onProgress(end, n);
          report = end + step;
        }
      },
    });
  onProgress?.(n, n);
  return { unterminatedQuote, strayQuote, lines: line };
}

/**
 * The line end of a text, judged outside quoted fields (as papaparse guesses it). papaparse takes
 * one kind per file; a file with more than one (a line added by hand to an Excel export) is read
 * with every line end as LF, those inside quoted fields included.
 */
function lineEnds(text: string): { text: string; newline: '\n' | '\r\n' | '\r' } {
  const outside = text.includes('"') ? text.replace(/"[^"]*"/g, '') : text;
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = outside.indexOf('\n'); i !== -1; i = outside.indexOf('\n', i + 1)) {
    lf++;
    if (outside.charCodeAt(i - 1) === 13) crlf++;
  }
  for (let i = outside.indexOf('\r'); i !== -1; i = outside.indexOf('\r', i + 1)) cr++;
  if (cr === 0) return { text, newline: '\n' };
  if (lf === 0) return { text, newline: '\r' };
  if (cr === crlf && lf === crlf) return { text, newline: '\r\n' };
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n' };
}

/** The first record of a text (its header), or [] for an empty text. */
export function firstRecord(text: string, delimiter: Delimiter): string[] {
  return firstRecords(text, delimiter, 1)[0] ?? [];
}

/** The first `count` records of a text (fewer if it has fewer): an export's header rows. */
export function firstRecords(
  text: string,
  delimiter: Delimiter,
  count: number,
  size = CHUNK,
): string[][] {
  // The header of a large file is read off its head, unless it runs past it.
  const head = text.length > size ? text.slice(0, size) : text;
  const records: string[][] = [];
  readCsv(head, delimiter, (fields) => records.push(fields) <= count);
  if (records.length <= count && head !== text)
    return firstRecords(text, delimiter, count, size * 4);
  return records.slice(0, count);
}

/** The delimiter of a file: the one that splits its first record into the most fields. */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const fields = firstRecord(text, d).length;
    if (fields > most) [best, most] = [d, fields];
  }
  return best;
}

/** A CSV text as its header (names trimmed) and rows keyed by it ('' where a field is missing). */
export function readTable(
  text: string,
  delimiter: Delimiter = ',',
): { header: string[]; rows: Record<string, string>[] } {
  let header: string[] | null = null;
  const rows: Record<string, string>[] = [];
  readCsv(text, delimiter, (fields) => {
    if (header === null) header = fields.map((h) => h.trim());
    else if (!(fields.length === 1 && fields[0] === ''))
      rows.push(Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ''])));
  });
  return { header: header ?? [], rows };
}

/** A value as one cell: empty for null, numbers in full precision, booleans as true/false. */
type Cell = string | number | boolean | null | undefined;

interface WriteOptions {
  /** Default ','. */
  delimiter?: ',' | ';';
  /** Default '\n' (the wave files); RFC 4180 and spreadsheets want '\r\n'. */
  newline?: '\n' | '\r\n';
  /** A byte order mark first, so that spreadsheet programs read the accents right. */
  bom?: boolean;
}

/** One field: quoted, with quotes doubled, only when it holds a quote, delimiter or line break. */
export function csvField(value: Cell, delimiter: ',' | ';' = ','): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** One record, without its line end. */
export function csvLine(cells: readonly Cell[], delimiter: ',' | ';' = ','): string {
  return cells.map((c) => csvField(c, delimiter)).join(delimiter);
}

/** A header and rows (arrays in column order, or records keyed by column) as CSV text. */
export function writeCsv<C extends string>(
  columns: readonly C[],
  rows: Iterable<readonly Cell[] | { readonly [K in C]?: Cell }>,
  options: WriteOptions = {},
): string {
  const { delimiter = ',', newline = '\n', bom = false } = options;
  const lines = [csvLine(columns, delimiter)];
  for (const row of rows)
    lines.push(csvLine(isCells(row) ? row : columns.map((c) => row[c]), delimiter));
  return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}

const isCells = (row: readonly Cell[] | object): row is readonly Cell[] => Array.isArray(row);
