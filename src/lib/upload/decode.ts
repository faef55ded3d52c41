/** How the bytes of an uploaded file were read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Bytes that say "this is not a text file": spreadsheet or archive signatures, or NUL bytes,
 * which no CSV export holds. Returns what it looks like (a message of the catalogue), or null.
 */
export function binaryKind(
  bytes: Uint8Array,
): 'issue.zip' | 'issue.xls' | 'issue.pdf' | 'issue.binary' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'issue.zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'issue.xls';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'issue.pdf';
  const head = bytes.subarray(0, 8192);
  const utf16 = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  if (!utf16 && head.includes(0)) return 'issue.binary';
  return null;
}

/**
 * Text from the bytes of a CSV export: UTF-8 (with or without a byte order mark), UTF-16 with a
 * byte order mark, and otherwise Windows-1252, which is what Excel and older survey tools write
 * on Dutch Windows (a superset of latin-1 for every printable character).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
