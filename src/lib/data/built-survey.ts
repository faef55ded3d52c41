import type { Engine } from '../db/engine';
import { RESPONSES } from './tables';

/**
 * The survey as the site's build wrote it (src/build/survey-file.ts): `responses` of every wave,
 * typed, in DuckDB's own storage, from the very files the build checked. Attached, it is ready
 * at once: nothing is parsed or cast on a visit, and queries read its compressed columns.
 */
export const SURVEY_FILE = 'survey.duckdb';

/** The catalog the file is attached as; `responses` is a view on its table. */
const CATALOG = 'survey';

/**
 * Attaches the built survey, read-only, and makes `responses` read it. A file DuckDB cannot
 * open leaves the engine as it was (the caller loads the waves instead).
 */
export async function attachSurvey(engine: Engine, bytes: Uint8Array): Promise<void> {
  await engine.registerFile(SURVEY_FILE, bytes);
  try {
    await engine.query(
      `ATTACH '${SURVEY_FILE}' AS ${CATALOG} (READ_ONLY); ` +
        `CREATE VIEW ${RESPONSES} AS SELECT * FROM ${CATALOG}.${RESPONSES}`,
    );
  } catch (e) {
    await engine
      .query(`DROP VIEW IF EXISTS ${RESPONSES}; DETACH DATABASE IF EXISTS ${CATALOG}`)
      .catch(() => undefined);
    throw e;
  }
}
