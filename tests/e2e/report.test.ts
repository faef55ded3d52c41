/**
 * Issue 18, point 3: the report of any specialty (`?view=report&specialty=…`) in the browser.
 * Its sentences and their words are checked against the data in tests/unit/report.test.ts; here,
 * that the page shows them for radiology and another specialty, in both languages, with a chart
 * per question, that a too small specialty gets only the "cannot be shown" text, and that the
 * report is reached from the dashboard and left again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage({ width: 1280, height: 900 });
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const codebook = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../data/codebook.json'), 'utf8'),
) as {
  topics: { id: string; label: { nl: string; en: string } }[];
  items: { id: string; values?: { code: string; label: { nl: string; en: string } }[] }[];
};
const specialtyLabel = (code: string, lang: 'nl' | 'en') =>
  codebook.items.find((i) => i.id === 'specialty')!.values!.find((v) => v.code === code)!.label[
    lang
  ];

async function openReport(query: string) {
  await page.goto(`${site}${query}`);
  await page.locator('[data-testid="report"][data-busy="false"]').waitFor({ timeout: 90_000 });
  await page.getByTestId('report-intro').waitFor();
}

const violations = () => axeViolations(page);

const sentence = (item: string) => page.getByTestId(`report-sentence-${item}`).textContent();

describe('the report of a specialty', () => {
  it('radiology: the article’s topics in order, a sentence and a chart per question', async () => {
    await openReport('?view=report&specialty=radiologie');
    await expect(page.locator('#report-title').textContent()).resolves.toBe(
      'Radiologie — DJS enquête 2024',
    );
    await expect(page.getByTestId('report-intro').textContent()).resolves.toContain(
      '131 van de 2.027 respondenten',
    );
    const topics = await page
      .locator('[data-testid^="report-topic-"] h3')
      .evaluateAll((els) => els.map((e) => e.textContent));
    expect(topics).toEqual(codebook.topics.map((t) => t.label.nl));
    await expect(sentence('burnout')).resolves.toMatch(
      /^\s*Radiologie: 2[45]% heeft burn-outklachten \(95%-BI \d+%–\d+%, n = \d+\), vergelijkbaar met de overige respondenten/,
    );
    await expect(sentence('overtime_compensation')).resolves.toMatch(
      /Radiologie: 78% van wie overwerkt krijgt overwerk niet gecompenseerd .*hoger dan de overige respondenten .*Alle respondenten: 66%\./,
    );
    await expect(sentence('considered_quitting')).resolves.toContain('41%');
    // A chart (and its table) for every question, drawn as it scrolls near or when idle.
    const items = await page.locator('[data-testid^="report-item-"]').count();
    expect(items).toBe(codebook.items.length - 1);
    await expect
      .poll(
        () => page.locator('[data-testid^="report-item-"] [data-plot] > :is(svg, figure)').count(),
        {
          timeout: 60_000,
        },
      )
      .toBe(items);
    await expect(page.locator('[data-testid^="report-item-"] details.table').count()).resolves.toBe(
      items,
    );
    const dir = process.env.SHOTS_DIR;
    if (dir) await page.screenshot({ path: path.join(dir, 'report-radiologie-1280.png') });
    await expect(violations()).resolves.toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it('another specialty, in English: the same structure, its own figures', async () => {
    await openReport('?view=report&specialty=kindergeneeskunde&lang=en');
    const name = specialtyLabel('kindergeneeskunde', 'en');
    await expect(page.locator('#report-title').textContent()).resolves.toBe(
      `${name} — DJS survey 2024`,
    );
    await expect(page.getByTestId('report-intro').textContent()).resolves.toMatch(
      new RegExp(`^\\d+ of the 2,027 respondents of the 2024 survey work in ${name}`),
    );
    const burnout = (await sentence('burnout')) ?? '';
    expect(burnout).toMatch(
      new RegExp(
        `^\\s*${name}: \\d+% have burnout complaints \\(95% CI \\d+%–\\d+%, n = \\d+\\), (higher than|lower than|similar to) the other respondents`,
      ),
    );
    await expect(page.locator('[data-testid^="report-topic-"]').count()).resolves.toBe(
      codebook.topics.length,
    );
    // Choosing another specialty in the report changes the report and the link.
    await page.getByTestId('report-specialty').selectOption('radiologie');
    await page.waitForURL(/specialty=radiologie/);
    await page.locator('[data-testid="report"][data-busy="false"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('#report-title').textContent()).resolves.toBe(
      'Radiology — DJS survey 2024',
    );
  });

  it('a specialty with fewer than 10 respondents: the report cannot be shown, and nothing of it is', async () => {
    await openReport('?view=report&specialty=overig_snijdend');
    await expect(page.getByTestId('report-intro').textContent()).resolves.toBe(
      `${specialtyLabel('overig_snijdend', 'nl')} heeft in 2024 minder dan 10 respondenten. Dit rapport kan daarom niet worden getoond: cijfers van minder dan 10 antwoorden worden nooit getoond.`,
    );
    await expect(page.locator('[data-testid^="report-item-"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-plot]').count()).resolves.toBe(0);
  });

  it('is opened from the dashboard for the specialty in view, and left again', async () => {
    await page.goto(`${site}?specialty=radiologie&topic=burnout`);
    await page.getByTestId('open-report').click();
    await page.waitForURL(/view=report/);
    expect(new URL(page.url()).search).toBe('?topic=burnout&specialty=radiologie&view=report');
    await page.locator('[data-testid="report"][data-busy="false"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('report-back').click();
    await page.locator('#topic-title').waitFor();
    expect(new URL(page.url()).search).toBe('?topic=burnout&specialty=radiologie');
    expect(errors).toEqual([]);
  });
});
