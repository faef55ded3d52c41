import { detectDelimiter, writeCsv } from '../data/csv';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';
import { binaryKind } from './decode';
import type { Prepared, UploadIssue } from './normalise';
import { prepare } from './normalise';

/** A prepared export, with the sheet read when it was an Excel workbook. */
export interface Exported extends Prepared {
  /** Which sheet of the workbook was read: its name, its place (from 1) and of how many. */
  sheet?: { name: string; index: number; count: number };
}

/**
 * Reads an upload or a raw export, CSV text or an Excel workbook, as far as its header (see
 * `prepare`). A workbook (.xlsx) has its first sheet with anything in it converted to CSV text,
 * each cell as a CSV export would hold it (xlsx.ts), which then goes through `prepare` like any
 * CSV: every later step is the same, and line N of every message is row N of the sheet. A legacy
 * .xls, a password-protected or damaged workbook, or another ZIP archive is refused, saying
 * what it is and to save the spreadsheet as .xlsx or CSV. The workbook reader is loaded only here,
 * only for a workbook.
 */
export async function readExport(file: string, bytes: Uint8Array): Promise<Exported> {
  const kind = binaryKind(bytes);
  if (kind === 'issue.xls')
    return refused(file, message(passwordProtected(bytes) ? 'issue.xlsxPassword' : 'issue.xls'));
  if (kind !== 'issue.zip') return prepare(file, bytes);
  const { readXlsx } = await import('./xlsx');
  const read = await readXlsx(bytes);
  if (!read.ok) return refused(file, read.found);
  const sheet = { name: read.sheet, index: read.index, count: read.count };
  const [header, ...rows] = read.rows;
  // Not 'empty-file': that is for bytes without text (the upload worker tells those apart).
  if (!header || header.every((cell) => cell === ''))
    return {
      ...failed(file, { kind: 'no-rows', line: 1, expected: message('issue.headerRow') }),
      sheet,
    };
  // Written with the delimiter `prepare` will find again: a header whose cells hold more
  // semicolons than it has cells would otherwise be taken for a semicolon-separated file.
  let csv = writeCsv(header, rows);
  if (detectDelimiter(csv) !== ',') csv = writeCsv(header, rows, { delimiter: ';' });
  return { ...prepare(file, new TextEncoder().encode(csv)), encoding: 'xlsx', sheet };
}

/** "sheet “Blad1” (1 of 3); line N in the messages is row N of the sheet". */
export function sheetNote(sheet: NonNullable<Exported['sheet']>): Message {
  return message('upload.sheetRead', { sheet: sheet.name, index: sheet.index, count: sheet.count });
}

function refused(file: string, found: Message): Exported {
  return failed(file, {
    kind: 'not-csv',
    expected: message('issue.spreadsheetInstead', { found }),
  });
}

/** A file refused before its header: what `prepare` gives for no bytes, with its own problem. */
function failed(file: string, issue: UploadIssue): Exported {
  return { ...prepare(file, new Uint8Array(0)), encoding: 'xlsx', fatal: [issue] };
}

/**
 * An .xlsx workbook with a password is no ZIP archive but an OLE2 file, like a legacy .xls; its
 * directory names the stream "EncryptedPackage" (in UTF-16LE).
 */
function passwordProtected(bytes: Uint8Array): boolean {
  const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = bytes.indexOf(name[0]!); i !== -1; i = bytes.indexOf(name[0]!, i + 1)) {
    for (let j = 1; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}
