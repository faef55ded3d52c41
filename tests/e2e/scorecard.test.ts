import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { scorecardIndicators } from '../../src/lib/figures/scorecard';
import { readCodebook } from '../unit/helpers/data';
import { axeViolations } from './support/axe';
import { useBrowserPage } from './support/browser';
import { duckdbReady } from './support/duckdb';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const codebook = readCodebook();
const indicators = scorecardIndicators(codebook, 2024);
const specialties = codebook.items.find((i) => i.id === 'specialty') as {
  values: { code: string; label: { nl: string } }[];
};

async function open(query: string) {
  await page.goto(`${site}${query}`);
  await page
    .locator('[data-testid="scorecard"][data-busy="false"] [data-testid="scorecard-table"]')
    .waitFor({ state: 'attached', timeout: 60_000 });
}

const body = () => page.locator('[data-testid="scorecard-table"] tbody');
/** The values of a column from top to bottom, the groups' only (not the selection's line). */
async function columnValues(id: string): Promise<(number | null)[]> {
  const cells = body().locator(`tr[data-key^="group:"] td[data-column="${id}"]`);
  return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map(
    (v) => (v === '' || v === null ? null : Number(v)),
  );
}

function rankedDown(values: (number | null)[]) {
  const shown = values.filter((v): v is number => v !== null);
  expect(shown.length).toBeGreaterThan(10);
  // Every group with a figure first, ranked; those with fewer than 10 answers last.
  expect(values.slice(0, shown.length)).toEqual(shown);
  expect(values.slice(shown.length).every((v) => v === null)).toBe(true);
  return shown;
}

const violations = () => axeViolations(page, '[data-testid="scorecard"]');

describe('the scorecard at 1280 px', () => {
  it('is in the topic navigation and shows every indicator × specialty before DuckDB is ready', async () => {
    // Hold DuckDB's wasm back: the scorecard is added up from the build's results.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/duckdb.*\.wasm/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site}?topic=burnout`);
    await page.locator('nav a[data-topic="scorecard"]').click();
    await page.waitForURL(/view=scorecard/);
    await page
      .locator('[data-testid="scorecard"][data-busy="false"] [data-testid="scorecard-table"]')
      .waitFor({ timeout: 60_000 });
    expect(await duckdbReady(page)).toBe(false);
    // Weighted too: the page weighs the shipped results itself, DuckDB still held back.
    await page.goto(`${site}?view=scorecard&weighted=1`);
    await page
      .locator('[data-testid="scorecard"][data-busy="false"] [data-testid="scorecard-table"]')
      .waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('scorecard').textContent()).resolves.toContain(
      'Gewogen naar het aantal',
    );
    expect(await duckdbReady(page)).toBe(false);
    release();
    await page
      .locator('[data-testid="scorecard"][data-busy="false"] [data-testid="scorecard-table"]')
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="scorecard-legend"]').count()).toBe(1);
    expect(await page.locator('nav a[data-topic="scorecard"]').getAttribute('aria-current')).toBe(
      'page',
    );
    const columns = await page
      .locator('[data-testid="scorecard-table"] thead button[data-sort]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-sort')));
    expect(columns).toEqual(['label', ...indicators]);
    // The selection's line, then every specialty.
    const keys = await body()
      .locator('tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(keys[0]).toBe('selection');
    expect(keys.slice(1).sort()).toEqual(specialties.values.map((v) => `group:${v.code}`).sort());
    expect(await page.locator('[data-testid="scorecard"] h2').textContent()).toBe(
      'Scorekaart per specialisme',
    );
    expect(errors).toEqual([]);
  });

  it('sorts by any column, with the mouse and the keyboard, ranking by value', async () => {
    await open('?view=scorecard');
    const sortButton = page.locator('button[data-sort="hours_worked"]');
    await sortButton.click();
    expect(
      await page.locator('th:has(button[data-sort="hours_worked"])').getAttribute('aria-sort'),
    ).toBe('descending');
    const down = rankedDown(await columnValues('hours_worked'));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    // Again: lowest first.
    await sortButton.press('Enter');
    expect(
      await page.locator('th:has(button[data-sort="hours_worked"])').getAttribute('aria-sort'),
    ).toBe('ascending');
    const up = rankedDown(await columnValues('hours_worked'));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    // By a share, from the keyboard: Tab from the hours' heading to the next column's.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-sort'));
    expect(focused).toBe(indicators[indicators.indexOf('hours_worked') + 1]);
    await page.keyboard.press('Space');
    const share = rankedDown(await columnValues(focused!));
    expect(share).toEqual([...share].sort((a, b) => b - a));
    // And back to the names.
    await page.locator('button[data-sort="label"]').click();
    const names = await body()
      .locator('tr[data-key^="group:"] th')
      .evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl-NL')));
    expect(errors).toEqual([]);
  });

  it('highlights the selected specialty, marks flags in shape and words, and says which cells are hidden', async () => {
    await open('?view=scorecard&specialty=radiologie');
    const row = body().locator('tr[data-key="group:radiologie"]');
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.getAttribute('class')).toContain('selected');
    expect(await row.locator('th').textContent()).toContain('▶');
    expect(await row.locator('th').textContent()).toContain('(uw selectie)');
    // The filter picks the row, it does not narrow the figures: every specialty is there.
    expect(await body().locator('tr[data-key^="group:"]').count()).toBe(specialties.values.length);
    expect(await body().locator('tr.selected').count()).toBe(1);
    // A flagged cell: a mark and words (not colour alone), n and the interval in its title.
    const flagged = row.locator('td.tone-better, td.tone-worse').first();
    expect(await flagged.locator('.mark').textContent()).toMatch(/[✔✖]/);
    expect(await flagged.locator('.sr-only').textContent()).toMatch(
      /(gunstiger|ongunstiger) dan de rest/,
    );
    const title = (await flagged.getAttribute('title'))!;
    expect(title).toMatch(
      /^Radiologie — .+: .+ \(95%-BI .+\); n = \d+\. Verschil met de rest: .+ \(95%-BI .+\), (on)?gunstiger dan de rest$/,
    );
    // A group too small: every cell says so, with no figure and no count.
    const hidden = body().locator('tr[data-key="group:overig_snijdend"] td');
    expect(await hidden.count()).toBe(indicators.length);
    for (const text of await hidden.allTextContents())
      expect(text.trim()).toBe('minder dan 10 antwoorden');
    const legend = await page.locator('[data-testid="scorecard-legend"]').textContent();
    expect(legend).toContain('✔ gunstiger dan de rest');
    expect(legend).toContain('✖ ongunstiger dan de rest');
    expect(legend).toContain('Benjamini–Hochberg');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens a specialty’s topic page with its filter, showing the number of the cell', async () => {
    await open('?view=scorecard&wave=2024');
    const cell = body().locator('tr[data-key="group:cardiologie"] td[data-column="burnout"]');
    const value = (await cell.locator('.value').textContent())!.trim();
    await cell.locator('a').click();
    await page.waitForURL(/topic=burnout/);
    const url = new URL(page.url());
    expect(url.searchParams.get('specialty')).toBe('cardiologie');
    expect(url.searchParams.get('view')).toBeNull();
    await page
      .locator('section[data-busy="false"] [data-testid="headlines"]')
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('select[name="specialty"]').inputValue()).toBe('cardiologie');
    expect(await page.locator('[data-testid="headline-burnout"] .value').textContent()).toBe(value);
    // Back returns to the scorecard; its row name opens a topic too (keyboard users' link).
    await page.goBack();
    await page.locator('[data-testid="scorecard"][data-busy="false"]').waitFor({ timeout: 60_000 });
    const link = body().locator('tr[data-key="group:heelkunde"] th a');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/specialty=heelkunde/);
    expect(errors).toEqual([]);
  });

  it('downloads a CSV of exactly the figures shown, and the picture as PNG and SVG', async () => {
    await open('?view=scorecard&specialty=radiologie');
    await page.locator('button[data-sort="burnout"]').click();
    const download = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-testid="scorecard"] button[data-export="${format}"]`).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };
    const csv = await download('csv');
    expect(csv.name).toBe('scorekaart_per-specialty_2024.csv');
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const [header, ...rows] = parsed;
    expect(header!.slice(0, 7)).toEqual([
      'Groep',
      'Indicator',
      'Schatting',
      '95%-BI ondergrens',
      '95%-BI bovengrens',
      'Mediaan',
      'n',
    ]);
    expect(rows).toHaveLength((specialties.values.length + 1) * indicators.length);
    // In the order on screen: the selection, then the groups as sorted.
    const onScreen = await body()
      .locator('tr th')
      .evaluateAll((ths) =>
        ths.map((th) => th.textContent!.replace('▶', '').replace('(uw selectie)', '').trim()),
      );
    const inFile = rows.filter((_, i) => i % indicators.length === 0).map((r) => r[0]);
    expect(inFile).toEqual(onScreen);
    // Radiology's burnout: the cell's value, n and flag.
    const cell = body().locator('tr[data-key="group:radiologie"] td[data-column="burnout"]');
    const line = rows.find((r) => r[0] === 'Radiologie' && r[1]!.startsWith('Burn-out'))!;
    expect(`${line[2]}%`).toBe((await cell.locator('.value').textContent())!.trim());
    expect(await cell.getAttribute('title')).toContain(`n = ${line[6]}`);
    const hidden = rows.filter((r) => r[0] === 'Overig snijdend specialisme');
    expect(hidden.every((r) => r[6] === '' && r[11] === 'minder dan 10 antwoorden')).toBe(true);
    const png = await download('png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = await download('svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('Scorekaart per specialisme');
    expect(text).toContain('▶ Radiologie');
    expect(errors).toEqual([]);
  });

  it('shows hospital types as the rows on request, in English too', async () => {
    await open('?view=scorecard&lang=en&hospital_type=umc');
    await page.locator('input[name="scorecard-rows"][value="hospital_type"]').check();
    await page.waitForURL(/compare=hospital_type/);
    await page.locator('[data-testid="scorecard"][data-busy="false"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="scorecard"] h2').textContent()).toBe(
      'Scorecard by hospital type',
    );
    const keys = await body()
      .locator('tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(keys[0]).toBe('selection');
    // Every type, and those whose type is withheld or unknown.
    expect(keys.slice(1).sort()).toEqual(
      ['', 'algemeen', 'categoraal', 'stz', 'umc'].map((c) => `group:${c}`),
    );
    expect(await body().locator('tr[data-key="selection"] th').textContent()).toContain(
      'All respondents',
    );
    expect(await body().locator('tr.selected').getAttribute('data-key')).toBe('group:umc');
    expect(errors).toEqual([]);
  });
});

describe('the scorecard at 360 px', () => {
  beforeEach(() => page.setViewportSize({ width: 360, height: 800 }));

  it('shows one indicator at a time as a ranked dot plot with intervals, and opens a row', async () => {
    await open('?view=scorecard&specialty=radiologie');
    expect(await page.locator('[data-testid="scorecard-table"]').isVisible()).toBe(false);
    const dots = page.locator('[data-testid="scorecard-dots"]');
    expect(await dots.isVisible()).toBe(true);
    const values = async () =>
      (
        await dots
          .locator('li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-value')))
      ).map((v) => (v ? Number(v) : null));
    const first = rankedDown(await values());
    expect(first).toEqual([...first].sort((a, b) => b - a));
    await dots.locator('select').selectOption('hours_worked');
    const hours = rankedDown(await values());
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    // Every shown group has its interval drawn and written, and its n.
    const shown = dots.locator('li[data-value]:not([data-value=""])');
    expect(await shown.locator('.ci').count()).toBe(hours.length);
    expect(await shown.first().locator('.detail').textContent()).toMatch(
      /95%-BI .+–.+; mediaan .+; n = \d+/,
    );
    // The selected specialty is highlighted; the hidden ones say so.
    const selected = dots.locator('li.selected');
    expect(await selected.count()).toBe(1);
    expect(await selected.getAttribute('data-key')).toBe('group:radiologie');
    expect(await dots.locator('li[data-key="group:overig_snijdend"]').textContent()).toContain(
      'minder dan 10 antwoorden',
    );
    // Nothing wider than the screen, and no text under 12 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const smallest = await dots.evaluate((root) =>
      Math.min(
        ...[...root.querySelectorAll('*')]
          .filter(
            (el) =>
              el.childNodes.length > 0 &&
              [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
          )
          .map((el) => parseFloat(getComputedStyle(el).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(await violations()).toEqual([]);
    await dots.locator('li[data-key="group:psychiatrie"] a').click();
    await page.waitForURL(/specialty=psychiatrie/);
    // Hours worked is on the overtime page, the default topic: no topic in the link.
    expect(codebook.items.find((i) => i.id === 'hours_worked')!.topic).toBe('overtime');
    expect(new URL(page.url()).searchParams.get('topic')).toBeNull();
    await page
      .locator('section[data-busy="false"] [data-testid="headlines"]')
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('select[name="specialty"]').inputValue()).toBe('psychiatrie');
    expect(errors).toEqual([]);
  });
});
