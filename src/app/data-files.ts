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

export { codebookUrl };

/** The URL of a wave file named in the codebook (e.g. "waves/2024.csv"), if it was built in. */
export function waveUrl(file: string): string | undefined {
  return waveUrls[`../../data/${file}`];
}
