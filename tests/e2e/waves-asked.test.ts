/**
 * Questionnaires change between waves (issue 15, point 4), in the browser: the site is served a
 * codebook in which "choose_again" was asked in 2024 only and "proud" had another column name in
 * 2022 (with a note on how it is compared), and a 2022 file to match — without the column
 * "choose_again", with "proud" under its old name. No shipped results: every figure is computed
 * by DuckDB from these files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openTopic, useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];

const root = path.resolve(import.meta.dirname, '../..');
const NOTE = {
  nl: 'In 2022 heette de kolom “trots”; dezelfde vraag en schaal',
  en: 'In 2022 the column was called "trots"; the same question and scale',
};

interface Item {
  id: string;
  waves?: number[];
  history?: unknown[];
}
const codebook = JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')) as {
  items: Item[];
};
for (const item of codebook.items) {
  if (item.id === 'choose_again') item.waves = [2024];
  if (item.id === 'proud') item.history = [{ wave: 2022, column: 'trots', note: NOTE }];
}

/** The 2022 file without the column "choose_again" and with "proud" named "trots". */
function wave2022(csv: string): string {
  const lines = csv.split('\n');
  const header = lines[0]!.split(',');
  const drop = header.indexOf('choose_again');
  return lines
    .map((line, i) => {
      if (line === '') return line;
      const fields = line.split(',').filter((_, k) => k !== drop);
      return i === 0
        ? fields.map((f) => (f === 'proud' ? 'trots' : f)).join(',')
        : fields.join(',');
    })
    .join('\n');
}

beforeEach(async () => {
  ({ page, errors } = session);
  await page.route('**/assets/codebook-*.json', (route) => route.fulfill({ json: codebook }));
  await page.route('**/assets/2022-*.csv', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: wave2022(await response.text()) });
  });
  // Made from the committed files, not from these: every figure is computed by DuckDB.
  await page.route(/results-[^/]*\.json/, (route) => route.abort());
});

const trendNotes = (id: string) =>
  page.locator(`[data-testid="chart-${id}"] [data-testid="trend-note"]`).allTextContents();

describe('a question not asked in every wave', () => {
  it('has a trend that says which wave did not ask it, and one that gives the history note', async () => {
    await openTopic(page, `${site}?topic=pride`);
    await expect(trendNotes('choose_again')).resolves.toEqual(['Niet gevraagd in 2022.']);
    await expect(trendNotes('proud')).resolves.toEqual([`Anders gevraagd in 2022: ${NOTE.nl}`]);
    await expect(page.getByTestId('not-asked').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('says so in English too', async () => {
    await openTopic(page, `${site}?topic=pride&lang=en`);
    await expect(trendNotes('choose_again')).resolves.toEqual(['Not asked in 2022.']);
    await expect(trendNotes('proud')).resolves.toEqual([`Asked differently in 2022: ${NOTE.en}`]);
  });

  it('shows no chart of it in the wave that did not ask it, and names it instead', async () => {
    await openTopic(page, `${site}?topic=pride&wave=2022`);
    await expect(page.getByTestId('chart-choose_again').count()).resolves.toBe(0);
    await expect(page.getByTestId('not-asked').textContent()).resolves.toBe(
      'Niet gevraagd in 2022: Zou opnieuw kiezen.',
    );
    // The old wave's chart of "proud", read from its old column, with the note.
    await expect(page.getByTestId('chart-proud').textContent()).resolves.toContain(
      `Anders gevraagd in 2022: ${NOTE.nl}`,
    );
    await expect(page.getByTestId('summary-proud').textContent()).resolves.toMatch(/\d/);
    await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
