/**
 * The survey into DuckDB: the wave files and trainee counts fetched while DuckDB starts, then
 * loaded. A chunk of its own, imported once the app runs: the first view is drawn from what the
 * build shipped (boot.ts) and needs none of this.
 */

import type { Codebook } from '../lib/codebook/types';
import type { DataFiles } from '../lib/data/data-set';
import { openDataSet, POPULATION } from '../lib/data/data-set';
import { SURVEY_FILE } from '../lib/data/built-survey';
import { DataFileError, describeIssue } from '../lib/data/issues';
import { logLanguage } from '../lib/i18n/translate';
import type { Population } from '../lib/data/weighted-waves';
import { cachedEngine } from '../lib/db/cached';
import type { Engine } from '../lib/db/engine';
import type { Stage } from './boot';
import { codebookHash, fetchBytes, populationBytes, sha256 } from './boot';
import { checked, surveyUrl, waveUrl } from './data-files';

export interface Booted {
  codebook: Codebook;
  engine: Engine;
  /**
   * Null when the site has no usable data/population.json: figures are then unweighted only.
   * Its `waves` are those weighted; any other wave is shown unweighted (weightedWaves).
   */
  population: Population | null;
}

/**
 * Whether a wave file is the one the build checked against this codebook, byte for byte: then
 * its values are not checked again on this visit (loadWave). Anything else, a file changed on
 * the host or a codebook served with it, is checked in full.
 */
async function checkedByBuild(codebook: Codebook, name: string, bytes: Uint8Array) {
  if (!checked?.codebook || !checked.waves?.[name]) return false;
  return (
    codebookHash(codebook) === checked.codebook && (await sha256(bytes)) === checked.waves[name]
  );
}

/**
 * Fetches the data while DuckDB starts (startEngine), then attaches the survey the build made
 * of the waves or, without one, loads every wave. No
 * summary table is built here: a topic's views come from its shipped results, and a
 * view that asks DuckDB builds the tables it needs (viewSource).
 */
export async function boot(
  codebook: Codebook,
  onStage: (stage: Stage) => void,
  /** DuckDB, started when the page needed it or was quiet (startEngine, engine-demand.ts). */
  started: Promise<Engine>,
): Promise<Booted> {
  // The trainee counts are fetched once, for the page's weighing too (boot.ts).
  const trainees = populationBytes();
  // The survey the build made of the waves, for this very codebook: attached, nothing to read.
  const built =
    surveyUrl && checked?.survey && codebookHash(codebook) === checked.codebook
      ? { bytes: fetchBytes(surveyUrl, SURVEY_FILE), waves: checked.survey }
      : null;
  built?.bytes.catch(() => undefined);
  const fetched = new Map<string, Promise<Uint8Array>>();
  if (trainees) fetched.set(POPULATION, trainees);
  // The wave files, fetched now when they are read: while DuckDB starts.
  const fetchWaves = () => {
    for (const wave of codebook.waves) {
      const url = waveUrl(wave.file);
      if (!url) continue;
      const bytes = fetchBytes(url, `data/${wave.file}`);
      // Avoid an unhandled rejection while the engine is still starting; awaited by openDataSet.
      bytes.catch(() => undefined);
      fetched.set(wave.file, bytes);
    }
  };
  if (!built) fetchWaves();
  const files: DataFiles = { read: (name) => fetched.get(name) ?? null };
  // Repeated reads (all respondents, parents, other waves) come from memory on a filter change.
  const engine = cachedEngine(await started);
  // Marks for the browser benchmark (tests/bench): DuckDB open, then DuckDB holding the data.
  performance.mark('djs:duckdb-open');
  const options = {
    codebook,
    onWave: (file: string) => onStage({ step: 'data', file }),
    checked: (name: string, bytes: Uint8Array) => checkedByBuild(codebook, name, bytes),
    samples: checked?.samples,
  };
  // A wave without usable trainee counts (a new wave, say) is shown unweighted: never an error
  // here, where it would stop the site for every visitor (check-data names it before a build).
  const open = async () => {
    if (built) {
      try {
        onStage({ step: 'data', file: SURVEY_FILE });
        return await openDataSet(engine, files, { ...options, built });
      } catch (e) {
        // A host without the file, or one DuckDB cannot read: the waves themselves then.
        const said = e instanceof DataFileError ? e.message : `${SURVEY_FILE}: ${String(e)}`;
        console.warn(`${said}; the wave files are read instead`);
        fetchWaves();
      }
    }
    return openDataSet(engine, files, options);
  };
  const { population, populationIssues } = await open();
  for (const issue of populationIssues)
    console.warn(`${describeIssue(issue, logLanguage())}; shown unweighted`);
  performance.mark('djs:duckdb-ready');
  return { codebook, engine, population };
}
