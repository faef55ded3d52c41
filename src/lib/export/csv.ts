import type { Lang } from '../codebook/types';
import type { Panel, PanelRow } from '../figures/panel';
import type { ShareFigure } from '../figures/kinds';
import type { PublishedPoint } from '../figures/published';
import { publishedDigits, publishedSource } from '../figures/published';
import type { MeanValue } from '../figures/types';
import type { Estimate } from '../stats/estimate';
import type { MessageKey } from '../i18n/translate';
import { t } from '../i18n/translate';
import { MIN_N } from '../privacy/threshold';

/** Column headings and notes the codebook does not give, from the catalogue. */
const WORDS = {
  group: 'group',
  estimate: 'estimate',
  median: 'csv.median',
  lo: 'csv.lo',
  hi: 'csv.hi',
  diff: 'versusRest',
  diffLo: 'csv.diffLo',
  diffHi: 'csv.diffHi',
  significant: 'csv.significant',
  note: 'csv.note',
  tooFewToCompare: 'tooFewToCompare',
  yes: 'yes',
  no: 'no',
} as const satisfies Record<string, MessageKey>;

/** A table of plain cells: the same figures as the chart's on-screen table, one row per row. */
export interface AggregateTable {
  columns: string[];
  rows: string[][];
}

// Rounded exactly as the on-screen table rounds (Intl), but with a '.' and no grouping.
const plain = (x: number, decimals: number) =>
  new Intl.NumberFormat('en-US', {
    useGrouping: false,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(x);
const percent = (x: number) => plain(x * 100, 0);

/** A share in percent; a privacy range ("< 5%") stays a range ("<5"). */
function share(value: Estimate | null): string {
  if (!value) return '';
  if (value.bound === 'below') return `<${percent(value.hi)}`;
  if (value.bound === 'above') return `>${percent(value.lo)}`;
  return percent(value.estimate);
}

function interval(value: Estimate | null, format: (x: number) => string): [string, string] {
  return value && !value.bound ? [format(value.lo), format(value.hi)] : ['', ''];
}

/**
 * The aggregate a chart shows, as a table: exactly the rows and figures of its on-screen table
 * (a suppressed row has no figures, only the note), never anything the chart hides.
 */
export function aggregateTable(
  panel: Panel,
  labelOf: (row: PanelRow) => string,
  lang: Lang,
  /** The figures DJS published for earlier waves: rows of their own under the chart's. */
  published: readonly PublishedPoint[] = [],
): AggregateTable {
  const w = (key: keyof typeof WORDS) => t(lang, WORDS[key]);
  const rows = panel.rows as PanelRow[];
  const compared = rows.some((r) => r.comparison !== undefined);
  // The difference from the rest and its 95% interval (Newcombe for shares, in points; Welch for
  // means), rounded as the on-screen table rounds them.
  const noDiff = compared ? ['', '', '', ''] : [];
  const diffOf = (row: PanelRow): string[] => {
    if (!compared) return [];
    const c = row.comparison;
    if (!c) return noDiff;
    const scaled = (x: number) => {
      const text = plain(panel.type === 'mean' ? x : x * 100, 1);
      // A difference that rounds to zero has no sign, as on screen (format/number.ts).
      return text === '-0.0' ? '0.0' : text;
    };
    return [scaled(c.diff), scaled(c.lo), scaled(c.hi), w(c.significant ? 'yes' : 'no')];
  };
  const noteOf = (row: PanelRow, shown: boolean) =>
    !shown
      ? t(lang, 'tooFew', { min: MIN_N })
      : row.comparison === null
        ? w('tooFewToCompare')
        : '';

  let columns: string[];
  let figures: (row: PanelRow) => string[] | null;
  /** The column a published figure goes in: the mean, or the headline share. */
  let publishedAt = -1;
  if (panel.type === 'mean') {
    publishedAt = 0;
    const hours = panel.item.type === 'hours';
    columns = [w('estimate'), w('lo'), w('hi'), ...(hours ? [w('median')] : [])];
    figures = (row) => {
      const v = row.figure.value as MeanValue | null;
      if (!v) return null;
      const one = (x: number) => plain(x, 1);
      return [
        one(v.estimate),
        ...interval(v, one),
        ...(hours ? [v.median === null ? '' : one(v.median)] : []),
      ];
    };
  } else {
    const labels = panel.type === 'share' ? panel.item.values : panel.item.options;
    const parts = (panel.rows[0]?.figure.parts ?? []).map(
      (p) => `${labels.find((v) => v.code === p.code)?.label[lang] ?? p.code} (%)`,
    );
    const headline = panel.type === 'share' ? panel.item.headline : undefined;
    columns = headline ? [...parts, `${headline.label[lang]} (%)`, w('lo'), w('hi')] : parts;
    if (headline) publishedAt = parts.length;
    figures = (row) => {
      const f = row.figure as ShareFigure;
      if (!f.parts.some((p) => p.value)) return null;
      const cells = f.parts.map((p) => share(p.value));
      return headline ? [...cells, share(f.value), ...interval(f.value, percent)] : cells;
    };
  }
  return {
    columns: [
      w('group'),
      ...columns,
      'n',
      ...(compared ? [w('diff'), w('diffLo'), w('diffHi'), w('significant')] : []),
      w('note'),
    ],
    rows: [
      ...rows.map((row) => {
        const cells = figures(row);
        return [
          labelOf(row),
          ...(cells ?? columns.map(() => '')),
          // A hidden row carries no count either: n = 4 would say how small it is.
          cells ? String(row.figure.n) : '',
          ...(cells ? diffOf(row) : noDiff),
          noteOf(row, cells !== null),
        ];
      }),
      ...published.map((point) => {
        const { value, decimals } = publishedDigits(point);
        const shown = point.onTrend ? `${point.approx ? '≈' : ''}${plain(value, decimals)}` : '';
        const year = String(point.wave);
        const note = [
          point.text[lang],
          ...(point.definition
            ? [t(lang, 'published.definition', { year, definition: point.definition })]
            : []),
          `${point.respondents.note[lang]}.`,
          t(lang, 'published.source', { source: publishedSource(point, lang) }),
        ];
        return [
          t(lang, 'published.row', { year }),
          ...columns.map((_, i) => (i === publishedAt ? shown : '')),
          // No n: a publication gives its respondents (in the note), not this item's valid n.
          '',
          ...noDiff,
          note.join(' '),
        ];
      }),
    ],
  };
}
