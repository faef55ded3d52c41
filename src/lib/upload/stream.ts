/**
 * A raw export read as a stream of bytes (`npm run release`, src/cli/release.ts): decoded chunk by
 * chunk, parsed by `CsvStream` (the records and lines `readCsv` gives for the whole text) and
 * converted record by record by the upload's `Normaliser`. Only the converted rows are kept — in
 * the codebook's columns, so an ignored column (a long open answer) is never held — and the whole
 * text never exists at once, however large the file.
 */

import type { Codebook } from '../codebook/types';
import { CsvStream } from '../data/csv-stream';
import type { Encoding } from './decode';
import { fromLatin1 } from './decode';
import type { Mapping } from './mapping';
import type { Normalised, Prepared } from './normalise';
import { Normaliser } from './normalise';

/** The file is not UTF-8 after all (its head was): read it again as Windows-1252, as decode.ts does. */
export class NotUtf8 extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8';
  }
}

/** More respondent rows than the caller can release. */
export class TooManyRows extends Error {
  constructor(
    readonly line: number,
    readonly max: number,
  ) {
    super(`line ${line}: more than ${max.toLocaleString('en')} respondent rows`);
    this.name = 'TooManyRows';
  }
}

export interface StreamOptions {
  /** Stop (TooManyRows) at the respondent row after this many. */
  maxRows: number;
  /** The longest record the reader carries (csv-stream.ts). */
  maxRecordChars?: number;
  /** Called after each chunk with the bytes read so far. */
  progress?: (bytes: number) => void;
}

export interface Streamed {
  /** Counts and problems, as the upload's `normalise` gives them. */
  result: Omit<Normalised, 'csv'>;
  /** The codebook's columns, the order of each row. */
  columns: string[];
  /** The rows without a problem, converted. */
  rows: string[][];
  /** The line of every respondent row left out for a problem (`result.issues` stops at 200). */
  invalidLines: number[];
}

/** Text from chunks of bytes in the encoding `prepare` found in the file's head. */
function decoder(encoding: Exclude<Encoding, 'xlsx'>): (bytes?: Uint8Array) => string {
  // A byte order mark is dropped by TextDecoder, as decode.ts drops it.
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const fatal = encoding === 'utf-8';
  const text = new TextDecoder(label, { fatal });
  const fix = encoding === 'windows-1252' ? fromLatin1 : (s: string) => s;
  return (bytes) => {
    try {
      return fix(bytes ? text.decode(bytes, { stream: true }) : text.decode());
    } catch (error) {
      if (fatal && error instanceof TypeError) throw new NotUtf8();
      throw error;
    }
  };
}

/**
 * Reads an export whose head `prepare` has read (`layout`) from its bytes (or, for a workbook,
 * the text `readExport` made of its sheet), mapped by `mapping`.
 * Throws NotUtf8 when a UTF-8 file turns out not to be (start again as Windows-1252),
 * TooManyRows past `maxRows`, and CsvStreamError for a quote the reader cannot follow.
 */
export async function streamExport(
  codebook: Codebook,
  layout: Prepared,
  mapping: Mapping,
  chunks: AsyncIterable<Uint8Array | string> | Iterable<string>,
  options: StreamOptions,
): Promise<Streamed> {
  const normaliser = new Normaliser(codebook, layout, mapping);
  const rows: string[][] = [];
  const invalidLines: number[] = [];
  if (!normaliser.usable)
    return { result: normaliser.finish(null), columns: normaliser.columns, rows, invalidLines };
  let headerLeft = layout.headerRows;
  let respondents = 0;
  const csv = new CsvStream(
    layout.delimiter,
    (fields, line) => {
      if (headerLeft > 0) {
        headerLeft--;
        normaliser.record(fields, line);
        return;
      }
      if (fields.length === 1 && fields[0] === '') {
        normaliser.record(fields, line);
        return;
      }
      if (++respondents > options.maxRows) throw new TooManyRows(line, options.maxRows);
      const row = normaliser.record(fields, line);
      if (row) rows.push(row);
      else invalidLines.push(line);
    },
    options.maxRecordChars,
  );
  // A workbook comes as the text of its sheet (read-export.ts); a CSV file as its bytes.
  const decode = layout.encoding === 'xlsx' ? null : decoder(layout.encoding);
  let bytes = 0;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') csv.push(chunk);
    else if (decode) csv.push(decode(chunk));
    else throw new Error('streamExport: bytes for a workbook, which comes as text');
    bytes += chunk.length;
    options.progress?.(bytes);
  }
  if (decode) csv.push(decode());
  const end = csv.end();
  return {
    result: normaliser.finish(end.unterminatedQuote, end.strayQuote),
    columns: normaliser.columns,
    rows,
    invalidLines,
  };
}
