import type { Codebook } from '../../lib/codebook/types';
import type { Delimiter } from '../../lib/upload/csv';
import type { Encoding } from '../../lib/upload/decode';
import type { Mapping } from '../../lib/upload/mapping';
import type { Normalised, UploadIssue } from '../../lib/upload/normalise';

/** Messages between the upload panel and its worker (reading never blocks the page). */
export type ToWorker =
  | { type: 'prepare'; file: string; bytes: ArrayBuffer; codebook: Codebook }
  | { type: 'normalise'; mapping: Mapping };

export interface PreparedInfo {
  file: string;
  header: string[];
  encoding: Encoding;
  delimiter: Delimiter;
  fatal: UploadIssue[];
  /** The first rows, as the file has them (read by papaparse). */
  preview: string[][];
  suggested: Mapping;
}

export type FromWorker =
  | { type: 'prepared'; info: PreparedInfo }
  | { type: 'progress'; done: number; total: number }
  | { type: 'normalised'; result: Omit<Normalised, 'csv'>; csv: ArrayBuffer }
  | { type: 'error'; message: string };
