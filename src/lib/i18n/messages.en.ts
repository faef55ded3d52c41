import type { NL } from './messages.nl';

/**
 * The English of the first view's messages, key for key in the order of messages.nl.ts (the Dutch,
 * with how a message is written: parameters, plurals; the parts loaded on demand have theirs in
 * messages.more.en.ts). A chunk of its own: a Dutch visitor never loads it; `loadLanguage('en')`
 * (translate.ts) does, before anything is written in English.
 */
export const EN = {
  // The page.
  appTitle: 'DJS survey dashboard',
  appSubtitle:
    'National survey of doctors in training “Healthy and safe working”, De Jonge Specialist',
  demoBanner:
    'Demo data: these are synthetic data, not real answers. They are calibrated to the published 2024 figures.',
  demoNote: 'Demo data: these are synthetic data, not real answers.',
  demoLabel: 'Demo data',
  language: 'Language',
  loading: 'Loading the database…',
  loadingData: 'Loading survey data…',
  errorTitle: 'The data could not be loaded',
  errorHelp: 'Fix the problems below in the data file and reload the page.',
  error: 'Error',
  engineFailedHelp:
    "The site's query engine (DuckDB) could not start. Reload the page; if it persists, this file is missing on the server.",
  engineFailed: 'This file could not be loaded or started',
  engineFailedShipped:
    "The site's query engine (DuckDB) could not start. The figures below come from the data shipped with the site; a crosstab split by a question and your own file need the engine. Reload the page; if it persists, this file is missing on the server.",
  topLevel: '(top level)',
  moreProblems: '… and {n} more',

  // The texts of a language asked for could not be loaded (src/app/view.svelte.ts).
  languageFailed:
    'The English texts could not be loaded; the page stays in Dutch. Try again later.',

  // Notices: URL parameters that were not understood (src/lib/view/state.ts).
  noticeTitle: 'Part of the link was not understood',
  noticeLine: 'Parameter “{param}={value}” ignored; expected: {expected}.',
  'notice.codes': '{codes}',
  'notice.view': 'one of: {views}',
  'notice.withExplore': 'together with view=explore',
  'notice.question': 'a question id, e.g. {examples}',
  'notice.split': 'a dimension or coded question other than {taken}, e.g. {examples}',
  'notice.weighted': '1 (weighted) or 0 (unweighted)',
  'notice.present': 'chart or topic ids, e.g. {examples} or {topic}',
  'notice.slide': '1 to {count}',
  'notice.slideWithoutPresent': 'a slide number together with present=',

  // Selection and comparison.
  filters: 'Selection',
  filtersToggle: 'Selection and comparison',
  wave: 'Year',
  all: 'All',
  compareBy: 'Compare by',
  noComparison: 'No comparison',
  allRespondents: 'All respondents',
  selection: 'Selection',
  rest: 'The rest',
  sameHospitalType: 'Other respondents, {label}',
  benchmarkHospitalNote:
    'Benchmark and test of the selection: the respondents of {label} outside the selection.',
  withheld: 'Withheld or unknown',
  benchmark: 'Benchmark',
  benchmarkAll: 'All respondents',
  benchmarkRest: 'The rest (not in selection)',
  benchmarkHospital: 'Same hospital type',
  weighted: 'Weighted by specialty',
  weightedNote:
    'Weighted to the number of doctors in training per specialty; intervals use the effective n (Kish); n is unweighted.',
  weightedUnrepresented:
    'No respondents from {specialties}: their doctors in training are not in the weighted figures.',
  weightedUncounted:
    'No number of doctors in training for {specialties} in {wave}: the figures of {wave} are unweighted.',
  unweightedWaves:
    'No numbers of doctors in training per specialty for {waves}: those figures are unweighted.',
  topics: 'Topics',
  explore: 'Explore (crosstab)',
  respondents: 'Respondents',

  // The page shell: selection chips, skip link, empty state, glossary (src/app).
  skipToCharts: 'Skip to charts',
  removeFilter: 'remove the filter {label}',
  removeCompare: 'remove the comparison',
  comparedBy: 'by {label}',
  emptyTitle: 'Too few answers for this selection',
  emptyText:
    'No question has {min} or more answers from the selection {label}: a figure could make someone recognisable.',
  emptyRemove: 'Remove a filter to see figures again:',
  emptyWithout: 'without “{value}” ({dim}): {n} respondents',
  emptyNone: 'Without any one of these filters there are still fewer than {min} respondents.',
  emptyClear: 'Remove all filters',
  headlinesRow: 'Key figures (scroll sideways)',
  glossary: 'Glossary',
  glossaryOpen: 'What do the terms mean?',
  glossaryClose: 'Close',
  'glossary.ci': '95% CI',
  'glossary.ciText':
    '95% confidence interval: the range in which the figure for all doctors in training probably lies, given this sample. The fewer the answers, the wider it is. For a share the Wilson interval, for a mean the t-interval.',
  'glossary.n': 'n',
  'glossary.nText':
    'The number of valid answers a figure rests on, unweighted. Whoever said “don’t know”, was not asked or gave no answer is not counted.',
  'glossary.dontKnow': 'don’t know',
  'glossary.dontKnowText':
    '“Don’t know” and “not applicable” are left out of the denominator of a percentage; how many there were is stated with each figure.',
  'glossary.withheld': 'withheld',
  'glossary.withheldText':
    'So that nobody can be recognised, a characteristic (such as gender or specialty) is left blank or merged for some respondents; in a split they form the group “Withheld or unknown”. Groups with fewer than {min} answers are never shown.',
  'glossary.weighted': 'weighted',
  'glossary.weightedText':
    'Weighted figures count each specialty by its number of doctors in training rather than by its number of respondents; the intervals use the effective n (Kish). Unweighted, every respondent counts the same.',
  'glossary.median': 'median',
  'glossary.medianText':
    'The middle answer: half answered less, half more. Less sensitive to a few outliers than the mean.',
  'glossary.significant': 'significant after Benjamini–Hochberg',
  'glossary.significantText':
    'A difference from the rest that is probably not chance: p < 0.05 after correcting for all groups of one chart together (Benjamini–Hochberg), so that among many groups a few do not look different by chance alone.',

  // Charts and their tables.
  n: 'n = {n}',
  tooFew: 'fewer than {min} answers',
  ci95: '95% CI',
  median: 'median',
  hoursPerWeek: 'hours per week',
  ratingUnit: 'mark (1–10)',
  percentOfValid: '% of valid answers',
  percentOfAnswered: '% of those who answered',
  excluded: '{n} don’t know / n/a not counted',
  missing: '{n} without an answer',
  askedOf: 'Asked of {who}.',
  source: 'Source: DJS survey {wave}',
  sourceDemo: 'synthetic demo data',
  sourceOwn: 'Source: your data ({file})',
  known: '{label} known for {percent}',
  coverageNote:
    'A blank value (not given, or withheld so that nobody can be recognised) falls outside a filter on that characteristic; in a split it is the group “Withheld or unknown”.',
  suppressionNote: 'Groups with fewer than {min} answers are not shown.',
  multiNote: 'More than one answer possible: percentages can add up to more than 100%.',
  legendFlags:
    '▲ higher / ▼ lower: difference from the rest after Benjamini–Hochberg correction (p < 0.05): teal where that is better, orange where it is worse (purple: no better or worse). No mark: no clear difference. The difference with its 95% CI is in the table and on hover.',
  higher: 'higher',
  lower: 'lower',
  legendMarks: 'difference from the rest (p < 0.05 after Benjamini–Hochberg)',
  legendNone: 'no mark: no clear difference',
  tooFewGroups: 'Fewer than {min} answers, not shown: {groups}.',
  axisNotZero: 'the axis does not start at 0',
  orderLabel: 'Order of the groups',
  orderValue: 'by value',
  orderAlpha: 'alphabetical',
  chartHours: 'Mean hours per week',
  chartOvertimeGroups: 'Overtime per week',
  trendTitle: 'Over the years',

  // Questionnaires change between waves (src/lib/codebook/asked.ts).
  notAskedIn: 'Not asked in {waves}.',
  askedDifferently: 'Asked differently in {wave}: {note}',
  notAskedItems: 'Not asked in {wave}: {items}.',
  dataTable: 'Table',
  group: 'Group',
  estimate: 'Estimate',
  tooFewToCompare: 'too few to compare',
  points: 'points',
  notSignificant: 'no clear difference',
  betterThanRest: 'better than the rest',
  worseThanRest: 'worse than the rest',
  differentFromRest: 'different from the rest',
  versusRest: 'Difference from the rest',

  // A difference with its 95% interval (Newcombe for shares, Welch for means): src/app/comparison.ts.
  differenceInterval: '{diff} (95% CI {lo} to {hi})',
  summaryMean: 'mean',
  summaryMost: 'most given answer',
  summaryMostChosen: 'most chosen',
  summaryHighLow: '{what}: highest {high}, lowest {low}.',
  summaryVersus: '{what}: {selection}, against {benchmark}.',

  // Presenting, sharing and exports.
  downloads: 'Download',
  downloadAs: 'Download “{title}” as {format}',
  pickSlide: 'On a slide',
  share: 'Present and share',
  presentTopic: 'Present this topic',
  presentPicked: 'Present chosen charts ({n})',
  clearPicked: 'Clear choice',
  copyLink: 'Copy link',
  linkCopied: 'Link copied: whoever opens it sees exactly this view.',
  linkCopyFailed: 'Copying failed; copy the link below.',
  link: 'Link to this view',
  closePresentation: 'Back to the dashboard (Esc)',
  downloadDeck: 'Download as PowerPoint',
  makingDeck: 'Making the PowerPoint…',
  footerSelection: 'Selection: {label} ({n})',
  footerBenchmark: 'Benchmark: {label}',
  footerCompare: 'Split by: {label}',

  // The report of one specialty (`?view=report&specialty=…`): src/app/report, src/lib/report.
  'report.open': 'Report of this specialty',
  'report.openAny': 'Report per specialty',

  // Printed pages: the selection and source at the top and the page number at the foot of each.
  'print.page': 'page',
  'print.button': 'Print',

  // Column headings of an exported table (src/lib/export/csv.ts).
  'csv.median': 'Median',
  'csv.lo': '95% CI lower',
  'csv.hi': '95% CI upper',
  'csv.diffLo': 'Difference 95% CI lower',
  'csv.diffHi': 'Difference 95% CI upper',
  'csv.significant': 'Significant (Benjamini–Hochberg, p < 0.05)',
  'csv.note': 'Note',
  yes: 'yes',
  no: 'no',

  // Figures DJS published for earlier waves (the codebook's "published"; src/lib/figures/published.ts).
  'published.mark': 'published',
  'published.row': '{year}, published (all respondents)',
  'published.legend':
    'Open circles: figures DJS published for all respondents; filters do not change them.',
  'published.definition': 'Published {year}: {definition}.',
  'published.offTrend':
    'Published {year}, not on the line (counts {answers}, not {headline}): {text}',
  'published.source': 'Source: {source}',
  'published.sources': 'Sources of the published figures: {sources}.',
  'published.table': 'Published figures of earlier years',
  'published.year': 'Year',
  'published.figure': 'Figure',
  'published.text': 'As published',
  'published.sourceColumn': 'Source',
  'published.respondents': 'Respondents',

  // The scorecard (src/app/scorecard, src/lib/figures/scorecard.ts).
  scorecard: 'Scorecard',

  // Your own data: the button and banner, the panel, the release report.
  'upload.open': 'Load your own data',
  'upload.banner':
    'You are looking at your data: {file} ({rows, plural, one {# row} other {# rows}}{left}). The file was only loaded in this browser and sent nowhere.',
  'upload.bannerLeft': ', {n, plural, one {# row with errors} other {# rows with errors}} left out',
  'upload.backToSurvey': 'Back to the survey data',
  'upload.title': 'Your own data',

  // Problems in a data file (src/lib/data) or an uploaded file (src/lib/upload): where, what was
  // found, what was expected. The CLI writes them in English.
  'issue.cannotLoad': '{file} cannot be loaded ({n, plural, one {# problem} other {# problems}}):',
  'issue.line': 'line {line}',
  'issue.column': 'column "{column}"',
  'issue.foundExpected': 'found "{value}", expected {expected}',
  'issue.expected': 'expected {expected}',
  'issue.served': 'the file to be served (HTTP {status})',
  'issue.inCodebook': 'the file named in the codebook to exist',
  'issue.json': 'valid JSON ({detail})',
  'issue.jsonObject': 'a JSON object',
  'issue.nonEmptyCsv': 'a non-empty CSV file',
  'issue.headerColumns': 'a header row naming the codebook columns',
  'issue.columnOnce': 'each column name only once',
  'issue.codebookColumn': 'a column "{column}" (defined in the codebook)',
  'issue.waveColumn': 'a column "{column}" (asked in {wave}, as the codebook says)',
  'issue.renamedColumn':
    'a column "{column}" (the name of "{item}" in {wave}, as its "history" in the codebook says)',
  'issue.notAskedColumn':
    'no column of "{item}": the codebook says that question was not asked in {wave}',
  'issue.commaSeparated': 'comma-separated values',
  'issue.respondentRow': 'at least one respondent row',
  'issue.codes': 'one of the codes {codes}',
  'issue.wholeNumber': 'a whole number from {min} to {max}',
  'issue.number': 'a number from {min} to {max}',
  'issue.chosen': '0 (not chosen), 1 (chosen) or empty (not asked)',
  'issue.exists': 'the file to exist',
  'issue.commaFields':
    '{n, plural, one {# comma-separated field} other {# comma-separated fields}} ({detail})',
  'issue.trueFalse': 'true or false',
  'issue.value': '{value}',
  'issue.noteTexts': 'an object with "nl" and "en" texts',
  'issue.countsPerWave': 'an object with trainee counts per wave',
  'issue.countsPerSpecialty': 'trainee counts per specialty for wave {wave}',
  'issue.specialtyCode': 'a specialty code from the codebook',
  'issue.traineeCount': 'a whole number of trainees',
  'issue.codebookWave': 'a wave of the codebook',
  'issue.populationMissing':
    'a population count for {strata}: add it to data/population.json (under the same name as in the data, merged groups included) or show unweighted figures only',
  'issue.weights': 'trainee counts that weights can be made of ({detail})',
} as const satisfies Record<keyof typeof NL, string>;
