/**
 * Issue 18, point 1: slides made for a projector, at 1920×1080 and 1280×720. Chart text is
 * measured as drawn on the screen: its font size times the CSS zoom the slide lays it out with
 * (Element.currentCSSZoom), and cross-checked against the glyphs' bounding boxes.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage({ width: 1920, height: 1080 });
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** Screenshots for a person to look at, where SHOTS_DIR says (not written otherwise). */
async function shot(name: string) {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, name) });
}

const current = () => page.locator('[data-testid^="slide-"][aria-hidden="false"]');

async function openSlide(query: string) {
  await page.goto(`${site}${query}`);
  await current().locator('[data-testid="slide-chart"] [data-plot] svg').first().waitFor({
    timeout: 60_000,
  });
  // Drawn, and the plot stretched to its box (a second drawing): nothing waiting, sizes settled.
  await page.waitForFunction(
    () => document.querySelectorAll('.slide.current [data-stale]').length === 0,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(500);
}

interface Measured {
  /** Smallest chart text on screen (px), over the chart, its legend and the trend. */
  smallestText: number;
  /** The same from the glyphs' boxes: the height of the smallest text's box. */
  smallestBox: number;
  chartShare: number;
  chartTop: number;
  chartBottom: number;
  titleTop: number;
  controlsBottom: number;
  footerBottom: number;
  overflow: number;
  tableToggleInBar: boolean;
  visibleSummaries: number;
}

function measure(): Promise<Measured> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.current')!;
    const chart = slide.querySelector<HTMLElement>('[data-testid="slide-chart"]')!;
    const texts = [
      ...slide.querySelectorAll<Element>(
        '[data-plot] svg text, [data-plot] figure > div span, [data-plot] figure > div',
      ),
    ].filter((el) => (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0);
    const onScreen = (el: Element) =>
      parseFloat(getComputedStyle(el).fontSize) *
      ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    const svgTexts = texts.filter((el) => el instanceof SVGTextElement) as SVGTextElement[];
    const rect = chart.getBoundingClientRect();
    const bar = document.querySelector('.presentation .bar')!.getBoundingClientRect();
    const toggle = document.querySelector('[data-testid="slide-table"]')!;
    return {
      smallestText: Math.min(...texts.map(onScreen)),
      smallestBox: Math.min(
        ...svgTexts
          .filter((t) => /[a-z0-9]/i.test(t.textContent ?? ''))
          .map((t) => t.getBoundingClientRect().height),
      ),
      chartShare: rect.height / innerHeight,
      chartTop: rect.top,
      chartBottom: rect.bottom,
      titleTop: slide.querySelector('h2')!.getBoundingClientRect().top,
      controlsBottom: bar.bottom,
      footerBottom: slide.querySelector('footer')!.getBoundingClientRect().bottom,
      overflow: slide.scrollHeight - slide.clientHeight,
      tableToggleInBar: document.querySelector('.presentation .bar')!.contains(toggle),
      visibleSummaries: [...slide.querySelectorAll('summary')].filter(
        (s) => s.getClientRects().length > 0,
      ).length,
    };
  });
}

const QUERY = '?specialty=radiologie&compare=hospital_type&present=overtime';

describe('slides for a projector', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`${width}×${height}: the chart fills at least 60% of the slide, controls and footer outside it`, async () => {
      await page.setViewportSize({ width, height });
      for (const slide of [1, 5, 6, 7]) {
        await openSlide(`${QUERY}&slide=${slide}`);
        const m = await measure();
        expect(m.chartShare, `slide ${slide}`).toBeGreaterThanOrEqual(0.6);
        // Controls in the bar above the slide, the title below it, the chart below the title.
        expect(m.tableToggleInBar).toBe(true);
        expect(m.controlsBottom).toBeLessThanOrEqual(m.titleTop);
        expect(m.titleTop).toBeLessThan(m.chartTop);
        expect(m.visibleSummaries).toBe(0);
        // Everything on one screen: the footer inside the window, nothing to scroll.
        expect(m.footerBottom).toBeLessThanOrEqual(height);
        expect(m.overflow).toBeLessThanOrEqual(1);
        if (width === 1920) {
          expect(m.smallestText, `slide ${slide}`).toBeGreaterThanOrEqual(20);
          expect(m.smallestBox, `slide ${slide}`).toBeGreaterThanOrEqual(20);
        }
      }
      await openSlide(`${QUERY}&slide=6`);
      await shot(`slide-overtime-compensation-${width}x${height}.png`);
      expect(errors).toEqual([]);
    });
  }

  it('titles the slide with its takeaway, in the words the test allows', async () => {
    await openSlide(`${QUERY}&slide=6`);
    const title = await current().locator('h2').textContent();
    // The figures the junior boards published: 78% against 66% of all respondents.
    expect(title).toMatch(
      /^Radiologie: 78% krijgt overwerk niet gecompenseerd — alle respondenten 66%(;|$)/,
    );
    // Burnout in radiology does not differ from the rest: "vergelijkbaar met".
    await openSlide('?specialty=radiologie&present=burnout');
    await expect(current().locator('h2').textContent()).resolves.toMatch(
      /^Radiologie: 2[45]% heeft burn-outklachten — vergelijkbaar met alle respondenten \(\d+%\)$/,
    );
    await openSlide('?specialty=radiologie&present=burnout&lang=en');
    await expect(current().locator('h2').textContent()).resolves.toMatch(
      /^Radiology: 2[45]% have burnout complaints — similar to all respondents \(\d+%\)$/,
    );
  });

  it('keeps the trend, and says n, interval, test, selection and source in its footer line', async () => {
    await openSlide(`${QUERY}&slide=6`);
    await expect(
      current().locator('[data-testid="slide-trend"] [data-plot] > figure > svg').count(),
    ).resolves.toBe(1);
    await expect(current().getByTestId('slide-trend').textContent()).resolves.toContain('2022');
    const line = (await current().locator('footer .line').textContent()) ?? '';
    expect(line).toMatch(/^Selectie: Radiologie \(n = \d+\), 95%-BI \d+%–\d+% · /);
    expect(line).toMatch(/Vergeleken met: Alle respondenten \(66%, n = [\d.]+\)/);
    expect(line).toMatch(
      /verschil met de rest: \+\d+,\d procentpunt \(95%-BI \+\d+,\d tot \+\d+,\d\), p = 0,\d+/,
    );
    expect(line).toContain('Uitgesplitst naar: Type ziekenhuis');
    expect(line).toMatch(/Bron: DJS enquête 2024 — synthetische demodata$/);
    await expect(current().locator('footer .notes').textContent()).resolves.toContain(
      'Gevraagd aan wie overwerkt.',
    );
  });

  it('"Tabel" in the bar shows the slide’s table instead of its chart, and back', async () => {
    await openSlide(`${QUERY}&slide=6`);
    const table = current().locator('details.table table');
    await expect(table.isVisible()).resolves.toBe(false);
    await page.getByTestId('slide-table').click();
    await expect.poll(() => table.isVisible()).toBe(true);
    await expect(
      current().locator('[data-testid="slide-chart"] [data-plot]').isVisible(),
    ).resolves.toBe(false);
    await expect(table.textContent()).resolves.toContain('Radiologie');
    await shot('slide-table-1920x1080.png');
    await page.getByTestId('slide-table').click();
    await expect.poll(() => table.isVisible()).toBe(false);
    // Turning slides still works from the keyboard after using the toggle.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('Dia 7 van 7');
  });
});
