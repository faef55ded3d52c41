import type { Codebook, Lang } from '../../lib/codebook/types';
import { indicatorLabel } from '../../lib/export/scorecard';
import type { Panel } from '../../lib/figures/panel';
import type { ScorecardLine } from '../../lib/figures/scorecard';
import { t } from '../../lib/i18n/translate';
import type { CellView } from './cells';
import { cellView } from './cells';

/** A column of the scorecard: one indicator. */
export interface Column {
  id: string;
  /** The item's label: "Burn-out". */
  label: string;
  /** What is counted: "ja (%)", "uur per week". */
  sub: string;
  /** Both, for tables and files: "Burn-out: ja (%)". */
  full: string;
  topic: string;
  /** The question, and who was asked it: the heading's tooltip. */
  question: string;
  mean: boolean;
}

/** A line of the scorecard as drawn: its key, label, whether it is the selected one, its cells. */
export interface Line {
  line: ScorecardLine;
  key: string;
  label: string;
  selected: boolean;
  cells: CellView[];
}

export function columnsOf(panels: readonly Panel[], lang: Lang): Column[] {
  return panels.map((panel) => {
    const { item } = panel;
    const universe = item.universe
      ? ` ${t(lang, 'askedOf', { who: item.universe.label[lang] })}`
      : '';
    return {
      id: item.id,
      label: item.label[lang],
      sub:
        panel.type === 'share' && panel.item.headline
          ? `${panel.item.headline.label[lang]} (%)`
          : t(lang, 'hoursPerWeek'),
      full: indicatorLabel(panel, lang),
      topic: item.topic,
      question: `“${item.question[lang]}”${universe}`,
      mean: panel.type === 'mean',
    };
  });
}

export function lineOf(
  line: ScorecardLine,
  label: string,
  selected: boolean,
  panels: readonly Panel[],
  columns: readonly Column[],
  lang: Lang,
): Line {
  return {
    line,
    key: line.kind === 'selection' ? 'selection' : `group:${line.group ?? ''}`,
    label,
    selected,
    cells: panels.map((panel, i) =>
      cellView(line.cells[i] ?? null, panel, label, columns[i]!.full, lang),
    ),
  };
}

/** The topics of the columns in order, each with how many columns it spans. */
export function topicSpans(
  codebook: Codebook,
  columns: readonly Column[],
  lang: Lang,
): { id: string; label: string; span: number }[] {
  const spans: { id: string; label: string; span: number }[] = [];
  for (const c of columns) {
    const last = spans.at(-1);
    if (last?.id === c.topic) last.span++;
    else
      spans.push({
        id: c.topic,
        label: codebook.topics.find((tp) => tp.id === c.topic)?.label[lang] ?? c.topic,
        span: 1,
      });
  }
  return spans;
}
