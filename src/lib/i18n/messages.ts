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
  'notice.view': { nl: 'een van: {views}', en: 'one of: {views}' },
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

  // The page shell: selection chips, skip link, empty state, glossary (src/app).
  skipToCharts: { nl: 'Naar de grafieken', en: 'Skip to charts' },
  removeFilter: { nl: 'filter {label} verwijderen', en: 'remove the filter {label}' },
  removeCompare: { nl: 'vergelijking verwijderen', en: 'remove the comparison' },
  comparedBy: { nl: 'per {label}', en: 'by {label}' },
  emptyTitle: {
    nl: 'Te weinig antwoorden voor deze selectie',
    en: 'Too few answers for this selection',
  },
  emptyText: {
    nl: 'Geen enkele vraag heeft {min} of meer antwoorden uit de selectie {label}: een cijfer zou iemand herkenbaar kunnen maken.',
    en: 'No question has {min} or more answers from the selection {label}: a figure could make someone recognisable.',
  },
  emptyRemove: {
    nl: 'Haal een filter weg om weer cijfers te zien:',
    en: 'Remove a filter to see figures again:',
  },
  emptyWithout: {
    nl: 'zonder “{value}” ({dim}): {n} respondenten',
    en: 'without “{value}” ({dim}): {n} respondents',
  },
  emptyNone: {
    nl: 'Zonder één van deze filters blijven er nog steeds minder dan {min} respondenten over.',
    en: 'Without any one of these filters there are still fewer than {min} respondents.',
  },
  emptyClear: { nl: 'Alle filters weghalen', en: 'Remove all filters' },
  scrollTable: { nl: 'Tabel (schuift zijwaarts)', en: 'Table (scrolls sideways)' },
  glossary: { nl: 'Begrippen', en: 'Glossary' },
  glossaryOpen: { nl: 'Wat betekenen de begrippen?', en: 'What do the terms mean?' },
  glossaryClose: { nl: 'Sluiten', en: 'Close' },
  'glossary.ci': { nl: '95%-BI', en: '95% CI' },
  'glossary.ciText': {
    nl: '95%-betrouwbaarheidsinterval: het gebied waarin het cijfer van alle a(n)ios waarschijnlijk ligt, gegeven deze steekproef. Hoe minder antwoorden, hoe breder. Berekend volgens Wilson voor een aandeel en met de t-verdeling voor een gemiddelde.',
    en: '95% confidence interval: the range in which the figure for all doctors in training probably lies, given this sample. The fewer the answers, the wider it is. For a share the Wilson interval, for a mean the t-interval.',
  },
  'glossary.n': { nl: 'n', en: 'n' },
  'glossary.nText': {
    nl: 'Het aantal geldige antwoorden waarop een cijfer berust, ongewogen. Wie “weet niet” zei, de vraag niet kreeg of niets invulde, telt niet mee.',
    en: 'The number of valid answers a figure rests on, unweighted. Whoever said “don’t know”, was not asked or gave no answer is not counted.',
  },
  'glossary.dontKnow': { nl: 'weet niet', en: 'don’t know' },
  'glossary.dontKnowText': {
    nl: '“Weet niet” en “niet van toepassing” blijven buiten de noemer van een percentage; hoeveel het er waren staat bij elk cijfer.',
    en: '“Don’t know” and “not applicable” are left out of the denominator of a percentage; how many there were is stated with each figure.',
  },
  'glossary.withheld': { nl: 'afgeschermd', en: 'withheld' },
  'glossary.withheldText': {
    nl: 'Om niemand herkenbaar te maken is een kenmerk (zoals gender of specialisme) voor sommige respondenten leeg gelaten of samengevoegd; bij uitsplitsen vormen zij de groep “Afgeschermd of onbekend”. Groepen met minder dan {min} antwoorden worden nooit getoond.',
    en: 'So that nobody can be recognised, a characteristic (such as gender or specialty) is left blank or merged for some respondents; in a split they form the group “Withheld or unknown”. Groups with fewer than {min} answers are never shown.',
  },
  'glossary.weighted': { nl: 'gewogen', en: 'weighted' },
  'glossary.weightedText': {
    nl: 'Gewogen cijfers tellen elk specialisme mee naar zijn aantal a(n)ios in plaats van naar zijn aantal respondenten; de intervallen gebruiken de effectieve n (Kish). Ongewogen telt elke respondent even zwaar.',
    en: 'Weighted figures count each specialty by its number of doctors in training rather than by its number of respondents; the intervals use the effective n (Kish). Unweighted, every respondent counts the same.',
  },
  'glossary.median': { nl: 'mediaan', en: 'median' },
  'glossary.medianText': {
    nl: 'Het middelste antwoord: de helft antwoordde minder, de helft meer. Minder gevoelig voor enkele uitschieters dan het gemiddelde.',
    en: 'The middle answer: half answered less, half more. Less sensitive to a few outliers than the mean.',
  },
  'glossary.significant': {
    nl: 'significant na Benjamini–Hochberg',
    en: 'significant after Benjamini–Hochberg',
  },
  'glossary.significantText': {
    nl: 'Een verschil met de rest dat waarschijnlijk geen toeval is: p < 0,05 nadat voor alle groepen van één grafiek samen is gecorrigeerd (Benjamini–Hochberg), zodat er bij veel groepen niet door toeval een paar verschillend lijken.',
    en: 'A difference from the rest that is probably not chance: p < 0.05 after correcting for all groups of one chart together (Benjamini–Hochberg), so that among many groups a few do not look different by chance alone.',
  },

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
    nl: '▲ hoger / ▼ lager: verschil met de rest na Benjamini–Hochberg-correctie (p < 0,05): blauwgroen als dat gunstiger is, oranje als het ongunstiger is (paars: zonder voorkeursrichting). Zonder teken: geen aantoonbaar verschil. Het verschil met zijn 95%-BI staat in de tabel en bij aanwijzen.',
    en: '▲ higher / ▼ lower: difference from the rest after Benjamini–Hochberg correction (p < 0.05): teal where that is better, orange where it is worse (purple: no better or worse). No mark: no clear difference. The difference with its 95% CI is in the table and on hover.',
  },
  higher: { nl: 'hoger', en: 'higher' },
  lower: { nl: 'lager', en: 'lower' },
  legendMarks: {
    nl: 'verschil met de rest, na Benjamini–Hochberg p < 0,05',
    en: 'difference from the rest (p < 0.05 after Benjamini–Hochberg)',
  },
  legendNone: { nl: 'zonder teken: geen aantoonbaar verschil', en: 'no mark: no clear difference' },
  tooFewGroups: {
    nl: 'Minder dan {min} antwoorden, niet getoond: {groups}.',
    en: 'Fewer than {min} answers, not shown: {groups}.',
  },
  axisNotZero: { nl: 'de as begint niet bij 0', en: 'the axis does not start at 0' },
  orderLabel: { nl: 'Volgorde van de groepen', en: 'Order of the groups' },
  orderValue: { nl: 'op waarde', en: 'by value' },
  orderAlpha: { nl: 'alfabetisch', en: 'alphabetical' },
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
  summaryHighLow: {
    nl: '{what}: hoogst {high}, laagst {low}.',
    en: '{what}: highest {high}, lowest {low}.',
  },
  summaryVersus: {
    nl: '{what}: {selection}, tegenover {benchmark}.',
    en: '{what}: {selection}, against {benchmark}.',
  },

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
  // Slides (src/app/present): the takeaway title and footer, made from the figures and their test
  // (src/lib/report/takeaway.ts). "hoger/lager" only where the test supports it.
  'slide.table': { nl: 'Tabel', en: 'Table' },
  'slide.test': {
    nl: 'verschil met {against}: {difference}, {p}',
    en: 'difference from {against}: {difference}, {p}',
  },
  'slide.testRest': { nl: 'de rest', en: 'the rest' },
  'takeaway.share': { nl: '{who}: {value} {statement}', en: '{who}: {value} {statement}' },
  'takeaway.answer': {
    nl: '{who}: {value} {answer} ({label})',
    en: '{who}: {value} {answer} ({label})',
  },
  'takeaway.mean': {
    nl: '{who}: {label} gemiddeld {value}',
    en: '{who}: {label} {value} on average',
  },
  'takeaway.most': {
    nl: '{who}: {label}, het vaakst {answer} ({value})',
    en: '{who}: {label}, most often {answer} ({value})',
  },
  'takeaway.hidden': {
    nl: '{who}: {label} — minder dan {min} antwoorden',
    en: '{who}: {label} — fewer than {min} answers',
  },
  'takeaway.versus': {
    nl: '{sentence} — {benchmark} {value}',
    en: '{sentence} — {benchmark} {value}',
  },
  'takeaway.similar': {
    nl: '{sentence} — vergelijkbaar met {benchmark} ({value})',
    en: '{sentence} — similar to {benchmark} ({value})',
  },
  'takeaway.untested': {
    nl: '{sentence} — {benchmark} {value} (te weinig om te vergelijken)',
    en: '{sentence} — {benchmark} {value} (too few to compare)',
  },
  'takeaway.groups': { nl: '{sentence}; {groups}', en: '{sentence}; {groups}' },
  'takeaway.higherIn': { nl: 'hoger bij {groups}', en: 'higher in {groups}' },
  'takeaway.lowerIn': { nl: 'lager bij {groups}', en: 'lower in {groups}' },
  'takeaway.sameIn': {
    nl: 'geen aantoonbaar verschil per {dimension}',
    en: 'no clear difference by {dimension}',
  },

  // The report of one specialty (`?view=report&specialty=…`): src/app/report, src/lib/report.
  'report.open': { nl: 'Rapport van dit specialisme', en: 'Report of this specialty' },
  'report.openAny': { nl: 'Rapport per specialisme', en: 'Report per specialty' },
  'report.title': { nl: '{specialty} — DJS enquête {wave}', en: '{specialty} — DJS survey {wave}' },
  'report.subtitle': {
    nl: 'Rapport van één specialisme, vergeleken met de overige respondenten',
    en: 'Report of one specialty, compared with the other respondents',
  },
  'report.choose': { nl: 'Specialisme', en: 'Specialty' },
  'report.chooseHelp': {
    nl: 'Kies een specialisme om zijn rapport te zien.',
    en: 'Choose a specialty to see its report.',
  },
  'report.print': { nl: 'Afdrukken of bewaren als pdf', en: 'Print or save as PDF' },
  'report.back': { nl: 'Terug naar het dashboard', en: 'Back to the dashboard' },
  'report.contents': { nl: 'Inhoud', en: 'Contents' },
  'report.method': { nl: 'Zo is dit rapport gemaakt', en: 'How this report was made' },
  'report.respondents': {
    nl: '{n} van de {total} respondenten van de enquête van {wave} werken in {specialty}; dit rapport zet hen af tegen de overige {rest}.',
    en: '{n} of the {total} respondents of the {wave} survey work in {specialty}; this report sets them against the other {rest}.',
  },
  'report.cannotShow': {
    nl: '{specialty} heeft in {wave} minder dan {min} respondenten. Dit rapport kan daarom niet worden getoond: cijfers van minder dan {min} antwoorden worden nooit getoond.',
    en: '{specialty} has fewer than {min} respondents in {wave}. This report therefore cannot be shown: figures from fewer than {min} answers are never shown.',
  },
  'report.methodShares': {
    nl: 'Percentages zijn van de geldige antwoorden (“weet niet” en “niet van toepassing” tellen niet mee) van wie de vraag kreeg, met hun 95%-betrouwbaarheidsinterval (Wilson); gemiddelden met hun interval volgens de t-verdeling. Meerdere antwoorden mogelijk: % van wie de vraag beantwoordde.',
    en: 'Percentages are of the valid answers (“don’t know” and “not applicable” not counted) of those who were asked, with their 95% confidence interval (Wilson); means with their t-interval. More than one answer possible: % of those who answered the question.',
  },
  'report.methodTest': {
    nl: '{specialty} wordt vergeleken met de overige respondenten (niet met een totaal waar het zelf in zit): z-toets, of Fisher bij kleine aantallen, voor percentages en Welch voor gemiddelden, met Benjamini–Hochberg-correctie zoals op het dashboard. “Hoger dan” of “lager dan” staat er alleen waar die p kleiner is dan 0,05; anders “vergelijkbaar met”. Een verschil staat er steeds met zijn 95%-interval.',
    en: '{specialty} is compared with the other respondents (never with a total that contains it): a z-test, or Fisher’s exact test for small counts, for percentages and Welch’s test for means, with the Benjamini–Hochberg correction as on the dashboard. “Higher than” or “lower than” is written only where that p is below 0.05; otherwise “similar to”. Every difference is given with its 95% interval.',
  },
  'report.methodOrder': {
    nl: 'De onderwerpen volgen het artikel van de juniorbesturen van de NVvR en NVNG (2025) over de DJS-enquête 2024: wie deden mee, trots, overwerk, werk-privébalans, burn-out, twijfel, diensten, pauzes, cultuur en veiligheid, begeleiding.',
    en: 'The topics follow the article of the junior boards of the NVvR and NVNG (2025) on the 2024 DJS survey: who took part, pride, overtime, work-life balance, burnout, doubts, shifts, breaks, culture and safety, support.',
  },
  'report.higher': { nl: 'hoger dan', en: 'higher than' },
  'report.lower': { nl: 'lager dan', en: 'lower than' },
  'report.similar': { nl: 'vergelijkbaar met', en: 'similar to' },
  'report.rest': { nl: 'de overige respondenten', en: 'the other respondents' },
  'report.of': { nl: 'van {who}', en: 'of {who}' },
  'report.interval': { nl: '95%-BI {interval}', en: '95% CI {interval}' },
  'report.median': { nl: 'mediaan {value}', en: 'median {value}' },
  'report.share': {
    nl: '{who}: {value} {of}{statement} ({interval}, {n})',
    en: '{who}: {value} {of}{statement} ({interval}, {n})',
  },
  'report.answer': {
    nl: '{who}: {label}, {answer}: {value} {of}({interval}, {n})',
    en: '{who}: {label}, {answer}: {value} {of}({interval}, {n})',
  },
  'report.mean': {
    nl: '{who}: {label} gemiddeld {value} ({details})',
    en: '{who}: {label} {value} on average ({details})',
  },
  'report.versus': {
    nl: '{sentence}, {verdict} {rest} ({value}, {n}; verschil {difference}; {p}).',
    en: '{sentence}, {verdict} {rest} ({value}, {n}; difference {difference}; {p}).',
  },
  'report.untested': {
    nl: '{sentence}; te weinig antwoorden om te vergelijken met {rest}.',
    en: '{sentence}; too few answers to compare with {rest}.',
  },
  'report.all': { nl: 'Alle respondenten: {value}.', en: 'All respondents: {value}.' },
  'report.options': {
    nl: '{who}: {label} {of}— het vaakst gekozen: {options} ({n}).',
    en: '{who}: {label} {of}— chosen most: {options} ({n}).',
  },
  'report.option': { nl: '{label} {value} ({interval})', en: '{label} {value} ({interval})' },
  'report.distribution': { nl: '{label}: {parts} ({n}).', en: '{label}: {parts} ({n}).' },
  'report.hidden': {
    nl: '{who}: {label} — minder dan {min} antwoorden, dus niet getoond.',
    en: '{who}: {label} — fewer than {min} answers, so not shown.',
  },
  'report.notAsked': {
    nl: 'Niet gevraagd in {wave}: {items}.',
    en: 'Not asked in {wave}: {items}.',
  },
  'report.pBelow': { nl: 'p < 0,001', en: 'p < 0.001' },
  'report.p': { nl: 'p = {p}', en: 'p = {p}' },
  // Printed pages: the selection and source at the top and the page number at the foot of each.
  'print.page': { nl: 'pagina', en: 'page' },
  'print.button': { nl: 'Afdrukken', en: 'Print' },
  // The PowerPoint deck: title slide, speaker notes, the method slide (src/lib/export/deck.ts).
  'deck.chosen': { nl: 'Gekozen grafieken', en: 'Chosen charts' },
  'deck.report': { nl: 'rapport', en: 'report' },
  'deck.survey': { nl: 'DJS enquête {wave}', en: 'DJS survey {wave}' },
  'deck.wave': { nl: 'Enquêtejaar: {wave}', en: 'Survey year: {wave}' },
  'deck.made': { nl: 'Gemaakt op {date}', en: 'Made on {date}' },
  'deck.question': { nl: 'Vraag: “{question}”', en: 'Question: “{question}”' },
  'deck.spread': { nl: 'verdeling', en: 'distribution' },
  'deck.shows': {
    nl: 'Cijfers: {unit}; 95%-BI is het 95%-betrouwbaarheidsinterval.',
    en: 'Figures: {unit}; 95% CI is the 95% confidence interval.',
  },
  'deck.link': { nl: 'Link naar dit beeld: {url}', en: 'Link to this view: {url}' },
  'deck.testZ': { nl: 'z-toets voor twee proporties', en: 'two-proportion z-test' },
  'deck.testFisher': { nl: 'exacte toets van Fisher', en: 'Fisher’s exact test' },
  'deck.testWelch': { nl: 't-toets van Welch', en: 'Welch’s t-test' },
  'deck.test': {
    nl: '{test}, p = {p}, na Benjamini–Hochberg-correctie p = {adjusted}',
    en: '{test}, p = {p}, Benjamini–Hochberg adjusted p = {adjusted}',
  },
  'deck.significant': {
    nl: 'aantoonbaar verschil (gecorrigeerde p < 0,05)',
    en: 'clear difference (adjusted p < 0.05)',
  },
  'deck.methodTitle': { nl: 'Methode en privacy', en: 'Method and privacy' },
  'deck.methodValid': {
    nl: 'Percentages zijn van de geldige antwoorden: “weet niet”, niet van toepassing en geen antwoord tellen niet mee. n is het aantal geldige antwoorden, ongewogen.',
    en: 'Percentages are of the valid answers: “don’t know”, not applicable and no answer are left out. n is the number of valid answers, unweighted.',
  },
  'deck.methodIntervals': {
    nl: 'Onzekerheid: 95%-betrouwbaarheidsintervallen, volgens Wilson voor percentages en de t-verdeling voor gemiddelden.',
    en: 'Uncertainty: 95% confidence intervals, Wilson’s for percentages and from the t distribution for means.',
  },
  'deck.methodTests': {
    nl: 'Vergelijking: een groep tegenover de rest, nooit tegenover een totaal waar hij zelf in zit; z-toets of exacte toets van Fisher voor percentages, t-toets van Welch voor gemiddelden. De p-waarden van één grafiek zijn gecorrigeerd met Benjamini–Hochberg; een verschil heet aantoonbaar bij een gecorrigeerde p < 0,05.',
    en: 'Comparison: a group against the rest, never against a total that contains it; z-test or Fisher’s exact test for percentages, Welch’s t-test for means. The p-values of one chart are adjusted by Benjamini–Hochberg; a difference is called clear where the adjusted p < 0.05.',
  },
  'deck.privacy': {
    nl: 'Privacy: geen cijfer uit minder dan {min} antwoorden, geen kleinste of grootste waarde en geen los antwoord. Het gepubliceerde bestand voldoet aan k-anonimiteit: elke combinatie van kenmerken (specialisme, type ziekenhuis, gender, rol, opleidingsjaar, fulltime) komt bij minstens {k} respondenten voor.',
    en: 'Privacy: no figure from fewer than {min} answers, no minimum, maximum or single answer. The released file is k-anonymous: every combination of characteristics (specialty, hospital type, gender, role, training year, full-time) is shared by at least {k} respondents.',
  },
  'deck.notesHint': {
    nl: 'De notities bij elke dia geven de vraag, alle cijfers met n en interval, de toets en de link naar het beeld.',
    en: 'The notes of every slide give the question, every figure with n and interval, the test and the link to the view.',
  },
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

  // The scorecard (src/app/scorecard, src/lib/figures/scorecard.ts).
  scorecard: { nl: 'Scorekaart', en: 'Scorecard' },
  'scorecard.title': { nl: 'Scorekaart per {by}', en: 'Scorecard by {by}' },
  'scorecard.question': {
    nl: 'De kernindicatoren van alle onderwerpen, per {by}',
    en: 'The headline indicators of every topic, by {by}',
  },
  'scorecard.intro': {
    nl: 'Elke groep vergeleken met de rest van {within}: dezelfde cijfers als op de onderwerppagina’s bij “Vergelijk per {by}”. Een kolomkop sorteert; een rij of cel opent de grafieken van die groep.',
    en: 'Each group compared with the rest of {within}: the same figures as on the topic pages under “Compare by {by}”. A column heading sorts; a row or cell opens that group’s charts.',
  },
  'scorecard.rows': { nl: 'Rijen', en: 'Rows' },
  'scorecard.indicator': { nl: 'Indicator', en: 'Indicator' },
  'scorecard.legend': {
    nl: 'Verschil met de rest na Benjamini–Hochberg-correctie per kolom (p < 0,05):',
    en: 'Difference from the rest after Benjamini–Hochberg correction per column (p < 0.05):',
  },
  'scorecard.noMark': {
    nl: 'zonder teken: geen aantoonbaar verschil',
    en: 'no mark: no clear difference',
  },
  'scorecard.selected': { nl: 'uw selectie', en: 'your selection' },
  'scorecard.region': {
    nl: 'Scorekaart: scroll opzij voor alle indicatoren',
    en: 'Scorecard: scroll sideways for every indicator',
  },
  'scorecard.open': { nl: '{topic} voor {group}', en: '{topic} for {group}' },
  'scorecard.ranked': {
    nl: '{label}, gerangschikt van hoog naar laag, met 95%-BI',
    en: '{label}, ranked from high to low, with 95% CI',
  },
  'scorecard.reference': { nl: 'lijn: {label} ({value})', en: 'line: {label} ({value})' },

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
