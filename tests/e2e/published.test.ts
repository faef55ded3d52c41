/**
 * Earlier waves as published figures (issue 15, point 5): a trend chart shows DJS's published
 * 2018, 2020 and 2022 figures as hollow points of all respondents, with the published sentence
 * and source as their title, the UBOS note where the definition differed, and a table of them;
 * a filter changes the data line, not them.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openTopic, useBrowserPage } from './support/browser';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const trend = (chart: string) =>
  page.locator(`[data-testid="chart-${chart}"] [data-testid="trend"]`);

/** The hollow points of a chart's trend: their title, stroke and the label beside them. */
async function publishedPoints(chart: string) {
  await trend(chart)
    .locator('[data-plot]:not([data-stale]) svg')
    .first()
    .waitFor({ timeout: 60_000 });
  // The whole drawing: Plot puts the colour legend's swatches in svgs of their own before it.
  return trend(chart).evaluate((el) => ({
    points: [...el.querySelectorAll('circle')]
      .filter((c) => c.querySelector('title'))
      .map((c) => ({
        title: c.querySelector('title')!.textContent!,
        stroke: c.getAttribute('stroke'),
        // A constant fill is set on the mark's group, a stroke by series on each circle.
        fill: c.closest('g')!.getAttribute('fill'),
      })),
    labels: [...el.querySelectorAll('text')]
      .map((t) => t.textContent!)
      .filter((t) => /gepubliceerd|published/.test(t)),
  }));
}

const caption = (chart: string) =>
  page.locator(`[data-testid="chart-${chart}"] figcaption`).textContent();

describe('published figures on a trend chart', () => {
  it('shows 2018, 2020 and 2022 as hollow points with sentence and source (?topic=burnout)', async () => {
    await openTopic(page, `${site}?topic=burnout`);
    const { points, labels } = await publishedPoints('burnout');
    expect(points.map((p) => p.title.split(':')[0])).toEqual([
      '2018, gepubliceerd (alle respondenten)',
      '2020, gepubliceerd (alle respondenten)',
      '2022, gepubliceerd (alle respondenten)',
    ]);
    expect(points[0]!.title).toContain('Een op de vijf respondenten heeft burn-outklachten.');
    expect(points[0]!.title).toContain('Bron: Medisch Contact');
    expect(points[1]!.title).toContain('Bron: Zoals aangehaald in de publicatie over 2022');
    expect(points[2]!.title).toContain('Bron: Persbericht De Jonge Specialist, 2022');
    expect(points[2]!.title).toContain('UBOS');
    expect(points.every((p) => p.fill === 'none')).toBe(true);
    expect(labels).toEqual(['≈20% gepubliceerd', '14% gepubliceerd', '24% gepubliceerd']);
    const notes = await caption('burnout');
    expect(notes).toContain('Open rondjes: door DJS gepubliceerde cijfers van alle respondenten');
    expect(notes).toContain('Gepubliceerd 2022: gemeten met de UBOS (Utrechtse Burnout Schaal)');
    // Their table, the accessible alternative, with the sources.
    const table = page.getByTestId('published-burnout');
    await expect(table.locator('tbody tr').count()).resolves.toBe(3);
    await expect(table.textContent()).resolves.toContain('Medisch Contact');
    await expect(table.textContent()).resolves.toContain('ruim 1.500 respondenten');
    expect(errors).toEqual([]);
  });

  it('keeps them, as all respondents’ points, under a filter', async () => {
    await openTopic(page, `${site}?topic=burnout`);
    const unfiltered = await publishedPoints('burnout');
    await openTopic(page, `${site}?topic=burnout&specialty=radiologie&gender=vrouw`);
    const filtered = await publishedPoints('burnout');
    expect(filtered.points.map((p) => p.title)).toEqual(unfiltered.points.map((p) => p.title));
    expect(filtered.labels).toEqual(unfiltered.labels);
    // The all-respondents line's colour (the benchmark's), not the selection's.
    const legend = await trend('burnout').textContent();
    expect(legend).toContain('Alle respondenten');
    expect(new Set(filtered.points.map((p) => p.stroke))).toEqual(new Set(['#595959']));
    expect(new Set(unfiltered.points.map((p) => p.stroke))).toEqual(new Set(['#1d4f7c']));
    await expect(caption('burnout')).resolves.toContain('filters veranderen ze niet');
    expect(errors).toEqual([]);
  });

  it('lists a figure of other answers than the headline instead of drawing it (English)', async () => {
    await openTopic(page, `${site}?topic=balance&lang=en`);
    const { points } = await publishedPoints('wlb_satisfaction');
    expect(points).toEqual([]);
    await expect(caption('wlb_satisfaction')).resolves.toContain(
      'Published 2022, not on the line (counts very dissatisfied and dissatisfied, not (very) satisfied)',
    );
    const workload = await publishedPoints('workload');
    expect(workload.labels).toEqual(['44% published']);
    expect(workload.points[0]!.title).toContain('Source: De Jonge Specialist press release, 2022');
    expect(errors).toEqual([]);
  });
});
