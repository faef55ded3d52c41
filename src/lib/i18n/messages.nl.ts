import type { NL_MORE } from './messages.more.nl';

/**
 * Every word of the interface, the upload, the explorer, the exports and the notices, Dutch first;
 * question wording and value labels come from the codebook. One catalogue, read with `t` (see
 * translate.ts), in four files: the Dutch here, the English in messages.en.ts (same keys, same
 * order); the texts only the parts loaded on demand use (the upload panel, the explorer, the
 * scorecard, the report, the slides, the deck) in messages.more.nl.ts and messages.more.en.ts.
 * This file is in the first view's JavaScript: a text the first view uses is here. The English is
 * a chunk of its own, loaded only when English is needed (`loadLanguage`); so are the 'more'
 * texts, loaded by `loadMore`.
 *
 * - `{name}`: a parameter. A number is written in the reader's language (1.567 / 1,567); a list
 *   of names is joined as a list ("a, b en c"); a `{ nl, en }` text is read in the language.
 * - `{name, plural, one {# rij} other {# rijen}}`: chosen by Intl.PluralRules for the number
 *   `name`, `#` standing for the number. The choices hold no other parameter.
 * - Thresholds are parameters (`{min}`, `{k}`, `{l}`), given from their constants by the caller:
 *   never a typed number.
 * Both languages of a message have the same parameters (tests/unit/i18n.test.ts).
 */
export const NL = {
  // The page.
  appTitle: 'DJS enquête dashboard',
  appSubtitle: 'Nationale a(n)ios-enquête Gezond en veilig werken, De Jonge Specialist',
  demoBanner:
    'Demodata: dit zijn synthetische gegevens, geen echte antwoorden. Ze zijn gekalibreerd op de gepubliceerde cijfers van 2024.',
  demoNote: 'Demodata: dit zijn synthetische gegevens, geen echte antwoorden.',
  demoLabel: 'Demodata',
  language: 'Taal',
  loading: 'De database wordt geladen…',
  loadingData: 'Enquêtegegevens laden…',
  errorTitle: 'De gegevens konden niet worden geladen',
  errorHelp: 'Los de onderstaande problemen in het gegevensbestand op en laad de pagina opnieuw.',
  error: 'Fout',
  engineFailedHelp:
    'Het rekenprogramma van de site (DuckDB) kon niet starten. Laad de pagina opnieuw; blijft dit zo, dan ontbreekt dit bestand op de server.',
  engineFailed: 'Dit bestand kon niet worden geladen of gestart',
  engineFailedShipped:
    'Het rekenprogramma van de site (DuckDB) kon niet starten. De cijfers hieronder komen uit de gegevens die met de site zijn meegeleverd; een kruistabel met een vraag als indeling en een eigen bestand hebben het rekenprogramma nodig. Laad de pagina opnieuw; blijft dit zo, dan ontbreekt dit bestand op de server.',
  topLevel: '(bovenste niveau)',
  moreProblems: '… en nog {n}',

  // The texts of a language asked for could not be loaded (src/app/view.svelte.ts).
  languageFailed:
    'De Engelse teksten konden niet worden geladen; de pagina blijft in het Nederlands. Probeer het later opnieuw.',

  // Notices: URL parameters that were not understood (src/lib/view/state.ts).
  noticeTitle: 'Niet alles in de link werd begrepen',
  noticeLine: 'Parameter “{param}={value}” genegeerd; verwacht: {expected}.',
  'notice.codes': '{codes}',
  'notice.view': 'een van: {views}',
  'notice.withExplore': 'samen met view=explore',
  'notice.question': 'een vraag-id, bijvoorbeeld {examples}',
  'notice.split': 'een kenmerk of gecodeerde vraag anders dan {taken}, bijvoorbeeld {examples}',
  'notice.weighted': '1 (gewogen) of 0 (ongewogen)',
  'notice.present': 'id’s van grafieken of onderwerpen, bijvoorbeeld {examples} of {topic}',
  'notice.slide': '1 tot en met {count}',
  'notice.slideWithoutPresent': 'een dianummer, samen met present=',

  // Selection and comparison.
  filters: 'Selectie',
  filtersToggle: 'Selectie en vergelijking',
  wave: 'Jaar',
  all: 'Alle',
  compareBy: 'Vergelijk per',
  noComparison: 'Geen vergelijking',
  allRespondents: 'Alle respondenten',
  selection: 'Selectie',
  rest: 'De rest',
  sameHospitalType: 'Overige respondenten, {label}',
  benchmarkHospitalNote:
    'Vergelijkingsgroep en toets van de selectie: de respondenten van {label} buiten de selectie.',
  withheld: 'Afgeschermd of onbekend',
  benchmark: 'Vergelijk met',
  benchmarkAll: 'Alle respondenten',
  benchmarkRest: 'De rest (niet in selectie)',
  benchmarkHospital: 'Zelfde type ziekenhuis',
  weighted: 'Gewogen naar specialisme',
  weightedNote:
    'Gewogen naar het aantal a(n)ios per specialisme; betrouwbaarheidsintervallen op de effectieve n (Kish), n is ongewogen.',
  weightedUnrepresented:
    'Geen respondenten uit {specialties}: hun a(n)ios tellen niet mee in de gewogen cijfers.',
  weightedUncounted:
    'Geen aantal a(n)ios voor {specialties} in {wave}: de cijfers van {wave} zijn ongewogen.',
  unweightedWaves:
    'Geen aantallen a(n)ios per specialisme voor {waves}: die cijfers zijn ongewogen.',
  topics: 'Onderwerpen',
  explore: 'Verkennen (kruistabel)',
  respondents: 'Respondenten',

  // The page shell: selection chips, skip link, empty state, glossary (src/app).
  skipToCharts: 'Naar de grafieken',
  removeFilter: 'filter {label} verwijderen',
  removeCompare: 'vergelijking verwijderen',
  comparedBy: 'per {label}',
  emptyTitle: 'Te weinig antwoorden voor deze selectie',
  emptyText:
    'Geen enkele vraag heeft {min} of meer antwoorden uit de selectie {label}: een cijfer zou iemand herkenbaar kunnen maken.',
  emptyRemove: 'Haal een filter weg om weer cijfers te zien:',
  emptyWithout: 'zonder “{value}” ({dim}): {n} respondenten',
  emptyNone:
    'Zonder één van deze filters blijven er nog steeds minder dan {min} respondenten over.',
  emptyClear: 'Alle filters weghalen',
  headlinesRow: 'Kerncijfers (schuiven zijwaarts)',
  glossary: 'Begrippen',
  glossaryOpen: 'Wat betekenen de begrippen?',
  glossaryClose: 'Sluiten',
  'glossary.ci': '95%-BI',
  'glossary.ciText':
    '95%-betrouwbaarheidsinterval: het gebied waarin het cijfer van alle a(n)ios waarschijnlijk ligt, gegeven deze steekproef. Hoe minder antwoorden, hoe breder. Berekend volgens Wilson voor een aandeel en met de t-verdeling voor een gemiddelde.',
  'glossary.n': 'n',
  'glossary.nText':
    'Het aantal geldige antwoorden waarop een cijfer berust, ongewogen. Wie “weet niet” zei, de vraag niet kreeg of niets invulde, telt niet mee.',
  'glossary.dontKnow': 'weet niet',
  'glossary.dontKnowText':
    '“Weet niet” en “niet van toepassing” blijven buiten de noemer van een percentage; hoeveel het er waren staat bij elk cijfer.',
  'glossary.withheld': 'afgeschermd',
  'glossary.withheldText':
    'Om niemand herkenbaar te maken is een kenmerk (zoals gender of specialisme) voor sommige respondenten leeg gelaten of samengevoegd; bij uitsplitsen vormen zij de groep “Afgeschermd of onbekend”. Groepen met minder dan {min} antwoorden worden nooit getoond.',
  'glossary.weighted': 'gewogen',
  'glossary.weightedText':
    'Gewogen cijfers tellen elk specialisme mee naar zijn aantal a(n)ios in plaats van naar zijn aantal respondenten; de intervallen gebruiken de effectieve n (Kish). Ongewogen telt elke respondent even zwaar.',
  'glossary.median': 'mediaan',
  'glossary.medianText':
    'Het middelste antwoord: de helft antwoordde minder, de helft meer. Minder gevoelig voor enkele uitschieters dan het gemiddelde.',
  'glossary.significant': 'significant na Benjamini–Hochberg',
  'glossary.significantText':
    'Een verschil met de rest dat waarschijnlijk geen toeval is: p < 0,05 nadat voor alle groepen van één grafiek samen is gecorrigeerd (Benjamini–Hochberg), zodat er bij veel groepen niet door toeval een paar verschillend lijken.',

  // Charts and their tables.
  n: 'n = {n}',
  tooFew: 'minder dan {min} antwoorden',
  ci95: '95%-BI',
  median: 'mediaan',
  hoursPerWeek: 'uur per week',
  ratingUnit: 'rapportcijfer (1–10)',
  percentOfValid: '% van geldige antwoorden',
  percentOfAnswered: '% van wie de vraag beantwoordde',
  excluded: '{n} weet niet / n.v.t. niet meegeteld',
  missing: '{n} zonder antwoord',
  askedOf: 'Gevraagd aan {who}.',
  source: 'Bron: DJS enquête {wave}',
  sourceDemo: 'synthetische demodata',
  sourceOwn: 'Bron: uw eigen data ({file})',
  known: '{label} bekend voor {percent}',
  coverageNote:
    'Een lege waarde (niet ingevuld, of afgeschermd zodat niemand herkenbaar is) valt buiten een filter op dat kenmerk; bij uitsplitsen is het de groep “Afgeschermd of onbekend”.',
  suppressionNote: 'Groepen met minder dan {min} antwoorden worden niet getoond.',
  multiNote: 'Meerdere antwoorden mogelijk: percentages kunnen samen meer dan 100% zijn.',
  legendFlags:
    '▲ hoger / ▼ lager: verschil met de rest na Benjamini–Hochberg-correctie (p < 0,05): blauwgroen als dat gunstiger is, oranje als het ongunstiger is (paars: zonder voorkeursrichting). Zonder teken: geen aantoonbaar verschil. Het verschil met zijn 95%-BI staat in de tabel en bij aanwijzen.',
  higher: 'hoger',
  lower: 'lager',
  legendMarks: 'verschil met de rest, na Benjamini–Hochberg p < 0,05',
  legendNone: 'zonder teken: geen aantoonbaar verschil',
  tooFewGroups: 'Minder dan {min} antwoorden, niet getoond: {groups}.',
  axisNotZero: 'de as begint niet bij 0',
  orderLabel: 'Volgorde van de groepen',
  orderValue: 'op waarde',
  orderAlpha: 'alfabetisch',
  chartHours: 'Gemiddeld aantal uren per week',
  chartOvertimeGroups: 'Overwerk per week',
  trendTitle: 'Door de jaren heen',

  // Questionnaires change between waves (src/lib/codebook/asked.ts).
  notAskedIn: 'Niet gevraagd in {waves}.',
  askedDifferently: 'Anders gevraagd in {wave}: {note}',
  notAskedItems: 'Niet gevraagd in {wave}: {items}.',
  dataTable: 'Tabel',
  group: 'Groep',
  estimate: 'Schatting',
  tooFewToCompare: 'te weinig om te vergelijken',
  points: 'procentpunt',
  notSignificant: 'geen aantoonbaar verschil',
  betterThanRest: 'gunstiger dan de rest',
  worseThanRest: 'ongunstiger dan de rest',
  differentFromRest: 'anders dan de rest',
  versusRest: 'Verschil met de rest',

  // A difference with its 95% interval (Newcombe for shares, Welch for means): src/app/comparison.ts.
  differenceInterval: '{diff} (95%-BI {lo} tot {hi})',
  summaryMean: 'gemiddeld',
  summaryMost: 'meest gegeven antwoord',
  summaryMostChosen: 'meest gekozen',
  summaryHighLow: '{what}: hoogst {high}, laagst {low}.',
  summaryVersus: '{what}: {selection}, tegenover {benchmark}.',

  // Presenting, sharing and exports.
  downloads: 'Downloaden',
  downloadAs: 'Download “{title}” als {format}',
  pickSlide: 'Op een dia',
  share: 'Presenteren en delen',
  presentTopic: 'Presenteer dit onderwerp',
  presentPicked: 'Presenteer gekozen grafieken ({n})',
  clearPicked: 'Keuze wissen',
  copyLink: 'Kopieer link',
  linkCopied: 'Link gekopieerd: wie hem opent, ziet precies dit beeld.',
  linkCopyFailed: 'Kopiëren lukte niet; kopieer de link hieronder.',
  link: 'Link naar dit beeld',
  closePresentation: 'Terug naar het dashboard (Esc)',
  downloadDeck: 'Download als PowerPoint',
  makingDeck: 'PowerPoint wordt gemaakt…',
  footerSelection: 'Selectie: {label} ({n})',
  footerBenchmark: 'Vergeleken met: {label}',
  footerCompare: 'Uitgesplitst naar: {label}',

  // The report of one specialty (`?view=report&specialty=…`): src/app/report, src/lib/report.
  'report.open': 'Rapport van dit specialisme',
  'report.openAny': 'Rapport per specialisme',

  // Printed pages: the selection and source at the top and the page number at the foot of each.
  'print.page': 'pagina',
  'print.button': 'Afdrukken',

  // Column headings of an exported table (src/lib/export/csv.ts).
  'csv.median': 'Mediaan',
  'csv.lo': '95%-BI ondergrens',
  'csv.hi': '95%-BI bovengrens',
  'csv.diffLo': 'Verschil 95%-BI ondergrens',
  'csv.diffHi': 'Verschil 95%-BI bovengrens',
  'csv.significant': 'Significant (Benjamini–Hochberg, p < 0,05)',
  'csv.note': 'Opmerking',
  yes: 'ja',
  no: 'nee',

  // Figures DJS published for earlier waves (the codebook's "published"; src/lib/figures/published.ts).
  'published.mark': 'gepubliceerd',
  'published.row': '{year}, gepubliceerd (alle respondenten)',
  'published.legend':
    'Open rondjes: door DJS gepubliceerde cijfers van alle respondenten; filters veranderen ze niet.',
  'published.definition': 'Gepubliceerd {year}: {definition}.',
  'published.offTrend':
    'Gepubliceerd {year}, niet in de lijn (telt {answers}, niet {headline}): {text}',
  'published.source': 'Bron: {source}',
  'published.sources': 'Bronnen van de gepubliceerde cijfers: {sources}.',
  'published.table': 'Gepubliceerde cijfers van eerdere jaren',
  'published.year': 'Jaar',
  'published.figure': 'Cijfer',
  'published.text': 'Zoals gepubliceerd',
  'published.sourceColumn': 'Bron',
  'published.respondents': 'Respondenten',

  // The scorecard (src/app/scorecard, src/lib/figures/scorecard.ts).
  scorecard: 'Scorekaart',

  // Your own data: the button and banner, the panel, the release report.
  'upload.open': 'Eigen data laden',
  'upload.banner':
    'U bekijkt uw eigen data: {file} ({rows, plural, one {# rij} other {# rijen}}{left}). Het bestand is alleen in deze browser geladen en nergens heen gestuurd.',
  'upload.bannerLeft':
    ', {n, plural, one {# rij met fouten} other {# rijen met fouten}} weggelaten',
  'upload.backToSurvey': 'Terug naar de enquêtedata',
  'upload.title': 'Uw eigen data',

  // Problems in a data file (src/lib/data) or an uploaded file (src/lib/upload): where, what was
  // found, what was expected. The CLI writes them in English.
  'issue.cannotLoad':
    '{file} kan niet worden geladen ({n, plural, one {# probleem} other {# problemen}}):',
  'issue.line': 'regel {line}',
  'issue.column': 'kolom “{column}”',
  'issue.foundExpected': 'gevonden “{value}”, verwacht {expected}',
  'issue.expected': 'verwacht {expected}',
  'issue.served': 'dat het bestand geleverd wordt (HTTP {status})',
  'issue.inCodebook': 'het bestand dat het codeboek noemt',
  'issue.json': 'geldige JSON ({detail})',
  'issue.jsonObject': 'een JSON-object',
  'issue.nonEmptyCsv': 'een CSV-bestand dat niet leeg is',
  'issue.headerColumns': 'een kopregel met de kolomnamen van het codeboek',
  'issue.columnOnce': 'elke kolomnaam maar één keer',
  'issue.codebookColumn': 'een kolom “{column}” (gedefinieerd in het codeboek)',
  'issue.waveColumn': 'een kolom “{column}” (in {wave} gevraagd, volgens het codeboek)',
  'issue.renamedColumn':
    'een kolom “{column}” (zo heette “{item}” in {wave}, volgens het codeboek: “history”)',
  'issue.notAskedColumn':
    'geen kolom van “{item}”: volgens het codeboek is die vraag in {wave} niet gesteld',
  'issue.commaSeparated': 'waarden gescheiden door komma’s',
  'issue.respondentRow': 'minstens één regel met een respondent',
  'issue.codes': 'een van de codes {codes}',
  'issue.wholeNumber': 'een geheel getal van {min} tot en met {max}',
  'issue.number': 'een getal van {min} tot en met {max}',
  'issue.chosen': '0 (niet gekozen), 1 (gekozen) of leeg (niet gevraagd)',
  'issue.exists': 'dat het bestand bestaat',
  'issue.commaFields':
    '{n, plural, one {# veld} other {# velden}} gescheiden door komma’s ({detail})',
  'issue.trueFalse': 'true of false',
  'issue.value': '{value}',
  'issue.noteTexts': 'een object met teksten “nl” en “en”',
  'issue.countsPerWave': 'een object met aantallen a(n)ios per jaar',
  'issue.countsPerSpecialty': 'aantallen a(n)ios per specialisme voor {wave}',
  'issue.specialtyCode': 'een specialismecode uit het codeboek',
  'issue.traineeCount': 'een geheel aantal a(n)ios',
  'issue.codebookWave': 'een jaar uit het codeboek',
  'issue.populationMissing':
    'een aantal a(n)ios voor {strata}: voeg het toe aan data/population.json (onder dezelfde naam als in de data, samengevoegde groepen inbegrepen) of toon alleen ongewogen cijfers',
  'issue.weights': 'aantallen a(n)ios waarmee gewogen kan worden ({detail})',
} as const satisfies Record<string, string>;

/** A message of the catalogue, by its key: of the first view (here) or of a part loaded on demand. */
export type MessageKey = keyof typeof NL | keyof typeof NL_MORE;
