import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

/**
 * An Excel workbook (.xlsx) as the rows of one sheet, each cell as the text a CSV export of it
 * holds. The reader, read-excel-file, is imported only here and only when a workbook comes in:
 * the site fetches it as a chunk of its own, and never for a CSV.
 */

/** A sheet read, or what was found instead of a readable workbook (a message of the catalogue). */
export type XlsxRead =
  | {
      ok: true;
      /** Row N of the sheet is rows[N - 1]: empty rows above and between are kept. */
      rows: string[][];
      /** The name of the sheet read, its place (from 1) and how many sheets the workbook has. */
      sheet: string;
      index: number;
      count: number;
    }
  | { ok: false; found: Message };

/** A cell as read-excel-file gives it (its typings say `typeof Date` where it means a Date). */
type Cell = string | number | boolean | Date | null;

/**
 * The first sheet of a workbook, or the first that holds anything when those before it are empty
 * (a title page left blank, say); `sheet`, `index` and `count` tell which was read. A damaged
 * workbook, a ZIP archive without one, or a legacy .xls gives `ok: false` with what was found.
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const { default: readWorkbook, InvalidInputError } = await import('read-excel-file/universal');
  // Its own copy of the bytes: the reader takes an ArrayBuffer, whole.
  const buffer = bytes.slice().buffer;
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // Text as written (a CSV export does not trim it either).
    sheets = (await readWorkbook(buffer, { trim: false })) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED')
      return { ok: false, found: message('issue.xls') };
    // The parts every workbook has: a ZIP archive without them is something else (.docx, .ods…).
    if (/"xl\/(_rels\/)?workbook\.xml(\.rels)?" file not found/.test(error.message))
      return { ok: false, found: message('issue.zipNoWorkbook') };
    // Anything else the reader refuses, or a fault inside it, is a workbook it cannot open.
    return { ok: false, found: message('issue.xlsxDamaged', { detail: error.message }) };
  }
  const at = Math.max(
    0,
    sheets.findIndex((s) => s.data.some((row) => row.some((cell) => cell !== null))),
  );
  const chosen = sheets[at];
  if (!chosen) return { ok: false, found: message('issue.zipNoWorkbook') };
  return {
    ok: true,
    rows: chosen.data.map((row) => row.map(cellText)),
    sheet: chosen.sheet,
    index: at + 1,
    count: sheets.length,
  };
}

/**
 * A cell as a CSV export would hold it: empty for an empty cell; a number to Excel's 15
 * significant digits (38.5, not the 38.499999999999993 stored); a date as ISO 8601 (2024-03-01, with
 * the time to the second when it has one); TRUE or FALSE; text as written, but with its line
 * breaks made spaces, so that row N of the sheet stays line N of the CSV (and of every message).
 */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return dateText(cell);
  return cell.replace(/\r\n?|\n/g, ' ');
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  // 15 digits, as Excel shows and exports them; String() then drops the trailing zeros.
  return String(Number(n.toPrecision(15)));
}

/** Excel keeps dates as days since 1900 in UTC, without a zone: the reader gives them in UTC. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // To the second: the conversion from a fraction of a day leaves a millisecond off.
  const iso = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day}T${time}`;
}
