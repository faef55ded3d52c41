/**
 * A visitor's own file goes through the same release as the survey's (DESIGN.md Privacy): the
 * rows checked and converted by normalise.ts are released by `releaseRows`, and only the released
 * CSV leaves this step. The browser runs it in the upload worker, so the page never holds a raw
 * row; nothing is drawn, tabled or exported before it. Pure: vitest runs it as it is.
 */

import type { Codebook } from '../codebook/types';
import type { PrivacyRules, Row } from '../privacy/anonymity';
import { DEFAULT_RULES, sensitiveItems } from '../privacy/anonymity';
import { ReleaseError, releaseRows } from '../privacy/release';
import { readTable, writeCsv } from '../data/csv';
import type { ReleaseSummary } from './disclosure';
import { smallestClassOf, summariseRelease } from './disclosure';
import type { Mapping } from './mapping';
import type { Normalised, Prepared } from './normalise';
import { normalise } from './normalise';

/** Why the rows cannot be released: the panel says it in the reader's language. */
export type Refusal =
  /** Fewer rows than k: no class can reach k. */
  | { kind: 'too-few'; rows: number; k: number }
  /** Everyone who answered these sensitive items gave the same answer: no class can reach l. */
  | { kind: 'one-answer'; items: string[]; l: number }
  /** The release found no way to k and l; `detail` is its (English) explanation. */
  | { kind: 'not-reached'; k: number; l: number; smallestClass: number | null; detail: string };

export type UploadRelease =
  { ok: true; csv: string; summary: ReleaseSummary } | { ok: false; refusal: Refusal };

/** Sensitive items on which every answer in the file is the same: no grouping can hide it. */
function oneAnswer(codebook: Codebook, rows: readonly Row[], l: number): string[] {
  return sensitiveItems(codebook)
    .filter((item) => {
      const seen = new Set<string>();
      for (const row of rows) {
        const answer = item.answer(row);
        if (answer !== undefined) seen.add(answer);
        if (seen.size >= l) return false;
      }
      return seen.size > 0;
    })
    .map((item) => item.id);
}

/**
 * Releases rows in the codebook's CSV (normalise.ts's output) with the site's rules: the released
 * CSV and its report, or why it cannot be done.
 */
export function releaseUpload(
  codebook: Codebook,
  codebookCsv: string,
  rules: PrivacyRules = DEFAULT_RULES,
): UploadRelease {
  const { header, rows } = readTable(codebookCsv);
  const { k, l } = rules;
  // Said here in the visitor's terms; the release would refuse both too, in a developer's.
  if (rows.length < k) return { ok: false, refusal: { kind: 'too-few', rows: rows.length, k } };
  const same = oneAnswer(codebook, rows, l);
  if (same.length > 0) return { ok: false, refusal: { kind: 'one-answer', items: same, l } };
  try {
    const release = releaseRows(codebook, header, rows, rules);
    return {
      ok: true,
      csv: writeCsv(release.columns, release.rows),
      summary: summariseRelease(release.report),
    };
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    return {
      ok: false,
      refusal: {
        kind: 'not-reached',
        k,
        l,
        smallestClass: smallestClassOf(error.report),
        detail: error.message,
      },
    };
  }
}

export interface Checked {
  /** What the check found: counts and problems, no rows. */
  normalised: Omit<Normalised, 'csv'>;
  /** The valid rows released, or null when nothing can be loaded (file problems, no valid row). */
  release: UploadRelease | null;
  /** Milliseconds the release took (reading the valid rows, releasing, writing the CSV). */
  releaseMs: number;
}

/**
 * The upload worker's whole job on a mapped file: check and convert every row, then release the
 * valid ones. The unreleased rows exist only inside this call.
 */
export function checkAndRelease(
  codebook: Codebook,
  prepared: Prepared,
  mapping: Mapping,
  hooks: { progress?: (done: number, total: number) => void; releasing?: () => void } = {},
): Checked {
  const { csv, ...normalised } = normalise(codebook, prepared, mapping, hooks.progress);
  if (normalised.fatal.length > 0 || normalised.valid === 0)
    return { normalised, release: null, releaseMs: 0 };
  hooks.releasing?.();
  const started = performance.now();
  const release = releaseUpload(codebook, csv);
  return { normalised, release, releaseMs: performance.now() - started };
}
