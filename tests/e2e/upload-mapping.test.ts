import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { CodedItem } from '../../src/lib/codebook/types';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { readTable } from '../../src/lib/data/csv';
import { formatPercent } from '../../src/lib/format/number';
import { t } from '../../src/lib/i18n/translate';
import type { Mapping } from '../../src/lib/upload/mapping';
import { suggestMapping } from '../../src/lib/upload/mapping';
import { mappingFileOf, writeMappingFile } from '../../src/lib/upload/mapping-file';
import { normalise, prepare } from '../../src/lib/upload/normalise';
import { checkAndRelease } from '../../src/lib/upload/release';
import { withAnswer } from '../../src/app/upload/answers';
import type { Row } from '../unit/helpers/own-file';
import { ownFile } from '../unit/helpers/own-file';
import { IDENTIFYING, meaningOf, qualtricsCode, qualtricsExport } from '../unit/helpers/qualtrics';
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
const temp = mkdtempSync(path.join(os.tmpdir(), 'djs-upload-mapping-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const burnout = codebook.items.find((i) => i.id === 'burnout') as CodedItem;

/**
 * Two exports of one questionnaire from Qualtrics, each of other respondents (alternate rows of
 * one made-up set): every coded answer a Qualtrics number, identifying columns among the first.
 */
const everyone = ownFile(codebook, [
  { specialty: 'radiologie', rows: 60 },
  { specialty: 'interne_geneeskunde', rows: 60 },
]).rows;
const respondents = [0, 1].map((half) => everyone.filter((_, i) => i % 2 === half));

function writeExport(name: string, rows: readonly Row[], first: number) {
  const file = path.join(temp, name);
  const text = qualtricsExport(codebook, rows, first);
  writeFileSync(file, text);
  return { file, text, rows, first };
}

/** Every answer of an export matched as its data owner knows them: the mapping a panel makes. */
function matchedMapping(text: string, name: string) {
  const prepared = prepare(name, new TextEncoder().encode(text));
  const suggested = suggestMapping(codebook, prepared.header);
  const { unread } = normalise(codebook, prepared, suggested);
  const mapping: Mapping = suggested.map((target, i) => {
    const column = prepared.header[i]!;
    let out = target;
    for (const { value } of unread.find((u) => u.column === column)?.values ?? [])
      out = withAnswer(out, value, meaningOf(codebook, column, value)!);
    return out;
  });
  return { prepared, mapping };
}

/** What the page must show for burnout from the generated rows: n, don't know, share yes. */
function burnoutFigures(rows: readonly Row[]) {
  const count = (code: string) => rows.filter((r) => r.burnout === code).length;
  const n = count('ja') + count('nee');
  return { n, excluded: count('weet_niet'), share: formatPercent(count('ja') / n, 'nl') };
}

const openSite = (query = '') => openPage(page, `${site}${query}`);

const upload = (file: string) => uploadFile(page, file);

const banner = () => page.getByTestId('own-data-banner');

/** Every value of an identifying column of the rows: none may be anywhere on the page. */
const identifyingValues = (rows: readonly Row[], first: number) =>
  rows.flatMap((_, i) => Object.values(IDENTIFYING).map((value) => value(first + i)));

async function expectNoIdentifyingValue(values: readonly string[], requests: Request[] = []) {
  const html = await page.content();
  const text = await page.locator('body').innerText();
  for (const value of values) {
    expect(html, value).not.toContain(value);
    expect(text, value).not.toContain(value);
  }
  for (const r of requests) {
    const sent = `${decodeURIComponent(r.url())} ${r.postData() ?? ''}`;
    for (const value of values) expect(sent, value).not.toContain(value);
  }
}

describe('a mapping of columns and answers, made once per questionnaire', () => {
  it('matches the answers of a Qualtrics export by hand, downloads the mapping, and reads the next export with it', async () => {
    const first = writeExport('qualtrics-voorjaar.csv', respondents[0]!, 0);
    const second = writeExport('qualtrics-najaar.csv', respondents[1]!, 1000);
    // Both can be released once matched (else the test would prove nothing about the page).
    for (const e of [first, second]) {
      const { prepared, mapping } = matchedMapping(e.text, path.basename(e.file));
      const checked = checkAndRelease(codebook, prepared, mapping);
      expect(checked.normalised.issues).toEqual([]);
      expect(checked.release?.ok).toBe(true);
      expect(readTable(normalise(codebook, prepared, mapping).csv).rows).toHaveLength(60);
    }

    await openSite();
    await upload(first.file);
    await expect
      .poll(() => page.getByTestId('upload-layout').textContent(), { timeout: 60_000 })
      .toContain('Herkend als export van Qualtrics (3 kopregels)');
    // Nothing loadable before the answers are matched: the panel goes straight to matching.
    const answers = page.getByTestId('answers');
    await answers.first().waitFor({ timeout: 60_000 });
    await expect(banner().count()).resolves.toBe(0);

    // The burnout column lists Qualtrics' numbers with how often each came, none chosen yet.
    const burnoutAnswers = page.locator(
      `[data-testid="answers"][data-column="${burnout.question.nl}"]`,
    );
    const listed = await burnoutAnswers
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('code')!.textContent,
          tr.querySelector('.count')!.textContent,
          tr.querySelector('select')!.value,
        ]),
      );
    const count = (code: string) => first.rows.filter((r) => r.burnout === code).length;
    expect(listed).toEqual(
      burnout.values
        .filter((v) => count(v.code) > 0)
        .map((v) => [qualtricsCode(burnout, v.code), `${count(v.code)} keer`, ''])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    );

    // Matched by hand, answer by answer, as the data owner knows them.
    const selects = page.getByTestId('answer-select');
    const toMatch = await selects.evaluateAll((all) =>
      all.map((s) => [
        (s as HTMLElement).dataset['column']!,
        (s as HTMLElement).dataset['answer']!,
      ]),
    );
    expect(toMatch.length).toBeGreaterThan(20);
    for (const [k, [column, answer]] of toMatch.entries())
      await selects.nth(k).selectOption(meaningOf(codebook, column!, answer!)!);

    // The mapping, downloaded, holds the columns and the answers chosen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-mapping"]'),
    ]);
    expect(download.suggestedFilename()).toBe('qualtrics-voorjaar.mapping.json');
    const mappingFile = path.join(temp, download.suggestedFilename());
    await download.saveAs(mappingFile);
    const saved = readFileSync(mappingFile, 'utf8');
    const json = JSON.parse(saved) as {
      format: string;
      tool: string;
      headerRows: number;
      columns: { header: string; target: string; answers?: Record<string, string> }[];
    };
    expect([json.format, json.tool, json.headerRows]).toEqual([
      'djs-enquete-mapping',
      'qualtrics',
      3,
    ]);
    expect(json.columns.find((c) => c.header === burnout.question.nl)).toEqual({
      header: burnout.question.nl,
      target: 'burnout',
      answers: Object.fromEntries(
        burnout.values
          .filter((v) => count(v.code) > 0)
          .map((v) => [qualtricsCode(burnout, v.code), v.code]),
      ),
    });
    expect(json.columns.find((c) => c.header === 'IP Address')).toEqual({
      header: 'IP Address',
      target: 'ignore',
      identifying: true,
    });
    for (const value of identifyingValues(first.rows, first.first))
      expect(saved).not.toContain(value);

    // Checked and loaded with the answers matched: every row.
    await page.click('[data-testid="run-check"]');
    await banner().waitFor({ timeout: 120_000 });
    await expect(banner().textContent()).resolves.toContain('qualtrics-voorjaar.csv (60 rijen)');

    // The session remembers the matching, answers and all: the next export of the same
    // questionnaire loads straight away.
    await page.click('[data-testid="own-data-banner"] button');
    await page.getByTestId('demo-banner').waitFor();
    await upload(second.file);
    await banner().waitFor({ timeout: 120_000 });
    await expect(banner().textContent()).resolves.toContain('qualtrics-najaar.csv (60 rijen)');

    // In a session that remembers nothing, the mapping file alone matches its answers.
    await page.click('[data-testid="own-data-banner"] button');
    await page.getByTestId('demo-banner').waitFor();
    await page.evaluate(() => sessionStorage.clear());
    await upload(second.file);
    await answers.first().waitFor({ timeout: 60_000 });
    await page.getByTestId('mapping-input').setInputFiles(mappingFile);
    const loaded = page.getByTestId('mapping-loaded');
    await expect
      .poll(() => loaded.textContent(), { timeout: 10_000 })
      .toContain(
        `qualtrics-voorjaar.mapping.json: koppeling toegepast op ${json.columns.length} kolommen.`,
      );
    await expect(loaded.locator('li').count()).resolves.toBe(0);
    await page.click('[data-testid="run-check"]');
    await banner().waitFor({ timeout: 120_000 });
    await expect(banner().textContent()).resolves.toContain('qualtrics-najaar.csv (60 rijen)');
    await expect(page.getByTestId('upload-issues').count()).resolves.toBe(0);

    // The share with its n, as counted from the generated rows of the second export.
    const want = burnoutFigures(second.rows);
    await page.click('a[data-topic="burnout"]');
    await page.locator('section[data-busy="false"] [data-testid="headline-burnout"]').waitFor({
      timeout: 60_000,
    });
    await expect
      .poll(() => page.locator('[data-testid="headline-burnout"] .value').textContent(), {
        timeout: 30_000,
      })
      .toBe(want.share);
    await expect(
      page.locator('[data-testid="headline-burnout"] .n').textContent(),
    ).resolves.toContain(
      `${t('nl', 'n', { n: want.n })}; ${t('nl', 'excluded', { n: want.excluded })}`,
    );
    expect(errors).toEqual([]);
  }, 300_000);

  it('names the identifying columns as dropped and shows none of their values anywhere', async () => {
    const file = writeExport('met-namen.csv', respondents[0]!, 500);
    const values = identifyingValues(file.rows, file.first);
    const { prepared, mapping } = matchedMapping(file.text, 'met-namen.csv');
    const mappingFile = path.join(temp, 'met-namen.mapping.json');
    writeFileSync(mappingFile, writeMappingFile(mappingFileOf(prepared, mapping)));
    const dropped = prepared.identifying;
    expect(dropped).toEqual([
      'IP Address',
      'Response ID',
      'Recipient Last Name',
      'Recipient First Name',
      'Recipient Email',
      'Location Latitude',
      'Location Longitude',
    ]);

    const requests: Request[] = [];
    page.context().on('request', (r) => requests.push(r));
    await openSite('?lang=en');
    await upload(file.file);
    const layout = page.getByTestId('upload-layout');
    await expect
      .poll(() => layout.textContent(), { timeout: 60_000 })
      .toContain('Recognised as an export of Qualtrics (3 header rows)');
    await expect(page.getByTestId('upload-identifying').textContent()).resolves.toBe(
      t('en', 'upload.identifying', { list: dropped }),
    );
    // In the matching they are named as not loaded, with nothing to choose.
    await page.getByTestId('answers').first().waitFor({ timeout: 60_000 });
    const rows = page.locator('[data-testid="upload-mapping"] td[data-identifying]');
    await expect(
      rows.evaluateAll((tds) => tds.map((td) => td.dataset['identifying'])),
    ).resolves.toEqual(dropped);
    await expect(rows.first().textContent()).resolves.toBe('not loaded: identifies a person');
    await expectNoIdentifyingValue(values);

    // Matched by a mapping file and loaded: still nowhere, on the page or in any request.
    await page.getByTestId('mapping-input').setInputFiles(mappingFile);
    await expect
      .poll(() => page.getByTestId('mapping-loaded').textContent(), { timeout: 10_000 })
      .toContain('mapping applied to');
    await page.click('[data-testid="run-check"]');
    await banner().waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('upload-identifying').textContent()).resolves.toBe(
      t('en', 'upload.identifying', { list: dropped }),
    );
    await page.locator('section[data-busy="false"] [data-testid="chart-hours_worked"]').waitFor();
    await expectNoIdentifyingValue(values, requests);
    await page.click('a[data-topic="explore"]');
    await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
    await expectNoIdentifyingValue(values, requests);
    expect(errors).toEqual([]);
  }, 300_000);

  it('shows every problem of a mapping file that does not fit, in the reader’s language', async () => {
    const file = writeExport('anders.csv', respondents[1]!, 0);
    const mappingFile = path.join(temp, 'kapot.mapping.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({
        format: 'djs-enquete-mapping',
        version: 1,
        headerRows: 1,
        columns: [
          { header: burnout.question.nl, target: 'burnot' },
          { header: 'Bestaat niet', target: 'gender' },
        ],
      }),
    );
    await openSite();
    await upload(file.file);
    await page.getByTestId('answers').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('mapping-input').setInputFiles(mappingFile);
    const loaded = page.getByTestId('mapping-loaded');
    await loaded.waitFor();
    const problems = await loaded.locator('li').allTextContents();
    expect(problems[0]).toContain('kapot.mapping.json, headerRows: gevonden “1”');
    expect(
      problems.some((p) => p.includes('columns[0].target, kolom “') && p.includes('“burnot”')),
    ).toBe(true);
    expect(problems.some((p) => p.includes('columns[1].header, kolom “Bestaat niet”'))).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
