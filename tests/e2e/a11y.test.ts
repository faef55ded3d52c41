import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readCodebook } from '../unit/helpers/data';
import { axeViolations } from './support/axe';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const codebook = readCodebook();
const violations = () => axeViolations(page);

async function settled() {
  await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
  await page.locator('main [data-plot] svg').first().waitFor({ timeout: 60_000 });
}

describe('accessibility', () => {
  it('has no axe violations on any topic page, filtered and compared', async () => {
    await page.goto(`${site}?specialty=radiologie&compare=hospital_type`);
    await settled();
    for (const topic of codebook.topics) {
      await page.locator(`nav a[data-topic="${topic.id}"]`).click();
      await page.waitForURL(
        topic.id === 'overtime' ? /^(?!.*topic=)/ : new RegExp(`topic=${topic.id}`),
      );
      await expect
        .poll(() => page.locator('#topic-title').textContent(), { timeout: 30_000 })
        .toBe(topic.label.nl);
      await settled();
      expect(await violations(), topic.id).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('has no axe violations in presentation mode, in English', async () => {
    await page.goto(`${site}?lang=en&specialty=radiologie&present=overtime`);
    await page
      .locator('[data-testid="slide-1"] [data-plot] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await violations()).toEqual([]);
  });

  it('has no axe violations in the explorer, with one and two splits', async () => {
    for (const query of [
      '?view=explore&q=burnout&by=hospital_type',
      '?view=explore&q=hours_worked&by=specialty&by2=gender&lang=en',
    ]) {
      await page.goto(`${site}${query}`);
      await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
      await page
        .locator('[data-testid="explorer"][data-busy="false"]')
        .waitFor({ timeout: 60_000 });
      expect(await violations(), query).toEqual([]);
    }
  });

  it('works by keyboard alone, with a visible focus, and turns slides by keys', async () => {
    await page.goto(site);
    await settled();
    // Tab to "Present this topic": every stop on the way shows where the focus is.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.dataset.testid ?? '',
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      expect(focus.outline).not.toBe('none');
      found = focus.id === 'present-topic';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('presentation').waitFor();
    await page
      .locator('[data-testid="slide-1"] [data-plot] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.getByTestId('slide-number').textContent(), { timeout: 30_000 })
      .toMatch(/^Dia 2 van/);
    await page.keyboard.press('Escape');
    await settled();
    expect(new URL(page.url()).search).toBe('');
  });

  it('stops the slide animation for readers who ask for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site}?present=burnout`);
    const slide = page.getByTestId('slide-1');
    await slide.waitFor({ timeout: 60_000 });
    await expect(slide.evaluate((el) => getComputedStyle(el).animationName)).resolves.toBe('none');
  });
});

describe('on a phone and on paper', () => {
  it('fits a 360 px wide screen without sideways scrolling, filters behind a disclosure', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site}?specialty=radiologie&compare=hospital_type`);
    await settled();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect(width()).resolves.toBeLessThanOrEqual(360);
    await expect(page.locator('select[name="specialty"]').isVisible()).resolves.toBe(false);
    await page.getByText('Selectie en vergelijking').click();
    await expect(page.locator('select[name="specialty"]').isVisible()).resolves.toBe(true);
    await expect(width()).resolves.toBeLessThanOrEqual(360);
    for (const topic of ['burnout', 'safety', 'support']) {
      await page.locator(`nav a[data-topic="${topic}"]`).click();
      await expect
        .poll(() => page.locator('#topic-title').textContent())
        .toBe(codebook.topics.find((t) => t.id === topic)!.label.nl);
      await settled();
      await expect(width(), topic).resolves.toBeLessThanOrEqual(360);
    }
    // Every chart is drawn within the width of the screen.
    const plots = await page
      .locator('main [data-plot] > svg, main [data-plot] > figure > svg')
      .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
    expect(Math.max(...plots)).toBeLessThanOrEqual(360);
    await page.goto(`${site}?present=overtime_total,heavy_day&slide=2`);
    await page
      .locator('[data-testid="slide-2"] [data-plot] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    await expect(width()).resolves.toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('prints a topic as a clean report: charts and their notes, no controls', async () => {
    await page.goto(`${site}?specialty=radiologie`);
    await settled();
    await page.emulateMedia({ media: 'print' });
    // What the browser does before printing: charts still waiting below the fold are drawn then
    // (draw-queue.ts). Emulating print media alone does not fire it.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const selector of [
      'form.filters',
      'nav',
      '[data-testid="present-topic"]',
      'button[data-export="png"]',
      'header .lang',
    ])
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    await expect(
      page.locator('[data-testid="chart-overtime_total"] svg').first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
