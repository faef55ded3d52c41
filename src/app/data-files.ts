import codebookUrl from '../../data/codebook.json?url';
import type { LoadedWave } from '../lib/data/load-wave';
import type { Samples } from '../lib/data/population';

/**
 * The data files the site loads, as hashed asset URLs. A new wave is a new CSV in data/waves/
 * plus a line in the codebook: no code change.
 */
const waveUrls = import.meta.glob('../../data/waves/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Optional: trainee numbers per specialty, which enable weighted figures. */
const populationUrls = import.meta.glob('../../data/population.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const populationUrl: string | undefined = Object.values(populationUrls)[0];

/**
 * Each topic's query results, computed before the build and the dev server start
 * (src/build/precompute.ts, src/lib/query/shipped.ts): any view of the topic, weighted or not,
 * the default view and a shared link alike, is added up from them without waiting for DuckDB.
 * Optional: without them (a plain `npx vite`) every view waits for DuckDB. The dev server serves
 * the files made when it started: an edit of src/lib that changes the statements shows after
 * `npm run dev` is restarted.
 */
const resultsUrls = import.meta.glob('../generated/results-*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * The SHA-256 of the codebook and of each wave file as the build checked them, every value
 * against the codebook (src/build/precompute.ts): a few hundred bytes, in the JavaScript itself.
 * Absent in a plain `npx vite`: every file is then checked on load.
 */
const checkedFiles = import.meta.glob('../generated/checked.json', {
  import: 'default',
  eager: true,
}) as Record<
  string,
  { codebook?: string; waves?: Record<string, string>; samples?: Samples; survey?: LoadedWave[] }
>;

export const checked = Object.values(checkedFiles)[0] ?? null;

/** The URL of a topic's results file, if the build has one. */
export function resultsUrl(topic: string): string | undefined {
  return resultsUrls[`../generated/results-${topic}.json`];
}

export { codebookUrl };

/** The URL of a wave file named in the codebook (e.g. "waves/2024.csv"), if it was built in. */
export function waveUrl(file: string): string | undefined {
  return waveUrls[`../../data/${file}`];
}

/**
 * The survey as a DuckDB file, made by the build from the very waves it checked (checked.json's
 * `survey` says which): attached instead of the wave files being read and typed on a visit.
 * Absent in a plain `npx vite`.
 */
const surveyUrls = import.meta.glob('../generated/survey.duckdb', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const surveyUrl: string | undefined = Object.values(surveyUrls)[0];
