import type { Message } from '../../lib/i18n/translate';
import { message } from '../../lib/i18n/translate';

/**
 * The largest file the upload reads, in MB (of 2^20 bytes). The whole file is read into memory
 * and decoded into one string, and a string holds at most about 512 M characters in Chromium
 * (V8: 2^29 − 24); beyond that the browser gives back an empty text instead of an error. The
 * checked rows, the released CSV and DuckDB's copy come on top, so half of that: a larger export
 * almost always carries columns the survey does not need.
 */
export const MAX_UPLOAD_MB = 256;

const MB = 1024 * 1024;

/** A size in MB as the messages write it: whole MB from 10 MB up, else one decimal (0,3 MB). */
export function megabytes(bytes: number): number {
  const mb = bytes / MB;
  return mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
}

/** Why a file is not read at all (too big), or null when it may be read. */
export function sizeProblem(
  file: { name: string; size: number },
  limitMb: number = MAX_UPLOAD_MB,
): Message | null {
  if (file.size <= limitMb * MB) return null;
  // Never "256 MB; the upload reads files up to 256 MB": just over the limit, one decimal up.
  const rounded = megabytes(file.size);
  const size = rounded > limitMb ? rounded : Math.ceil((10 * file.size) / MB) / 10;
  return message('upload.tooBig', {
    file: file.name,
    size,
    limit: limitMb,
    command: 'npm run release',
  });
}

/** What an error says, in the browser's words. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A file that could not be read (memory, permissions, a file that changed): named, with its size. */
export function readFailure(file: string, bytes: number, reason: string | Message): Message {
  return message('upload.readFailed', { file, size: megabytes(bytes), reason });
}

/**
 * Whether bytes hold anything but white space (after a byte order mark): a file that does, but
 * decodes to no text, was not read — never call it empty.
 */
export function hasContent(bytes: Uint8Array): boolean {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 3
      : (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
        ? 2
        : 0;
  for (let i = bom; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Space, tab, line ends, and the zero bytes of UTF-16.
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return true;
  }
  return false;
}
