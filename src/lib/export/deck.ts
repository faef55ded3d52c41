import type { Codebook, CodedItem, Lang } from '../codebook/types';
import { dimensions } from '../codebook/columns';
import type { ShareFigure } from '../figures/kinds';
import { benchmarkLabel, rowLabel, selectionLabel } from '../figures/labels';
import type { Benchmark, Comparison, Panel, PanelRow } from '../figures/panel';
import type { TrendPoint } from '../figures/trend';
import type { MeanValue } from '../figures/types';
import { formatNumber, formatShare, formatShareInterval, formatSigned } from '../format/number';
import type { MessageKey } from '../i18n/translate';
import { t } from '../i18n/translate';
import { DEFAULT_RULES } from '../privacy/anonymity';
import { MIN_N } from '../privacy/threshold';
import { takeaway } from '../report/takeaway';
import type { Estimate } from '../stats/estimate';

/**
 * A PowerPoint deck as plain data: what every slide says and which figures its charts hold. Made
 * from the same panels the dashboard draws, with no DOM and no pptxgenjs, so that a test can check
 * every number and word before a file is written (deck-pptx.ts writes it).
 */

/** The language every run of text is tagged with: the reader's, as the interface. */
type DeckLang = 'nl-NL' | 'en-US';
const DECK_LANG = { nl: 'nl-NL', en: 'en-US' } as const satisfies Record<Lang, DeckLang>;

interface DeckSeries {
  name: string;
  labels: string[];
  /** Percentages (0–100) or means, rounded as the dashboard's tables; null where nothing shows. */
  values: (number | null)[];
}

/** A native, editable chart: its data sit in the chart (and its embedded workbook). */
export interface DeckChart {
  type: 'bar' | 'line';
  /** Bars: each row's answers stacked to 100%, or bars side by side. */
  grouping: 'clustered' | 'percentStacked';
  series: DeckSeries[];
  /** Percentages (0–100) or a mean in the item's unit. */
  percent: boolean;
  /** Colours (hex, no #): one per series. */
  colours: string[];
  /** What the value axis counts: "% van geldige antwoorden", "uur per week". */
  axisTitle: string;
  /** The chart in one sentence, for screen readers of the file. */
  altText: string;
}

export type DeckSlide =
  | { kind: 'title'; title: string; subtitle: string; lines: string[]; notes: string[] }
  | {
      kind: 'chart';
      /** What the chart says: a takeaway made from its figures and their test. */
      title: string;
      /** The item's name and its question, under the title. */
      label: string;
      question: string;
      chart: DeckChart;
      /** The headline figure over the waves, where there is more than one. */
      trend: DeckChart | null;
      /** Selection, benchmark, n and source: on the slide, under the chart. */
      footer: string[];
      notes: string[];
    }
  | { kind: 'text'; title: string; bullets: string[]; notes: string[]; fontSize: number };

export interface Deck {
  title: string;
  subject: string;
  author: string;
  company: string;
  lang: DeckLang;
  slides: DeckSlide[];
}

/** What the deck reads of the view (a ViewState has these fields and more). */
interface DeckView {
  lang: Lang;
  wave: number;
  filters: Partial<Record<string, string>>;
  compare: string | null;
  benchmark: Benchmark;
  weighted: boolean;
}

interface DeckChartInput {
  panel: Panel;
  /** The slide's title; without one, a takeaway made from the figures (report/takeaway.ts). */
  title?: string;
  /** The item's headline figure per wave (topic-figures.ts); empty or absent: no trend. */
  trend?: readonly TrendPoint[];
  /** The notes the page prints under the chart (asked of, weighting, benchmark …). */
  notes?: readonly string[];
  /** The address that opens this chart's view. */
  url: string;
  /** A slide of text before this chart's: a report's section heading and its sentences. */
  section?: { title: string; bullets: readonly string[] };
}

export interface DeckInput {
  codebook: Codebook;
  view: DeckView;
  /** What the deck is about: a topic, "chosen charts", a report. */
  subject: string;
  charts: readonly DeckChartInput[];
  /** "Bron: DJS enquête 2024 — synthetische demodata" (view-info.ts). */
  source: string;
  /** The address of the view the deck was made from. */
  url: string;
  /** When the deck was made: on its title slide. */
  date: Date;
  /** How many respondents have a value of each dimension the view uses (view-info.ts). */
  coverage?: string | null;
  /** The document's title; without one, made of the subject, the selection and the wave. */
  title?: string;
  /** Who took part, said on the title slide (a report's introduction). */
  intro?: string;
}

// Answers of a 5-point scale from one end to the other, light enough for black labels (≥ 4.5:1).
const SCALE = ['E7846A', 'F9C4A9', 'E0E0E0', 'A9D0E8', '6BAED6'];
// Unordered answers: light tints of distinct hues, black labels readable on each.
const NOMINAL = [
  '8CB4DD',
  'F6B26B',
  'A7D6A0',
  'E99A9A',
  'C9B3E0',
  'F2D98A',
  '9ED9D5',
  'D9B8A3',
  'C7C7C7',
  'F4B6D2',
];
// The dashboard's row colours: selection dark, groups lighter, benchmark grey (plot-style.ts).
const ROWS = { selection: '1D4F7C', group: '2F6FA8', benchmark: '8C8C8C' } as const;

/** Ordered answers in one hue from light to dark, still light enough for black labels. */
function sequential(count: number): string[] {
  const from = [0xde, 0xeb, 0xf7];
  const to = [0x42, 0x92, 0xc6];
  return Array.from({ length: count }, (_, i) => {
    const f = count > 1 ? i / (count - 1) : 0;
    return from
      .map((c, k) =>
        Math.round(c + (to[k]! - c) * f)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
      .toUpperCase();
  });
}

/** Colours of a coded item's answers: a 5-point scale diverges, ordered answers go light to dark. */
function answerColours(item: CodedItem, count: number): string[] {
  if ((item.type === 'likert5' || item.type === 'frequency5') && count === SCALE.length)
    return SCALE;
  if (item.ordered) return sequential(count);
  return Array.from({ length: count }, (_, i) => NOMINAL[i % NOMINAL.length]!);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A share as a chart value: a percentage to one decimal; a privacy range ("< 5%") has none. */
function percentValue(value: Estimate | null): number | null {
  return value && !value.bound ? round1(value.estimate * 100) : null;
}

function meanValue(value: Estimate | null): number | null {
  return value ? round1(value.estimate) : null;
}

/** p as a reader reads it: "0,034", "< 0,001". */
function formatP(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : formatNumber(p, lang, 3);
}

const TESTS = {
  z: 'deck.testZ',
  fisher: 'deck.testFisher',
  welch: 'deck.testWelch',
} as const satisfies Record<Comparison['method'], MessageKey>;

/** The unit of a panel's figures, as a value axis says it. */
function unitOf(panel: Panel, lang: Lang): string {
  if (panel.type === 'mean')
    return t(lang, panel.item.type === 'hours' ? 'hoursPerWeek' : 'ratingUnit');
  return t(lang, panel.type === 'options' ? 'percentOfAnswered' : 'percentOfValid');
}

/** The labels of a panel's rows, a hidden one saying so: it has a category, but no bar. */
function categoryLabels(panel: Panel, labelOf: (row: PanelRow) => string, lang: Lang): string[] {
  return (panel.rows as PanelRow[]).map((row) =>
    hasValue(row) ? labelOf(row) : `${labelOf(row)} (${t(lang, 'tooFew', { min: MIN_N })})`,
  );
}

function hasValue(row: PanelRow): boolean {
  const parts = (row.figure as Partial<ShareFigure>).parts;
  return row.figure.value !== null || (parts ?? []).some((p) => p.value !== null);
}

function rowColour(row: PanelRow): string {
  return ROWS[row.kind];
}

/**
 * The chart of a panel, with the figures of its on-screen table: every answer's share per row
 * (the selection, each group, the benchmark) stacked to 100%; each option's share per row side by
 * side; the mean per row.
 */
function panelChart(
  panel: Panel,
  labelOf: (row: PanelRow) => string,
  lang: Lang,
  summary = '',
): DeckChart {
  const labels = categoryLabels(panel, labelOf, lang);
  const axisTitle = unitOf(panel, lang);
  if (panel.type === 'mean') {
    return {
      type: 'bar',
      grouping: 'clustered',
      percent: false,
      series: [
        {
          name: `${t(lang, 'explore.mean')} (${axisTitle})`,
          labels,
          values: panel.rows.map((r) => meanValue(r.figure.value)),
        },
      ],
      colours: [ROWS.selection],
      axisTitle,
      altText: summary,
    };
  }
  if (panel.type === 'share') {
    const codes = panel.rows[0]?.figure.parts.map((p) => p.code) ?? [];
    return {
      type: 'bar',
      grouping: 'percentStacked',
      percent: true,
      series: codes.map((code, i) => ({
        name: panel.item.values.find((v) => v.code === code)?.label[lang] ?? code,
        labels,
        values: panel.rows.map((r) => percentValue(r.figure.parts[i]?.value ?? null)),
      })),
      colours: answerColours(panel.item, codes.length),
      axisTitle,
      altText: summary,
    };
  }
  const options = panel.item.options.map((o) => o.label[lang]);
  return {
    type: 'bar',
    grouping: 'clustered',
    percent: true,
    series: panel.rows.map((row, r) => ({
      name: labels[r]!,
      labels: options,
      values: panel.item.options.map((o) =>
        percentValue(row.figure.parts.find((p) => p.code === o.code)?.value ?? null),
      ),
    })),
    colours: panel.rows.map((row) => rowColour(row)),
    axisTitle,
    altText: summary,
  };
}

/** The headline figure (a share or a mean) of the selection and the benchmark over the waves. */
function trendChart(
  panel: Panel,
  points: readonly TrendPoint[],
  labelOf: (kind: TrendPoint['kind']) => string,
  lang: Lang,
): DeckChart | null {
  const waves = [...new Set(points.map((p) => p.wave))].sort((a, b) => a - b);
  const percent = panel.type !== 'mean';
  const kinds = (['selection', 'benchmark'] as const).filter((k) =>
    points.some((p) => p.kind === k && p.figure.value),
  );
  if (waves.length < 2 || kinds.length === 0) return null;
  const value = (p: TrendPoint | undefined) =>
    p ? (percent ? percentValue(p.figure.value) : meanValue(p.figure.value)) : null;
  const headline = panel.type === 'share' ? panel.item.headline?.label[lang] : undefined;
  return {
    type: 'line',
    grouping: 'clustered',
    percent,
    series: kinds.map((kind) => ({
      name: labelOf(kind),
      labels: waves.map(String),
      values: waves.map((w) => value(points.find((p) => p.wave === w && p.kind === kind))),
    })),
    colours: kinds.map((k) => ROWS[k]),
    axisTitle: headline ? `% ${headline}` : unitOf(panel, lang),
    altText: `${t(lang, 'trendTitle')}: ${panel.item.label[lang]}`,
  };
}

/** "25% (95%-BI 19–32%)", or the range a privacy rule allows ("< 5%"). */
function shareText(value: Estimate, lang: Lang): string {
  const interval = formatShareInterval(value, lang);
  return interval
    ? `${formatShare(value, lang)} (${t(lang, 'ci95')} ${interval})`
    : formatShare(value, lang);
}

function meanText(value: MeanValue, lang: Lang, hours: boolean): string {
  const one = (x: number) => formatNumber(x, lang, 1);
  const median =
    hours && value.median !== null ? `; ${t(lang, 'median')} ${one(value.median)}` : '';
  return `${one(value.estimate)} (${t(lang, 'ci95')} ${one(value.lo)}–${one(value.hi)})${median}`;
}

/** What the speaker says of one row: its figures with intervals, n, who is left out, the test. */
function rowNotes(panel: Panel, row: PanelRow, label: string, lang: Lang): string[] {
  if (!hasValue(row)) return [`${label}: ${t(lang, 'tooFew', { min: MIN_N })}`];
  let figures: string;
  if (panel.type === 'mean') {
    figures = meanText(row.figure.value as MeanValue, lang, panel.item.type === 'hours');
  } else {
    const values = panel.type === 'share' ? panel.item.values : panel.item.options;
    const shown = (row.figure as ShareFigure).parts.filter((p) => p.value);
    const name = (code: string) => values.find((v) => v.code === code)?.label[lang] ?? code;
    const headline = panel.type === 'share' ? panel.item.headline : undefined;
    // With a headline share: that share with its interval, then how all answers were spread.
    figures =
      headline && row.figure.value
        ? `${headline.label[lang]} ${shareText(row.figure.value, lang)}; ${t(lang, 'deck.spread')}: ${shown
            .map((p) => `${name(p.code)} ${formatShare(p.value!, lang)}`)
            .join(', ')}`
        : shown.map((p) => `${name(p.code)} ${shareText(p.value!, lang)}`).join('; ');
  }
  const counts = [
    t(lang, 'n', { n: row.figure.n }),
    ...(row.figure.excluded > 0 ? [t(lang, 'excluded', { n: row.figure.excluded })] : []),
    ...(row.figure.missing > 0 ? [t(lang, 'missing', { n: row.figure.missing })] : []),
  ];
  const lines = [`${label}: ${figures} (${counts.join('; ')})`];
  if (row.comparison === null)
    lines.push(`  ${t(lang, 'versusRest')}: ${t(lang, 'tooFewToCompare')}`);
  else if (row.comparison) lines.push(`  ${comparisonText(panel, row.comparison, lang)}`);
  return lines;
}

/**
 * "Verschil met de rest: -5,2 procentpunt (95%-BI -10,1 tot -0,3); z-toets voor twee proporties,
 * p = 0,034, na Benjamini–Hochberg p = 0,041: significant."
 */
function comparisonText(panel: Panel, c: Comparison, lang: Lang): string {
  const points = panel.type !== 'mean';
  const signed = (x: number) => formatSigned(points ? x * 100 : x, lang, 1);
  const size = t(lang, 'differenceInterval', {
    diff: points ? `${signed(c.diff)} ${t(lang, 'points')}` : signed(c.diff),
    lo: signed(c.lo),
    hi: signed(c.hi),
  });
  const test = t(lang, 'deck.test', {
    test: t(lang, TESTS[c.method]),
    p: formatP(c.p, lang),
    adjusted: formatP(c.pAdjusted, lang),
  });
  const verdict = t(lang, c.significant ? 'deck.significant' : 'notSignificant');
  return `${t(lang, 'versusRest')}: ${size}; ${test}: ${verdict}.`;
}

/** Selection (n), benchmark (n), split and source: one or two lines under a chart. */
function footerOf(input: DeckInput, panel: Panel, labelOf: (row: PanelRow) => string): string[] {
  const { view, codebook, source } = input;
  const { lang } = view;
  const rows = panel.rows as PanelRow[];
  const counted = (row: PanelRow | undefined) =>
    row && row.figure.n > 0 ? t(lang, 'n', { n: row.figure.n }) : t(lang, 'tooFew', { min: MIN_N });
  const selection = rows.find((r) => r.kind === 'selection');
  const benchmark = rows.find((r) => r.kind === 'benchmark');
  const compare = view.compare ? dimensions(codebook).find((d) => d.id === view.compare) : null;
  const first = [
    t(lang, 'footerSelection', {
      label: selection ? labelOf(selection) : selectionLabel(codebook, view.filters, lang),
      n: counted(selection),
    }),
    ...(benchmark
      ? [t(lang, 'footerBenchmark', { label: `${labelOf(benchmark)} (${counted(benchmark)})` })]
      : []),
    ...(compare ? [t(lang, 'footerCompare', { label: compare.label[lang] })] : []),
  ];
  return [first.join(' · '), source];
}

/** The text box of a slide of text, in inches (deck-pptx.ts lays it out). */
export const TEXT_AREA = { w: 12.43, h: 5.75 };
/** The sizes a slide of text may use, largest first: 16 pt is still read from the back. */
const TEXT_SIZES = [20, 18, 16];

/** How tall bullets set at `size` pt come out: Arial averages about half an em a character. */
function textHeight(bullets: readonly string[], size: number): number {
  const perLine = Math.max(1, Math.floor((TEXT_AREA.w - 0.4) / ((size * 0.52) / 72)));
  const lines = bullets.reduce((n, b) => n + Math.max(1, Math.ceil(b.length / perLine)), 0);
  // 1.2 lines a line, 12 pt after each paragraph.
  return (lines * size * 1.2 + bullets.length * 12) / 72;
}

/**
 * A slide of text at the largest size it fits at; where even the smallest does not fit, as many
 * slides as it takes ("Overwerk (1/2)").
 */
function textSlides(title: string, bullets: readonly string[], notes: string[]): DeckSlide[] {
  const fits = TEXT_SIZES.find((size) => textHeight(bullets, size) <= TEXT_AREA.h);
  if (fits) return [{ kind: 'text', title, bullets: [...bullets], notes, fontSize: fits }];
  const size = TEXT_SIZES.at(-1)!;
  const pages: string[][] = [];
  for (const bullet of bullets) {
    const page = pages.at(-1);
    if (page && textHeight([...page, bullet], size) <= TEXT_AREA.h) page.push(bullet);
    else pages.push([bullet]);
  }
  return pages.map((page, i) => ({
    kind: 'text',
    title: `${title} (${i + 1}/${pages.length})`,
    bullets: page,
    notes,
    fontSize: size,
  }));
}

function uniqueLines(lines: string[]): string[] {
  return [...new Set(lines)];
}

function chartSlide(input: DeckInput, chart: DeckChartInput): DeckSlide {
  const { view, codebook } = input;
  const { lang } = view;
  const { panel } = chart;
  const labelOf = (row: PanelRow) => rowLabel(codebook, row, view);
  const question = panel.item.question[lang];
  const rows = panel.rows as PanelRow[];
  const compare = view.compare ? dimensions(codebook).find((d) => d.id === view.compare) : null;
  // What the chart says, in the words its test allows (src/lib/report/takeaway.ts).
  const title =
    chart.title ??
    takeaway(
      panel,
      {
        selection: selectionLabel(codebook, view.filters, lang),
        benchmark: benchmarkLabel(codebook, view),
        group: labelOf,
        dimension: compare ? compare.label[lang] : null,
      },
      lang,
    );
  const summary = `${panel.item.label[lang]}. ${title}`;
  const trend = chart.trend
    ? trendChart(
        panel,
        chart.trend,
        (kind) =>
          kind === 'benchmark'
            ? benchmarkLabel(codebook, { ...view, benchmark: 'all' })
            : selectionLabel(codebook, view.filters, lang),
        lang,
      )
    : null;
  const trendNotes = trend
    ? [
        `${t(lang, 'trendTitle')}: ${trend.series
          .map(
            (s) =>
              `${s.name} ${s.labels
                .map((wave, i) => {
                  const v = s.values[i];
                  if (v === null || v === undefined) return `${wave} –`;
                  return `${wave} ${formatNumber(v, lang, trend.percent ? 0 : 1)}${trend.percent ? '%' : ''}`;
                })
                .join(', ')}`,
          )
          .join('; ')}`,
      ]
    : [];
  return {
    kind: 'chart',
    title,
    label: panel.item.label[lang],
    question,
    chart: panelChart(panel, labelOf, lang, summary),
    trend,
    footer: footerOf(input, panel, labelOf),
    // The page's notes repeat some of these (suppression, source): each line once.
    notes: uniqueLines([
      t(lang, 'deck.question', { question }),
      t(lang, 'deck.shows', { unit: unitOf(panel, lang) }),
      ...rows.flatMap((row) => rowNotes(panel, row, labelOf(row), lang)),
      ...trendNotes,
      ...(input.coverage ? [input.coverage] : []),
      ...(chart.notes ?? []),
      t(lang, 'suppressionNote', { min: MIN_N }),
      input.source,
      t(lang, 'deck.link', { url: chart.url }),
    ]),
  };
}

/**
 * The deck of some charts of one view: a title slide (subject, selection, wave, date), a slide per
 * chart with a native chart, its wording and every figure in the speaker notes, and a last slide
 * on method and privacy.
 */
export function buildDeck(input: DeckInput): Deck {
  const { view, codebook, source } = input;
  const { lang } = view;
  const selection = selectionLabel(codebook, view.filters, lang);
  const filtered = Object.values(view.filters).some(Boolean);
  const compare = view.compare ? dimensions(codebook).find((d) => d.id === view.compare) : null;
  const survey = t(lang, 'deck.survey', { wave: String(view.wave) });
  const date = new Intl.DateTimeFormat(DECK_LANG[lang], { dateStyle: 'long' }).format(input.date);
  const about = [
    `${t(lang, 'selection')}: ${selection}`,
    ...(filtered ? [t(lang, 'footerBenchmark', { label: benchmarkLabel(codebook, view) })] : []),
    ...(compare ? [t(lang, 'footerCompare', { label: compare.label[lang] })] : []),
    ...(view.weighted ? [t(lang, 'weighted')] : []),
  ];
  const title: DeckSlide = {
    kind: 'title',
    title: input.subject,
    subtitle: `${survey} — ${selection}`,
    lines: [
      ...(input.intro ? [input.intro] : []),
      ...about,
      t(lang, 'deck.wave', { wave: String(view.wave) }),
      t(lang, 'deck.made', { date }),
      source,
    ],
    notes: [
      codebook.title[lang],
      ...(input.intro ? [input.intro] : []),
      ...about,
      t(lang, 'deck.link', { url: input.url }),
    ],
  };
  const method = textSlides(
    t(lang, 'deck.methodTitle'),
    uniqueLines([
      t(lang, 'deck.methodValid'),
      t(lang, 'deck.methodIntervals'),
      t(lang, 'deck.methodTests'),
      ...(view.weighted ? [t(lang, 'weightedNote')] : []),
      t(lang, 'deck.privacy', { min: MIN_N, k: DEFAULT_RULES.k }),
      source,
    ]),
    [t(lang, 'deck.notesHint'), t(lang, 'deck.link', { url: input.url })],
  );
  return {
    title: input.title ?? `${input.subject} — ${selection} (${view.wave})`,
    subject: `${codebook.title[lang]} ${view.wave}: ${input.subject}; ${about.join('; ')}`,
    author: t(lang, 'appTitle'),
    company: codebook.publisher[lang],
    lang: DECK_LANG[lang],
    slides: [
      title,
      ...input.charts.flatMap((c): DeckSlide[] => [
        ...(c.section
          ? textSlides(c.section.title, c.section.bullets, [...c.section.bullets])
          : []),
        chartSlide(input, c),
      ]),
      ...method,
    ],
  };
}
