import type { Lang, Text } from '../lib/codebook/types';

/** Interface wording; question wording and labels come from the codebook. Dutch first. */
const messages = {
  appTitle: { nl: 'DJS enquête dashboard', en: 'DJS survey dashboard' },
  appSubtitle: {
    nl: 'Nationale a(n)ios-enquête Gezond en veilig werken, De Jonge Specialist',
    en: 'National survey of doctors in training “Healthy and safe working”, De Jonge Specialist',
  },
  demoBanner: {
    nl: 'Demodata: dit zijn synthetische gegevens, geen echte antwoorden. Ze zijn gekalibreerd op de gepubliceerde cijfers van 2024.',
    en: 'Demo data: these are synthetic data, not real answers. They are calibrated to the published 2024 figures.',
  },
  language: { nl: 'Taal', en: 'Language' },
  loading: { nl: 'De database wordt geladen…', en: 'Loading the database…' },
  loadingData: { nl: 'Enquêtegegevens laden…', en: 'Loading survey data…' },
  errorTitle: { nl: 'De gegevens konden niet worden geladen', en: 'The data could not be loaded' },
  errorHelp: {
    nl: 'Los de onderstaande problemen in het gegevensbestand op en laad de pagina opnieuw.',
    en: 'Fix the problems below in the data file and reload the page.',
  },
  noticeTitle: {
    nl: 'Niet alles in de link werd begrepen',
    en: 'Part of the link was not understood',
  },
  noticeLine: {
    nl: 'Parameter “{param}={value}” genegeerd; verwacht: {expected}.',
    en: 'Parameter “{param}={value}” ignored; expected: {expected}.',
  },
  filters: { nl: 'Selectie', en: 'Selection' },
  wave: { nl: 'Jaar', en: 'Year' },
  all: { nl: 'Alle', en: 'All' },
  compareBy: { nl: 'Vergelijk per', en: 'Compare by' },
  noComparison: { nl: 'Geen vergelijking', en: 'No comparison' },
  allRespondents: { nl: 'Alle respondenten', en: 'All respondents' },
  selection: { nl: 'Selectie', en: 'Selection' },
  tooFew: { nl: 'minder dan 10 antwoorden', en: 'fewer than 10 answers' },
  ci95: { nl: '95%-BI', en: '95% CI' },
  median: { nl: 'mediaan', en: 'median' },
  hoursPerWeek: { nl: 'uur per week', en: 'hours per week' },
  percentOfValid: { nl: '% van geldige antwoorden', en: '% of valid answers' },
  excluded: { nl: '{n} weet niet / n.v.t. niet meegeteld', en: '{n} don’t know / n/a not counted' },
  missing: { nl: '{n} zonder antwoord', en: '{n} without an answer' },
  askedOf: { nl: 'Gevraagd aan {who}.', en: 'Asked of {who}.' },
  source: { nl: 'Bron: DJS enquête {wave}', en: 'Source: DJS survey {wave}' },
  sourceDemo: { nl: 'synthetische demodata', en: 'synthetic demo data' },
  suppressionNote: {
    nl: 'Groepen met minder dan 10 antwoorden worden niet getoond.',
    en: 'Groups with fewer than 10 answers are not shown.',
  },
  chartHours: { nl: 'Gemiddeld aantal uren per week', en: 'Mean hours per week' },
  chartOvertimeGroups: { nl: 'Overwerk per week', en: 'Overtime per week' },
  topicOvertimeIntro: {
    nl: 'Hoeveel a(n)ios meer werken dan hun contract, hoeveel tijd buiten werktijd erbij komt en of dat wordt gecompenseerd.',
    en: 'How much doctors in training work beyond their contract, how much time outside working hours comes on top, and whether it is compensated.',
  },
  dataTable: { nl: 'Tabel', en: 'Table' },
  group: { nl: 'Groep', en: 'Group' },
  estimate: { nl: 'Schatting', en: 'Estimate' },
  tooFewToCompare: { nl: 'te weinig om te vergelijken', en: 'too few to compare' },
  points: { nl: 'procentpunt', en: 'points' },
  notSignificant: { nl: 'geen aantoonbaar verschil', en: 'no clear difference' },
  betterThanRest: { nl: 'gunstiger dan de rest', en: 'better than the rest' },
  worseThanRest: { nl: 'ongunstiger dan de rest', en: 'worse than the rest' },
  differentFromRest: { nl: 'anders dan de rest', en: 'different from the rest' },
  versusRest: { nl: 'Verschil met de rest', en: 'Difference from the rest' },
  benchmark: { nl: 'Vergelijk met', en: 'Benchmark' },
  benchmarkAll: { nl: 'Alle respondenten', en: 'All respondents' },
  benchmarkRest: { nl: 'De rest (niet in selectie)', en: 'The rest (not in selection)' },
  benchmarkHospital: { nl: 'Zelfde type ziekenhuis', en: 'Same hospital type' },
  rest: { nl: 'De rest', en: 'The rest' },
  sameHospitalType: { nl: 'Alle respondenten, {label}', en: 'All respondents, {label}' },
  topics: { nl: 'Onderwerpen', en: 'Topics' },
  respondents: { nl: 'Respondenten', en: 'Respondents' },
  ratingUnit: { nl: 'rapportcijfer (1–10)', en: 'mark (1–10)' },
  percentOfAnswered: { nl: '% van wie de vraag beantwoordde', en: '% of those who answered' },
  multiNote: {
    nl: 'Meerdere antwoorden mogelijk: percentages kunnen samen meer dan 100% zijn.',
    en: 'More than one answer possible: percentages can add up to more than 100%.',
  },
  legendFlags: {
    nl: 'Gekleurd: verschil met de rest na Benjamini–Hochberg-correctie (p < 0,05); groen gunstiger, rood ongunstiger.',
    en: 'Coloured: difference from the rest after Benjamini–Hochberg correction (p < 0.05); green better, red worse.',
  },
  trendTitle: { nl: 'Door de jaren heen', en: 'Over the years' },
  weighted: { nl: 'Gewogen naar specialisme', en: 'Weighted by specialty' },
  weightedNote: {
    nl: 'Gewogen naar het aantal a(n)ios per specialisme; betrouwbaarheidsintervallen op de effectieve n (Kish), n is ongewogen.',
    en: 'Weighted to the number of doctors in training per specialty; intervals use the effective n (Kish); n is unweighted.',
  },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof messages;

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
