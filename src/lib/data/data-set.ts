/**
 * The one way the data set — codebook, every wave it names, population weights — gets into an
 * engine: the site's boot, the CLI (metrics, notebooks, check-data), the build's precomputation
 * and the tests all open it here, so each sees the data exactly as checked and loaded as the
 * others.
 */

import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { DataIssue } from './issues';
import { DataFileError } from './issues';
import { attachSurvey } from './built-survey';
import type { LoadedWave } from './load-wave';
import { loadWave } from './load-wave';
import type { Population } from './weighted-waves';
import type { Samples } from './population';
import { applyWeights, checkPopulation } from './population';
import { weightedWaves } from './weighted-waves';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

/** Names as the data directory has them; messages say `data/<name>`. */
const CODEBOOK = 'codebook.json';
export const POPULATION = 'population.json';

/** Where the files come from (a directory, memory, fetch): null for a file that does not exist. */
export interface DataFiles {
  read(name: string): Uint8Array | null | Promise<Uint8Array | null>;
}

export interface OpenOptions {
  /** The codebook, when the caller has read it already; else `codebook.json` is read. */
  codebook?: Codebook;
  /**
   * `population.json`: applied where there is one, a wave without usable counts left
   * unweighted (the site's way, the default); `required`: missing or faulty is an error;
   * `none`: not read.
   */
  weights?: 'if-present' | 'required' | 'none';
  /** Called before each wave is loaded (the site shows it). */
  onWave?: (file: string) => void;
  /**
   * Whether a wave file's bytes passed every value check against this codebook before (the
   * site's build records it): then they are not checked again (loadWave).
   */
  checked?: (name: string, bytes: Uint8Array) => boolean | Promise<boolean>;
  /**
   * The respondents per wave and specialty, as the build counted them in the files it checked:
   * used for the weights only when `checked` vouches for every wave loaded, so no count is asked
   * of DuckDB.
   */
  samples?: Samples;
  /**
   * The survey as the build wrote it from the waves it checked against this very codebook
   * (built-survey.ts), with the waves it holds: attached instead of the wave files being read.
   */
  built?: { bytes: Promise<Uint8Array>; waves: LoadedWave[] };
}

export interface OpenedDataSet {
  codebook: Codebook;
  waves: LoadedWave[];
  /** Null without weights: no file, `weights: 'none'`, or a file with nothing usable. */
  population: Population | null;
  /** Waves whose figures cannot be weighted; every wave when population is null. */
  unweighted: number[];
  /** What is wrong with `population.json` (only with `if-present`: `required` throws). */
  populationIssues: DataIssue[];
}

const where = (name: string) => `data/${name}`;

async function readBytes(
  files: DataFiles,
  name: string,
  expected: Message = message('issue.exists'),
): Promise<Uint8Array> {
  const bytes = await files.read(name);
  if (bytes === null) throw new DataFileError(where(name), [{ file: where(name), expected }]);
  return bytes;
}

function parseJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    const file = where(name);
    throw new DataFileError(file, [
      { file, expected: message('issue.json', { detail: (e as Error).message }) },
    ]);
  }
}

/**
 * `codebook.json`, parsed and validated. The checks are imported here, not at the top: the
 * browser loads this module for the wave files only and leaves a checked codebook alone.
 */
export async function readCodebook(files: DataFiles): Promise<Codebook> {
  const raw = parseJson(await readBytes(files, CODEBOOK), CODEBOOK);
  const { validateCodebook } = await import('../codebook/validate');
  return validateCodebook(raw, where(CODEBOOK));
}

/**
 * Loads every wave of the codebook into `engine` (each checked by loadWave, which throws a
 * DataFileError naming file, line and column), or attaches the survey the build made of them,
 * and applies the population weights.
 */
export async function openDataSet(
  engine: Engine,
  files: DataFiles,
  options: OpenOptions = {},
): Promise<OpenedDataSet> {
  const codebook = options.codebook ?? (await readCodebook(files));
  const weights = options.weights ?? 'if-present';
  let loaded: { waves: LoadedWave[]; allChecked: boolean };
  if (options.built) {
    await attachSurvey(engine, await options.built.bytes);
    loaded = { waves: options.built.waves, allChecked: true };
  } else loaded = await loadWaves(engine, files, codebook, options);
  const { waves, allChecked } = loaded;
  const all = codebook.waves.map((w) => w.year);
  const none: OpenedDataSet = {
    codebook,
    waves,
    population: null,
    unweighted: all,
    populationIssues: [],
  };
  if (weights === 'none') return none;
  const bytes = await files.read(POPULATION);
  if (bytes === null) {
    if (weights === 'required')
      throw new DataFileError(where(POPULATION), [
        { file: where(POPULATION), expected: message('issue.exists') },
      ]);
    return none;
  }
  const file = where(POPULATION);
  let raw: unknown;
  try {
    raw = parseJson(bytes, POPULATION);
  } catch (e) {
    if (weights === 'required' || !(e instanceof DataFileError)) throw e;
    return { ...none, populationIssues: e.issues };
  }
  const check = checkPopulation(raw, codebook, file);
  const known = allChecked ? options.samples : undefined;
  const applied = check.population
    ? await applyWeights(engine, check.population, file, known)
    : null;
  const issues = [...check.issues, ...(applied?.issues ?? [])];
  if (weights === 'required' && (issues.length > 0 || applied === null))
    throw new DataFileError(file, issues);
  const population = applied?.population ?? null;
  const weighted = weightedWaves(population);
  return {
    codebook,
    waves,
    population,
    unweighted: all.filter((year) => !weighted.includes(year)),
    populationIssues: issues,
  };
}

/** Every wave file of the codebook into `responses`, each checked unless the build checked it. */
async function loadWaves(
  engine: Engine,
  files: DataFiles,
  codebook: Codebook,
  options: OpenOptions,
): Promise<{ waves: LoadedWave[]; allChecked: boolean }> {
  // Every file is asked for at once (fetches overlap), and whether the build checked it as soon
  // as it comes (a digest: not once the waves before it are loaded); they are loaded in the
  // codebook's order.
  const reads = codebook.waves.map((wave) => {
    const bytes = readBytes(files, wave.file, message('issue.inCodebook'));
    const checked = bytes.then(async (read) => (await options.checked?.(wave.file, read)) ?? false);
    checked.catch(() => undefined);
    return { wave, bytes, checked };
  });
  const waves: LoadedWave[] = [];
  let allChecked = true;
  for (const { wave, bytes, checked } of reads) {
    options.onWave?.(where(wave.file));
    const read = await bytes;
    const trusted = await checked;
    allChecked &&= trusted;
    waves.push(await loadWave(engine, codebook, wave.year, where(wave.file), read, trusted));
  }
  return { waves, allChecked };
}
