import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

async function open(query = '') {
  await page.goto(`${site}${query}`);
  await page
    .locator('[data-testid="chart-overtime_total"] svg')
    .first()
    .waitFor({ timeout: 60_000 });
}

const slideNumber = () => page.getByTestId('slide-number').textContent();
const current = () => page.locator('[data-testid^="slide-"][aria-hidden="false"]');
const search = () => new URL(page.url()).search;

describe('presentation mode', () => {
  it('presents a topic one chart per slide, turned by keys, and Escape returns to the same view', async () => {
    const query = '?specialty=radiologie&compare=hospital_type';
    await open(query);
    await page.getByTestId('present-topic').click();
    await page.getByTestId('presentation').waitFor();
    await page.waitForURL(/present=contract_hours,hours_worked/);
    await current().locator('svg').first().waitFor({ timeout: 30_000 });
    const total = await page.locator('[data-testid^="slide-"][data-item]').count();
    expect(total).toBe(7);
    await expect(slideNumber()).resolves.toBe(`Dia 1 van ${total}`);

    // Everything a slide must say: the question, selection and benchmark with n, source, note.
    const first = (await current().textContent()) ?? '';
    expect(first).toContain('Contracturen');
    expect(first).toContain('“');
    expect(first).toMatch(/Selectie: Radiologie \(n = \d+\)/);
    expect(first).toContain('Vergeleken met: Alle respondenten');
    expect(first).toContain('Uitgesplitst naar: Type ziekenhuis');
    expect(first).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    expect(first).toContain('Groepen met minder dan 10 antwoorden worden niet getoond.');

    for (const [key, expected] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['End', total],
      ['ArrowRight', total],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(slideNumber, { timeout: 30_000 }).toBe(`Dia ${expected} van ${total}`);
      expect(new URLSearchParams(search()).get('slide') ?? '1').toBe(String(expected));
    }
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => current().getAttribute('data-item'), { timeout: 30_000 })
      .toBe('hours_worked');
    await expect(current().locator('.question strong').textContent()).resolves.toBe(
      'Gewerkte uren',
    );
    await expect(current().locator('h2').textContent()).resolves.toMatch(
      /^Radiologie: gewerkte uren gemiddeld \d+,\d uur per week — /,
    );

    await page.keyboard.press('Escape');
    await page.locator('[data-testid="chart-overtime_total"] svg').first().waitFor();
    expect(search()).toBe(query);
    await expect(page.getByTestId('presentation').count()).resolves.toBe(0);
    await expect(page.inputValue('select[name="specialty"]')).resolves.toBe('radiologie');
    expect(errors).toEqual([]);
  });

  it('opens a shared link on its slide, and presents only the charts chosen', async () => {
    await page.goto(`${site}?lang=en&present=burnout,overtime_total,home_on_time&slide=2`);
    await page.getByTestId('presentation').waitFor({ timeout: 60_000 });
    await current().locator('svg').first().waitFor({ timeout: 60_000 });
    await expect(slideNumber()).resolves.toBe('Slide 2 of 3');
    await expect(current().locator('.question strong').textContent()).resolves.toBe(
      'Total overtime',
    );
    // Nothing filtered: the title states all respondents' figure and compares nothing.
    await expect(current().locator('h2').textContent()).resolves.toMatch(
      /^All respondents: total overtime \d+\.\d hours per week on average$/,
    );
    await expect(current().textContent()).resolves.toContain(
      'Source: DJS survey 2024 — synthetic demo data',
    );
    // The buttons work as well as the keys.
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(slideNumber, { timeout: 30_000 }).toBe('Slide 3 of 3');
    await page.getByTestId('close-presentation').click();
    await page.locator('[data-testid="chart-overtime_total"] svg').first().waitFor();
    expect(search()).toBe('?lang=en');

    // Choose two charts on the page: the presentation holds those two, in that order.
    await page.getByTestId('pick-home_on_time').check();
    await page.getByTestId('pick-hours_worked').check();
    await page.getByTestId('present-picked').click();
    await page.waitForURL(/present=home_on_time,hours_worked/);
    await expect(slideNumber()).resolves.toBe('Slide 1 of 2');
    expect(errors).toEqual([]);
  });

  it('says so when a link names an unknown chart or slide, and still presents the rest', async () => {
    await page.goto(`${site}?present=hours_worked,nothing&slide=9`);
    await page.getByTestId('presentation').waitFor({ timeout: 60_000 });
    await expect(slideNumber()).resolves.toBe('Dia 1 van 1');
    const notice = await page.getByTestId('url-notices').textContent();
    expect(notice).toContain('present=nothing');
    expect(notice).toContain('slide=9');
  });
});
