import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openExplorer, openTopic, useBrowserPage } from './support/browser';

/**
 * What a visitor sees of coverage and reliability (issue 13): how many respondents have a
 * dimension the view filters or splits by, the blank as its own group "Afgeschermd of onbekend",
 * and "minder dan 10 antwoorden" only where a row has fewer than 10 answers. Expected counts come
 * from the released CSV itself, read here apart from the site.
 */

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const root = path.resolve(import.meta.dirname, '../..');
const wave = Papa.parse<Record<string, string>>(
  readFileSync(path.join(root, 'data/waves/2024.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** Respondents of the 2024 file matching every condition ('' = blank). */
const count = (where: Record<string, string | string[]>) =>
  wave.filter((r) =>
    Object.entries(where).every(([k, v]) => (Array.isArray(v) ? v.includes(r[k]!) : r[k] === v)),
  ).length;
const validBurnout = ['ja', 'nee'];
const codebook = JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')) as {
  items: { id: string; values?: { code: string; label: { nl: string } }[] }[];
};
const genders = codebook.items.find((i) => i.id === 'gender')!.values!;
const percent = (known: number, all: number) => Math.round((100 * known) / all);

/** A chart's table: per row its label, its cells and its n (as shown). */
async function chartTable(chart: string) {
  return page
    .locator(`[data-testid="chart-${chart}"] details.table:first-of-type tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
        return { label: cells[0]!, text: cells.join(' '), n: cells.at(-2)! };
      }),
    );
}

const asCount = (text: string) => Number(text.replace(/\./g, ''));

describe('coverage and the blank group on a topic page', () => {
  it('compare=gender: "Gender bekend voor …%" and an "Afgeschermd of onbekend" row', async () => {
    await openTopic(page, `${site}?topic=burnout&compare=gender`);
    const known = percent(count({}) - count({ gender: '' }), count({}));
    await expect(page.getByTestId('coverage').textContent()).resolves.toContain(
      `Gender bekend voor ${known}%`,
    );
    const rows = await chartTable('burnout');
    // The groups are ranked by value (issue 17): which rows, in any order, the blank last.
    expect(rows[0]!.label).toBe('Alle respondenten');
    expect(rows.at(-1)!.label).toBe('Afgeschermd of onbekend');
    expect(rows.map((r) => r.label).sort()).toEqual(
      ['Alle respondenten', ...genders.map((g) => g.label.nl), 'Afgeschermd of onbekend'].sort(),
    );
    // Every row by its own n: shown with it from 10 answers, "minder dan 10 antwoorden" below.
    rows.slice(1).forEach((row) => {
      const code = genders.find((g) => g.label.nl === row.label)?.code ?? '';
      const n = count({ gender: code, burnout: validBurnout });
      if (n >= 10) {
        expect(row.text, row.label).not.toContain('minder dan 10 antwoorden');
        expect(asCount(row.n), row.label).toBe(n);
      } else {
        expect(row.text, row.label).toContain('minder dan 10 antwoorden');
        expect(row.n).toBe('');
      }
    });
    // "Man" is shown, whatever the size of "Anders" (issue 13).
    expect(count({ gender: 'man', burnout: validBurnout })).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  });

  it('in English: "Gender known for …%" and "Withheld or unknown"', async () => {
    await openTopic(page, `${site}?topic=burnout&compare=gender&lang=en`);
    const known = percent(count({}) - count({ gender: '' }), count({}));
    const line = await page.getByTestId('coverage').textContent();
    expect(line).toContain(`Gender known for ${known}%`);
    expect(line).toContain('Withheld or unknown');
    const rows = await chartTable('burnout');
    expect(rows.at(-1)!.label).toBe('Withheld or unknown');
  });

  it('a filter: the share known among those the filter chooses from', async () => {
    await openTopic(page, `${site}?topic=burnout&specialty=radiologie&gender=vrouw`);
    const radiology = count({ specialty: 'radiologie' });
    const known = percent(radiology - count({ specialty: 'radiologie', gender: '' }), radiology);
    const line = await page.getByTestId('coverage').textContent();
    expect(line).toContain('Specialisme bekend voor 100%');
    expect(line).toContain(`Gender bekend voor ${known}%`);
  });

  it('says nothing about coverage where no dimension filters or splits', async () => {
    await openTopic(page, `${site}?topic=burnout`);
    await expect(page.getByTestId('coverage').count()).resolves.toBe(0);
  });
});

describe('coverage on slides', () => {
  it('every slide of a split view says how many have the dimension', async () => {
    await page.goto(`${site}?present=burnout&compare=gender`);
    const slide = page.locator('[data-testid^="slide-"][aria-hidden="false"]');
    await slide.locator('svg').first().waitFor({ timeout: 60_000 });
    const known = percent(count({}) - count({ gender: '' }), count({}));
    await expect(slide.textContent()).resolves.toContain(`Gender bekend voor ${known}%`);
    await expect(slide.textContent()).resolves.toContain('Afgeschermd of onbekend');
    expect(errors).toEqual([]);
  });
});

describe('coverage and the blank group in the explorer', () => {
  it('the question may be a dimension, picked like any question', async () => {
    await openExplorer(page, `${site}?view=explore&q=gender&by=burnout`);
    await expect(page.inputValue('select[name="q"]')).resolves.toBe('gender');
    const all = count({});
    await expect(page.getByTestId('coverage').textContent()).resolves.toContain(
      `Gender bekend voor ${percent(all - count({ gender: '' }), all)}%`,
    );
    // The row of those with burnout complaints: n is those of them whose gender is known.
    const cells = await page
      .locator('[data-testid="crosstab"] tr[data-key="ja"] td')
      .allTextContents();
    const n = count({ burnout: 'ja' }) - count({ burnout: 'ja', gender: '' });
    expect(n).toBeGreaterThanOrEqual(10);
    expect(asCount(cells.at(-2)!)).toBe(n);
    expect(errors).toEqual([]);
  });

  it('by gender and hospital type: both covered, their blanks as rows and cells', async () => {
    await openExplorer(page, `${site}?view=explore&q=burnout&by=gender&by2=hospital_type`);
    const all = count({});
    const line = await page.getByTestId('coverage').textContent();
    expect(line).toContain(`Gender bekend voor ${percent(all - count({ gender: '' }), all)}%`);
    expect(line).toContain(
      `Type ziekenhuis bekend voor ${percent(all - count({ hospital_type: '' }), all)}%`,
    );
    const blank = page.locator('[data-testid="crosstab"] tr[data-key="~"] th');
    await expect(blank.textContent()).resolves.toBe('Afgeschermd of onbekend');
    const cells = await page.locator('[data-testid="crosstab"] tbody tr.cell').evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-key')!,
        hidden: tr.getAttribute('data-hidden') === 'true',
        label: tr.querySelector('th')!.textContent!.trim(),
        text: tr.textContent!,
        n: [...tr.querySelectorAll('td')].at(-2)!.textContent!.trim(),
      })),
    );
    const blankCell = cells.find((c) => c.key === '~|~')!;
    expect(blankCell.label).toBe('Afgeschermd of onbekend · Afgeschermd of onbekend');
    // Every cell by its own n, blanks included.
    for (const c of cells) {
      const [g, h] = c.key.split('|').map((k) => (k === '~' ? '' : k));
      const n = count({ gender: g!, hospital_type: h!, burnout: validBurnout });
      expect(c.hidden, c.key).toBe(n < 10);
      if (c.hidden) expect(c.text).toContain('minder dan 10 antwoorden');
      else expect(asCount(c.n), c.key).toBe(n);
    }
    expect(errors).toEqual([]);
  });

  it('a split by a question calls its blank "Geen antwoord", and has no coverage line', async () => {
    await openExplorer(page, `${site}?view=explore&q=burnout&by=considered_quitting`);
    await expect(
      page.locator('[data-testid="crosstab"] tr[data-key="~"] th').textContent(),
    ).resolves.toBe('Geen antwoord');
    await expect(page.getByTestId('coverage').count()).resolves.toBe(0);
  });
});
