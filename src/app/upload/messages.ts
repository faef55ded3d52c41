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
    nl: 'Sleep een CSV-export van uw enquête hierheen of kies een bestand. Het bestand wordt alleen in deze browser gelezen en nooit verstuurd. Eerst wordt het vrijgegeven zoals de enquêtedata: elke combinatie van kenmerken komt bij minstens {k} respondenten voor. Daarna werken alle onderwerpen en de kruistabel op de vrijgegeven data, met dezelfde regels: niets van minder dan 10 antwoorden.',
    en: 'Drop a CSV export of your survey here or choose a file. It is read only in this browser and never sent anywhere. It is first released as the survey data are: every combination of characteristics is shared by at least {k} respondents. Every topic and the crosstab then work on the released data, with the same rules: nothing from fewer than 10 answers.',
  },
  choose: { nl: 'Kies een CSV-bestand', en: 'Choose a CSV file' },
  drop: { nl: 'of sleep het hierheen', en: 'or drop it here' },
  reading: { nl: 'Bestand lezen…', en: 'Reading the file…' },
  checking: { nl: 'Controleren…', en: 'Checking…' },
  releasing: { nl: 'Vrijgeven (anonimiseren)…', en: 'Releasing (anonymising)…' },
  loadingDb: { nl: 'In de database laden…', en: 'Loading into the database…' },
  readAs: {
    nl: '{file}: gelezen als {encoding}, scheidingsteken “{delimiter}”.',
    en: '{file}: read as {encoding}, delimiter “{delimiter}”.',
  },
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
  reportTitle: { nl: 'Zo is uw bestand vrijgegeven', en: 'How your file was released' },
  reportIntro: {
    nl: 'Voordat er een grafiek, tabel of export van {file} is gemaakt, is het in deze browser vrijgegeven met dezelfde regels als de enquêtedata: elke combinatie van {qis} (leeg telt als eigen waarde) komt bij minstens {k} respondenten voor, met minstens {l} verschillende antwoorden op elke gevoelige vraag. Onderwerpen, kruistabel en exports tonen alleen deze vrijgegeven rijen; de rijen van het bestand zelf worden nergens getoond.',
    en: 'Before any chart, table or export of {file} was made, it was released in this browser with the same rules as the survey data: every combination of {qis} (a blank counting as a value of its own) is shared by at least {k} respondents, with at least {l} different answers to every sensitive question. Topics, crosstab and exports show only these released rows; the rows of the file itself are shown nowhere.',
  },
  reportRows: {
    nl: '{rows} respondenten vrijgegeven. Kleinste groep met dezelfde kenmerken: {smallest} respondenten (minimaal {k}).',
    en: '{rows} respondents released. Smallest group sharing the same characteristics: {smallest} respondents (at least {k}).',
  },
  keptTitle: { nl: 'Wat er per kenmerk over is', en: 'What is left of each characteristic' },
  keptCaption: {
    nl: 'Aandeel van de respondenten per kenmerk. Grover: samengevoegd tot een cluster of een bredere klasse.',
    en: 'Share of the respondents per characteristic. Coarser: merged into a cluster or a wider band.',
  },
  characteristic: { nl: 'Kenmerk', en: 'Characteristic' },
  keptOwn: { nl: 'Eigen waarde', en: 'Own value' },
  keptCoarser: { nl: 'Grover', en: 'Coarser' },
  keptWithheld: { nl: 'Afgeschermd of onbekend', en: 'Withheld or unknown' },
  mergesTitle: { nl: 'Samengevoegd', en: 'Merged' },
  mergedInto: { nl: '{from}: samengevoegd tot {to}', en: '{from}: merged into {to}' },
  mergedWithheld: {
    nl: '{from}: samengevoegd tot “Afgeschermd of onbekend”',
    en: '{from}: merged into “Withheld or unknown”',
  },
  noMerges: { nl: 'Niets samengevoegd.', en: 'Nothing merged.' },
  maskedTitle: { nl: 'Leeggemaakt', en: 'Emptied' },
  masked: {
    nl: '{items} in {value}: iedereen gaf hetzelfde antwoord, dus deze antwoorden zijn weggelaten.',
    en: '{items} in {value}: everyone gave the same answer, so these answers were left out.',
  },
  topCodedTitle: { nl: 'Afgetopt', en: 'Capped' },
  topCoded: {
    nl: '{item}: antwoorden boven {top} zijn op {top} gezet.',
    en: '{item}: answers above {top} were set to {top}.',
  },
  refusedTitle: {
    nl: 'Uw data kunnen niet veilig worden getoond',
    en: 'Your data cannot be shown safely',
  },
  refusedTooFew: {
    nl: 'Het bestand heeft {rows} bruikbare {rowWord}. Om niemand herkenbaar te maken moet elke combinatie van kenmerken bij minstens {k} respondenten voorkomen; met minder dan {k} rijen kan dat niet.',
    en: 'The file has {rows} usable {rowWord}. So that no one can be recognised, every combination of characteristics must be shared by at least {k} respondents; with fewer than {k} rows that cannot be done.',
  },
  row: { nl: 'rij', en: 'row' },
  rows: { nl: 'rijen', en: 'rows' },
  refusedOneAnswer: {
    nl: 'Op {items} gaf iedereen die antwoordde hetzelfde antwoord. Elke groep zou dan ieders antwoord verraden: er moeten minstens {l} verschillende antwoorden zijn.',
    en: 'Everyone who answered {items} gave the same answer. Any group would then give away everyone’s answer: there must be at least {l} different answers.',
  },
  refusedNotReached: {
    nl: 'Ook na het samenvoegen van specialismen en het afschermen van kenmerken blijven er groepen van minder dan {k} respondenten, of groepen waarin iedereen hetzelfde antwoord gaf (minder dan {l} verschillende antwoorden).',
    en: 'Even after merging specialties and withholding characteristics, groups of fewer than {k} respondents remain, or groups in which everyone gave the same answer (fewer than {l} different answers).',
  },
  refusedSmallest: { nl: 'Kleinste groep: {smallest}.', en: 'Smallest group: {smallest}.' },
  refusedNothing: {
    nl: 'Daarom is niets geladen: er wordt geen grafiek, tabel of export van dit bestand gemaakt.',
    en: 'So nothing was loaded: no chart, table or export of this file is made.',
  },
  and: { nl: 'en', en: 'and' },
} satisfies Record<string, Text>;

export type UploadKey = keyof typeof messages;

export function tu(lang: Lang, key: UploadKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** "a, b and c" in the reader's language. */
export function joinList(lang: Lang, names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${tu(lang, 'and')} ${names[names.length - 1]}`;
}
