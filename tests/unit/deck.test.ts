import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Codebook } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import type { DeckInput } from '../../src/lib/export/deck';
import { buildDeck } from '../../src/lib/export/deck';
import { reportDeckInput } from '../../src/lib/export/report-deck';
import { specialtyReport } from '../../src/lib/report/report';
import { reportText } from '../../src/lib/report/sentences';
import { writeDeck } from '../../src/lib/export/deck-pptx';
import { codeLabel } from '../../src/lib/figures/labels';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { selectionOf } from '../../src/lib/view/selection';
import type { ViewState } from '../../src/lib/view/state';
import { defaultState } from '../../src/lib/view/state';
import { engineWithWaves, readCodebook } from './helpers/data';

const codebook: Codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

const URL_BASE = 'https://djs.example/dashboard/';
const DATE = new Date(Date.UTC(2025, 4, 12, 12));

/** The deck the topic page makes: every chart of the topics, their trends, as in the browser. */
async function deckInput(state: ViewState, topics: string[], subject: string): Promise<DeckInput> {
  const selection = selectionOf(state, []);
  const options = { compare: state.compare, benchmark: state.benchmark };
  const figures = await Promise.all(
    topics.map((topic) => topicFigures(engine, codebook, topic, selection, options, [])),
  );
  const url = `${URL_BASE}?specialty=radiologie`;
  return {
    codebook,
    view: state,
    subject,
    source: `Bron: DJS enquête ${state.wave} — synthetische demodata`,
    url,
    date: DATE,
    charts: figures.flatMap((f) =>
      f.panels.map((panel) => ({ panel, trend: f.trends[panel.item.id], url })),
    ),
  };
}

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const read = (name: string) => zip.file(name)!.async('string');
  return { zip, names, read };
}

interface ChartData {
  type: string;
  series: { name: string; values: Map<string, number> }[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The series of a chart part: names, and each category's value (blank points are absent). */
function chartData(xml: string): ChartData {
  const type = /<c:(barChart|lineChart)>/.exec(xml)?.[1] ?? '';
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)![1]!);
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)![1]!;
    const labels = new Map(
      [...cat.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(([, i, v]) => [
        i!,
        unescape(v!),
      ]),
    );
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)![1]!;
    const values = new Map(
      [...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(([, i, v]) => [
        labels.get(i!)!,
        Number(v),
      ]),
    );
    return { name, values };
  });
  return { type, series };
}

/** The text of a part's runs, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) =>
    unescape([...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => t).join('')),
  );
}

/** The charts a slide (from 0) refers to, in order. */
async function slideCharts(
  file: Awaited<ReturnType<typeof unzip>>,
  slide: number,
): Promise<ChartData[]> {
  const rels = await file.read(`ppt/slides/_rels/slide${slide + 1}.xml.rels`);
  return Promise.all(
    [...rels.matchAll(/Target="\/(ppt\/charts\/chart\d+\.xml)"/g)].map(async ([, name]) =>
      chartData(await file.read(name!)),
    ),
  );
}

const EMU = 914400;

/** Shapes and charts of a slide as top and bottom in inches. */
function frames(xml: string) {
  return [...xml.matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)].map(
    ([, x, y, w, h]) => ({
      x: Number(x) / EMU,
      y: Number(y) / EMU,
      w: Number(w) / EMU,
      h: Number(h) / EMU,
    }),
  );
}

async function sql(query: string, params: (string | number)[] = []): Promise<number> {
  const [row] = await engine.query(query, params);
  return Number(Object.values(row!)[0]);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

describe('the PowerPoint deck of a topic page', () => {
  const nl: ViewState = { ...defaultState(codebook), filters: { specialty: 'radiologie' } };
  let file: Awaited<ReturnType<typeof unzip>>;
  let charts: Map<string, ChartData>;
  let notes: string[][];
  let slides: string[];

  beforeAll(async () => {
    const input = await deckInput(nl, ['burnout', 'overtime'], 'Burn-out en overwerk');
    const deck = buildDeck(input);
    file = await unzip(await writeDeck(deck));
    const chartNames = file.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    charts = new Map(
      await Promise.all(chartNames.map(async (n) => [n, chartData(await file.read(n))] as const)),
    );
    const slideCount = file.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
    slides = await Promise.all(
      Array.from({ length: slideCount }, (_, i) => file.read(`ppt/slides/slide${i + 1}.xml`)),
    );
    notes = await Promise.all(
      Array.from({ length: slideCount }, async (_, i) =>
        paragraphs(await file.read(`ppt/notesSlides/notesSlide${i + 1}.xml`)),
      ),
    );
  });

  /** The slide of a chart, by the item's label over its question. */
  const slideOf = (label: string) =>
    slides.findIndex((s) => paragraphs(s).some((p) => p.startsWith(`${label}: “`)));

  const chartsOf = (slide: number) => slideCharts(file, slide);

  it('has a title slide, a slide per chart and a last slide on method and privacy', () => {
    const burnoutItems = codebook.items.filter((i) => i.topic === 'burnout').length;
    const overtimeItems = codebook.items.filter((i) => i.topic === 'overtime').length;
    expect(slides).toHaveLength(1 + burnoutItems + overtimeItems + 1);
    const title = paragraphs(slides[0]!).join('\n');
    expect(title).toContain('Burn-out en overwerk');
    expect(title).toContain('Selectie: Radiologie');
    expect(title).toContain('Vergeleken met: Alle respondenten');
    expect(title).toContain('Enquêtejaar: 2024');
    expect(title).toContain('Gemaakt op 12 mei 2025');
    const method = paragraphs(slides.at(-1)!).join('\n');
    expect(method).toContain('Methode en privacy');
    expect(method).toContain('minder dan 10 antwoorden');
    expect(method).toContain('Benjamini–Hochberg');
    expect(method).toContain('Wilson');
  });

  it('titles a chart with what it says, in the words its test allows', () => {
    const text = paragraphs(slides[slideOf('Burn-outklachten')]!);
    // 25% against 28%, p = 0.44: no difference to state.
    expect(text[0]).toMatch(/^Radiologie: 25% .* — vergelijkbaar met alle respondenten \(28%\)$/);
    expect(text[1]).toBe('Burn-outklachten: “Heeft u op dit moment burn-outklachten?”');
  });

  it('draws native charts holding the shares per group with the benchmark, as SQL counts them', async () => {
    const where = `wave = 2024 AND specialty = 'radiologie'`;
    const share = (filter: string, code: string) =>
      sql(
        `SELECT 100.0 * count(*) FILTER (WHERE burnout = ?) / count(*) FILTER (WHERE burnout IN ('ja', 'nee')) FROM responses WHERE ${filter}`,
        [code],
      );
    const [chart] = await chartsOf(slideOf('Burn-outklachten'));
    expect(chart!.type).toBe('barChart');
    const yes = chart!.series.find((s) => s.name === 'Ja')!;
    const no = chart!.series.find((s) => s.name === 'Nee')!;
    expect(yes.values.get('Radiologie')).toBe(round1(await share(where, 'ja')));
    expect(yes.values.get('Radiologie')).toBeCloseTo(25, 0);
    expect(yes.values.get('Alle respondenten')).toBe(round1(await share('wave = 2024', 'ja')));
    expect(no.values.get('Radiologie')).toBe(round1(await share(where, 'nee')));
    // "Weet niet" is left out of the denominator: no series of its own.
    expect(chart!.series.map((s) => s.name)).toEqual(['Ja', 'Nee']);
  });

  it('draws means with their values, and the trend over the waves beside them', async () => {
    const mean = (filter: string) =>
      sql(
        `SELECT avg(overtime_total) FROM responses WHERE ${filter} AND overtime_total IS NOT NULL`,
      );
    const slide = slideOf('Overwerk totaal');
    const [chart, trend] = await chartsOf(slide);
    const values = chart!.series[0]!.values;
    expect(values.get('Radiologie')).toBe(
      round1(await mean(`wave = 2024 AND specialty = 'radiologie'`)),
    );
    expect(values.get('Alle respondenten')).toBe(round1(await mean('wave = 2024')));
    expect(trend!.type).toBe('lineChart');
    const selection = trend!.series.find((s) => s.name === 'Radiologie')!;
    expect(selection.values.get('2022')).toBe(
      round1(await mean(`wave = 2022 AND specialty = 'radiologie'`)),
    );
    expect(selection.values.get('2024')).toBe(values.get('Radiologie'));
  });

  it('puts the question, every figure with n and interval, the test, source and link in the notes', async () => {
    const slide = slideOf('Burn-outklachten');
    const text = notes[slide]!.join('\n');
    const item = codebook.items.find((i) => i.id === 'burnout')!;
    expect(text).toContain(`Vraag: “${item.question.nl}”`);
    const n = await sql(
      `SELECT count(*) FROM responses WHERE wave = 2024 AND specialty = 'radiologie' AND burnout IN ('ja', 'nee')`,
    );
    expect(text).toContain(`n = ${n}`);
    expect(text).toMatch(/Radiologie: ja 25% \(95%-BI \d+%–\d+%\); verdeling: Ja 25%, Nee 75%/);
    expect(text).toMatch(/weet niet \/ n\.v\.t\. niet meegeteld/);
    expect(text).toMatch(
      /Verschil met de rest: [-+]\d+,\d procentpunt \(95%-BI [-+]?\d+,\d tot [-+]?\d+,\d\); (z-toets voor twee proporties|exacte toets van Fisher), p = [\d,<\s]+, na Benjamini–Hochberg-correctie p = [\d,<\s]+: /,
    );
    expect(text).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    expect(text).toContain(`Link naar dit beeld: ${URL_BASE}?specialty=radiologie`);
    // One paragraph per line, not one run with line feeds.
    expect(notes[slide]!.length).toBeGreaterThan(5);
    const means = notes[slideOf('Overwerk totaal')]!.join('\n');
    expect(means).toMatch(/Radiologie: \d+,\d \(95%-BI \d+,\d–\d+,\d\); mediaan \d+,\d \(n = \d+/);
    expect(means).toMatch(/t-toets van Welch/);
  });

  it('tags every run of text as Dutch', async () => {
    for (const name of file.names.filter((n) => n.endsWith('.xml'))) {
      const xml = await file.read(name);
      for (const [tag] of xml.matchAll(/<a:(?:rPr|endParaRPr|defRPr)\b[^>]*>/g))
        if (/\slang=/.test(tag!) || !tag!.startsWith('<a:defRPr'))
          expect(tag, name).toMatch(/\slang="nl-NL"/);
      expect(xml, name).not.toMatch(/\slang="en-US"/);
    }
  });

  it('names the document: title, subject and author, never "PptxGenJS Presentation"', async () => {
    const core = await file.read('docProps/core.xml');
    expect(core).toMatch(/<dc:title>Burn-out en overwerk — Radiologie \(2024\)<\/dc:title>/);
    expect(core).toMatch(/<dc:subject>[^<]*Burn-out en overwerk[^<]*<\/dc:subject>/);
    expect(core).toMatch(/<dc:creator>DJS enquête dashboard<\/dc:creator>/);
    for (const name of file.names.filter((n) => n.endsWith('.xml')))
      expect(await file.read(name), name).not.toContain('PptxGenJS');
  });

  it('writes chart labels at 14 pt or more', async () => {
    for (const name of charts.keys()) {
      const xml = await file.read(name);
      const sizes = [...xml.matchAll(/\ssz="(\d+)"/g)].map(([, sz]) => Number(sz));
      expect(sizes.length, name).toBeGreaterThan(0);
      for (const sz of sizes) expect(sz, name).toBeGreaterThanOrEqual(1400);
    }
  });

  it('fills the slide: the chart takes most of its height, no empty band', () => {
    const height = 7.5;
    for (const xml of slides.slice(1, -1)) {
      const boxes = frames(xml).filter((b) => b.h > 0);
      const chart = Math.max(...boxes.filter((b) => b.w > 3).map((b) => b.h));
      expect(chart).toBeGreaterThanOrEqual(0.6 * height);
      // Between the shapes, top to bottom, no gap of more than a fifth of an inch.
      const spans = boxes.map((b) => [b.y, b.y + b.h] as const).sort((a, b) => a[0] - b[0]);
      let reach = 0;
      for (const [top, bottom] of spans) {
        expect(top - reach).toBeLessThan(0.35);
        reach = Math.max(reach, bottom);
      }
      expect(height - reach).toBeLessThan(0.35);
    }
  });
});

describe('the PowerPoint deck in English, split by hospital type', () => {
  it('tags the text en-US and holds every group’s figures', async () => {
    const en: ViewState = {
      ...defaultState(codebook),
      lang: 'en',
      filters: { specialty: 'radiologie' },
      compare: 'hospital_type',
    };
    const input = await deckInput(en, ['burnout'], 'Burnout');
    const file = await unzip(await writeDeck(buildDeck(input)));
    for (const name of file.names.filter((n) => n.endsWith('.xml')))
      expect(await file.read(name), name).not.toMatch(/\slang="(?!en-US)/);
    const [chart] = await slideCharts(file, 1);
    const yes = chart!.series.find((s) => s.name === 'Yes')!;
    const umc = await sql(
      `SELECT 100.0 * count(*) FILTER (WHERE burnout = 'ja') / count(*) FILTER (WHERE burnout IN ('ja', 'nee')) FROM responses WHERE wave = 2024 AND specialty = 'radiologie' AND hospital_type = 'umc'`,
    );
    expect(yes.values.get(codeLabel(codebook, 'hospital_type', 'umc', 'en'))).toBe(round1(umc));
    // A group too small to show is a category that says so, with no value in the chart, nor in
    // the workbook PowerPoint opens to edit the figures (no empty number cells either).
    const hidden = [...yes.values.keys()].filter((k) => k.endsWith('(fewer than 10 answers)'));
    expect(chart!.series.every((s) => hidden.every((k) => !s.values.has(k)))).toBe(true);
    for (const name of file.names.filter((n) => n.endsWith('.xlsx'))) {
      const book = await JSZip.loadAsync(await file.zip.file(name)!.async('uint8array'));
      const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(sheet, name).not.toContain('<v></v>');
    }
    const notes = paragraphs(await file.read('ppt/notesSlides/notesSlide2.xml')).join('\n');
    expect(notes).toContain('Question: “');
    expect(notes).toContain('Difference from the rest');
    expect(notes).toMatch(/Benjamini–Hochberg adjusted p = /);
    const core = await file.read('docProps/core.xml');
    expect(core).toContain('<dc:creator>DJS survey dashboard</dc:creator>');
  });
});

describe('the PowerPoint deck of a specialty’s report', () => {
  const date = DATE;
  const url = `${URL_BASE}?view=report&specialty=radiologie`;

  async function reportDeck(specialty: string) {
    const report = await specialtyReport(engine, codebook, specialty, { wave: 2024 });
    const text = reportText(codebook, report, 'nl');
    const deck = buildDeck(reportDeckInput(codebook, report, text, { lang: 'nl', url, date }));
    return { report, text, deck, file: await unzip(await writeDeck(deck)) };
  }

  it('follows the report: its sentences per topic, then each question’s chart', async () => {
    const { report, text, deck, file } = await reportDeck('radiologie');
    const items = report.sections.flatMap((s) => s.items);
    const charts = deck.slides.filter((s) => s.kind === 'chart');
    expect(charts).toHaveLength(items.length);
    const slides = deck.slides.map((s) => s.title);
    // Every topic's heading before its charts, in the report's order.
    const headings = text.sections.filter((s, i) => report.sections[i]!.items.length > 0);
    const at = headings.map((h) => slides.findIndex((title) => title.startsWith(h.heading)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The written analysis on the topic slides: burnout's sentence with its figure.
    const burnout = text.sections.find((s) => s.topic === 'burnout')!;
    const sentence = burnout.sentences.find((s) => s.item === 'burnout')!.text;
    expect(sentence).toContain('25%');
    const topicSlides = deck.slides.filter((s) => s.kind === 'text');
    expect(topicSlides.some((s) => s.kind === 'text' && s.bullets.includes(sentence))).toBe(true);
    // Text of a slide at 16 pt or more, and no topic slide runs off its slide.
    for (const s of topicSlides)
      if (s.kind === 'text') expect(s.fontSize).toBeGreaterThanOrEqual(16);
    const first = paragraphs(await file.read('ppt/slides/slide1.xml')).join('\n');
    expect(first).toContain(text.intro);
    expect(await file.read('docProps/core.xml')).toContain(
      '<dc:title>Radiologie — DJS enquête 2024</dc:title>',
    );
    // The radiology chart of burnout: the specialty against the rest, as SQL counts them.
    const index = deck.slides.findIndex(
      (s) => s.kind === 'chart' && s.label === 'Burn-outklachten',
    );
    const [chart] = await slideCharts(file, index);
    const yes = chart!.series.find((s) => s.name === 'Ja')!;
    const rest = await sql(
      `SELECT 100.0 * count(*) FILTER (WHERE burnout = 'ja') / count(*) FILTER (WHERE burnout IN ('ja', 'nee')) FROM responses WHERE wave = 2024 AND specialty IS DISTINCT FROM 'radiologie'`,
    );
    expect(yes.values.get('De rest')).toBe(round1(rest));
    expect(yes.values.get('Radiologie')).toBeCloseTo(25, 0);
  });

  it('of a specialty of fewer than 10 respondents: says so, and holds no chart', async () => {
    const { deck, file, text, report } = await reportDeck('overig_diagnostisch');
    expect(report.shown).toBe(false);
    expect(deck.slides.filter((s) => s.kind === 'chart')).toHaveLength(0);
    expect(file.names.filter((n) => n.startsWith('ppt/charts/'))).toEqual([]);
    expect(paragraphs(await file.read('ppt/slides/slide1.xml')).join('\n')).toContain(text.intro);
  });
});
