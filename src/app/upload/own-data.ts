import { currentQuestionnaire } from '../../lib/codebook/asked';
import type { Codebook } from '../../lib/codebook/types';
import { loadWave } from '../../lib/data/load-wave';
import { summarise } from '../../lib/query/summaries';
import type { Engine } from '../../lib/db/engine';
import type { ReleaseSummary } from '../../lib/upload/disclosure';
import { loadLanguage, t } from '../../lib/i18n/translate';

/** An uploaded file loaded into a database of its own, beside the survey's. */
export interface OwnData {
  codebook: Codebook;
  engine: Engine;
  file: string;
  rows: number;
  /** Rows with problems the visitor chose to leave out. */
  leftOut: number;
  /** What the release in the upload worker changed: the upload panel shows it. */
  release: ReleaseSummary;
}

/**
 * Loads the released CSV made from an upload (src/lib/upload) through the site's own loader,
 * into a separate DuckDB so that the survey's data stay as they are. The codebook is the site's,
 * with one wave: the upload, marked as the visitor's data wherever a source is printed.
 */
export async function loadOwnData(
  codebook: Codebook,
  year: number,
  file: string,
  csv: Uint8Array,
  leftOut: number,
  release: ReleaseSummary,
): Promise<OwnData> {
  // The wave's note is a text in both languages, as in any codebook: English is loaded for it.
  await loadLanguage('en');
  // Uploads are read with today's questionnaire (every item, today's columns and scales).
  const own: Codebook = {
    ...currentQuestionnaire(codebook),
    waves: [
      {
        year,
        file,
        synthetic: false,
        uploaded: file,
        note: { nl: t('nl', 'upload.note'), en: t('en', 'upload.note') },
      },
    ],
    // DJS's published national figures are not earlier waves of a visitor's own file.
    published: [],
  };
  const { createBrowserEngine } = await import('../../lib/db/browser');
  const engine = await createBrowserEngine();
  try {
    const loaded = await loadWave(engine, own, year, file, csv);
    await summarise(engine, own);
    return { codebook: own, engine, file, rows: loaded.rows, leftOut, release };
  } catch (e) {
    await engine.close();
    throw e;
  }
}
