import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { readTable } from '../../src/lib/data/csv';
import { suggestMapping } from '../../src/lib/upload/mapping';
import { normalise } from '../../src/lib/upload/normalise';
import { readExport } from '../../src/lib/upload/read-export';
import { ownFile } from '../unit/helpers/own-file';
import type { XlsxCell } from '../unit/helpers/xlsx';
import { xlsxBytes } from '../unit/helpers/xlsx';
import { useBrowserPage } from './support/browser';
import { openPage, uploadFile } from './support/upload';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const root = path.resolve(import.meta.dirname, '../..');
const codebook = validateCodebook(
  JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')),
);
const temp = mkdtempSync(path.join(os.tmpdir(), 'djs-upload-xlsx-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const openSite = () => openPage(page, site);

const upload = (file: string) => uploadFile(page, file);

const banner = () => page.getByTestId('own-data-banner');

/** The rows of a made-up export and the valid n of hours worked, as the page must show them. */
async function expected(file: string) {
  const prepared = await readExport(path.basename(file), new Uint8Array(readFileSync(file)));
  const result = normalise(codebook, prepared, suggestMapping(codebook, prepared.header));
  expect(result.issues).toEqual([]);
  const rows = readTable(result.csv).rows;
  return { rows: rows.length, hoursN: rows.filter((r) => r.hours_worked !== '').length };
}

async function expectLoaded(file: string, want: { rows: number; hoursN: number }) {
  await banner().waitFor({ timeout: 120_000 });
  await expect
    .poll(() => banner().textContent(), { timeout: 60_000 })
    .toContain(`${path.basename(file)} (${want.rows} rijen)`);
  await page.locator('section[data-busy="false"] [data-testid="chart-hours_worked"]').waitFor();
  await expect
    .poll(() => page.locator('[data-testid="headline-hours_worked"] .n').textContent(), {
      timeout: 30_000,
    })
    .toContain(`n = ${want.hoursN}`);
}

/** The chunk with the workbook reader: xlsx.ts and the library it imports. */
const XLSX_CHUNK = /\/assets\/(xlsx|universal)-[\w-]+\.js$/;

describe('an Excel workbook, in a real browser', () => {
  it('loads an .xlsx as its CSV would load, and fetches the reader only for it', async () => {
    // The same kind of respondents twice: a CSV, then a workbook (38.5 hours stored as Excel
    // may, 38.499999999999993; some hours not answered; a date column the codebook ignores).
    const made = ownFile(
      codebook,
      [
        { specialty: 'radiologie', rows: 30 },
        { specialty: 'interne_geneeskunde', rows: 30 },
      ],
      { hours_worked: (i) => (i % 7 === 3 ? '' : i % 4 === 0 ? '38.5' : String(40 + (i % 9))) },
    );
    const csvFile = path.join(temp, 'eerst.csv');
    writeFileSync(csvFile, made.csv);
    const xlsxFile = path.join(temp, 'mijn-enquete.xlsx');
    const cells = (row: Record<string, string>, i: number): XlsxCell[] => [
      ...made.columns.map((c): XlsxCell => {
        const value = row[c]!;
        if (value === '') return null;
        if (c === 'hours_worked')
          return value === '38.5' ? { number: '38.499999999999993' } : +value;
        return value;
      }),
      { date: `2024-04-${String((i % 30) + 1).padStart(2, '0')}` },
    ];
    writeFileSync(
      xlsxFile,
      await xlsxBytes([
        {
          name: 'Resultaten',
          rows: [[...made.columns, 'Startdatum'], ...made.rows.map((r, i) => cells(r, i))],
        },
      ]),
    );
    const want = await expected(xlsxFile);
    expect(want).toEqual(await expected(csvFile));
    expect(want.rows).toBe(60);

    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await openSite();
    await upload(csvFile);
    await expectLoaded(csvFile, want);
    // A CSV, the page and its workers: the workbook reader is never fetched.
    expect(requests.filter((url) => XLSX_CHUNK.test(url))).toEqual([]);
    const before = requests.length;

    await upload(xlsxFile);
    await expectLoaded(xlsxFile, want);
    // Which sheet was read, and that line N of a message is row N of it.
    await expect(page.getByTestId('upload-read-as').textContent()).resolves.toContain(
      'mijn-enquete.xlsx: werkblad “Resultaten” (1 van 1); rij N van het werkblad heet in de meldingen regel N.',
    );
    await expect(page.getByTestId('release-report').textContent()).resolves.toContain(
      '60 respondenten vrijgegeven',
    );
    // Now it is: xlsx.ts and the library, each a chunk of its own.
    const fetched = requests.slice(before).filter((url) => XLSX_CHUNK.test(url));
    expect(fetched.map((url) => url.replace(/^.*\/assets\/(\w+)-.*$/, '$1')).sort()).toEqual([
      'universal',
      'xlsx',
    ]);
    expect(errors).toEqual([]);
  });

  it('refuses a legacy .xls, saying what to do', async () => {
    const xls = path.join(temp, 'oud.xls');
    writeFileSync(
      xls,
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]),
    );
    await openSite();
    await upload(xls);
    await expect
      .poll(() => page.getByTestId('upload-fatal').textContent(), { timeout: 30_000 })
      .toContain(
        'verwacht een CSV-bestand of een .xlsx-werkmap, geen oude Excel-werkmap (.xls) (sla het spreadsheet op als .xlsx of CSV)',
      );
    await expect(banner().count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
