/**
 * Issue 19, "speed where people feel it": a chart on the first screen, and a page that does not
 * jump while it loads. At a laptop's and a big screen's size the first chart's drawing (a Plot SVG,
 * not a headline number) is on screen without scrolling, at least its top 40%, for the default
 * view and for a shared link with a filter and a split; the layout shift of the load, from the
 * first paint until DuckDB is ready and its progress bar gone, stays near zero (Chromium's
 * 'layout-shift' entries). Layout, not timing: nothing here depends on how fast the page loads.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { waitForDuckDb } from './support/duckdb';

const site = inject('siteUrl');
const session = useBrowserPage({ width: 1280, height: 800 });
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const PHONE = { width: 360, height: 740 };
const VIEWS = { default: '', shared: '?topic=burnout&specialty=radiologie&compare=hospital_type' };

declare global {
  interface Window {
    /** The layout shifts of the page so far (not those right after a click or key). */
    shifts: { value: number; sources: string[] }[];
  }
}

/** Opens a view with layout shifts recorded from before the app's first script. */
async function open(query: string) {
  await page.addInitScript(() => {
    window.shifts = [];
    interface Shift extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[])
        if (!entry.hadRecentInput)
          window.shifts.push({
            value: entry.value,
            // What moved, for the failure message.
            sources: entry.sources.map(({ node, previousRect: a, currentRect: b }) => {
              const el = node instanceof Element ? node : node?.parentElement;
              const name = el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
              return `${name} ${Math.round(a.y)}→${Math.round(b.y)}`;
            }),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site}${query}`);
  await waitForDuckDb(page, 60_000);
  await page.getByTestId('engine-progress').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
  // The first chart drawn, and two frames for a shift after it to be reported.
  await firstChart().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-plot][data-stale]'));
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** The first chart's drawing: a Plot SVG, not the swatches of its legend. */
const firstChart = () =>
  page.locator('main [data-plot] > svg, main [data-plot] > figure > svg').first();

const layoutShift = () =>
  page.evaluate(() => ({
    total: window.shifts.reduce((sum, s) => sum + s.value, 0),
    shifts: window.shifts.map((s) => `${s.value.toFixed(4)}: ${s.sources.join(', ')}`),
  }));

describe('the first screen', () => {
  for (const screen of SCREENS)
    for (const [name, query] of Object.entries(VIEWS))
      it(`at ${screen.width}×${screen.height} shows the first chart of the ${name} view, without layout shift`, async () => {
        await page.setViewportSize(screen);
        await open(query);
        const box = (await firstChart().boundingBox())!;
        expect(box.height).toBeGreaterThan(0);
        // Not scrolled: the chart's top 40% at least is within the first screen.
        await expect(page.evaluate(() => scrollY)).resolves.toBe(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + 0.4 * box.height, `chart at ${Math.round(box.y)} px`).toBeLessThanOrEqual(
          screen.height,
        );
        const shift = await layoutShift();
        expect(shift.total, shift.shifts.join('\n')).toBeLessThan(0.02);
        expect(errors).toEqual([]);
      });

  it('on a phone shows the start of the first chart, without layout shift', async () => {
    await page.setViewportSize(PHONE);
    await open(VIEWS.shared);
    const frame = (await page.locator('main figure.chart').first().boundingBox())!;
    // Its title and question at least.
    expect(frame.y + 80, `chart at ${Math.round(frame.y)} px`).toBeLessThanOrEqual(PHONE.height);
    const shift = await layoutShift();
    expect(shift.total, shift.shifts.join('\n')).toBeLessThan(0.02);
    expect(errors).toEqual([]);
  });
});
