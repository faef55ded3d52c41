import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { csvColumns } from '../../src/lib/codebook/columns';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { generateWave } from '../../src/lib/demo/generate';
import { writeCsv } from '../../src/lib/data/csv';
import type { Stat } from './report';
import { stat } from './report';

/**
 * "Own data" in the browser: a raw (unreleased) survey export uploaded through the upload panel,
 * which releases it in its worker (src/lib/upload/release.ts) before DuckDB or any chart sees it.
 * The budget (DESIGN.md, issue 13): 2,000 rows released in under 2 s.
 */
export interface UploadRun {
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  /** The release in the upload worker: reading the checked rows, releaseRows, writing the CSV. */
  releaseMs?: number;
  /** From the file input's change event to the released rows on the page (mark in the panel). */
  chosenToReleasedMs?: number;
  /** To the released rows loaded into the upload's DuckDB and the own-data banner shown. */
  chosenToLoadedMs?: number;
}

export interface UploadResult {
  rows: number;
  runs: UploadRun[];
  summary: Record<'release' | 'chosenToReleased' | 'chosenToLoaded', Stat | null>;
}

/**
 * The first `rows` respondents of the demo generator's raw 2024 wave, before any release: rare
 * combinations of specialty, gender, role and so on, as a real export has them.
 */
export function writeRawUpload(dir: string, codebookFile: string, rows: number): string {
  const codebook = validateCodebook(JSON.parse(readFileSync(codebookFile, 'utf8')), codebookFile);
  const raw = generateWave(codebook, 2024).slice(0, rows);
  if (raw.length < rows) throw new Error(`The generator made only ${raw.length} rows`);
  const file = path.join(dir, `raw-upload-${rows}.csv`);
  writeFileSync(file, writeCsv(csvColumns(codebook), raw));
  return file;
}

/** One upload in a fresh browser context, on a site that has finished loading. */
export async function timeUpload(
  browser: Browser,
  url: string,
  file: string,
  timeoutMs: number,
): Promise<UploadRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { timeout: timeoutMs });
    await page.locator('[data-testid="headlines"]').waitFor({ timeout: timeoutMs });
    await page.click('[data-testid="open-upload"]');
    const input = page.getByTestId('upload-input');
    await input.waitFor({ state: 'attached', timeout: timeoutMs });
    // Times recorded in the page, so that polling from here adds nothing to them.
    await page.evaluate(() => {
      const w = window as unknown as { __upload: { chosen?: number; loaded?: number } };
      w.__upload = {};
      document
        .querySelector('[data-testid="upload-input"]')!
        .addEventListener('change', () => (w.__upload.chosen = performance.now()), {
          once: true,
        });
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="own-data-banner"]')) {
          w.__upload.loaded = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await input.setInputFiles(file);
    await page
      .locator('[data-testid="own-data-banner"], [data-testid="upload-refused"]')
      .first()
      .waitFor({ timeout: timeoutMs });
    if ((await page.getByTestId('upload-refused').count()) > 0)
      throw new Error(`refused: ${await page.getByTestId('upload-refused').textContent()}`);
    const times = (await page.evaluate(() => {
      const mark = performance.getEntriesByName('djs:upload-release')[0] as
        PerformanceMark | undefined;
      const w = window as unknown as { __upload: { chosen?: number; loaded?: number } };
      return {
        ...w.__upload,
        released: mark?.startTime,
        releaseMs: (mark?.detail as { ms?: number } | undefined)?.ms,
      };
    })) as { chosen?: number; loaded?: number; released?: number; releaseMs?: number };
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const since = (t: number | undefined) =>
      t === undefined || times.chosen === undefined ? undefined : t - times.chosen;
    return {
      status: 'ok',
      releaseMs: times.releaseMs,
      chosenToReleasedMs: since(times.released),
      chosenToLoadedMs: since(times.loaded),
    };
  } catch (e) {
    return {
      status: e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'error',
      error: (e instanceof Error ? e.message : String(e)).split('\n')[0],
    };
  } finally {
    await context.close();
  }
}

export function summariseUpload(rows: number, runs: UploadRun[]): UploadResult {
  const ok = runs.filter((r) => r.status === 'ok');
  return {
    rows,
    runs,
    summary: {
      release: stat(ok.map((r) => r.releaseMs)),
      chosenToReleased: stat(ok.map((r) => r.chosenToReleasedMs)),
      chosenToLoaded: stat(ok.map((r) => r.chosenToLoadedMs)),
    },
  };
}
