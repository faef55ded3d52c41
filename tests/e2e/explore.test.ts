import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { recordRequests, useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

async function open(query: string) {
  await page.goto(`${site}${query}`);
  await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="explorer"][data-busy="false"]').waitFor({ timeout: 60_000 });
}

const rows = () => page.locator('[data-testid="crosstab"] tbody tr');

describe('the explorer in a real browser', () => {
  it('is not loaded with the topic pages, only when opened from the navigation', async () => {
    const requests = recordRequests(page);
    await page.goto(`${site}?topic=burnout`);
    await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
    expect(requests.filter((u) => u.includes('ExplorePage'))).toEqual([]);
    await page.click('a[data-topic="explore"]');
    await page.waitForURL(/view=explore/);
    await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
    expect(requests.filter((u) => u.includes('ExplorePage')).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('burnout by considered quitting: row %, intervals, n and column %', async () => {
    await open('?view=explore&q=burnout&by=considered_quitting');
    const header = await page.locator('[data-testid="crosstab"] thead th').allTextContents();
    expect(header).toEqual(['Groep', 'Ja', 'Nee', 'n', 'Verschil met de rest']);
    const yes = page.locator('[data-testid="crosstab"] tr[data-key="ja"]');
    const text = (await yes.textContent())!;
    // "Ja" row: share with a Wilson interval in each column, its n, and a comparison.
    expect(text).toMatch(/^Ja\d+% \(\d+%–\d+%\)\d+% \(\d+%–\d+%\)[\d.]+/);
    await expect(
      page.locator('[data-testid="chart-crosstab"] svg').count(),
    ).resolves.toBeGreaterThan(0);
    await page.check('input[name="percent"][value="column"]');
    await expect(page.locator('[data-testid="crosstab"] caption').textContent()).resolves.toContain(
      'Kolompercentages',
    );
    expect(errors).toEqual([]);
  });

  it('two splits: a hidden cell shows no figure, and only cells under 10 are hidden', async () => {
    await open('?view=explore&q=burnout&by=hospital_type&by2=gender&role=aios');
    const cells = await page.locator('[data-testid="crosstab"] tbody tr.cell').evaluateAll((trs) =>
      trs.map((tr) => ({
        hidden: tr.getAttribute('data-hidden') === 'true',
        text: tr.textContent ?? '',
        n: [...tr.querySelectorAll('td')].at(-2)!.textContent!.trim(),
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells.filter((x) => x.hidden)) {
      expect(c.text).toContain('minder dan 10 antwoorden');
      expect(c.text).not.toMatch(/\d+%/);
      expect(c.n).toBe('');
    }
    for (const c of cells.filter((x) => !x.hidden))
      expect(Number(c.n.replace(/\./g, ''))).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  });

  it('keeps the pickers in the URL and explains what it could not use', async () => {
    await open('?view=explore&q=burnout&by=hours_worked');
    await expect(page.getByTestId('url-notices').textContent()).resolves.toContain(
      'by=hours_worked',
    );
    await page.selectOption('select[name="by2"]', 'considered_quitting');
    await page.waitForURL(/by2=considered_quitting/);
    await page.locator('[data-testid="crosstab"] tr.cell').first().waitFor({ timeout: 30_000 });
    expect(await rows().count()).toBeGreaterThan(3);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('by2='));
  });

  it('downloads the table like any chart: a CSV of exactly the rows shown, and a PNG', async () => {
    await open('?view=explore&q=burnout&by=hospital_type&specialty=radiologie&lang=en');
    const download = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-testid="chart-crosstab"] button[data-export="${format}"]`),
      ]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };
    const csv = await download('csv');
    expect(csv.name).toMatch(/^burnout-complaints-x-hospital-type_radiologie_2024\.csv$/);
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const [header, ...lines] = parsed.data;
    const screen = await rows().evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
    expect(header![0]).toBe('Group');
    expect(lines.map((l) => l[0])).toEqual(screen.map((r) => r[0]));
    // The n column: the same counts, and none for a hidden row.
    const nAt = header!.indexOf('n');
    lines.forEach((line, i) => {
      expect(line[nAt], line[0]).toBe(screen[i]!.at(-2));
      if (screen[i]!.some((c) => c === 'fewer than 10 answers')) expect(line[nAt]).toBe('');
    });
    expect(screen.some((r) => r.includes('fewer than 10 answers'))).toBe(true);
    const png = await download('png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await page.locator('[data-testid="pick-crosstab"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
