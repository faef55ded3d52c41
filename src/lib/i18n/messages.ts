/**
 * Every word of the interface, the upload, the explorer, the exports and the notices, Dutch first;
 * question wording and value labels come from the codebook. One catalogue, read with `t` (see
 * translate.ts).
 *
 * - `{name}`: a parameter. A number is written in the reader's language (1.567 / 1,567); a list
 *   of names is joined as a list ("a, b en c"); a `{ nl, en }` text is read in the language.
 * - `{name, plural, one {# rij} other {# rijen}}`: chosen by Intl.PluralRules for the number
 *   `name`, `#` standing for the number. The choices hold no other parameter.
 * - Thresholds are parameters (`{min}`, `{k}`, `{l}`), given from their constants by the caller:
 *   never a typed number.
 * Both languages of a message have the same parameters (tests/unit/i18n.test.ts).
 */
export const MESSAGES = {
  // The page.
  appTitle: { nl: 'DJS enquête dashboard', en: 'DJS survey dashboard' },
  appSubtitle: {
    nl: 'Nationale a(n)ios-enquête Gezond en veilig werken, De Jonge Specialist',
    en: 'National survey of doctors in training “Healthy and safe working”, De Jonge Specialist',
  },
  demoBanner: {
    nl: 'Demodata: dit zijn synthetische gegevens, geen echte antwoorden. Ze zijn gekalibreerd op de gepubliceerde cijfers van 2024.',
    en: 'Demo data: these are synthetic data, not real answers. They are calibrated to the published 2024 figures.',
  },
  demoNote: {
    nl: 'Demodata: dit zijn synthetische gegevens, geen echte antwoorden.',
    en: 'Demo data: these are synthetic data, not real answers.',
  },
  demoLabel: { nl: 'Demodata', en: 'Demo data' },
  language: { nl: 'Taal', en: 'Language' },
  loading: { nl: 'De database wordt geladen…', en: 'Loading the database…' },
  loadingData: { nl: 'Enquêtegegevens laden…', en: 'Loading survey data…' },
  errorTitle: { nl: 'De gegevens konden niet worden geladen', en: 'The data could not be loaded' },
  errorHelp: {
    nl: 'Los de onderstaande problemen in het gegevensbestand op en laad de pagina opnieuw.',
    en: 'Fix the problems below in the data file and reload the page.',
  },
  error: { nl: 'Fout', en: 'Error' },
  topLevel: { nl: '(bovenste niveau)', en: '(top level)' },
  moreProblems: { nl: '… en nog {n}', en: '… and {n} more' },

  // Notices: URL parameters that were not understood (src/lib/view/state.ts).
  noticeTitle: {
    nl: 'Niet alles in de link werd begrepen',
    en: 'Part of the link was not understood',
  },
  noticeLine: {
    nl: 'Parameter “{param}={value}” genegeerd; verwacht: {expected}.',
    en: 'Parameter “{param}={value}” ignored; expected: {expected}.',
  },
  'notice.codes': { nl: '{codes}', en: '{codes}' },
  'notice.view': { nl: 'explore of topics', en: 'explore or topics' },
  'notice.withExplore': { nl: 'samen met view=explore', en: 'together with view=explore' },
  'notice.question': {
    nl: 'een vraag-id, bijvoorbeeld {examples}',
    en: 'a question id, e.g. {examples}',
  },
  'notice.split': {
    nl: 'een kenmerk of gecodeerde vraag anders dan {taken}, bijvoorbeeld {examples}',
    en: 'a dimension or coded question other than {taken}, e.g. {examples}',
  },
  'notice.weighted': { nl: '1 (gewogen) of 0 (ongewogen)', en: '1 (weighted) or 0 (unweighted)' },
  'notice.present': {
    nl: 'id’s van grafieken of onderwerpen, bijvoorbeeld {examples} of {topic}',
    en: 'chart or topic ids, e.g. {examples} or {topic}',
  },
  'notice.slide': { nl: '1 tot en met {count}', en: '1 to {count}' },
  'notice.slideWithoutPresent': {
    nl: 'een dianummer, samen met present=',
    en: 'a slide number together with present=',
  },

  // Selection and comparison.
  filters: { nl: 'Selectie', en: 'Selection' },
  filtersToggle: { nl: 'Selectie en vergelijking', en: 'Selection and comparison' },
  activeFilters: { nl: '{n} actief', en: '{n} active' },
  wave: { nl: 'Jaar', en: 'Year' },
  all: { nl: 'Alle', en: 'All' },
  compareBy: { nl: 'Vergelijk per', en: 'Compare by' },
  noComparison: { nl: 'Geen vergelijking', en: 'No comparison' },
  allRespondents: { nl: 'Alle respondenten', en: 'All respondents' },
  selection: { nl: 'Selectie', en: 'Selection' },
  rest: { nl: 'De rest', en: 'The rest' },
  sameHospitalType: { nl: 'Overige respondenten, {label}', en: 'Other respondents, {label}' },
  benchmarkHospitalNote: {
    nl: 'Vergelijkingsgroep en toets van de selectie: de respondenten van {label} buiten de selectie.',
    en: 'Benchmark and test of the selection: the respondents of {label} outside the selection.',
  },
  withheld: { nl: 'Afgeschermd of onbekend', en: 'Withheld or unknown' },
  benchmark: { nl: 'Vergelijk met', en: 'Benchmark' },
  benchmarkAll: { nl: 'Alle respondenten', en: 'All respondents' },
  benchmarkRest: { nl: 'De rest (niet in selectie)', en: 'The rest (not in selection)' },
  benchmarkHospital: { nl: 'Zelfde type ziekenhuis', en: 'Same hospital type' },
  weighted: { nl: 'Gewogen naar specialisme', en: 'Weighted by specialty' },
  weightedNote: {
    nl: 'Gewogen naar het aantal a(n)ios per specialisme; betrouwbaarheidsintervallen op de effectieve n (Kish), n is ongewogen.',
    en: 'Weighted to the number of doctors in training per specialty; intervals use the effective n (Kish); n is unweighted.',
  },
  weightedUnrepresented: {
    nl: 'Geen respondenten uit {specialties}: hun a(n)ios tellen niet mee in de gewogen cijfers.',
    en: 'No respondents from {specialties}: their doctors in training are not in the weighted figures.',
  },
  weightedUncounted: {
    nl: 'Geen aantal a(n)ios voor {specialties} in {wave}: de cijfers van {wave} zijn ongewogen.',
    en: 'No number of doctors in training for {specialties} in {wave}: the figures of {wave} are unweighted.',
  },
  unweightedWaves: {
    nl: 'Geen aantallen a(n)ios per specialisme voor {waves}: die cijfers zijn ongewogen.',
    en: 'No numbers of doctors in training per specialty for {waves}: those figures are unweighted.',
  },
  topics: { nl: 'Onderwerpen', en: 'Topics' },
  explore: { nl: 'Verkennen (kruistabel)', en: 'Explore (crosstab)' },
  respondents: { nl: 'Respondenten', en: 'Respondents' },

  // Charts and their tables.
  n: { nl: 'n = {n}', en: 'n = {n}' },
  tooFew: { nl: 'minder dan {min} antwoorden', en: 'fewer than {min} answers' },
  ci95: { nl: '95%-BI', en: '95% CI' },
  median: { nl: 'mediaan', en: 'median' },
  hoursPerWeek: { nl: 'uur per week', en: 'hours per week' },
  ratingUnit: { nl: 'rapportcijfer (1–10)', en: 'mark (1–10)' },
  percentOfValid: { nl: '% van geldige antwoorden', en: '% of valid answers' },
  percentOfAnswered: { nl: '% van wie de vraag beantwoordde', en: '% of those who answered' },
  excluded: { nl: '{n} weet niet / n.v.t. niet meegeteld', en: '{n} don’t know / n/a not counted' },
  missing: { nl: '{n} zonder antwoord', en: '{n} without an answer' },
  askedOf: { nl: 'Gevraagd aan {who}.', en: 'Asked of {who}.' },
  source: { nl: 'Bron: DJS enquête {wave}', en: 'Source: DJS survey {wave}' },
  sourceDemo: { nl: 'synthetische demodata', en: 'synthetic demo data' },
  sourceOwn: { nl: 'Bron: uw eigen data ({file})', en: 'Source: your data ({file})' },
  known: { nl: '{label} bekend voor {percent}', en: '{label} known for {percent}' },
  coverageNote: {
    nl: 'Een lege waarde (niet ingevuld, of afgeschermd zodat niemand herkenbaar is) valt buiten een filter op dat kenmerk; bij uitsplitsen is het de groep “Afgeschermd of onbekend”.',
    en: 'A blank value (not given, or withheld so that nobody can be recognised) falls outside a filter on that characteristic; in a split it is the group “Withheld or unknown”.',
  },
  suppressionNote: {
    nl: 'Groepen met minder dan {min} antwoorden worden niet getoond.',
    en: 'Groups with fewer than {min} answers are not shown.',
  },
  multiNote: {
    nl: 'Meerdere antwoorden mogelijk: percentages kunnen samen meer dan 100% zijn.',
    en: 'More than one answer possible: percentages can add up to more than 100%.',
  },
  legendFlags: {
    nl: 'Gekleurd: verschil met de rest na Benjamini–Hochberg-correctie (p < 0,05); groen gunstiger, oranje ongunstiger.',
    en: 'Coloured: difference from the rest after Benjamini–Hochberg correction (p < 0.05); green better, orange worse.',
  },
  chartHours: { nl: 'Gemiddeld aantal uren per week', en: 'Mean hours per week' },
  chartOvertimeGroups: { nl: 'Overwerk per week', en: 'Overtime per week' },
  trendTitle: { nl: 'Door de jaren heen', en: 'Over the years' },
  // Questionnaires change between waves (src/lib/codebook/asked.ts).
  notAskedIn: { nl: 'Niet gevraagd in {waves}.', en: 'Not asked in {waves}.' },
  askedDifferently: {
    nl: 'Anders gevraagd in {wave}: {note}',
    en: 'Asked differently in {wave}: {note}',
  },
  notAskedItems: { nl: 'Niet gevraagd in {wave}: {items}.', en: 'Not asked in {wave}: {items}.' },
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
  // A difference with its 95% interval (Newcombe for shares, Welch for means): src/app/comparison.ts.
  differenceInterval: {
    nl: '{diff} (95%-BI {lo} tot {hi})',
    en: '{diff} (95% CI {lo} to {hi})',
  },
  summaryMean: { nl: 'gemiddeld', en: 'mean' },
  summaryMost: { nl: 'meest gegeven antwoord', en: 'most given answer' },
  summaryMostChosen: { nl: 'meest gekozen', en: 'most chosen' },

  // Presenting, sharing and exports.
  downloads: { nl: 'Downloaden', en: 'Download' },
  downloadAs: { nl: 'Download “{title}” als {format}', en: 'Download “{title}” as {format}' },
  pickSlide: { nl: 'Op een dia', en: 'On a slide' },
  share: { nl: 'Presenteren en delen', en: 'Present and share' },
  presentTopic: { nl: 'Presenteer dit onderwerp', en: 'Present this topic' },
  presentPicked: { nl: 'Presenteer gekozen grafieken ({n})', en: 'Present chosen charts ({n})' },
  clearPicked: { nl: 'Keuze wissen', en: 'Clear choice' },
  copyLink: { nl: 'Kopieer link', en: 'Copy link' },
  linkCopied: {
    nl: 'Link gekopieerd: wie hem opent, ziet precies dit beeld.',
    en: 'Link copied: whoever opens it sees exactly this view.',
  },
  linkCopyFailed: {
    nl: 'Kopiëren lukte niet; kopieer de link hieronder.',
    en: 'Copying failed; copy the link below.',
  },
  link: { nl: 'Link naar dit beeld', en: 'Link to this view' },
  presentation: { nl: 'Presentatie', en: 'Presentation' },
  slideOf: { nl: 'Dia {n} van {total}', en: 'Slide {n} of {total}' },
  previousSlide: { nl: 'Vorige dia', en: 'Previous slide' },
  nextSlide: { nl: 'Volgende dia', en: 'Next slide' },
  closePresentation: { nl: 'Terug naar het dashboard (Esc)', en: 'Back to the dashboard (Esc)' },
  presentKeys: {
    nl: 'Pijltjes, PageUp/PageDown of spatie: andere dia. Esc: terug.',
    en: 'Arrows, PageUp/PageDown or Space: change slide. Esc: back.',
  },
  downloadDeck: { nl: 'Download als PowerPoint', en: 'Download as PowerPoint' },
  makingDeck: { nl: 'PowerPoint wordt gemaakt…', en: 'Making the PowerPoint…' },
  deckName: { nl: 'presentatie', en: 'presentation' },
  footerSelection: { nl: 'Selectie: {label} ({n})', en: 'Selection: {label} ({n})' },
  footerBenchmark: { nl: 'Vergeleken met: {label}', en: 'Benchmark: {label}' },
  footerCompare: { nl: 'Uitgesplitst naar: {label}', en: 'Split by: {label}' },
  // Column headings of an exported table (src/lib/export/csv.ts).
  'csv.median': { nl: 'Mediaan', en: 'Median' },
  'csv.lo': { nl: '95%-BI ondergrens', en: '95% CI lower' },
  'csv.hi': { nl: '95%-BI bovengrens', en: '95% CI upper' },
  'csv.diffLo': { nl: 'Verschil 95%-BI ondergrens', en: 'Difference 95% CI lower' },
  'csv.diffHi': { nl: 'Verschil 95%-BI bovengrens', en: 'Difference 95% CI upper' },
  'csv.significant': {
    nl: 'Significant (Benjamini–Hochberg, p < 0,05)',
    en: 'Significant (Benjamini–Hochberg, p < 0.05)',
  },
  'csv.note': { nl: 'Opmerking', en: 'Note' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },

  // Figures DJS published for earlier waves (the codebook's "published"; src/lib/figures/published.ts).
  'published.mark': { nl: 'gepubliceerd', en: 'published' },
  'published.row': {
    nl: '{year}, gepubliceerd (alle respondenten)',
    en: '{year}, published (all respondents)',
  },
  'published.legend': {
    nl: 'Open rondjes: door DJS gepubliceerde cijfers van alle respondenten; filters veranderen ze niet.',
    en: 'Open circles: figures DJS published for all respondents; filters do not change them.',
  },
  'published.definition': {
    nl: 'Gepubliceerd {year}: {definition}.',
    en: 'Published {year}: {definition}.',
  },
  'published.offTrend': {
    nl: 'Gepubliceerd {year}, niet in de lijn (telt {answers}, niet {headline}): {text}',
    en: 'Published {year}, not on the line (counts {answers}, not {headline}): {text}',
  },
  'published.source': { nl: 'Bron: {source}', en: 'Source: {source}' },
  'published.sources': {
    nl: 'Bronnen van de gepubliceerde cijfers: {sources}.',
    en: 'Sources of the published figures: {sources}.',
  },
  'published.table': {
    nl: 'Gepubliceerde cijfers van eerdere jaren',
    en: 'Published figures of earlier years',
  },
  'published.year': { nl: 'Jaar', en: 'Year' },
  'published.figure': { nl: 'Cijfer', en: 'Figure' },
  'published.text': { nl: 'Zoals gepubliceerd', en: 'As published' },
  'published.sourceColumn': { nl: 'Bron', en: 'Source' },
  'published.respondents': { nl: 'Respondenten', en: 'Respondents' },

  // The explorer.
  'explore.title': { nl: 'Verkennen: kruistabel', en: 'Explore: crosstab' },
  'explore.intro': {
    nl: 'Kies een vraag en een of twee indelingen (een kenmerk of een andere vraag). De selectie hierboven geldt ook hier.',
    en: 'Pick a question and one or two splits (a characteristic or another question). The selection above applies here too.',
  },
  'explore.question': { nl: 'Vraag', en: 'Question' },
  'explore.by': { nl: 'Uitgesplitst naar', en: 'Split by' },
  'explore.by2': { nl: 'En daarbinnen naar', en: 'And within that by' },
  'explore.none': { nl: '(geen)', en: '(none)' },
  'explore.dimensions': { nl: 'Kenmerken', en: 'Characteristics' },
  'explore.questions': { nl: 'Vragen', en: 'Questions' },
  'explore.percentages': { nl: 'Percentages', en: 'Percentages' },
  'explore.rowPercent': { nl: 'Rijpercentages', en: 'Row percentages' },
  'explore.columnPercent': { nl: 'Kolompercentages', en: 'Column percentages' },
  'explore.rowHelp': {
    nl: 'Rijpercentage: van de geldige antwoorden in de rij, het deel met dit antwoord.',
    en: 'Row percentage: of the valid answers in the row, the share giving this answer.',
  },
  'explore.columnHelp': {
    nl: 'Kolompercentage: van iedereen met dit antwoord, het deel dat in deze rij valt (ongewogen).',
    en: 'Column percentage: of everyone giving this answer, the share in this row (unweighted).',
  },
  'explore.total': { nl: 'Totaal (selectie): {label}', en: 'Total (selection): {label}' },
  'explore.noAnswer': { nl: 'Geen antwoord', en: 'No answer' },
  'explore.mean': { nl: 'Gemiddelde', en: 'Mean' },
  'explore.table': { nl: 'Kruistabel', en: 'Crosstab' },
  'explore.suppression': {
    nl: 'Rijen met minder dan {min} antwoorden worden niet getoond.',
    en: 'Rows with fewer than {min} answers are not shown.',
  },

  // Your own data: the button and banner, the panel, the release report.
  'upload.open': { nl: 'Eigen data laden', en: 'Load your own data' },
  'upload.banner': {
    nl: 'U bekijkt uw eigen data: {file} ({rows, plural, one {# rij} other {# rijen}}{left}). Het bestand is alleen in deze browser geladen en nergens heen gestuurd.',
    en: 'You are looking at your data: {file} ({rows, plural, one {# row} other {# rows}}{left}). The file was only loaded in this browser and sent nowhere.',
  },
  'upload.bannerLeft': {
    nl: ', {n, plural, one {# rij met fouten} other {# rijen met fouten}} weggelaten',
    en: ', {n, plural, one {# row with errors} other {# rows with errors}} left out',
  },
  'upload.backToSurvey': { nl: 'Terug naar de enquêtedata', en: 'Back to the survey data' },
  'upload.title': { nl: 'Uw eigen data', en: 'Your own data' },
  'upload.intro': {
    nl: 'Sleep een CSV-export van uw enquête hierheen of kies een bestand. Het bestand wordt alleen in deze browser gelezen en nooit verstuurd. Eerst wordt het vrijgegeven zoals de enquêtedata: elke combinatie van kenmerken komt bij minstens {k} respondenten voor. Daarna werken alle onderwerpen en de kruistabel op de vrijgegeven data, met dezelfde regels: niets van minder dan {min} antwoorden.',
    en: 'Drop a CSV export of your survey here or choose a file. It is read only in this browser and never sent anywhere. It is first released as the survey data are: every combination of characteristics is shared by at least {k} respondents. Every topic and the crosstab then work on the released data, with the same rules: nothing from fewer than {min} answers.',
  },
  'upload.choose': {
    nl: 'Kies een CSV- of Excel-bestand (.xlsx)',
    en: 'Choose a CSV or Excel (.xlsx) file',
  },
  'upload.drop': { nl: 'of sleep het hierheen', en: 'or drop it here' },
  'upload.reading': { nl: 'Bestand lezen…', en: 'Reading the file…' },
  'upload.checking': { nl: 'Controleren…', en: 'Checking…' },
  'upload.releasing': { nl: 'Vrijgeven (anonimiseren)…', en: 'Releasing (anonymising)…' },
  'upload.loadingDb': { nl: 'In de database laden…', en: 'Loading into the database…' },
  'upload.waitingDb': {
    nl: 'Wacht op de database… Uw bestand wordt geladen zodra die klaar is.',
    en: 'Waiting for the database… Your file is loaded as soon as it is ready.',
  },
  'upload.tooBig': {
    nl: '{file} is {size} MB; de upload leest bestanden tot {limit} MB. Exporteer alleen de kolommen van de enquête, of gebruik “{command}” op de computer.',
    en: '{file} is {size} MB; the upload reads files up to {limit} MB. Export only the survey’s columns, or use “{command}” on the computer.',
  },
  'upload.readFailed': {
    nl: '{file} ({size} MB) kon niet worden gelezen: {reason}',
    en: '{file} ({size} MB) could not be read: {reason}',
  },
  'upload.noText': {
    nl: 'de browser kreeg er geen tekst uit (te groot om in één keer te lezen?)',
    en: 'the browser got no text out of it (too big to read at once?)',
  },
  'upload.checkFailed': {
    nl: '{file} kon niet worden gecontroleerd: {reason}',
    en: '{file} could not be checked: {reason}',
  },
  'upload.readAs': {
    nl: '{file}: gelezen als {encoding}, scheidingsteken “{delimiter}”.',
    en: '{file}: read as {encoding}, delimiter “{delimiter}”.',
  },
  'upload.tab': { nl: 'tab', en: 'tab' },
  'upload.mapping': { nl: 'Kolommen koppelen', en: 'Match the columns' },
  'upload.mappingHelp': {
    nl: 'Voor elke kolom in uw bestand: welke vraag uit het codeboek is het? Herkende kolommen zijn al ingevuld; uw keuze wordt voor deze sessie onthouden.',
    en: 'For each column of your file: which codebook question is it? Recognised columns are filled in; your choice is remembered for this session.',
  },
  'upload.fileColumn': { nl: 'Kolom in uw bestand', en: 'Column in your file' },
  'upload.codebookColumn': { nl: 'Codeboek', en: 'Codebook' },
  'upload.ignore': { nl: '(negeren)', en: '(ignore)' },
  'upload.multiColumn': {
    nl: '{label}: alle keuzes in één kolom',
    en: '{label}: all choices in one column',
  },
  'upload.check': { nl: 'Controleren en laden', en: 'Check and load' },
  'upload.ignored': { nl: 'Genegeerde kolommen: {list}', en: 'Ignored columns: {list}' },
  'upload.absent': {
    nl: 'Niet in uw bestand (blijft leeg): {list}',
    en: 'Not in your file (left empty): {list}',
  },
  'upload.decimalCommas': {
    nl: '{n, plural, one {# getal met een decimale komma gelezen als decimaal getal} other {# getallen met een decimale komma gelezen als decimale getallen}}.',
    en: '{n, plural, one {# number with a decimal comma read as a decimal} other {# numbers with a decimal comma read as decimals}}.',
  },
  'upload.fatalTitle': {
    nl: 'Dit bestand kan niet worden geladen',
    en: 'This file cannot be loaded',
  },
  'upload.issuesTitle': {
    nl: '{n, plural, one {# probleem} other {# problemen}} in {rows} van de {total, plural, one {# rij} other {# rijen}}',
    en: '{n, plural, one {# problem} other {# problems}} in {rows} of {total, plural, one {# row} other {# rows}}',
  },
  'upload.loadValid': {
    nl: 'Alleen {valid, plural, one {de # goede rij} other {de # goede rijen}} laden ({left} weglaten)',
    en: 'Load only the {valid, plural, one {# valid row} other {# valid rows}} (leave out {left})',
  },
  'upload.kind': { nl: 'Soort', en: 'Kind' },
  'upload.kind-field-count': { nl: 'verkeerd aantal velden', en: 'wrong number of fields' },
  'upload.kind-unclosed-quote': { nl: 'aanhalingsteken niet gesloten', en: 'quote not closed' },
  'upload.kind-unknown-code': { nl: 'onbekend antwoord', en: 'unknown answer' },
  'upload.kind-not-a-number': { nl: 'geen getal', en: 'not a number' },
  'upload.kind-out-of-range': { nl: 'buiten het bereik', en: 'out of range' },
  'upload.kind-empty-file': { nl: 'leeg bestand', en: 'empty file' },
  'upload.kind-not-csv': { nl: 'geen CSV of .xlsx', en: 'not a CSV or .xlsx' },
  'upload.kind-duplicate-header': { nl: 'dubbele kolom', en: 'duplicate column' },
  'upload.kind-missing-dimension': { nl: 'kenmerk ontbreekt', en: 'missing dimension' },
  'upload.kind-no-rows': { nl: 'geen rijen', en: 'no rows' },
  'upload.kind-missing-option': { nl: 'keuze ontbreekt', en: 'option missing' },
  'upload.kind-ambiguous-number': { nl: 'dubbelzinnig getal', en: 'ambiguous number' },
  'upload.identifying': {
    nl: 'Weggelaten omdat ze herleidbaar zijn tot personen (nooit geladen): {list}',
    en: 'Dropped as identifying (never loaded): {list}',
  },
  'upload.layout': {
    nl: 'Herkend als export van {tool} ({n, plural, one {# kopregel} other {# kopregels}})',
    en: 'Recognised as an export of {tool} ({n, plural, one {# header row} other {# header rows}})',
  },
  'upload.tool-surveymonkey': { nl: 'SurveyMonkey', en: 'SurveyMonkey' },
  'upload.tool-qualtrics': { nl: 'Qualtrics', en: 'Qualtrics' },
  'upload.tool-limesurvey': { nl: 'LimeSurvey (met codes)', en: 'LimeSurvey (codes)' },
  'upload.tool-limesurvey-text': {
    nl: 'LimeSurvey (met volledige teksten)',
    en: 'LimeSurvey (full texts)',
  },
  'upload.tool-google-forms': { nl: 'Google Forms', en: 'Google Forms' },
  'upload.identifyingRow': {
    nl: 'niet geladen: herleidbaar tot personen',
    en: 'not loaded: identifies a person',
  },
  'upload.unreadNotice': {
    nl: '{n, plural, one {# kolom heeft} other {# kolommen hebben}} antwoorden die niet in het codeboek staan, als code noch als label: {list}.',
    en: '{n, plural, one {# column has} other {# columns have}} answers that are no code or label of the codebook: {list}.',
  },
  'upload.matchAnswers': { nl: 'Antwoorden koppelen', en: 'Match the answers' },
  'upload.answers': {
    nl: 'Antwoorden in deze kolom die niet in het codeboek staan',
    en: 'Answers in this column that are not in the codebook',
  },
  'upload.answersHelp': {
    nl: 'Kies bij elk antwoord wat het in het codeboek betekent. Een enquêteprogramma nummert zijn antwoorden zelf: een getal wordt nooit op volgorde geraden.',
    en: 'For each answer, choose what it means in the codebook. A survey tool numbers its answers itself: a number is never guessed by position.',
  },
  'upload.answerTimes': {
    nl: '{n, plural, one {# keer} other {# keer}}',
    en: '{n, plural, one {# time} other {# times}}',
  },
  'upload.answerFor': {
    nl: 'Betekenis van “{value}” in kolom “{column}”',
    en: 'Meaning of "{value}" in column "{column}"',
  },
  'upload.answerUnmatched': { nl: '(niet gekoppeld)', en: '(not matched)' },
  'upload.answerChosen': { nl: 'gekozen', en: 'chosen' },
  'upload.answerNotChosen': { nl: 'niet gekozen', en: 'not chosen' },
  'upload.answersCapped': {
    nl: 'Alleen de eerste {n} verschillende antwoorden staan hier; de rest verschijnt na de volgende controle.',
    en: 'Only the first {n} different answers are listed; the rest appear after the next check.',
  },
  'upload.mappingFileHelp': {
    nl: 'De koppeling van kolommen en antwoorden geldt voor elke export van dezelfde vragenlijst. Download haar als koppelbestand (JSON) en laad dat bij een volgende export.',
    en: 'The matching of columns and answers holds for every export of the same questionnaire. Download it as a mapping file (JSON) and load that with a later export.',
  },
  'upload.downloadMapping': { nl: 'Koppeling downloaden', en: 'Download the mapping' },
  'upload.loadMapping': { nl: 'Koppelbestand laden', en: 'Load a mapping file' },
  'upload.mappingApplied': {
    nl: '{file}: koppeling toegepast op {n, plural, one {# kolom} other {# kolommen}}.',
    en: '{file}: mapping applied to {n, plural, one {# column} other {# columns}}.',
  },
  'upload.mappingRefused': {
    nl: '{file} is geen bruikbaar koppelbestand:',
    en: '{file} is not a usable mapping file:',
  },
  'upload.mappingMismatch': {
    nl: '{n, plural, one {# punt} other {# punten}} waarop het koppelbestand niet bij deze export past:',
    en: '{n, plural, one {# point} other {# points}} where the mapping file does not fit this export:',
  },
  'upload.line': { nl: 'Regel', en: 'Line' },
  'upload.column': { nl: 'Kolom', en: 'Column' },
  'upload.found': { nl: 'Gevonden', en: 'Found' },
  'upload.expected': { nl: 'Verwacht', en: 'Expected' },
  'upload.reportTitle': { nl: 'Zo is uw bestand vrijgegeven', en: 'How your file was released' },
  'upload.reportIntro': {
    nl: 'Voordat er een grafiek, tabel of export van {file} is gemaakt, is het in deze browser vrijgegeven met dezelfde regels als de enquêtedata: elke combinatie van {qis} (leeg telt als eigen waarde) komt bij minstens {k} respondenten voor, met minstens {l} verschillende antwoorden op elke gevoelige vraag. Onderwerpen, kruistabel en exports tonen alleen deze vrijgegeven rijen; de rijen van het bestand zelf worden nergens getoond.',
    en: 'Before any chart, table or export of {file} was made, it was released in this browser with the same rules as the survey data: every combination of {qis} (a blank counting as a value of its own) is shared by at least {k} respondents, with at least {l} different answers to every sensitive question. Topics, crosstab and exports show only these released rows; the rows of the file itself are shown nowhere.',
  },
  'upload.reportRows': {
    nl: '{rows, plural, one {# respondent} other {# respondenten}} vrijgegeven. Kleinste groep met dezelfde kenmerken: {smallest, plural, one {# respondent} other {# respondenten}} (minimaal {k}).',
    en: '{rows, plural, one {# respondent} other {# respondents}} released. Smallest group sharing the same characteristics: {smallest, plural, one {# respondent} other {# respondents}} (at least {k}).',
  },
  'upload.keptTitle': {
    nl: 'Wat er per kenmerk over is',
    en: 'What is left of each characteristic',
  },
  'upload.keptCaption': {
    nl: 'Aandeel van de respondenten per kenmerk. Grover: samengevoegd tot een cluster of een bredere klasse.',
    en: 'Share of the respondents per characteristic. Coarser: merged into a cluster or a wider band.',
  },
  'upload.characteristic': { nl: 'Kenmerk', en: 'Characteristic' },
  'upload.keptOwn': { nl: 'Eigen waarde', en: 'Own value' },
  'upload.keptCoarser': { nl: 'Grover', en: 'Coarser' },
  'upload.mergesTitle': { nl: 'Samengevoegd', en: 'Merged' },
  'upload.mergedInto': { nl: '{from}: samengevoegd tot {to}', en: '{from}: merged into {to}' },
  'upload.mergedWithheld': {
    nl: '{from}: samengevoegd tot “Afgeschermd of onbekend”',
    en: '{from}: merged into “Withheld or unknown”',
  },
  'upload.noMerges': { nl: 'Niets samengevoegd.', en: 'Nothing merged.' },
  'upload.maskedTitle': { nl: 'Leeggemaakt', en: 'Emptied' },
  'upload.masked': {
    nl: '{items} in {value}: iedereen gaf hetzelfde antwoord, dus deze antwoorden zijn weggelaten.',
    en: '{items} in {value}: everyone gave the same answer, so these answers were left out.',
  },
  'upload.topCodedTitle': { nl: 'Afgetopt', en: 'Capped' },
  'upload.topCoded': {
    nl: '{item}: antwoorden boven {top} zijn op {top} gezet.',
    en: '{item}: answers above {top} were set to {top}.',
  },
  'upload.refusedTitle': {
    nl: 'Uw data kunnen niet veilig worden getoond',
    en: 'Your data cannot be shown safely',
  },
  'upload.refusedTooFew': {
    nl: 'Het bestand heeft {rows, plural, one {# bruikbare rij} other {# bruikbare rijen}}. Om niemand herkenbaar te maken moet elke combinatie van kenmerken bij minstens {k} respondenten voorkomen; met minder dan {k} rijen kan dat niet.',
    en: 'The file has {rows, plural, one {# usable row} other {# usable rows}}. So that no one can be recognised, every combination of characteristics must be shared by at least {k} respondents; with fewer than {k} rows that cannot be done.',
  },
  'upload.refusedOneAnswer': {
    nl: 'Op {items} gaf iedereen die antwoordde hetzelfde antwoord. Elke groep zou dan ieders antwoord verraden: er moeten minstens {l} verschillende antwoorden zijn.',
    en: 'Everyone who answered {items} gave the same answer. Any group would then give away everyone’s answer: there must be at least {l} different answers.',
  },
  'upload.refusedNotReached': {
    nl: 'Ook na het samenvoegen van specialismen en het afschermen van kenmerken blijven er groepen van minder dan {k} respondenten, of groepen waarin iedereen hetzelfde antwoord gaf (minder dan {l} verschillende antwoorden).',
    en: 'Even after merging specialties and withholding characteristics, groups of fewer than {k} respondents remain, or groups in which everyone gave the same answer (fewer than {l} different answers).',
  },
  'upload.refusedSmallest': {
    nl: 'Kleinste groep: {smallest, plural, one {# respondent} other {# respondenten}}.',
    en: 'Smallest group: {smallest, plural, one {# respondent} other {# respondents}}.',
  },
  'upload.refusedNothing': {
    nl: 'Daarom is niets geladen: er wordt geen grafiek, tabel of export van dit bestand gemaakt.',
    en: 'So nothing was loaded: no chart, table or export of this file is made.',
  },
  'upload.note': { nl: 'Uw eigen data', en: 'Your own data' },

  // Problems in a data file (src/lib/data) or an uploaded file (src/lib/upload): where, what was
  // found, what was expected. The CLI writes them in English.
  'issue.cannotLoad': {
    nl: '{file} kan niet worden geladen ({n, plural, one {# probleem} other {# problemen}}):',
    en: '{file} cannot be loaded ({n, plural, one {# problem} other {# problems}}):',
  },
  'issue.line': { nl: 'regel {line}', en: 'line {line}' },
  'issue.column': { nl: 'kolom “{column}”', en: 'column "{column}"' },
  'issue.foundExpected': {
    nl: 'gevonden “{value}”, verwacht {expected}',
    en: 'found "{value}", expected {expected}',
  },
  'issue.expected': { nl: 'verwacht {expected}', en: 'expected {expected}' },
  'issue.served': {
    nl: 'dat het bestand geleverd wordt (HTTP {status})',
    en: 'the file to be served (HTTP {status})',
  },
  'issue.inCodebook': {
    nl: 'het bestand dat het codeboek noemt',
    en: 'the file named in the codebook to exist',
  },
  'issue.json': { nl: 'geldige JSON ({detail})', en: 'valid JSON ({detail})' },
  'issue.jsonObject': { nl: 'een JSON-object', en: 'a JSON object' },
  'issue.nonEmptyCsv': { nl: 'een CSV-bestand dat niet leeg is', en: 'a non-empty CSV file' },
  'issue.csvWithHeader': {
    nl: 'een CSV-bestand met een kopregel',
    en: 'a CSV file with a header row',
  },
  'issue.csvInstead': {
    nl: 'een CSV-tekstbestand, geen {found} (sla het spreadsheet op “als CSV”)',
    en: 'a CSV text file, not {found} (save the spreadsheet "as CSV")',
  },
  'issue.zip': { nl: 'ZIP-archief of .xlsx-werkmap', en: 'a ZIP archive or .xlsx workbook' },
  'issue.xls': { nl: 'oude Excel-werkmap (.xls)', en: 'an old Excel (.xls) workbook' },
  'issue.pdf': { nl: 'PDF-document', en: 'a PDF document' },
  'issue.binary': { nl: 'binair bestand', en: 'a binary file' },
  'issue.spreadsheetInstead': {
    nl: 'een CSV-bestand of een .xlsx-werkmap, geen {found} (sla het spreadsheet op als .xlsx of CSV)',
    en: 'a CSV file or an .xlsx workbook, not {found} (save the spreadsheet as .xlsx or CSV)',
  },
  'issue.xlsxDamaged': {
    nl: 'ZIP-archief of .xlsx-werkmap die niet te openen is ({detail})',
    en: 'a ZIP archive or .xlsx workbook that cannot be opened ({detail})',
  },
  'issue.zipNoWorkbook': {
    nl: 'ZIP-archief zonder Excel-werkmap erin',
    en: 'a ZIP archive that holds no Excel workbook',
  },
  'issue.xlsxPassword': {
    nl: 'met een wachtwoord beveiligde werkmap (haal eerst het wachtwoord eraf)',
    en: 'a password-protected workbook (remove the password first)',
  },
  'upload.sheetRead': {
    nl: 'werkblad “{sheet}” ({index} van {count}); rij N van het werkblad heet in de meldingen regel N',
    en: 'sheet “{sheet}” ({index} of {count}); line N in the messages is row N of the sheet',
  },
  'issue.headerRow': { nl: 'een kopregel', en: 'a header row' },
  'issue.headerColumns': {
    nl: 'een kopregel met de kolomnamen van het codeboek',
    en: 'a header row naming the codebook columns',
  },
  'issue.headerSeparated': {
    nl: 'een kopregel met de kolomnamen van het codeboek, gescheiden door ; of ,',
    en: "a header row naming the codebook's columns, separated by ; or ,",
  },
  'issue.columnOnce': { nl: 'elke kolomnaam maar één keer', en: 'each column name only once' },
  'issue.codebookColumn': {
    nl: 'een kolom “{column}” (gedefinieerd in het codeboek)',
    en: 'a column "{column}" (defined in the codebook)',
  },
  'issue.waveColumn': {
    nl: 'een kolom “{column}” (in {wave} gevraagd, volgens het codeboek)',
    en: 'a column "{column}" (asked in {wave}, as the codebook says)',
  },
  'issue.renamedColumn': {
    nl: 'een kolom “{column}” (zo heette “{item}” in {wave}, volgens het codeboek: “history”)',
    en: 'a column "{column}" (the name of "{item}" in {wave}, as its "history" in the codebook says)',
  },
  'issue.notAskedColumn': {
    nl: 'geen kolom van “{item}”: volgens het codeboek is die vraag in {wave} niet gesteld',
    en: 'no column of "{item}": the codebook says that question was not asked in {wave}',
  },
  'issue.commaSeparated': {
    nl: 'waarden gescheiden door komma’s',
    en: 'comma-separated values',
  },
  'issue.fields': {
    nl: '{n, plural, one {# veld} other {# velden}} gescheiden door “{delimiter}” (deze regel heeft er {found})',
    en: '{n, plural, one {# field} other {# fields}} separated by "{delimiter}" (this line has {found})',
  },
  'issue.quoteSwallows': {
    nl: 'een sluitend " bij het aanhalingsteken dat op regel {line} opent (of geen aanhalingsteken): nu worden regel {line} tot en met {last} ({rows, plural, one {# rij} other {# rijen}} van respondenten) gelezen als één veld, dus wordt niets geladen',
    en: 'a closing " for the quote opened on line {line} (or no quote at all): as it is, lines {line} to {last} ({rows, plural, one {# row} other {# rows}} of respondents) are read as one field, so nothing is loaded',
  },
  'issue.respondentRow': {
    nl: 'minstens één regel met een respondent',
    en: 'at least one respondent row',
  },
  'issue.codes': { nl: 'een van de codes {codes}', en: 'one of the codes {codes}' },
  'issue.codesOrLabels': {
    nl: 'een van de codes {codes} (of hun labels)',
    en: 'one of the codes {codes} (or their labels)',
  },
  'issue.wholeNumber': {
    nl: 'een geheel getal van {min} tot en met {max}',
    en: 'a whole number from {min} to {max}',
  },
  'issue.number': {
    nl: 'een getal van {min} tot en met {max}',
    en: 'a number from {min} to {max}',
  },
  'issue.chosen': {
    nl: '0 (niet gekozen), 1 (gekozen) of leeg (niet gevraagd)',
    en: '0 (not chosen), 1 (chosen) or empty (not asked)',
  },
  'issue.chosenWords': {
    nl: '0 (niet gekozen), 1 (gekozen) of leeg (niet gevraagd); ook ja/nee en yes/no',
    en: '0 (not chosen), 1 (chosen) or empty (not asked); ja/nee and yes/no too',
  },
  'issue.options': {
    nl: 'codes of labels van keuzes van {item} ({codes}), gescheiden door ; of ,',
    en: 'option codes or labels of {item} ({codes}), separated by ; or ,',
  },
  'issue.oneColumn': {
    nl: 'één kolom voor “{item}” (ook gegeven door “{other}”)',
    en: 'one column for "{item}" (also given by "{other}")',
  },
  'issue.columnOrOptions': {
    nl: 'één kolom voor “{item}” of één 0/1-kolom per keuze, niet allebei',
    en: 'either one column for "{item}" or one 0/1 column per option, not both',
  },
  'issue.dimension': {
    nl: 'een kolom voor het kenmerk “{label}” ({item}); koppel er een kolom van het bestand aan',
    en: 'a column for the dimension "{label}" ({item}); map one of the file\'s columns to it',
  },
  'issue.missingOptions': {
    nl: 'een kolom voor elke keuze van “{label}” ({item}): {options} {n, plural, one {heeft er geen} other {hebben er geen}}. Koppel {n, plural, one {die keuze} other {die keuzes}} aan een kolom van het bestand, of negeer de hele vraag (anders lijkt het of niemand {n, plural, one {die keuze} other {die keuzes}} koos)',
    en: 'a column for every option of "{label}" ({item}): {options} {n, plural, one {has none} other {have none}}. Map {n, plural, one {that option} other {those options}} to a column of the file, or ignore the whole question (else nobody would seem to have chosen {n, plural, one {that option} other {those options}})',
  },
  'issue.orAnswers': {
    nl: '{expected}; of, als “{value}” een eigen code van het enquêteprogramma is: zet in het koppelbestand onder "answers" van kolom “{column}” welke code uit het codeboek “{value}” betekent',
    en: '{expected}; or, if "{value}" is a code of the survey tool itself: say in the mapping file, under "answers" of column "{column}", which codebook code "{value}" stands for',
  },
  'issue.toolCode': {
    nl: 'de code uit het codeboek die “{value}” betekent, in het koppelbestand onder "answers" van kolom “{column}”: een enquêteprogramma nummert zijn antwoorden zelf, dus zijn getallen worden niet gelezen als de codes van het codeboek ({codes}); raden naar de volgorde is niet veilig',
    en: 'the codebook code that "{value}" stands for, in the mapping file under "answers" of column "{column}": a survey tool numbers its answers itself, so its numbers are not read as the codebook\'s codes ({codes}); guessing by position is not safe',
  },
  'issue.thousands': {
    nl: '{whole} of {decimal}, zonder scheidingsteken voor duizendtallen: met drie cijfers na de punt of komma kan het allebei betekenen ({range})',
    en: '{whole} or {decimal}, without a thousands separator: with three digits after the point or comma it could be either ({range})',
  },
  'issue.noThousands': {
    nl: '{whole}, zonder scheidingstekens voor duizendtallen ({range})',
    en: '{whole}, without thousands separators ({range})',
  },
  'issue.mappingFormat': {
    nl: 'een koppelbestand van het dashboard ({format})',
    en: 'a mapping file of the dashboard ({format})',
  },
  'issue.mappingColumns': {
    nl: 'een lijst {columns} met één element per kolom van het bestand, elk met {fields}',
    en: 'a list {columns} with one entry per column of the export, each with {fields}',
  },
  'issue.jsonText': { nl: 'een tekst', en: 'a text' },
  'issue.headerRows': {
    nl: 'een geheel aantal kopregels, minstens één',
    en: 'a whole number of header rows, at least one',
  },
  'issue.answersObject': {
    nl: 'de eigen antwoorden van de kolom, elk met de code uit het codeboek die het betekent (als tekst)',
    en: "the column's own answers, each with the codebook code it stands for (as text)",
  },
  'issue.knownField': { nl: 'een van de velden {fields}', en: 'one of the fields {fields}' },
  'issue.headerOnce': {
    nl: 'elke kolom maar één keer in het koppelbestand (ook bij {other})',
    en: 'each column only once in the mapping file (also at {other})',
  },
  'issue.mappingTarget': {
    nl: 'een kolom van het codeboek, {multi} voor een meerkeuzevraag in één kolom, of {ignore}',
    en: 'a column of the codebook, {multi} for a multi-select question in one column, or {ignore}',
  },
  'issue.mappingMissing': {
    nl: 'de kolom “{column}” in het bestand: het koppelbestand koppelt die aan {target}. Exporteer die kolom mee, of zet het doel op {ignore}',
    en: 'the column "{column}" in the export: the mapping file maps it to {target}. Export it too, or set its target to {ignore}',
  },
  'issue.mappingUnmapped': {
    nl: 'deze kolom in het koppelbestand (een kolom van het codeboek, {multi} of {ignore}): nu wordt ze genegeerd',
    en: 'this column in the mapping file (a codebook column, {multi} or {ignore}): it is ignored now',
  },
  'issue.mappingHeaderRows': {
    nl: '{n, plural, one {# kopregel} other {# kopregels}}, zoals dit bestand ({tool}) heeft: het koppelbestand is voor een andere indeling gemaakt',
    en: '{n, plural, one {# header row} other {# header rows}}, as this export ({tool}) has: the mapping file was made for another layout',
  },
  'issue.identifyingIgnored': {
    nl: '{ignore}: kolom “{column}” is herleidbaar tot een respondent en wordt nooit geladen',
    en: '{ignore}: column "{column}" identifies a respondent and is never loaded',
  },
  'issue.exists': { nl: 'dat het bestand bestaat', en: 'the file to exist' },
  'issue.commaFields': {
    nl: '{n, plural, one {# veld} other {# velden}} gescheiden door komma’s ({detail})',
    en: '{n, plural, one {# comma-separated field} other {# comma-separated fields}} ({detail})',
  },
  'issue.trueFalse': { nl: 'true of false', en: 'true or false' },
  'issue.value': { nl: '{value}', en: '{value}' },
  'issue.noteTexts': {
    nl: 'een object met teksten “nl” en “en”',
    en: 'an object with "nl" and "en" texts',
  },
  'issue.countsPerWave': {
    nl: 'een object met aantallen a(n)ios per jaar',
    en: 'an object with trainee counts per wave',
  },
  'issue.countsPerSpecialty': {
    nl: 'aantallen a(n)ios per specialisme voor {wave}',
    en: 'trainee counts per specialty for wave {wave}',
  },
  'issue.specialtyCode': {
    nl: 'een specialismecode uit het codeboek',
    en: 'a specialty code from the codebook',
  },
  'issue.traineeCount': { nl: 'een geheel aantal a(n)ios', en: 'a whole number of trainees' },
  'issue.codebookWave': { nl: 'een jaar uit het codeboek', en: 'a wave of the codebook' },
  'issue.populationMissing': {
    nl: 'een aantal a(n)ios voor {strata}: voeg het toe aan data/population.json (onder dezelfde naam als in de data, samengevoegde groepen inbegrepen) of toon alleen ongewogen cijfers',
    en: 'a population count for {strata}: add it to data/population.json (under the same name as in the data, merged groups included) or show unweighted figures only',
  },
  'issue.weights': {
    nl: 'aantallen a(n)ios waarmee gewogen kan worden ({detail})',
    en: 'trainee counts that weights can be made of ({detail})',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
