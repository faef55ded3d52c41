import type { Codebook, Lang } from '../codebook/types';
import type { SpecialtyReport } from '../report/report';
import { REPORT_DIMENSION } from '../report/report';
import type { ReportText } from '../report/sentences';
import type { DeckInput } from './deck';

/**
 * A specialty's report (src/lib/report) as a deck: its title and who took part on the title
 * slide; per topic a slide with the report's sentences, then a slide per question with its chart
 * (the specialty against the rest, as in the report) and its sentence in the speaker notes.
 */
export function reportDeckInput(
  codebook: Codebook,
  report: SpecialtyReport,
  text: ReportText,
  { lang, url, date }: { lang: Lang; url: string; date: Date },
): DeckInput {
  return {
    codebook,
    view: {
      lang,
      wave: report.wave,
      filters: { [REPORT_DIMENSION]: report.specialty },
      compare: null,
      benchmark: 'rest',
      weighted: report.weighted,
    },
    subject: text.title,
    title: text.title,
    intro: text.intro,
    source: text.source,
    url,
    date,
    charts: report.sections.flatMap((section, s) => {
      const words = text.sections[s]!;
      return section.items.map((entry, i) => ({
        panel: entry.panel,
        url,
        notes: [words.sentences[i]!.text, ...(words.notAsked ? [words.notAsked] : [])],
        ...(i === 0
          ? {
              section: {
                title: words.heading,
                bullets: [
                  ...words.sentences.map((sentence) => sentence.text),
                  ...(words.notAsked ? [words.notAsked] : []),
                ],
              },
            }
          : {}),
      }));
    }),
  };
}
