import type { Lang, Text } from '../../lib/codebook/types';

/** The explorer's wording (kept with the lazily loaded explorer, out of the first bundle). */
const messages = {
  title: { nl: 'Verkennen: kruistabel', en: 'Explore: crosstab' },
  intro: {
    nl: 'Kies een vraag en een of twee indelingen (een kenmerk of een andere vraag). De selectie hierboven geldt ook hier.',
    en: 'Pick a question and one or two splits (a characteristic or another question). The selection above applies here too.',
  },
  question: { nl: 'Vraag', en: 'Question' },
  by: { nl: 'Uitgesplitst naar', en: 'Split by' },
  by2: { nl: 'En daarbinnen naar', en: 'And within that by' },
  none: { nl: '(geen)', en: '(none)' },
  dimensions: { nl: 'Kenmerken', en: 'Characteristics' },
  questions: { nl: 'Vragen', en: 'Questions' },
  percentages: { nl: 'Percentages', en: 'Percentages' },
  rowPercent: { nl: 'Rijpercentages', en: 'Row percentages' },
  columnPercent: { nl: 'Kolompercentages', en: 'Column percentages' },
  rowHelp: {
    nl: 'Rijpercentage: van de geldige antwoorden in de rij, het deel met dit antwoord.',
    en: 'Row percentage: of the valid answers in the row, the share giving this answer.',
  },
  columnHelp: {
    nl: 'Kolompercentage: van iedereen met dit antwoord, het deel dat in deze rij valt (ongewogen).',
    en: 'Column percentage: of everyone giving this answer, the share in this row (unweighted).',
  },
  total: { nl: 'Totaal (selectie)', en: 'Total (selection)' },
  noAnswer: { nl: 'Geen antwoord', en: 'No answer' },
  mean: { nl: 'Gemiddelde', en: 'Mean' },
  table: { nl: 'Kruistabel', en: 'Crosstab' },
  suppression: {
    nl: 'Rijen met minder dan 10 antwoorden worden niet getoond.',
    en: 'Rows with fewer than 10 answers are not shown.',
  },
} satisfies Record<string, Text>;

export type ExploreKey = keyof typeof messages;

export function te(lang: Lang, key: ExploreKey): string {
  return messages[key][lang];
}
