import type { Lang } from '../codebook/types';
import type { OptionsFigure, ShareFigure } from '../figures/kinds';
import type { Panel, PanelRow } from '../figures/panel';
import { formatShare } from '../format/number';
import { t } from '../i18n/translate';
import { MIN_N } from '../privacy/threshold';
import { verdictOf } from './verdict';
import { answerLabel, lowerFirst, valueText } from './words';

/** The names a title gives the rows of a chart (src/lib/figures/labels.ts makes them). */
export interface TakeawayLabels {
  /** The selection: "Radiologie", "Alle respondenten". */
  selection: string;
  /** The benchmark row's name: "alle respondenten", "de rest". */
  benchmark: string;
  /** A group of the split's name: "UMC". */
  group: (row: PanelRow) => string;
  /** The split's name: "type ziekenhuis"; null without a split. */
  dimension: string | null;
}

/** The row's own figure in words; null where it is hidden. */
function figureSentence(panel: Panel, row: PanelRow, who: string, lang: Lang): string | null {
  const { item } = panel;
  const label = lowerFirst(item.label[lang]);
  if (panel.type === 'mean')
    return row.figure.value
      ? t(lang, 'takeaway.mean', { who, label, value: valueText(panel, row.figure.value, lang) })
      : null;
  if (panel.type === 'share' && panel.item.headline) {
    const value = row.figure.value;
    if (!value) return null;
    const { headline } = panel.item;
    const shown = formatShare(value, lang);
    return headline.statement
      ? t(lang, 'takeaway.share', { who, value: shown, statement: headline.statement[lang] })
      : t(lang, 'takeaway.answer', { who, value: shown, answer: headline.label[lang], label });
  }
  // No single measure: the answer (or option) given most.
  const parts = (row.figure as ShareFigure | OptionsFigure).parts.filter((p) => p.value);
  const top = parts.sort((a, b) => b.value!.estimate - a.value!.estimate)[0];
  if (!top) return null;
  return t(lang, 'takeaway.most', {
    who,
    label,
    answer: answerLabel(item, top.code, lang),
    value: formatShare(top.value!, lang),
  });
}

/** "hoger bij UMC; lager bij STZ", from the groups whose difference with the rest is significant. */
function groupsSentence(panel: Panel, labels: TakeawayLabels, lang: Lang): string | null {
  const groups = panel.rows.filter((r) => r.kind === 'group' && r.comparison);
  if (groups.length === 0 || !labels.dimension) return null;
  const named = (verdict: 'higher' | 'lower') =>
    groups.filter((r) => verdictOf(r) === verdict).map((r) => labels.group(r));
  const higher = named('higher');
  const lower = named('lower');
  if (higher.length === 0 && lower.length === 0)
    return t(lang, 'takeaway.sameIn', { dimension: lowerFirst(labels.dimension) });
  return [
    ...(higher.length > 0 ? [t(lang, 'takeaway.higherIn', { groups: higher })] : []),
    ...(lower.length > 0 ? [t(lang, 'takeaway.lowerIn', { groups: lower })] : []),
  ].join('; ');
}

/**
 * A slide's title: what the chart says, made from its figures and their test. "Radiologie: 78%
 * krijgt overwerk niet gecompenseerd — alle respondenten 66%" where the selection differs from
 * the rest (Benjamini–Hochberg adjusted p < 0.05), "— vergelijkbaar met alle respondenten (24%)"
 * where the test does not support a difference; with a split, the groups that differ from the
 * rest of the selection. A hidden figure (fewer than 10 answers) is said to be hidden.
 */
export function takeaway(panel: Panel, labels: TakeawayLabels, lang: Lang): string {
  const own = panel.rows[0]!;
  const who = labels.selection;
  const sentence = figureSentence(panel, own, who, lang);
  if (sentence === null)
    return t(lang, 'takeaway.hidden', {
      who,
      label: lowerFirst(panel.item.label[lang]),
      min: MIN_N,
    });
  const single = panel.type === 'mean' || (panel.type === 'share' && panel.item.headline);
  const benchmark = panel.rows.find((r) => r.kind === 'benchmark');
  let title = sentence;
  if (single && benchmark?.figure.value) {
    const value = valueText(panel, benchmark.figure.value, lang);
    const verdict = verdictOf(own);
    const key =
      verdict === 'similar'
        ? 'takeaway.similar'
        : verdict === 'untested'
          ? 'takeaway.untested'
          : 'takeaway.versus';
    title = t(lang, key, { sentence, benchmark: lowerFirst(labels.benchmark), value });
  }
  const groups = single ? groupsSentence(panel, labels, lang) : null;
  return groups ? t(lang, 'takeaway.groups', { sentence: title, groups }) : title;
}
