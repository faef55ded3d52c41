import type { NL_MORE } from './messages.more.nl';

/**
 * The English of messages.more.nl.ts, key for key in its order: a chunk of its own, loaded by
 * `loadMore()` and `loadLanguage('en')` (translate.ts) once both the parts loaded on demand and
 * English are wanted.
 */
export const EN_MORE = {
  // The slides (src/app/present/Presentation.svelte).
  engineNeeded:
    "This table needs the site's query engine (DuckDB), which could not start: see the message at the top.",
  presentation: 'Presentation',
  slideOf: 'Slide {n} of {total}',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  presentKeys: 'Arrows, PageUp/PageDown or Space: change slide. Esc: back.',
  deckName: 'presentation',

  // Slides (src/app/present): the takeaway title and footer, made from the figures and their test
  // (src/lib/report/takeaway.ts). "hoger/lager" only where the test supports it.
  'slide.table': 'Table',
  'slide.test': 'difference from {against}: {difference}, {p}',
  'slide.testRest': 'the rest',
  'takeaway.share': '{who}: {value} {statement}',
  'takeaway.answer': '{who}: {value} {answer} ({label})',
  'takeaway.mean': '{who}: {label} {value} on average',
  'takeaway.most': '{who}: {label}, most often {answer} ({value})',
  'takeaway.hidden': '{who}: {label} — fewer than {min} answers',
  'takeaway.versus': '{sentence} — {benchmark} {value}',
  'takeaway.similar': '{sentence} — similar to {benchmark} ({value})',
  'takeaway.untested': '{sentence} — {benchmark} {value} (too few to compare)',
  'takeaway.groups': '{sentence}; {groups}',
  'takeaway.higherIn': 'higher in {groups}',
  'takeaway.lowerIn': 'lower in {groups}',
  'takeaway.sameIn': 'no clear difference by {dimension}',

  // The report of one specialty (`?view=report&specialty=…`): src/app/report, src/lib/report.
  'report.title': '{specialty} — DJS survey {wave}',
  'report.subtitle': 'Report of one specialty, compared with the other respondents',
  'report.choose': 'Specialty',
  'report.chooseHelp': 'Choose a specialty to see its report.',
  'report.print': 'Print or save as PDF',
  'report.back': 'Back to the dashboard',
  'report.contents': 'Contents',
  'report.method': 'How this report was made',
  'report.respondents':
    '{n} of the {total} respondents of the {wave} survey work in {specialty}; this report sets them against the other {rest}.',
  'report.cannotShow':
    '{specialty} has fewer than {min} respondents in {wave}. This report therefore cannot be shown: figures from fewer than {min} answers are never shown.',
  'report.methodShares':
    'Percentages are of the valid answers (“don’t know” and “not applicable” not counted) of those who were asked, with their 95% confidence interval (Wilson); means with their t-interval. More than one answer possible: % of those who answered the question.',
  'report.methodTest':
    '{specialty} is compared with the other respondents (never with a total that contains it): a z-test, or Fisher’s exact test for small counts, for percentages and Welch’s test for means, with the Benjamini–Hochberg correction as on the dashboard. “Higher than” or “lower than” is written only where that p is below 0.05; otherwise “similar to”. Every difference is given with its 95% interval.',
  'report.methodOrder':
    'The topics follow the article of the junior boards of the NVvR and NVNG (2025) on the 2024 DJS survey: who took part, pride, overtime, work-life balance, burnout, doubts, shifts, breaks, culture and safety, support.',
  'report.higher': 'higher than',
  'report.lower': 'lower than',
  'report.similar': 'similar to',
  'report.rest': 'the other respondents',
  'report.of': 'of {who}',
  'report.interval': '95% CI {interval}',
  'report.median': 'median {value}',
  'report.share': '{who}: {value} {of}{statement} ({interval}, {n})',
  'report.answer': '{who}: {label}, {answer}: {value} {of}({interval}, {n})',
  'report.mean': '{who}: {label} {value} on average ({details})',
  'report.versus': '{sentence}, {verdict} {rest} ({value}, {n}; difference {difference}; {p}).',
  'report.untested': '{sentence}; too few answers to compare with {rest}.',
  'report.all': 'All respondents: {value}.',
  'report.options': '{who}: {label} {of}— chosen most: {options} ({n}).',
  'report.option': '{label} {value} ({interval})',
  'report.distribution': '{label}: {parts} ({n}).',
  'report.hidden': '{who}: {label} — fewer than {min} answers, so not shown.',
  'report.notAsked': 'Not asked in {wave}: {items}.',
  'report.pBelow': 'p < 0.001',
  'report.p': 'p = {p}',

  // The PowerPoint deck: title slide, speaker notes, the method slide (src/lib/export/deck.ts).
  'deck.chosen': 'Chosen charts',
  'deck.report': 'report',
  'deck.survey': 'DJS survey {wave}',
  'deck.wave': 'Survey year: {wave}',
  'deck.made': 'Made on {date}',
  'deck.question': 'Question: “{question}”',
  'deck.spread': 'distribution',
  'deck.shows': 'Figures: {unit}; 95% CI is the 95% confidence interval.',
  'deck.link': 'Link to this view: {url}',
  'deck.testZ': 'two-proportion z-test',
  'deck.testFisher': 'Fisher’s exact test',
  'deck.testWelch': 'Welch’s t-test',
  'deck.test': '{test}, p = {p}, Benjamini–Hochberg adjusted p = {adjusted}',
  'deck.significant': 'clear difference (adjusted p < 0.05)',
  'deck.methodTitle': 'Method and privacy',
  'deck.methodValid':
    'Percentages are of the valid answers: “don’t know”, not applicable and no answer are left out. n is the number of valid answers, unweighted.',
  'deck.methodIntervals':
    'Uncertainty: 95% confidence intervals, Wilson’s for percentages and from the t distribution for means.',
  'deck.methodTests':
    'Comparison: a group against the rest, never against a total that contains it; z-test or Fisher’s exact test for percentages, Welch’s t-test for means. The p-values of one chart are adjusted by Benjamini–Hochberg; a difference is called clear where the adjusted p < 0.05.',
  'deck.privacy':
    'Privacy: no figure from fewer than {min} answers, no minimum, maximum or single answer. The released file is k-anonymous: every combination of characteristics (specialty, hospital type, gender, role, training year, full-time) is shared by at least {k} respondents.',
  'deck.notesHint':
    'The notes of every slide give the question, every figure with n and interval, the test and the link to the view.',

  // The explorer (src/app/explore).
  scrollTable: 'Table (scrolls sideways)',
  'explore.title': 'Explore: crosstab',
  'explore.intro':
    'Pick a question and one or two splits (a characteristic or another question). The selection above applies here too.',
  'explore.question': 'Question',
  'explore.by': 'Split by',
  'explore.by2': 'And within that by',
  'explore.none': '(none)',
  'explore.dimensions': 'Characteristics',
  'explore.questions': 'Questions',
  'explore.percentages': 'Percentages',
  'explore.rowPercent': 'Row percentages',
  'explore.columnPercent': 'Column percentages',
  'explore.rowHelp':
    'Row percentage: of the valid answers in the row, the share giving this answer.',
  'explore.columnHelp':
    'Column percentage: of everyone giving this answer, the share in this row (unweighted).',
  'explore.total': 'Total (selection): {label}',
  'explore.noAnswer': 'No answer',
  'explore.mean': 'Mean',
  'explore.table': 'Crosstab',
  'explore.suppression': 'Rows with fewer than {min} answers are not shown.',

  // The scorecard (src/app/scorecard, src/lib/figures/scorecard.ts).
  'scorecard.title': 'Scorecard by {by}',
  'scorecard.question': 'The headline indicators of every topic, by {by}',
  'scorecard.intro':
    'Each group compared with the rest of {within}: the same figures as on the topic pages under “Compare by {by}”. A column heading sorts; a row or cell opens that group’s charts.',
  'scorecard.rows': 'Rows',
  'scorecard.indicator': 'Indicator',
  'scorecard.legend':
    'Difference from the rest after Benjamini–Hochberg correction per column (p < 0.05):',
  'scorecard.noMark': 'no mark: no clear difference',
  'scorecard.selected': 'your selection',
  'scorecard.region': 'Scorecard: scroll sideways for every indicator',
  'scorecard.open': '{topic} for {group}',
  'scorecard.ranked': '{label}, ranked from high to low, with 95% CI',
  'scorecard.reference': 'line: {label} ({value})',

  // Your own data: the panel and the release report (src/app/upload); the button and banner are
  // in the first view (messages.nl.ts).
  'upload.intro':
    'Drop a CSV export of your survey here or choose a file. It is read only in this browser and never sent anywhere. It is first released as the survey data are: every combination of characteristics is shared by at least {k} respondents. Every topic and the crosstab then work on the released data, with the same rules: nothing from fewer than {min} answers.',
  'upload.choose': 'Choose a CSV or Excel (.xlsx) file',
  'upload.drop': 'or drop it here',
  'upload.reading': 'Reading the file…',
  'upload.checking': 'Checking…',
  'upload.releasing': 'Releasing (anonymising)…',
  'upload.loadingDb': 'Loading into the database…',
  'upload.waitingDb': 'Waiting for the database… Your file is loaded as soon as it is ready.',
  'upload.tooBig':
    '{file} is {size} MB; the upload reads files up to {limit} MB. Export only the survey’s columns, or use “{command}” on the computer.',
  'upload.readFailed': '{file} ({size} MB) could not be read: {reason}',
  'upload.noText': 'the browser got no text out of it (too big to read at once?)',
  'upload.checkFailed': '{file} could not be checked: {reason}',
  'upload.readAs': '{file}: read as {encoding}, delimiter “{delimiter}”.',
  'upload.tab': 'tab',
  'upload.mapping': 'Match the columns',
  'upload.mappingHelp':
    'For each column of your file: which codebook question is it? Recognised columns are filled in; your choice is remembered for this session.',
  'upload.fileColumn': 'Column in your file',
  'upload.codebookColumn': 'Codebook',
  'upload.ignore': '(ignore)',
  'upload.multiColumn': '{label}: all choices in one column',
  'upload.check': 'Check and load',
  'upload.ignored': 'Ignored columns: {list}',
  'upload.absent': 'Not in your file (left empty): {list}',
  'upload.decimalCommas':
    '{n, plural, one {# number with a decimal comma read as a decimal} other {# numbers with a decimal comma read as decimals}}.',
  'upload.fatalTitle': 'This file cannot be loaded',
  'upload.issuesTitle':
    '{n, plural, one {# problem} other {# problems}} in {rows} of {total, plural, one {# row} other {# rows}}',
  'upload.loadValid':
    'Load only the {valid, plural, one {# valid row} other {# valid rows}} (leave out {left})',
  'upload.kind': 'Kind',
  'upload.kind-field-count': 'wrong number of fields',
  'upload.kind-unclosed-quote': 'quote not closed',
  'upload.kind-unknown-code': 'unknown answer',
  'upload.kind-not-a-number': 'not a number',
  'upload.kind-out-of-range': 'out of range',
  'upload.kind-empty-file': 'empty file',
  'upload.kind-not-csv': 'not a CSV or .xlsx',
  'upload.kind-duplicate-header': 'duplicate column',
  'upload.kind-missing-dimension': 'missing dimension',
  'upload.kind-no-rows': 'no rows',
  'upload.kind-missing-option': 'option missing',
  'upload.kind-ambiguous-number': 'ambiguous number',
  'upload.identifying': 'Dropped as identifying (never loaded): {list}',
  'upload.layout':
    'Recognised as an export of {tool} ({n, plural, one {# header row} other {# header rows}})',
  'upload.tool-surveymonkey': 'SurveyMonkey',
  'upload.tool-qualtrics': 'Qualtrics',
  'upload.tool-limesurvey': 'LimeSurvey (codes)',
  'upload.tool-limesurvey-text': 'LimeSurvey (full texts)',
  'upload.tool-google-forms': 'Google Forms',
  'upload.identifyingRow': 'not loaded: identifies a person',
  'upload.unreadNotice':
    '{n, plural, one {# column has} other {# columns have}} answers that are no code or label of the codebook: {list}.',
  'upload.matchAnswers': 'Match the answers',
  'upload.answers': 'Answers in this column that are not in the codebook',
  'upload.answersHelp':
    'For each answer, choose what it means in the codebook. A survey tool numbers its answers itself: a number is never guessed by position.',
  'upload.answerTimes': '{n, plural, one {# time} other {# times}}',
  'upload.answerFor': 'Meaning of "{value}" in column "{column}"',
  'upload.answerUnmatched': '(not matched)',
  'upload.answerChosen': 'chosen',
  'upload.answerNotChosen': 'not chosen',
  'upload.answersCapped':
    'Only the first {n} different answers are listed; the rest appear after the next check.',
  'upload.mappingFileHelp':
    'The matching of columns and answers holds for every export of the same questionnaire. Download it as a mapping file (JSON) and load that with a later export.',
  'upload.downloadMapping': 'Download the mapping',
  'upload.loadMapping': 'Load a mapping file',
  'upload.mappingApplied':
    '{file}: mapping applied to {n, plural, one {# column} other {# columns}}.',
  'upload.mappingRefused': '{file} is not a usable mapping file:',
  'upload.mappingMismatch':
    '{n, plural, one {# point} other {# points}} where the mapping file does not fit this export:',
  'upload.line': 'Line',
  'upload.column': 'Column',
  'upload.found': 'Found',
  'upload.expected': 'Expected',
  'upload.reportTitle': 'How your file was released',
  'upload.reportIntro':
    'Before any chart, table or export of {file} was made, it was released in this browser with the same rules as the survey data: every combination of {qis} (a blank counting as a value of its own) is shared by at least {k} respondents, with at least {l} different answers to every sensitive question. Topics, crosstab and exports show only these released rows; the rows of the file itself are shown nowhere.',
  'upload.reportRows':
    '{rows, plural, one {# respondent} other {# respondents}} released. Smallest group sharing the same characteristics: {smallest, plural, one {# respondent} other {# respondents}} (at least {k}).',
  'upload.keptTitle': 'What is left of each characteristic',
  'upload.keptCaption':
    'Share of the respondents per characteristic. Coarser: merged into a cluster or a wider band.',
  'upload.characteristic': 'Characteristic',
  'upload.keptOwn': 'Own value',
  'upload.keptCoarser': 'Coarser',
  'upload.mergesTitle': 'Merged',
  'upload.mergedInto': '{from}: merged into {to}',
  'upload.mergedWithheld': '{from}: merged into “Withheld or unknown”',
  'upload.noMerges': 'Nothing merged.',
  'upload.maskedTitle': 'Emptied',
  'upload.masked':
    '{items} in {value}: everyone gave the same answer, so these answers were left out.',
  'upload.topCodedTitle': 'Capped',
  'upload.topCoded': '{item}: answers above {top} were set to {top}.',
  'upload.refusedTitle': 'Your data cannot be shown safely',
  'upload.refusedTooFew':
    'The file has {rows, plural, one {# usable row} other {# usable rows}}. So that no one can be recognised, every combination of characteristics must be shared by at least {k} respondents; with fewer than {k} rows that cannot be done.',
  'upload.refusedOneAnswer':
    'Everyone who answered {items} gave the same answer. Any group would then give away everyone’s answer: there must be at least {l} different answers.',
  'upload.refusedNotReached':
    'Even after merging specialties and withholding characteristics, groups of fewer than {k} respondents remain, or groups in which everyone gave the same answer (fewer than {l} different answers).',
  'upload.refusedSmallest':
    'Smallest group: {smallest, plural, one {# respondent} other {# respondents}}.',
  'upload.refusedNothing': 'So nothing was loaded: no chart, table or export of this file is made.',
  'upload.note': 'Your own data',

  // Problems of an uploaded file (src/lib/upload) alone: where, what was found, what was expected.
  // Those a data file can have too are in messages.nl.ts. The CLI writes them in English.
  'issue.csvWithHeader': 'a CSV file with a header row',
  'issue.csvInstead': 'a CSV text file, not {found} (save the spreadsheet "as CSV")',
  'issue.zip': 'a ZIP archive or .xlsx workbook',
  'issue.xls': 'an old Excel (.xls) workbook',
  'issue.pdf': 'a PDF document',
  'issue.binary': 'a binary file',
  'issue.spreadsheetInstead':
    'a CSV file or an .xlsx workbook, not {found} (save the spreadsheet as .xlsx or CSV)',
  'issue.xlsxDamaged': 'a ZIP archive or .xlsx workbook that cannot be opened ({detail})',
  'issue.zipNoWorkbook': 'a ZIP archive that holds no Excel workbook',
  'issue.xlsxPassword': 'a password-protected workbook (remove the password first)',
  'upload.sheetRead':
    'sheet “{sheet}” ({index} of {count}); line N in the messages is row N of the sheet',
  'issue.headerRow': 'a header row',
  'issue.headerSeparated': "a header row naming the codebook's columns, separated by ; or ,",
  'issue.fields':
    '{n, plural, one {# field} other {# fields}} separated by "{delimiter}" (this line has {found})',
  'issue.quoteSwallows':
    'a closing " for the quote opened on line {line} (or no quote at all): as it is, lines {line} to {last} ({rows, plural, one {# row} other {# rows}} of respondents) are read as one field, so nothing is loaded',
  'issue.codesOrLabels': 'one of the codes {codes} (or their labels)',
  'issue.chosenWords': '0 (not chosen), 1 (chosen) or empty (not asked); ja/nee and yes/no too',
  'issue.options': 'option codes or labels of {item} ({codes}), separated by ; or ,',
  'issue.oneColumn': 'one column for "{item}" (also given by "{other}")',
  'issue.columnOrOptions': 'either one column for "{item}" or one 0/1 column per option, not both',
  'issue.dimension':
    'a column for the dimension "{label}" ({item}); map one of the file\'s columns to it',
  'issue.missingOptions':
    'a column for every option of "{label}" ({item}): {options} {n, plural, one {has none} other {have none}}. Map {n, plural, one {that option} other {those options}} to a column of the file, or ignore the whole question (else nobody would seem to have chosen {n, plural, one {that option} other {those options}})',
  'issue.orAnswers':
    '{expected}; or, if "{value}" is a code of the survey tool itself: say in the mapping file, under "answers" of column "{column}", which codebook code "{value}" stands for',
  'issue.toolCode':
    'the codebook code that "{value}" stands for, in the mapping file under "answers" of column "{column}": a survey tool numbers its answers itself, so its numbers are not read as the codebook\'s codes ({codes}); guessing by position is not safe',
  'issue.thousands':
    '{whole} or {decimal}, without a thousands separator: with three digits after the point or comma it could be either ({range})',
  'issue.noThousands': '{whole}, without thousands separators ({range})',
  'issue.mappingFormat': 'a mapping file of the dashboard ({format})',
  'issue.mappingColumns':
    'a list {columns} with one entry per column of the export, each with {fields}',
  'issue.jsonText': 'a text',
  'issue.headerRows': 'a whole number of header rows, at least one',
  'issue.answersObject':
    "the column's own answers, each with the codebook code it stands for (as text)",
  'issue.knownField': 'one of the fields {fields}',
  'issue.headerOnce': 'each column only once in the mapping file (also at {other})',
  'issue.mappingTarget':
    'a column of the codebook, {multi} for a multi-select question in one column, or {ignore}',
  'issue.mappingMissing':
    'the column "{column}" in the export: the mapping file maps it to {target}. Export it too, or set its target to {ignore}',
  'issue.mappingUnmapped':
    'this column in the mapping file (a codebook column, {multi} or {ignore}): it is ignored now',
  'issue.mappingHeaderRows':
    '{n, plural, one {# header row} other {# header rows}}, as this export ({tool}) has: the mapping file was made for another layout',
  'issue.identifyingIgnored':
    '{ignore}: column "{column}" identifies a respondent and is never loaded',
} as const satisfies Record<keyof typeof NL_MORE, string>;
