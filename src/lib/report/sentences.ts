import type { Codebook, Lang } from '../codebook/types';
import type { Panel, PanelRow } from '../figures/panel';
import type { OptionsFigure, ShareFigure } from '../figures/kinds';
import type { MeanValue } from '../figures/types';
import { formatShare } from '../format/number';
import { t } from '../i18n/translate';
import { MIN_N } from '../privacy/threshold';
import type { ReportItem, SpecialtyReport } from './report';
import type { Verdict } from './verdict';
import { verdictOf } from './verdict';
import {
  answerLabel,
  differenceText,
  intervalText,
  lowerFirst,
  meanDetails,
  pText,
  valueText,
} from './words';

/** One question of the report in one sentence, with the word its test allows. */
interface ReportSentence {
  /** The item id. */
  item: string;
  text: string;
  /** How the specialty compares with the rest; null where the sentence compares nothing. */
  verdict: Verdict | null;
}

interface ReportTextSection {
  topic: string;
  heading: string;
  sentences: ReportSentence[];
  /** "Niet gevraagd in 2022: …", or null. */
  notAsked: string | null;
}

/** The whole report in words: what a page, a printout or a deck writes. */
export interface ReportText {
  title: string;
  subtitle: string;
  /** Who took part, or why the report cannot be shown. */
  intro: string;
  sections: ReportTextSection[];
  /** How the figures and the words were made. */
  method: string[];
  /** "Bron: DJS enquête 2024 — synthetische demodata". */
  source: string;
}

/** The report's source line, as on every chart (src/app/export/view-info.ts for the dashboard). */
function reportSource(codebook: Codebook, wave: number, lang: Lang): string {
  const w = codebook.waves.find((x) => x.year === wave);
  if (w?.uploaded) return t(lang, 'sourceOwn', { file: w.uploaded });
  const demo = w?.synthetic ? ` — ${t(lang, 'sourceDemo')}` : '';
  return `${t(lang, 'source', { wave: String(wave) })}${demo}`;
}

const VERDICT_WORDS = {
  higher: 'report.higher',
  lower: 'report.lower',
  similar: 'report.similar',
} as const;

/** "van wie overwerkt " before the statement, for a question asked of some only. */
function ofWhom(panel: Panel, lang: Lang): string {
  const universe = panel.item.universe;
  return universe ? `${t(lang, 'report.of', { who: universe.label[lang] })} ` : '';
}

/** The specialty's own figure of a question in words, without a comparison. */
function ownSentence(panel: Panel, row: PanelRow, who: string, lang: Lang): string | null {
  const { item } = panel;
  const label = item.label[lang];
  const n = t(lang, 'n', { n: row.figure.n });
  if (panel.type === 'mean') {
    const value = row.figure.value as MeanValue | null;
    if (!value) return null;
    const details = meanDetails(panel, value, row.figure.n, lang);
    return t(lang, 'report.mean', {
      who,
      label: lowerFirst(label),
      value: valueText(panel, value, lang),
      details,
    });
  }
  if (panel.type === 'options') {
    const figure = row.figure as OptionsFigure;
    const chosen = figure.parts
      .filter((p) => p.value)
      .sort((a, b) => b.value!.estimate - a.value!.estimate)
      .slice(0, 3)
      .map((p) => {
        const interval = intervalText(panel, p.value!, lang);
        const option = answerLabel(item, p.code, lang);
        const value = formatShare(p.value!, lang);
        return interval
          ? t(lang, 'report.option', { label: option, value, interval })
          : `${option} ${value}`;
      });
    if (chosen.length === 0) return null;
    return t(lang, 'report.options', {
      who,
      label: lowerFirst(label),
      of: ofWhom(panel, lang),
      options: chosen,
      n,
    });
  }
  const figure = row.figure as ShareFigure;
  const headline = panel.item.headline;
  if (headline && figure.value) {
    const value = formatShare(figure.value, lang);
    const interval = intervalText(panel, figure.value, lang);
    if (headline.statement)
      return t(lang, 'report.share', {
        who,
        value,
        of: ofWhom(panel, lang),
        statement: headline.statement[lang],
        interval,
        n,
      });
    return t(lang, 'report.answer', {
      who,
      label,
      answer: headline.label[lang],
      value,
      of: ofWhom(panel, lang),
      interval,
      n,
    });
  }
  if (headline) return null;
  // No headline (a dimension of who took part): every answer with its interval.
  const parts = figure.parts
    .filter((p) => p.value)
    .map((p) => {
      const interval = intervalText(panel, p.value!, lang);
      return `${answerLabel(item, p.code, lang)} ${formatShare(p.value!, lang)}${interval ? ` (${interval})` : ''}`;
    });
  if (parts.length === 0) return null;
  return `${who}: ${t(lang, 'report.distribution', { label: lowerFirst(label), parts, n })}`;
}

/**
 * One question of a report in a sentence: the specialty's figure with its interval and n, then,
 * where the question has a single measure, the rest's figure and the word the test allows —
 * "hoger dan" / "lager dan" only where the Benjamini–Hochberg adjusted p < 0.05, else
 * "vergelijkbaar met" — with the difference, its interval and p; and all respondents' figure.
 * A figure of fewer than 10 answers is not shown, and the sentence says so.
 */
function itemSentence(report: SpecialtyReport, entry: ReportItem, lang: Lang): ReportSentence {
  const { panel } = entry;
  const who = report.label[lang];
  const own = panel.rows[0]!;
  const rest = panel.rows.find((r) => r.kind === 'benchmark');
  const sentence = ownSentence(panel, own, who, lang);
  const id = panel.item.id;
  if (sentence === null)
    return {
      item: id,
      text: t(lang, 'report.hidden', {
        who,
        label: lowerFirst(panel.item.label[lang]),
        min: MIN_N,
      }),
      verdict: null,
    };
  const single = panel.type === 'mean' || (panel.type === 'share' && panel.item.headline);
  if (!single)
    return { item: id, text: `${sentence}${sentence.endsWith('.') ? '' : '.'}`, verdict: null };
  const restText = t(lang, 'report.rest');
  const verdict = verdictOf(own);
  const all = entry.all.value
    ? t(lang, 'report.all', { value: valueText(panel, entry.all.value, lang) })
    : '';
  if (verdict === 'untested' || !rest?.figure.value || !own.comparison)
    return {
      item: id,
      text: [t(lang, 'report.untested', { sentence, rest: restText }), all]
        .filter(Boolean)
        .join(' '),
      verdict: 'untested',
    };
  const compared = t(lang, 'report.versus', {
    sentence,
    verdict: t(lang, VERDICT_WORDS[verdict]),
    rest: restText,
    value: valueText(panel, rest.figure.value, lang),
    n: t(lang, 'n', { n: rest.figure.n }),
    difference: differenceText(panel, own.comparison, lang),
    p: pText(own.comparison, lang),
  });
  return { item: id, text: [compared, all].filter(Boolean).join(' '), verdict };
}

/** The report in words, in the reader's language. */
export function reportText(codebook: Codebook, report: SpecialtyReport, lang: Lang): ReportText {
  const specialty = report.label[lang];
  const wave = String(report.wave);
  const base = {
    title: t(lang, 'report.title', { specialty, wave }),
    subtitle: t(lang, 'report.subtitle'),
    source: reportSource(codebook, report.wave, lang),
    method: [
      t(lang, 'report.methodShares'),
      t(lang, 'report.methodTest', { specialty }),
      t(lang, 'report.methodOrder'),
      t(lang, 'suppressionNote', { min: MIN_N }),
    ],
  };
  if (!report.shown)
    return {
      ...base,
      intro: t(lang, 'report.cannotShow', { specialty, wave, min: MIN_N }),
      sections: [],
    };
  return {
    ...base,
    intro: t(lang, 'report.respondents', {
      n: report.respondents,
      total: report.total,
      wave,
      specialty,
      rest: report.total - report.respondents,
    }),
    sections: report.sections.map((section) => ({
      topic: section.topic,
      heading: section.label[lang],
      sentences: section.items.map((entry) => itemSentence(report, entry, lang)),
      notAsked:
        section.notAsked.length > 0
          ? t(lang, 'report.notAsked', { wave, items: section.notAsked.map((i) => i.label[lang]) })
          : null,
    })),
  };
}
