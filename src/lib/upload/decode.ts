/**
 * How the bytes of an uploaded file were read: a text encoding, or `xlsx` for the first sheet of
 * an Excel workbook, converted to CSV text (read-export.ts).
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'xlsx';

export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, 'xlsx'>;
}

/** Bytes looked at to tell text from binary and to guess UTF-16 without a byte order mark. */
const HEAD = 8192;

/**
 * Bytes that say "this is not a text file": spreadsheet or archive signatures, or NUL bytes,
 * which no CSV export holds — except UTF-16 (with or without a byte order mark), whose
 * characters of the latin range have a zero as one of their two bytes. Returns what it looks like
 * (a message of the catalogue), or null.
 */
export function binaryKind(
  bytes: Uint8Array,
): 'issue.zip' | 'issue.xls' | 'issue.pdf' | 'issue.binary' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'issue.zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'issue.xls';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'issue.pdf';
  const head = bytes.subarray(0, HEAD);
  const bom = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  if (head.includes(0) && !bom && utf16WithoutBom(bytes) === null) return 'issue.binary';
  return null;
}

/**
 * UTF-16 without a byte order mark (as some tools and scripts write it), told from its first
 * bytes: text in the latin range (ASCII and the accents of Dutch, U+0000–U+00FF) has a zero as the
 * high byte of nearly every character and almost never as the low one, so the zeros fall on every
 * other byte — odd positions for little-endian, even ones for big-endian. The guess must then
 * decode without error into text with no control characters but tab and line ends; a binary file
 * with zeros in it rarely passes both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const head = bytes.subarray(0, Math.min(bytes.length, HEAD));
  const pairs = Math.floor(head.length / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const guess =
    oddZeros >= 0.7 * pairs && evenZeros <= 0.02 * pairs
      ? 'utf-16le'
      : evenZeros >= 0.7 * pairs && oddZeros <= 0.02 * pairs
        ? 'utf-16be'
        : null;
  if (guess === null) return null;
  let text: string;
  try {
    // Streaming: a character cut in two at the end of the head waits for bytes that never come.
    text = new TextDecoder(guess, { fatal: true }).decode(head, {
      stream: head.length < bytes.length,
    });
  } catch {
    return null; // a lone surrogate: not UTF-16 text
  }
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return null;
  return guess;
}

/** A control character no CSV text holds: all but tab, line feed, form feed and carriage return. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/**
 * Text from the bytes of a CSV export: UTF-8 (with or without a byte order mark), UTF-16 with a
 * byte order mark or recognised without one, and otherwise Windows-1252, which is what Excel and
 * older survey tools write on Dutch Windows (a superset of latin-1 for every printable character).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // Before UTF-8: UTF-16 text of the latin range, NUL bytes and all, is valid UTF-8 too.
  const utf16 = bytes.subarray(0, HEAD).includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 from 0x80 to 0x9F (€, ‘ ’ “ ” – — …): the rest is latin-1. Browsers decode it so,
 * but Node 20's TextDecoder reads 'windows-1252' as latin-1 (0x96 as U+0096, a control character,
 * not "–"): without this, the CLI and the site would read different text from the same bytes.
 */
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 text from text a decoder may have read as latin-1 (a no-op on a browser's). */
export const fromLatin1 = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);

function windows1252(bytes: Uint8Array): string {
  return fromLatin1(new TextDecoder('windows-1252').decode(bytes));
}
