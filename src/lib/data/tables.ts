// The tables' names, apart from how they are made (schema.ts): the queries of the first view
// name them without loading the code that builds them.

/** The table every wave is loaded into; queries filter it on `wave`. */
export const RESPONSES = 'responses';

/** Post-stratification weights per wave and specialty, from data/population.json. */
export const WEIGHTS = 'weights';
