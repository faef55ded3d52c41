import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { formatCount } from '../../src/lib/format/number';
import { MAX_UPLOAD_MB } from '../../src/app/upload/file-size';
import { suggestMapping, targetKey } from '../../src/lib/upload/mapping';
import { normaliseBytes } from '../../src/lib/upload/normalise';
import { ownFile } from '../unit/helpers/own-file';
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
const fixture = (name: string) => path.join(root, 'tests/fixtures/upload', name);
const codebook = validateCodebook(
  JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')),
);
const temp = mkdtempSync(path.join(os.tmpdir(), 'djs-upload-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every request of the page and its workers, with what it sent. */
function recordAll(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (r) => requests.push(r));
  return requests;
}

const openSite = () => openPage(page, site);

const upload = (file: string) => uploadFile(page, file);

const banner = () => page.getByTestId('own-data-banner');

/**
 * A made-up export of 60 respondents with its columns in reverse order (so that another file's
 * column matching cannot fit it) and some hours not answered; and what the page must show for
 * it, counted from its rows: the rows, the valid n of hours worked, the matching of its header.
 */
function secondFile(name: string) {
  const made = ownFile(
    codebook,
    [
      { specialty: 'radiologie', rows: 30 },
      { specialty: 'interne_geneeskunde', rows: 30 },
    ],
    { hours_worked: (i) => (i % 7 === 3 ? '' : String(38 + (i % 23))) },
  );
  const columns = [...made.columns].reverse();
  const csv = [columns, ...made.rows.map((r) => columns.map((c) => r[c]!))]
    .map((r) => r.join(','))
    .join('\n');
  const file = path.join(temp, name);
  writeFileSync(file, `${csv}\n`);
  const expected = normaliseBytes(codebook, name, new TextEncoder().encode(csv));
  expect(expected.issues).toEqual([]);
  const [head, ...rows] = expected.csv.trimEnd().split('\n');
  const at = head!.split(',').indexOf('hours_worked');
  return {
    file,
    rows: rows.length,
    hoursN: rows.filter((r) => r.split(',')[at] !== '').length,
    mapping: Object.fromEntries(
      suggestMapping(codebook, columns).map((target, i) => [columns[i]!, targetKey(target)]),
    ),
  };
}

/** The own data in view are those of `file`: its name and rows in the banner, its valid n. */
async function expectLoaded(file: ReturnType<typeof secondFile>) {
  await expect(banner().textContent()).resolves.toContain(
    `${path.basename(file.file)} (${file.rows} rijen)`,
  );
  await page.locator('section[data-busy="false"] [data-testid="chart-hours_worked"]').waitFor();
  await expect
    .poll(() => page.locator('[data-testid="headline-hours_worked"] .n').textContent(), {
      timeout: 30_000,
    })
    .toContain(`n = ${file.hoursN}`);
}

describe('your own data, in a real browser', () => {
  it('loads a survey export locally, marks it as your data, and sends its content nowhere', async () => {
    // A survey-tool export with a marker in a column that is ignored.
    const marker = 'GEHEIM-7f3a-ONLY-IN-THIS-FILE';
    const text = readFileSync(fixture('english-labels-extra-columns.csv'), 'utf8');
    const lines = text.split('\n');
    lines[1] = `${lines[1]}${marker}`;
    const file = path.join(temp, 'mijn-enquete.csv');
    writeFileSync(file, lines.join('\n'));
    const expected = normaliseBytes(codebook, 'x', new Uint8Array(readFileSync(file)));
    expect(expected.issues).toEqual([]);

    const requests = recordAll(page);
    await openSite();
    await upload(file);
    await banner().waitFor({ timeout: 120_000 });
    await expect(banner().textContent()).resolves.toMatch(
      /Uw eigen data.*mijn-enquete\.csv \(40 rijen\)/s,
    );
    await expect(page.getByTestId('demo-banner').count()).resolves.toBe(0);
    // The panel stays open and says how the file was released (upload-release.test.ts).
    await expect(page.getByTestId('release-report').textContent()).resolves.toContain(
      '40 respondenten vrijgegeven',
    );

    // Every topic works on it, and says whose data it is.
    await page.locator('section[data-busy="false"] [data-testid="chart-hours_worked"]').waitFor();
    await expect(
      page.locator('[data-testid="chart-hours_worked"] figcaption').textContent(),
    ).resolves.toContain('Bron: uw eigen data (mijn-enquete.csv)');
    const rows = expected.csv.trimEnd().split('\n').slice(1);
    const at = expected.csv.split('\n')[0]!.split(',').indexOf('hours_worked');
    const answered = rows.filter((r) => r.split(',')[at] !== '').length;
    await expect
      .poll(() => page.locator('[data-testid="headline-hours_worked"] .n').textContent(), {
        timeout: 30_000,
      })
      .toContain(`n = ${answered}`);
    await page.click('a[data-topic="burnout"]');
    await page.locator('[data-testid="chart-burnout"] svg').first().waitFor({ timeout: 30_000 });
    await page.click('a[data-topic="explore"]');
    await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
    await expect(
      page.locator('[data-testid="chart-crosstab"] figcaption').textContent(),
    ).resolves.toContain('uw eigen data');

    // Nothing but GETs of the site's own files (and the HEAD with which DuckDB's start asks
    // whether its wasm is there): no request carries anything of the file.
    const origin = new URL(site).origin;
    const content = lines[2]!.slice(0, 60);
    for (const r of requests) {
      const url = r.url();
      expect(
        url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:'),
        url,
      ).toBe(true);
      const wasmHeaders = r.method() === 'HEAD' && /\/duckdb-\w+-[\w-]+\.wasm$/.test(url);
      expect(wasmHeaders ? 'GET' : r.method(), url).toBe('GET');
      expect(r.postData() ?? '', url).toBe('');
      expect(decodeURIComponent(url)).not.toContain(marker);
      expect(decodeURIComponent(url)).not.toContain(content);
      expect(url).not.toContain('mijn-enquete');
    }

    // Back to the survey's data.
    await page.click('[data-testid="own-data-banner"] button');
    await page.getByTestId('demo-banner').waitFor();
    expect(errors).toEqual([]);
  });

  it('lists every problem of a bad file, and loads the valid rows only when asked', async () => {
    await openSite();
    await upload(fixture('errors.csv'));
    const issues = page.getByTestId('upload-issues');
    await issues.waitFor({ timeout: 60_000 });
    await expect(issues.locator('h3').textContent()).resolves.toBe(
      '6 problemen in 6 van de 20 rijen',
    );
    const lines = await issues
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(lines.map((l) => l[0])).toEqual(['4', '7', '10', '13', '16', '19']);
    expect(lines[0]).toEqual([
      '4',
      'onbekend antwoord',
      'burnout',
      'misschien',
      'een van de codes ja, nee, weet_niet (of hun labels)',
    ]);
    expect(lines[1]).toEqual([
      '7',
      'buiten het bereik',
      'hours_worked',
      '150',
      'een getal van 0 tot en met 120',
    ]);
    // Nothing is loaded until the visitor chooses to leave the bad rows out.
    await expect(banner().count()).resolves.toBe(0);
    await expect(page.getByTestId('load-valid').textContent()).resolves.toContain(
      'Alleen de 14 goede rijen laden (6 weglaten)',
    );
    await page.click('[data-testid="load-valid"]');
    await banner().waitFor({ timeout: 60_000 });
    await expect(banner().textContent()).resolves.toContain('6 rijen met fouten weggelaten');
    expect(errors).toEqual([]);
  });

  it('refuses what is not a usable CSV, saying why', async () => {
    await openSite();
    await upload(fixture('empty.csv'));
    await expect(
      page.getByTestId('upload-fatal').textContent({ timeout: 30_000 }),
    ).resolves.toContain('verwacht een CSV-bestand met een kopregel');
    await upload(fixture('not-a-csv.csv'));
    await expect
      .poll(() => page.getByTestId('upload-fatal').textContent(), { timeout: 30_000 })
      .toContain('geen ZIP-archief of .xlsx-werkmap');
    await upload(fixture('duplicate-header.csv'));
    await expect
      .poll(() => page.getByTestId('mapping-problems').textContent(), { timeout: 30_000 })
      .toContain('kolom “burnout”');
    await expect(banner().count()).resolves.toBe(0);
  });

  it('asks to match columns it does not recognise, and remembers the choice', async () => {
    await openSite();
    await upload(fixture('needs-mapping.csv'));
    await page.getByTestId('upload-mapping').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('mapping-problems').textContent()).resolves.toContain(
      'hospital_type',
    );
    await page.selectOption('select[data-header="Ziekenhuis"]', 'hospital_type');
    await page.click('[data-testid="upload-panel"] button:has-text("Controleren en laden")');
    await banner().waitFor({ timeout: 60_000 });
    // The same header again: loaded straight away with the remembered mapping.
    await page.click('[data-testid="own-data-banner"] button');
    await upload(fixture('needs-mapping.csv'));
    await banner().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  it('takes a file dropped on the drop zone', async () => {
    await openSite();
    await page.click('[data-testid="open-upload"]');
    const text = readFileSync(fixture('semicolon-bom-crlf.csv'), 'latin1');
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(content, (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], 'gesleept.csv', { type: 'text/csv' }));
      return transfer;
    }, text);
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: dropped });
    await banner().waitFor({ timeout: 60_000 });
    await expect(banner().textContent()).resolves.toContain('gesleept.csv (60 rijen)');
    expect(errors).toEqual([]);
  });

  it('keeps showing the upload when Back leads to a link of another year', async () => {
    await page.goto(`${site}?wave=2022`);
    await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
    await page.selectOption('select[name="wave"]', '2024');
    await page.waitForURL((u) => !u.search.includes('wave='));
    await upload(fixture('canonical.csv'));
    await banner().waitFor({ timeout: 60_000 });
    await page.goBack();
    await page.locator('section[data-busy="false"] [data-testid="chart-hours_worked"]').waitFor();
    await expect(banner().isVisible()).resolves.toBe(true);
    await expect(
      page.locator('[data-testid="chart-hours_worked"] figcaption').textContent(),
    ).resolves.toContain('uw eigen data (canonical.csv)');
    expect(errors).toEqual([]);
  });

  it('loads a 50 MB file with progress while the page keeps drawing frames', async () => {
    const source = readFileSync(fixture('canonical.csv'), 'utf8').trimEnd().split('\n');
    const [header, ...rows] = source;
    const body = rows.join('\n') + '\n';
    const file = path.join(temp, 'groot.csv');
    const copies = Math.ceil((50 * 1024 * 1024) / body.length);
    writeFileSync(file, `${header}\n${body.repeat(copies)}`);

    await openSite();
    await page.click('[data-testid="open-upload"]');
    await page.evaluate(() => {
      const w = window as unknown as { beats: number[] };
      w.beats = [];
      const beat = (t: number) => {
        w.beats.push(t);
        requestAnimationFrame(beat);
      };
      requestAnimationFrame(beat);
    });
    await page.getByTestId('upload-input').setInputFiles(file);
    await page.getByTestId('upload-progress').waitFor({ timeout: 60_000 });
    await banner().waitFor({ timeout: 600_000 });
    // Counts are written the Dutch way, like every number on the page: 374.040 rijen.
    await expect(banner().textContent()).resolves.toContain(
      `(${formatCount(rows.length * copies, 'nl')} rijen)`,
    );
    const beats = await page.evaluate(() => (window as unknown as { beats: number[] }).beats);
    // The heartbeat kept ticking through reading, checking and loading: never a long freeze.
    expect(beats.length).toBeGreaterThan(50);
    const gaps = beats.slice(1).map((t, i) => t - beats[i]!);
    expect(Math.max(...gaps)).toBeLessThan(2_500);
    expect(errors).toEqual([]);
  }, 900_000);
  it('takes the last file picked: a slow first file neither matches nor loads the second', async () => {
    // A first file of about 30 MB (slow to read and check), in the codebook's column order.
    const source = readFileSync(fixture('canonical.csv'), 'utf8').trimEnd().split('\n');
    const [header, ...rows] = source;
    const body = rows.join('\n') + '\n';
    const first = path.join(temp, 'eerste-groot.csv');
    writeFileSync(first, `${header}\n${body.repeat(Math.ceil((30 * 1024 * 1024) / body.length))}`);
    const second = secondFile('tweede.csv');

    await openSite();
    await page.click('[data-testid="open-upload"]');
    const input = page.getByTestId('upload-input');
    // The second is picked while the first is still being read. (Two setInputFiles calls
    // started together may land in either order: the 30 MB one was sometimes set last.)
    await input.setInputFiles(first);
    await page.getByTestId('upload-progress').waitFor();
    await input.setInputFiles(second.file);
    await banner().waitFor({ timeout: 120_000 });
    await expectLoaded(second);
    await expect(page.getByTestId('upload-read-as').textContent()).resolves.toContain('tweede.csv');
    // The column matching shown is the second file's own, column by column.
    await page.click('[data-testid="upload-panel"] button.link:has-text("Kolommen koppelen")');
    await page.getByTestId('upload-mapping').waitFor();
    const shown = await page
      .locator('[data-testid="upload-mapping"] select[data-header]')
      .evaluateAll((selects) =>
        Object.fromEntries(
          (selects as HTMLSelectElement[]).map((s) => [s.dataset['header'], s.value]),
        ),
      );
    expect(shown).toEqual(second.mapping);
    // Nothing of the first file turns up later.
    await page.waitForTimeout(2_000);
    await expect(banner().textContent()).resolves.toContain('tweede.csv (60 rijen)');
    await expect(page.getByTestId('upload-fatal').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);

  it('reads a file while the survey data still load, and loads it once the database is ready', async () => {
    // DuckDB's worker and wasm held back until the file has been read, matched and released.
    const held: Route[] = [];
    let holding = true;
    await page
      .context()
      .route(/\/duckdb-[^/]*\.(wasm|js)(\?.*)?$/, (route) =>
        holding ? void held.push(route) : route.continue(),
      );
    const file = secondFile('vroeg.csv');
    await page.goto(site, { waitUntil: 'domcontentloaded' });
    // The button is there before the database: the page still says it is loading.
    await page.click('[data-testid="open-upload"]', { timeout: 30_000 });
    await expect(page.getByTestId('engine-progress').isVisible()).resolves.toBe(true);
    await page.getByTestId('upload-input').setInputFiles(file.file);
    const waiting = page.locator('[data-testid="upload-progress"][data-step="waiting"]');
    await waiting.waitFor({ timeout: 60_000 });
    await expect(waiting.textContent()).resolves.toContain('Wacht op de database…');
    expect(held.length).toBeGreaterThan(0);
    await expect(banner().count()).resolves.toBe(0);

    // The database comes: the panel goes on by itself.
    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await banner().waitFor({ timeout: 120_000 });
    await expectLoaded(file);
    expect(errors).toEqual([]);
  }, 300_000);

  it('says a file is too big to read, with its size and the limit, before reading it', async () => {
    await openSite();
    await page.click('[data-testid="open-upload"]');
    // A file of 600 MB, as the browser reports it (its size faked: nothing that big is made).
    await page.evaluate(() => {
      const size = Object.getOwnPropertyDescriptor(Blob.prototype, 'size')!.get!;
      Object.defineProperty(Blob.prototype, 'size', {
        configurable: true,
        get(this: Blob) {
          return this instanceof File && this.name === 'enorm.csv'
            ? 600 * 1024 * 1024
            : (size.call(this) as number);
        },
      });
    });
    const file = path.join(temp, 'enorm.csv');
    writeFileSync(file, readFileSync(fixture('canonical.csv')));
    await page.getByTestId('upload-input').setInputFiles(file);
    const fatal = page.getByTestId('upload-fatal');
    await fatal.waitFor({ timeout: 30_000 });
    const text = (await fatal.textContent())!;
    expect(text).toContain(
      `enorm.csv is 600 MB; de upload leest bestanden tot ${MAX_UPLOAD_MB} MB.`,
    );
    expect(text).toContain('npm run release');
    expect(text).not.toMatch(/leeg/);
    await expect(page.getByTestId('upload-progress').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
