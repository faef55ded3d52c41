import type { Text } from '../codebook/types';

// The trainee counts as the page holds them, apart from their checks and the weighting itself
// (population.ts): the first view reads only which waves are weighted.

/** data/population.json: trainee numbers per stratum (specialty) and wave, for weighting. */
export interface Population {
  illustrative: boolean;
  note: Text;
  stratum: 'specialty';
  waves: Record<string, Record<string, number>>;
  /**
   * The codebook's hierarchy of specialties (code → cluster), set by checkPopulation: the
   * trainees of a specialty the release merged into its cluster are counted with the cluster.
   */
  parents?: Readonly<Record<string, string>>;
  /**
   * Set by applyWeights, per weighted wave: the specialties with trainees but no respondents, of
   * their own or of a coarser code to count with, so not in the weighted figures (said under them).
   */
  unrepresented?: Readonly<Record<string, string[]>>;
  /**
   * Set by applyWeights, per wave left unweighted because specialties with respondents have no
   * trainee count: those specialties (said where weighting is asked for).
   */
  uncounted?: Readonly<Record<string, string[]>>;
  /** Set by weigh (population.ts): per weighted wave, each specialty's weight w = N_h / n_h. */
  weights?: Weights;
}

/** Post-stratification weights by wave (its year as text) and specialty code. */
export type Weights = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The waves whose figures can be weighted: those with trainee counts that were applied. */
export function weightedWaves(population: Population | null): number[] {
  return population ? Object.keys(population.waves).map(Number) : [];
}
