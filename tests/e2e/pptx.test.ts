import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './support/browser';
import { parseCsv } from './support/parse-csv';

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** Clicks and returns the downloaded file's suggested name and bytes. */
async function download(click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The text of a part's paragraphs. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) =>
    unescape([...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => t).join('')),
  );

/** A chart part's series: name and each category's value. */
function chartData(xml: string) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const points = (part: string) =>
      [
        ...(new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(ser!)?.[1] ?? '').matchAll(
          /<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g,
        ),
      ].map(([, i, v]) => [i!, unescape(v!)] as const);
    const labels = new Map(points('cat'));
    return {
      name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)![1]!),
      values: new Map(points('val').map(([i, v]) => [labels.get(i)!, Number(v)])),
    };
  });
}

/** The deck's slides: their text, the charts they hold, and their speaker notes. */
async function openDeck(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const rels = await read(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const charts = await Promise.all(
        [...rels.matchAll(/Target="\/(ppt\/charts\/chart\d+\.xml)"/g)].map(async ([, name]) =>
          chartData(await read(name!)),
        ),
      );
      return {
        xml: await read(`ppt/slides/slide${i + 1}.xml`),
        text: paragraphs(await read(`ppt/slides/slide${i + 1}.xml`)),
        notes: paragraphs(await read(`ppt/notesSlides/notesSlide${i + 1}.xml`)).join('\n'),
        charts,
      };
    }),
  );
  return { zip, slides, read };
}

/** The figures of a chart's CSV download: exactly its on-screen table, by row and column. */
async function tableOf(chart: string): Promise<{ columns: string[]; rows: string[][] }> {
  const csv = await download(() =>
    page.locator(`[data-testid="chart-${chart}"] button[data-export="csv"]`).first().click(),
  );
  const lines = parseCsv(csv.bytes.toString('utf8').slice(1));
  return { columns: lines[0]!, rows: lines.slice(1) };
}

describe('PowerPoint from the dashboard', () => {
  it('downloads the topic’s charts as native charts holding the page’s figures', async () => {
    await page.goto(`${site}?specialty=radiologie`);
    await page
      .locator('[data-testid="chart-overtime_total"] svg')
      .first()
      .waitFor({ timeout: 60_000 });
    const ids = await page
      .locator('figure[data-testid^="chart-"]')
      .evaluateAll((figures) => figures.map((f) => f.getAttribute('data-testid')!.slice(6)));
    expect(ids.length).toBeGreaterThan(3);

    const file = await download(() => page.getByTestId('topic-deck').click());
    expect(file.name).toBe('overwerk_radiologie_2024.pptx');
    const { slides, read } = await openDeck(file.bytes);
    // A title slide, one per chart on the page, one on method and privacy.
    expect(slides).toHaveLength(ids.length + 2);
    expect(slides[0]!.text.join('\n')).toContain('Selectie: Radiologie');
    expect(slides.at(-1)!.text).toContain('Methode en privacy');
    for (const slide of slides.slice(1, -1)) expect(slide.charts.length).toBeGreaterThan(0);

    // The mean of every row, as the page's table rounds it.
    const slideOf = (label: string) =>
      slides.find((s) => s.text.some((p) => p.startsWith(`${label}: “`)))!;
    const overtime = slideOf('Overwerk totaal');
    const means = await tableOf('overtime_total');
    const estimate = means.columns.indexOf('Schatting');
    for (const row of means.rows.filter((r) => r[estimate] && !r[0]!.includes('gepubliceerd')))
      expect(overtime.charts[0]![0]!.values.get(row[0]!), row[0]).toBe(Number(row[estimate]));

    // Every answer's share of every row: the page rounds to whole percents, the chart to tenths.
    const compensation = slideOf('Compensatie overwerk');
    // Its title says what it shows: the selection's figure set against the benchmark's.
    expect(compensation.text[0]).toMatch(/^Radiologie: \d+% .*alle respondenten.*\d+%/);
    const shares = await tableOf('overtime_compensation');
    const [chart] = compensation.charts;
    expect(chart!.length).toBeGreaterThan(1);
    for (const series of chart!) {
      const column = shares.columns.indexOf(`${series.name} (%)`);
      expect(column, series.name).toBeGreaterThan(0);
      for (const row of shares.rows.filter((r) => r[column] && !r[0]!.includes('gepubliceerd')))
        expect(
          Math.abs(series.values.get(row[0]!)! - Number(row[column])),
          `${series.name}, ${row[0]}`,
        ).toBeLessThanOrEqual(0.55);
    }

    // Notes: the question, n, interval, the test and the link back to this view.
    expect(compensation.notes).toMatch(/^Vraag: “/);
    expect(compensation.notes).toMatch(/n = \d+/);
    expect(compensation.notes).toContain('95%-BI');
    expect(compensation.notes).toMatch(/na Benjamini–Hochberg-correctie p = /);
    expect(compensation.notes).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    expect(compensation.notes).toContain(`Link naar dit beeld: ${site}?specialty=radiologie`);
    expect(compensation.xml).toMatch(/lang="nl-NL"/);
    expect(compensation.xml).not.toMatch(/\slang="en-US"/);
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>Overwerk — Radiologie (2024)</dc:title>');
    expect(errors).toEqual([]);
  });

  it('downloads the slides of presentation mode as native charts too, in English', async () => {
    await page.goto(`${site}?specialty=radiologie&lang=en&present=burnout,overtime_total`);
    await page
      .locator('[data-testid="slide-2"] [data-plot] svg')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    const file = await download(() => page.getByTestId('download-deck').click());
    expect(file.name).toBe('presentation_radiologie_2024.pptx');
    const { slides, zip } = await openDeck(file.bytes);
    expect(slides).toHaveLength(4);
    expect(slides[0]!.text).toContain('Chosen charts');
    expect(slides[1]!.text[1]).toMatch(/^Burnout complaints: “/);
    expect(slides[1]!.charts[0]!.map((s) => s.name)).toEqual(['Yes', 'No']);
    expect(slides[2]!.notes).toContain(`Link to this view: ${site}?specialty=radiologie&lang=en`);
    expect(slides[2]!.notes).toContain('slide=2');
    expect(slides[1]!.xml).toMatch(/lang="en-US"/);
    // Charts, not pictures of charts.
    const media = Object.keys(zip.files).filter(
      (f) => f.startsWith('ppt/media/') && !zip.files[f]!.dir,
    );
    expect(media).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads a specialty’s report as a deck: its sentences, then each question’s chart', async () => {
    await page.goto(`${site}?view=report&specialty=radiologie`);
    await page.getByTestId('report-deck').waitFor({ timeout: 60_000 });
    const intro = (await page.getByTestId('report-intro').textContent())!.trim();
    const sentence = (await page.getByTestId('report-sentence-burnout').textContent())!.trim();
    const file = await download(() => page.getByTestId('report-deck').click());
    expect(file.name).toBe('rapport_radiologie_2024.pptx');
    const { slides } = await openDeck(file.bytes);
    expect(slides[0]!.text).toContain(intro);
    const words = slides.findIndex((s) => s.text.includes(sentence));
    expect(words).toBeGreaterThan(0);
    // The topic's charts follow its sentences: burnout, the specialty against the rest.
    const chart = slides
      .slice(words)
      .find((s) => s.text.some((p) => p.startsWith('Burn-outklachten: “')))!;
    const yes = chart.charts[0]!.find((s) => s.name === 'Ja')!;
    expect([...yes.values.keys()]).toEqual(['Radiologie', 'De rest']);
    expect(chart.notes).toContain(sentence);
    expect(errors).toEqual([]);
  });
});
