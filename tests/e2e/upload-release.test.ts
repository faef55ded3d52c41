import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { isCoded } from '../../src/lib/codebook/types';
import { readCodebook } from '../unit/helpers/data';
import type { Row } from '../unit/helpers/own-file';
import { ownFile } from '../unit/helpers/own-file';
import { useBrowserPage } from './support/browser';
import { uploadFile } from './support/upload';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const codebook = readCodebook();
const temp = mkdtempSync(path.join(os.tmpdir(), 'djs-upload-release-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function write(name: string, csv: string): string {
  const file = path.join(temp, name);
  writeFileSync(file, csv);
  return file;
}

const upload = (file: string) => uploadFile(page, file);

async function download(click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await readFile((await file.path())!)).toString('utf8');
}

const banner = () => page.getByTestId('own-data-banner');
const label = (column: string, code: string, lang: 'nl' | 'en' = 'nl') => {
  const item = codebook.items.find((i) => i.id === column)!;
  return isCoded(item) ? item.values.find((v) => v.code === code)!.label[lang] : code;
};
const qis = codebook.items.filter((i) => isCoded(i) && i.quasi_identifier).map((i) => i.id);

/** Valid burnout answers ("weet niet" is left out of every denominator), counted in the file. */
const burnoutItem = codebook.items.find((i) => i.id === 'burnout')!;
const unsure = new Set(
  isCoded(burnoutItem) ? burnoutItem.values.filter((v) => v.excluded).map((v) => v.code) : [],
);
const burnoutN = (rows: readonly Row[]) =>
  rows.filter((r) => r.burnout !== '' && !unsure.has(r.burnout!)).length;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG 2.1 A/AA rules and best practices, on the upload panel only. */
async function panelViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: object, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const context = { include: [['[data-testid="upload-panel"]']] };
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  })) as { id: string; nodes: { target: string[] }[] }[];
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** An exported CSV as rows by their first cell (the group), each with its "n" column. */
function table(csv: string): Map<string, { n: string }> {
  const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data;
  const at = header!.indexOf('n');
  expect(at).toBeGreaterThan(0);
  return new Map(rows.map((r) => [r[0]!, { n: r[at]! }]));
}

/** The n of every group with a figure, the total row (the first) left out. */
function sumOfGroups(rows: Map<string, { n: string }>): number {
  return [...rows.values()].slice(1).reduce((sum, r) => sum + Number(r.n || 0), 0);
}

describe('own data are released in the browser before any figure', () => {
  it('shows only released rows in charts, tables and CSV exports, and shows the report', async () => {
    // Three neurosurgeons among 83: their specialty is a class of 3, below k = 10.
    const file = ownFile(codebook, [
      { specialty: 'radiologie', rows: 40 },
      { specialty: 'interne_geneeskunde', rows: 40 },
      { specialty: 'neurochirurgie', rows: 3 },
    ]);
    const rare = label('specialty', 'neurochirurgie');
    const radiology = label('specialty', 'radiologie');

    await page.goto(`${site}?view=explore&q=burnout&by=specialty`);
    await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
    await upload(write('eigen-enquete.csv', file.csv));
    await banner().waitFor({ timeout: 120_000 });
    await expect(banner().textContent()).resolves.toContain(
      `eigen-enquete.csv (${file.rows.length} rijen)`,
    );

    // The panel stays open with the disclosure report.
    const report = page.getByTestId('release-report');
    await report.waitFor();
    const text = (await report.textContent())!;
    expect(text).toContain(`${file.rows.length} respondenten vrijgegeven`);
    const smallest = Number(/Kleinste groep met dezelfde kenmerken: (\d+)/.exec(text)?.[1]);
    expect(smallest).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('release-merges').textContent()).resolves.toContain(rare);
    await expect(
      page
        .locator('[data-testid="release-kept"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-column'))),
    ).resolves.toEqual(qis);
    expect(await panelViolations()).toEqual([]);

    // The crosstab by specialty. Every specialty of the codebook has a row; in the raw file the
    // three neurosurgeons would be a hidden group ("fewer than 10 answers") that the total minus
    // the shown groups gives away. Released, they are counted inside a shown group: the shown
    // groups add up to the total.
    const figure = page.locator('[data-testid="chart-crosstab"]');
    await expect
      .poll(() => figure.locator('figcaption').textContent(), { timeout: 60_000 })
      .toContain('uw eigen data');
    await page.locator('[data-testid="explorer"][data-busy="false"]').waitFor();
    const rows = await page.locator('[data-testid="crosstab"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-key')!,
        hidden: tr.getAttribute('data-hidden') === 'true',
        n: tr.querySelectorAll('td')[tr.querySelectorAll('td').length - 2]!.textContent!.trim(),
      })),
    );
    const [total, ...groups] = rows;
    expect(total!.key).toBe('total');
    expect(Number(total!.n)).toBe(burnoutN(file.rows));
    expect(groups.find((g) => g.key === 'radiologie')).toMatchObject({
      hidden: false,
      n: String(burnoutN(file.rows.filter((r) => r.specialty === 'radiologie'))),
    });
    expect(groups.find((g) => g.key === 'neurochirurgie')).toMatchObject({ hidden: true, n: '' });
    const shown = groups.filter((g) => !g.hidden);
    expect(shown.reduce((sum, g) => sum + Number(g.n), 0)).toBe(Number(total!.n));

    // The CSV export holds the same figures.
    const crosstabCsv = table(
      await download(() => figure.locator('button[data-export="csv"]').click()),
    );
    expect(crosstabCsv.get(rare)).toMatchObject({ n: '' });
    expect(crosstabCsv.get(radiology)?.n).toBe(groups.find((g) => g.key === 'radiologie')!.n);
    expect(sumOfGroups(crosstabCsv)).toBe(Number(total!.n));

    // A topic page split by specialty: the chart's table and its CSV export, alike.
    await page.click('a[data-topic="burnout"]');
    await page.selectOption('select[name="compare"]', 'specialty');
    const burnout = page.locator('[data-testid="chart-burnout"]');
    await burnout.locator('svg').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => burnout.locator('details.table').textContent(), { timeout: 30_000 })
      .toContain(radiology);
    const burnoutCsv = table(
      await download(() => burnout.locator('button[data-export="csv"]').click()),
    );
    expect(burnoutCsv.get(rare)).toMatchObject({ n: '' });
    expect(sumOfGroups(burnoutCsv)).toBe(burnoutN(file.rows));
    expect(errors).toEqual([]);
  });

  it('says why a file too small to release gives no figures, in the reader’s language', async () => {
    const small = ownFile(codebook, [{ specialty: 'radiologie', rows: 8 }]);
    await page.goto(site);
    await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
    await upload(write('klein.csv', small.csv));
    const refused = page.getByTestId('upload-refused');
    await refused.waitFor({ timeout: 60_000 });
    const dutch = (await refused.textContent())!;
    expect(dutch).toContain('Uw data kunnen niet veilig worden getoond');
    expect(dutch).toContain('8 bruikbare rijen');
    expect(dutch).toContain('minstens 10 respondenten');
    expect(dutch).toContain('er wordt geen grafiek, tabel of export van dit bestand gemaakt');
    expect(await panelViolations()).toEqual([]);
    // Nothing of the file is loaded: the survey's data stay in view.
    await expect(banner().count()).resolves.toBe(0);
    await expect(page.getByTestId('release-report').count()).resolves.toBe(0);
    await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);

    await page.click('header .lang button:has-text("EN")');
    await expect
      .poll(() => refused.textContent(), { timeout: 10_000 })
      .toContain('Your data cannot be shown safely');
    const english = (await refused.textContent())!;
    expect(english).toContain('8 usable rows');
    expect(english).toContain('at least 10 respondents');
    expect(english).not.toMatch(/rijen|respondenten/);
    await expect(
      page.locator('[data-testid^="chart-"] figcaption').first().textContent(),
    ).resolves.not.toContain('your data');
    expect(errors).toEqual([]);
  });
});
