import codebookUrl from '../../data/codebook.json?url';

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
 * Every topic's default view, computed before the build and the dev server start
 * (src/build/precompute.ts), so the first chart needs no DuckDB. Optional: without the file (a
 * plain `npx vite`) the page computes the same figures once DuckDB is ready. The dev server
 * serves the file made when it started: an edit of src/lib that changes figures shows in the
 * default view after `npm run dev` is restarted (every other view is computed live).
 */
const precomputedUrls = import.meta.glob('../generated/precomputed.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const precomputedUrl: string | null = Object.values(precomputedUrls)[0] ?? null;

export { codebookUrl };

/** The URL of a wave file named in the codebook (e.g. "waves/2024.csv"), if it was built in. */
export function waveUrl(file: string): string | undefined {
  return waveUrls[`../../data/${file}`];
}
