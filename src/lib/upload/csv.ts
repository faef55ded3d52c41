/** The delimiters survey tools and spreadsheets write: Dutch Excel uses `;`. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter of a file: the one that occurs most often (outside quotes) on its first line. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Delimiter))
      counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Called for each record with its fields and the file line it starts on; false stops. */
export type OnRecord = (fields: string[], line: number) => unknown;

export interface ParseResult {
  /** The line of a quote that was never closed (the rest of the file became one field). */
  unterminatedQuote: number | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An RFC 4180 reader that streams records (a 50 MB export never becomes one array of rows) and
 * knows the file line each record starts on, so that every problem can name its line. LF, CRLF
 * and CR line ends; `""` inside quotes; newlines inside quoted fields.
 */
export function parseCsv(
  text: string,
  delimiter: Delimiter,
  onRecord: OnRecord,
  onProgress?: (done: number, total: number) => void,
): ParseResult {
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  const step = Math.max(1 << 20, Math.floor(n / 100));
  let report = step;
  let i = 0;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let unterminatedQuote: number | null = null;
  const toEnd = () => {
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === D || c === LF || c === CR) break;
      i++;
    }
    return text.slice(start, i);
  };
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const opened = line;
      let start = ++i;
      value = '';
      for (;;) {
        if (i >= n) {
          value += text.slice(start, n);
          unterminatedQuote ??= opened;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(start, i + 1);
            i += 2;
            start = i;
            continue;
          }
          value += text.slice(start, i);
          i++;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      // Anything between a closing quote and the delimiter is kept, not dropped.
      value += toEnd();
    } else value = toEnd();
    fields.push(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === D) {
      if (i >= n) fields.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    if (onRecord(fields, recordLine) === false) return { unterminatedQuote };
    fields = [];
    recordLine = ++line;
    if (onProgress && i >= report) {
      onProgress(i, n);
      report = i + step;
    }
  }
  if (fields.length > 0) onRecord(fields, recordLine);
  onProgress?.(n, n);
  return { unterminatedQuote };
}

/** The first record of a text (its header), or [] for an empty text. */
export function firstRecord(text: string, delimiter: Delimiter): string[] {
  let header: string[] = [];
  parseCsv(text, delimiter, (fields) => {
    header = fields;
    return false;
  });
  return header;
}

/** A field as it must be written in a comma-separated file. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
