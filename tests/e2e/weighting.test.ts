/**
 * A wave without trainee counts in data/population.json (issue 14, item 7) — as a wave newly
 * added to the codebook would be: the page is served the committed population file without its
 * 2022 counts. The site still boots; 2022 is shown unweighted, the switch disabled with the
 * reason, in Dutch and English; 2024 stays weighted and says its 2022 trend point is not.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openTopic, useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = session);
  await page.route('**/population-*.json', async (route) => {
    const response = await route.fetch();
    const population = (await response.json()) as { waves: Record<string, unknown> };
    delete population.waves['2022'];
    await route.fulfill({ response, json: population });
  });
});

const checkbox = () => page.locator('input[name="weighted"]');
const notes = () => page.locator('[data-testid="chart-burnout"]').textContent();

describe('a wave without trainee counts', () => {
  it('boots, and shows that wave unweighted with the reason, in Dutch', async () => {
    await openTopic(page, `${site}?topic=burnout&wave=2022&weighted=1`);
    await expect(checkbox().isDisabled()).resolves.toBe(true);
    await expect(checkbox().isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('weighting-reason').textContent()).resolves.toContain(
      'Geen aantallen a(n)ios per specialisme voor 2022',
    );
    await expect(notes()).resolves.toContain('die cijfers zijn ongewogen');
    await expect(notes()).resolves.not.toContain('Gewogen naar het aantal');
    await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('says so in English too', async () => {
    await openTopic(page, `${site}?topic=burnout&wave=2022&weighted=1&lang=en`);
    await expect(page.getByTestId('weighting-reason').textContent()).resolves.toContain(
      'No numbers of doctors in training per specialty for 2022',
    );
    await expect(notes()).resolves.toContain('those figures are unweighted');
  });

  it('keeps the other wave weighted, naming the unweighted trend point', async () => {
    await openTopic(page, `${site}?topic=burnout&weighted=1`);
    await expect(checkbox().isDisabled()).resolves.toBe(false);
    await expect(checkbox().isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('weighting-reason').count()).resolves.toBe(0);
    await expect(notes()).resolves.toContain('Gewogen naar het aantal');
    await expect(notes()).resolves.toContain('voor 2022: die cijfers zijn ongewogen');
    // Turning to 2022 disables the switch; back to 2024 weights again.
    await page.selectOption('select[name="wave"]', '2022');
    await expect.poll(() => checkbox().isDisabled()).toBe(true);
    await page.selectOption('select[name="wave"]', '2024');
    await expect.poll(() => checkbox().isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
