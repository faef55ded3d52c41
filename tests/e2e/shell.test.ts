import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { dimensions } from '../../src/lib/codebook/columns';
import { MIN_N } from '../../src/lib/privacy/threshold';
import { readCodebook } from '../unit/helpers/data';
import { axeViolations } from './support/axe';
import { openExplorer, openTopic, useBrowserPage } from './support/browser';

/**
 * The page shell (issue 17, points 4 and 5): a phone's first screen names the selection and shows
 * a figure; topics in one sideways row; no text under 12 px; the explorer's table scrolls in a
 * focusable region; presenting is not offered on a phone; a selection too small says which filter
 * to remove instead of drawing charts; a skip link; a glossary reachable from every chart.
 */

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const codebook = readCodebook();
const PHONE = { width: 360, height: 740 };
const label = (dim: string, code: string) =>
  dimensions(codebook)
    .find((d) => d.id === dim)!
    .values.find((v) => v.code === code)!.label;

const violations = () => axeViolations(page);

/** Visible text (not a chart's SVG, not screen-reader-only) set in less than 12 px. */
function smallText(): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || el.closest('svg, .sr-only') || !el.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) small.push(`${size}px “${text.slice(0, 40)}” in <${el.tagName}>`);
    }
    return small;
  });
}

/** Respondents of the 2024 file matching every filter, counted from the CSV itself. */
function count(filters: Record<string, string>): number {
  const [header, ...lines] = readFileSync(
    path.resolve(import.meta.dirname, '../../data/waves/2024.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  const at = Object.entries(filters).map(([dim, code]) => [columns.indexOf(dim), code] as const);
  return lines.filter((line) => {
    const cells = line.split(',');
    return at.every(([i, code]) => cells[i] === code);
  }).length;
}

describe('on a phone, first', () => {
  it('names the selection with a chip that removes it and shows a headline figure on the first screen', async () => {
    await page.setViewportSize(PHONE);
    await openTopic(page, `${site}?specialty=radiologie`);
    const chip = page.getByTestId('chip-specialty');
    await expect(chip.textContent()).resolves.toContain(label('specialty', 'radiologie').nl);
    const chipBox = (await chip.boundingBox())!;
    expect(chipBox.y + chipBox.height).toBeLessThanOrEqual(PHONE.height);
    const card = page.locator('[data-testid="headlines"] > *').first();
    await expect(card.textContent()).resolves.toMatch(/\d/);
    const cardBox = (await card.boundingBox())!;
    // The card's number at least: its top part is on the first screen.
    expect(cardBox.y + Math.min(cardBox.height, 80)).toBeLessThanOrEqual(PHONE.height);
    // The chip removes the filter: the whole survey, and the chip gone.
    await chip.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('specialty')).toBeNull();
    await expect(page.getByTestId('chip-specialty').count()).resolves.toBe(0);
    await expect(page.getByTestId('selection-chips').textContent()).resolves.toContain(
      'Alle respondenten',
    );
    // The focus is not lost with the chip: it goes to the filters' heading.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    expect(errors).toEqual([]);
  });

  it('fits every headline card, long Dutch words and all, two to a row', async () => {
    await page.setViewportSize(PHONE);
    // The topics with the longest headline labels.
    for (const topic of ['shifts', 'support', 'overtime']) {
      await openTopic(page, `${site}?topic=${topic}&specialty=radiologie`);
      const cards = await page
        .locator('[data-testid="headlines"] > *')
        .evaluateAll((els) =>
          els.map((el) => ({ overflow: el.scrollWidth - el.clientWidth, width: el.clientWidth })),
        );
      for (const card of cards) expect(card.overflow, topic).toBeLessThanOrEqual(0);
      if (cards.length > 1) expect(cards[0]!.width, topic).toBeLessThan(PHONE.width / 2);
    }
  });

  it('puts the topics in one row that scrolls sideways, keeping the current one in sight', async () => {
    await page.setViewportSize(PHONE);
    const last = codebook.topics.at(-1)!;
    await openTopic(page, `${site}?topic=${last.id}`);
    const nav = await page.locator('nav ul').evaluate((ul) => ({
      tops: [...ul.children].map((li) => (li as HTMLElement).offsetTop),
      scrolls: ul.scrollWidth > ul.clientWidth,
      overflow: getComputedStyle(ul).overflowX,
      scrollLeft: ul.scrollLeft,
      right: ul.getBoundingClientRect().right,
    }));
    expect(new Set(nav.tops).size, 'one row').toBe(1);
    expect(nav.scrolls).toBe(true);
    expect(nav.overflow).toBe('auto');
    expect(nav.right).toBeLessThanOrEqual(PHONE.width);
    // The last topic, far to the right, was scrolled into view.
    expect(nav.scrollLeft).toBeGreaterThan(0);
    const current = (await page.locator('nav a[aria-current="page"]').boundingBox())!;
    expect(current.x).toBeGreaterThanOrEqual(0);
    expect(current.x + current.width).toBeLessThanOrEqual(PHONE.width);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(
      PHONE.width,
    );
  });

  it('sets no text below 12 px and offers no presentation controls', async () => {
    await page.setViewportSize(PHONE);
    await openTopic(page, `${site}?specialty=radiologie&compare=hospital_type`);
    await expect(smallText()).resolves.toEqual([]);
    await expect(page.getByTestId('present-topic').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid^="pick-"]').first().isVisible()).resolves.toBe(false);
    await page.getByText('Selectie en vergelijking').click();
    await expect(smallText()).resolves.toEqual([]);
    await openExplorer(page, `${site}?view=explore&q=hours_worked&by=specialty&by2=gender`);
    await expect(smallText()).resolves.toEqual([]);
  });

  it('scrolls the explorer table inside a focusable region, without axe violations', async () => {
    await page.setViewportSize(PHONE);
    await openExplorer(page, `${site}?view=explore&q=burnout&by=specialty&by2=gender`);
    const region = page.getByTestId('crosstab-scroll');
    await expect(region.getAttribute('role')).resolves.toBe('region');
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    await expect(region.getAttribute('aria-label')).resolves.toBeTruthy();
    const sizes = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(
      PHONE.width,
    );
    // By keyboard: focused, the arrow keys scroll it.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a selection too small to show', () => {
  const filters = { specialty: 'klinische_genetica', hospital_type: 'umc', gender: 'man' };
  const query = `?topic=overtime&${new URLSearchParams(filters).toString()}`;

  it('says which filter to remove instead of drawing charts, with links that remove it', async () => {
    expect(count(filters)).toBeLessThan(MIN_N);
    // The filters whose removal leaves at least MIN_N respondents, counted from the file.
    const enough = Object.keys(filters).filter((dim) => {
      const rest = Object.fromEntries(Object.entries(filters).filter(([d]) => d !== dim));
      return count(rest) >= MIN_N;
    });
    expect(enough.length).toBeGreaterThan(0);
    await page.goto(`${site}${query}`);
    const message = page.getByTestId('empty-state');
    await message.waitFor({ timeout: 60_000 });
    await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
    await expect(message.textContent()).resolves.toContain('Te weinig antwoorden');
    await expect(page.locator('main figure.chart').count()).resolves.toBe(0);
    await expect(page.locator('main [data-plot]').count()).resolves.toBe(0);
    await expect(page.getByTestId('headlines').count()).resolves.toBe(0);
    const offered = await page
      .locator('[data-testid^="empty-remove-"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.testid!.slice(13)));
    expect(offered.sort()).toEqual([...enough].sort());
    for (const dim of enough) {
      const link = page.getByTestId(`empty-remove-${dim}`);
      await expect(link.textContent()).resolves.toContain(
        label(dim, filters[dim as keyof typeof filters]).nl,
      );
      const kept = Object.fromEntries(Object.entries(filters).filter(([d]) => d !== dim));
      await expect(link.textContent()).resolves.toContain(String(count(kept)));
    }
    // Following one: the charts are back, without that filter.
    const dim = enough[0]!;
    await page.getByTestId(`empty-remove-${dim}`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get(dim)).toBeNull();
    await page.locator('main figure.chart [data-plot] svg').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('empty-state').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('says it in English too, without an axe violation', async () => {
    await page.goto(`${site}${query}&lang=en`);
    await page.getByTestId('empty-state').waitFor({ timeout: 60_000 });
    await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('empty-state').textContent()).resolves.toContain(
      'Too few answers',
    );
    expect(await violations()).toEqual([]);
  });
});

describe('skip link and glossary', () => {
  it('makes the skip link the first Tab stop, moving the focus to the charts', async () => {
    await openTopic(page, `${site}?specialty=radiologie`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { id: el.dataset.testid, text: el.textContent?.trim(), top: box.top };
    });
    expect(first).toMatchObject({ id: 'skip-link', text: 'Naar de grafieken' });
    expect(first.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('charts');
    // The next stop is in the first chart: two key presses from the top of the page.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => Boolean(document.activeElement?.closest('figure.chart'))),
    ).resolves.toBe(true);
  });

  it('is there in English, and on a phone', async () => {
    await page.setViewportSize(PHONE);
    await openTopic(page, `${site}?lang=en`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Skip to charts',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('charts');
  });

  it('opens the glossary from every chart, with every term in Dutch and in English', async () => {
    const terms = {
      nl: ['95%-BI', 'n', 'weet niet', 'afgeschermd', 'gewogen', 'mediaan', 'Benjamini–Hochberg'],
      en: ['95% CI', 'n', 'don’t know', 'withheld', 'weighted', 'median', 'Benjamini–Hochberg'],
    };
    for (const lang of ['nl', 'en'] as const) {
      await openTopic(page, `${site}?specialty=radiologie${lang === 'en' ? '&lang=en' : ''}`);
      const charts = page.locator('main figure.chart');
      const links = page.locator('main figure.chart [data-testid^="glossary-"]');
      await expect(links.count()).resolves.toBe(await charts.count());
      const link = links.first();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      const dialog = page.getByTestId('glossary');
      // Its code comes with the first opening (App.svelte): wait for it, then it is there.
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      const listed = await dialog.locator('dt').allTextContents();
      for (const term of terms[lang])
        expect(
          listed.some((t) => t.includes(term)),
          `${lang}: ${term}`,
        ).toBe(true);
      expect(listed).toHaveLength(7);
      await expect(dialog.locator('dd').first().textContent()).resolves.toMatch(
        lang === 'nl' ? /betrouwbaarheidsinterval/ : /confidence interval/,
      );
      // Esc closes it and gives the focus back to the chart's link.
      await page.keyboard.press('Escape');
      await expect(dialog.isVisible()).resolves.toBe(false);
      await expect(
        page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid),
      ).resolves.toMatch(/^glossary-/);
    }
    expect(errors).toEqual([]);
  });
});
