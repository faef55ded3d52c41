import type { Codebook } from '../../lib/codebook/types';
import type { Delimiter } from '../../lib/data/csv';
import type { Message } from '../../lib/i18n/translate';
import type { Encoding } from '../../lib/upload/decode';
import type { Tool } from '../../lib/upload/layout';
import type { ReleaseSummary } from '../../lib/upload/disclosure';
import type { Mapping } from '../../lib/upload/mapping';
import type { Normalised, UploadIssue } from '../../lib/upload/normalise';
import type { Refusal } from '../../lib/upload/release';

/**
 * Messages between the upload panel and its worker (reading never blocks the page). No raw row
 * of the file crosses to the page: the header, counts, located problems, and the released rows.
 *
 * Every request carries an `id`, and every reply the id of the request it answers: the panel
 * takes replies to its newest request only, so the last file picked wins. `normalise` names the
 * `prepare` request whose file it checks.
 */
export type ToWorker =
  | { type: 'prepare'; id: number; file: string; bytes: ArrayBuffer; codebook: Codebook }
  | { type: 'normalise'; id: number; prepared: number; mapping: Mapping };

export interface PreparedInfo {
  file: string;
  header: string[];
  encoding: Encoding;
  delimiter: Delimiter;
  /** The survey tool recognised from the header, and its header records (layout.ts). */
  tool: Tool;
  headerRows: number;
  /** Columns that identify a respondent: their names only, never a value. */
  identifying: string[];
  /** Which sheet of a workbook was read, when the file was an .xlsx. */
  sheetNote: Message | null;
  fatal: UploadIssue[];
  suggested: Mapping;
}

/** The release of the valid rows: its report and how long it took, or why it cannot be done. */
export type ReleaseView =
  { ok: true; summary: ReleaseSummary; ms: number } | { ok: false; refusal: Refusal };

export type FromWorker = { id: number } & (
  | { type: 'prepared'; info: PreparedInfo }
  | { type: 'progress'; done: number; total: number }
  | { type: 'releasing' }
  | {
      type: 'normalised';
      result: Omit<Normalised, 'csv'>;
      /** Null when nothing can be loaded (file problems, no valid row). */
      release: ReleaseView | null;
      /** The released rows as the codebook's CSV (UTF-8), when the release succeeded. */
      csv: ArrayBuffer | null;
    }
  /** What went wrong, naming the file, in words of the catalogue. */
  | { type: 'error'; message: Message }
);
