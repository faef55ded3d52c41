import type { Lang } from '../codebook/types';
import type { Panel, PanelRow } from '../figures/panel';
import type { Scorecard, ScorecardLine } from '../figures/scorecard';
import type { MeanValue } from '../figures/types';
import { t } from '../i18n/translate';
import { MIN_N } from '../privacy/threshold';
import type { AggregateTable } from './csv';

// Rounded as the topic pages' CSV rounds (csv.ts): a '.', no grouping.
const plain = (x: number, decimals: number) =>
  new Intl.NumberFormat('en-US', {
    useGrouping: false,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(x);

/** What a scorecard column shows: "Burn-out: ja (%)", "Gewerkte uren (uur per week)". */
export function indicatorLabel(panel: Panel, lang: Lang): string {
  const { item } = panel;
  if (panel.type === 'share' && panel.item.headline)
    return `${item.label[lang]}: ${panel.item.headline.label[lang]} (%)`;
  return `${item.label[lang]} (${t(lang, 'hoursPerWeek')})`;
}

/**
 * The scorecard as a table, one row per group and indicator, in the order on screen: each with
 * the figure, its 95% interval, n (the median too, for hours), and its difference from the rest
 * with that interval and whether it is flagged after Benjamini–Hochberg. A group with fewer than
 * 10 answers has no figures and no count, only the note, exactly as on screen.
 */
export function scorecardTable(
  card: Scorecard,
  lines: readonly ScorecardLine[],
  labelOf: (line: ScorecardLine) => string,
  lang: Lang,
): AggregateTable {
  const columns = [
    t(lang, 'group'),
    t(lang, 'scorecard.indicator'),
    t(lang, 'estimate'),
    t(lang, 'csv.lo'),
    t(lang, 'csv.hi'),
    t(lang, 'csv.median'),
    'n',
    t(lang, 'versusRest'),
    t(lang, 'csv.diffLo'),
    t(lang, 'csv.diffHi'),
    t(lang, 'csv.significant'),
    t(lang, 'csv.note'),
  ];
  const rows = lines.flatMap((line) =>
    card.panels.map((panel, i) => {
      const row: PanelRow | null = line.cells[i] ?? null;
      const value = row?.figure.value ?? null;
      const scale = (x: number) => (panel.type === 'mean' ? x : x * 100);
      const digits = panel.type === 'mean' ? 1 : 0;
      const median = panel.type === 'mean' ? (value as MeanValue | null)?.median : null;
      const c = row?.comparison;
      const diff = (x: number) => {
        const text = plain(scale(x), 1);
        return text === '-0.0' ? '0.0' : text;
      };
      const head = [labelOf(line), indicatorLabel(panel, lang)];
      if (!row || !value)
        return [...head, '', '', '', '', '', '', '', '', '', t(lang, 'tooFew', { min: MIN_N })];
      return [
        ...head,
        plain(scale(value.estimate), digits),
        plain(scale(value.lo), digits),
        plain(scale(value.hi), digits),
        median === null || median === undefined ? '' : plain(median, 1),
        String(row.figure.n),
        ...(c
          ? [diff(c.diff), diff(c.lo), diff(c.hi), t(lang, c.significant ? 'yes' : 'no')]
          : ['', '', '', '']),
        c === null ? t(lang, 'tooFewToCompare') : '',
      ];
    }),
  );
  return { columns, rows };
}
