/**
 * The seeded synthetic demo-data generator: codebook + wave year + seed → one row per respondent
 * with exactly the codebook's CSV columns ('' for missing). Pure: no DOM, no file system, no
 * Math.random, so it runs in the browser, in vitest and in the CLI and gives identical files.
 */

import { csvColumns } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { writeCsv } from '../data/csv';
import { fillAnswers } from './answers';
import { fillHours } from './hours';
import { Rng } from './prng';
import type { Row } from './respondents';
import { makeRespondents } from './respondents';
import { targetsFor } from './targets';
import type { Release } from '../privacy/release';
import { releaseRows } from '../privacy/release';

export type { Row } from './respondents';

export const DEFAULT_SEED = 2024;

export function generateWave(codebook: Codebook, year: number, seed = DEFAULT_SEED): Row[] {
  const targets = targetsFor(year);
  const rng = Rng.fromSeed(seed).fork(`wave:${year}`);
  const people = makeRespondents(codebook, targets, rng.fork('respondents'));
  fillHours(codebook, people, targets, rng.fork('hours'));
  fillAnswers(codebook, people, targets, rng.fork('answers'));
  const columns = csvColumns(codebook);
  return people.map((p) => Object.fromEntries(columns.map((c) => [c, p.row[c] ?? ''])));
}

/**
 * The wave as published: the raw rows through the release pipeline (k-anonymity, l-diversity,
 * top-coding: src/lib/privacy/release.ts), as CSV text with header = csvColumns(codebook). The raw
 * rows are never written anywhere.
 */
export function generateWaveCsv(codebook: Codebook, year: number, seed = DEFAULT_SEED): string {
  return writeCsv(csvColumns(codebook), releaseWave(codebook, year, seed).rows);
}

/** The release of a generated wave, with its disclosure report. */
export function releaseWave(codebook: Codebook, year: number, seed = DEFAULT_SEED): Release {
  return releaseRows(codebook, csvColumns(codebook), generateWave(codebook, year, seed));
}
