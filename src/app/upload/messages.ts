import type { Lang, Text } from '../../lib/codebook/types';

/** Wording of "your own data": the button and banner in the first bundle, the rest with the panel. */
const messages = {
  open: { nl: 'Eigen data laden', en: 'Load your own data' },
  close: { nl: 'Sluiten', en: 'Close' },
  yourData: { nl: 'uw eigen data', en: 'your data' },
  banner: {
    nl: 'U bekijkt uw eigen data: {file} ({rows} rijen{left}). Het bestand is alleen in deze browser geladen en nergens heen gestuurd.',
    en: 'You are looking at your data: {file} ({rows} rows{left}). The file was only loaded in this browser and sent nowhere.',
  },
  bannerLeft: { nl: ', {n} rijen met fouten weggelaten', en: ', {n} rows with errors left out' },
  backToSurvey: { nl: 'Terug naar de enquêtedata', en: 'Back to the survey data' },
  sourceOwn: { nl: 'Bron: uw eigen data ({file})', en: 'Source: your data ({file})' },
  title: { nl: 'Uw eigen data', en: 'Your own data' },
  intro: {
    nl: 'Sleep een CSV-export van uw enquête hierheen of kies een bestand. Het bestand wordt alleen in deze browser gelezen (DuckDB) en nooit verstuurd. Daarna werken alle onderwerpen en de kruistabel op uw data, met dezelfde regels: niets van minder dan 10 antwoorden.',
    en: 'Drop a CSV export of your survey here or choose a file. It is read only in this browser (DuckDB) and never sent anywhere. Every topic and the crosstab then work on your data, with the same rules: nothing from fewer than 10 answers.',
  },
  choose: { nl: 'Kies een CSV-bestand', en: 'Choose a CSV file' },
  drop: { nl: 'of sleep het hierheen', en: 'or drop it here' },
  reading: { nl: 'Bestand lezen…', en: 'Reading the file…' },
  checking: { nl: 'Controleren…', en: 'Checking…' },
  loadingDb: { nl: 'In de database laden…', en: 'Loading into the database…' },
  readAs: {
    nl: '{file}: gelezen als {encoding}, scheidingsteken “{delimiter}”.',
    en: '{file}: read as {encoding}, delimiter “{delimiter}”.',
  },
  preview: { nl: 'Eerste rijen', en: 'First rows' },
  mapping: { nl: 'Kolommen koppelen', en: 'Match the columns' },
  mappingHelp: {
    nl: 'Voor elke kolom in uw bestand: welke vraag uit het codeboek is het? Herkende kolommen zijn al ingevuld; uw keuze wordt voor deze sessie onthouden.',
    en: 'For each column of your file: which codebook question is it? Recognised columns are filled in; your choice is remembered for this session.',
  },
  fileColumn: { nl: 'Kolom in uw bestand', en: 'Column in your file' },
  codebookColumn: { nl: 'Codeboek', en: 'Codebook' },
  ignore: { nl: '(negeren)', en: '(ignore)' },
  multiColumn: {
    nl: '{label}: alle keuzes in één kolom',
    en: '{label}: all choices in one column',
  },
  check: { nl: 'Controleren en laden', en: 'Check and load' },
  ignored: { nl: 'Genegeerde kolommen: {list}', en: 'Ignored columns: {list}' },
  absent: {
    nl: 'Niet in uw bestand (blijft leeg): {list}',
    en: 'Not in your file (left empty): {list}',
  },
  decimalCommas: {
    nl: '{n} getallen met decimale komma gelezen als decimalen.',
    en: '{n} numbers with a decimal comma read as decimals.',
  },
  fatalTitle: {
    nl: 'Dit bestand kan niet worden geladen',
    en: 'This file cannot be loaded',
  },
  issuesTitle: {
    nl: '{n} problemen in {rows} van de {total} rijen',
    en: '{n} problems in {rows} of {total} rows',
  },
  more: { nl: '… en nog {n}', en: '… and {n} more' },
  loadValid: {
    nl: 'Alleen de {valid} goede rijen laden ({left} weglaten)',
    en: 'Load only the {valid} valid rows (leave out {left})',
  },
  kind: { nl: 'Soort', en: 'Kind' },
  'kind-field-count': { nl: 'verkeerd aantal velden', en: 'wrong number of fields' },
  'kind-unclosed-quote': { nl: 'aanhalingsteken niet gesloten', en: 'quote not closed' },
  'kind-unknown-code': { nl: 'onbekend antwoord', en: 'unknown answer' },
  'kind-not-a-number': { nl: 'geen getal', en: 'not a number' },
  'kind-out-of-range': { nl: 'buiten het bereik', en: 'out of range' },
  'kind-empty-file': { nl: 'leeg bestand', en: 'empty file' },
  'kind-not-csv': { nl: 'geen CSV', en: 'not a CSV' },
  'kind-duplicate-header': { nl: 'dubbele kolom', en: 'duplicate column' },
  'kind-missing-dimension': { nl: 'kenmerk ontbreekt', en: 'missing dimension' },
  'kind-no-rows': { nl: 'geen rijen', en: 'no rows' },
  line: { nl: 'Regel', en: 'Line' },
  column: { nl: 'Kolom', en: 'Column' },
  found: { nl: 'Gevonden', en: 'Found' },
  expected: { nl: 'Verwacht', en: 'Expected' },
  loaded: {
    nl: '{valid} rijen geladen.',
    en: '{valid} rows loaded.',
  },
} satisfies Record<string, Text>;

export type UploadKey = keyof typeof messages;

export function tu(lang: Lang, key: UploadKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
