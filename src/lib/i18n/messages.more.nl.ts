/**
 * The Dutch of the parts loaded on demand: the upload panel (and the upload's problems), the
 * explorer, the scorecard, the report, the slides and the PowerPoint deck. The rest of the
 * catalogue of messages.nl.ts, written the same way (see there), kept out of the first view's
 * JavaScript: a chunk of its own, loaded by `loadMore()` (translate.ts), which each of those parts
 * awaits before it writes a word. A text the first view uses belongs in messages.nl.ts
 * (tests/unit/i18n.test.ts). The English is in messages.more.en.ts.
 */
export const NL_MORE = {
  // The slides (src/app/present/Presentation.svelte).
  engineNeeded:
    'Deze tabel heeft het rekenprogramma van de site (DuckDB) nodig, en dat kon niet starten: zie de melding bovenaan.',
  presentation: 'Presentatie',
  slideOf: 'Dia {n} van {total}',
  previousSlide: 'Vorige dia',
  nextSlide: 'Volgende dia',
  presentKeys: 'Pijltjes, PageUp/PageDown of spatie: andere dia. Esc: terug.',
  deckName: 'presentatie',

  // Slides (src/app/present): the takeaway title and footer, made from the figures and their test
  // (src/lib/report/takeaway.ts). "hoger/lager" only where the test supports it.
  'slide.table': 'Tabel',
  'slide.test': 'verschil met {against}: {difference}, {p}',
  'slide.testRest': 'de rest',
  'takeaway.share': '{who}: {value} {statement}',
  'takeaway.answer': '{who}: {value} {answer} ({label})',
  'takeaway.mean': '{who}: {label} gemiddeld {value}',
  'takeaway.most': '{who}: {label}, het vaakst {answer} ({value})',
  'takeaway.hidden': '{who}: {label} — minder dan {min} antwoorden',
  'takeaway.versus': '{sentence} — {benchmark} {value}',
  'takeaway.similar': '{sentence} — vergelijkbaar met {benchmark} ({value})',
  'takeaway.untested': '{sentence} — {benchmark} {value} (te weinig om te vergelijken)',
  'takeaway.groups': '{sentence}; {groups}',
  'takeaway.higherIn': 'hoger bij {groups}',
  'takeaway.lowerIn': 'lager bij {groups}',
  'takeaway.sameIn': 'geen aantoonbaar verschil per {dimension}',

  // The report of one specialty (`?view=report&specialty=…`): src/app/report, src/lib/report.
  'report.title': '{specialty} — DJS enquête {wave}',
  'report.subtitle': 'Rapport van één specialisme, vergeleken met de overige respondenten',
  'report.choose': 'Specialisme',
  'report.chooseHelp': 'Kies een specialisme om zijn rapport te zien.',
  'report.print': 'Afdrukken of bewaren als pdf',
  'report.back': 'Terug naar het dashboard',
  'report.contents': 'Inhoud',
  'report.method': 'Zo is dit rapport gemaakt',
  'report.respondents':
    '{n} van de {total} respondenten van de enquête van {wave} werken in {specialty}; dit rapport zet hen af tegen de overige {rest}.',
  'report.cannotShow':
    '{specialty} heeft in {wave} minder dan {min} respondenten. Dit rapport kan daarom niet worden getoond: cijfers van minder dan {min} antwoorden worden nooit getoond.',
  'report.methodShares':
    'Percentages zijn van de geldige antwoorden (“weet niet” en “niet van toepassing” tellen niet mee) van wie de vraag kreeg, met hun 95%-betrouwbaarheidsinterval (Wilson); gemiddelden met hun interval volgens de t-verdeling. Meerdere antwoorden mogelijk: % van wie de vraag beantwoordde.',
  'report.methodTest':
    '{specialty} wordt vergeleken met de overige respondenten (niet met een totaal waar het zelf in zit): z-toets, of Fisher bij kleine aantallen, voor percentages en Welch voor gemiddelden, met Benjamini–Hochberg-correctie zoals op het dashboard. “Hoger dan” of “lager dan” staat er alleen waar die p kleiner is dan 0,05; anders “vergelijkbaar met”. Een verschil staat er steeds met zijn 95%-interval.',
  'report.methodOrder':
    'De onderwerpen volgen het artikel van de juniorbesturen van de NVvR en NVNG (2025) over de DJS-enquête 2024: wie deden mee, trots, overwerk, werk-privébalans, burn-out, twijfel, diensten, pauzes, cultuur en veiligheid, begeleiding.',
  'report.higher': 'hoger dan',
  'report.lower': 'lager dan',
  'report.similar': 'vergelijkbaar met',
  'report.rest': 'de overige respondenten',
  'report.of': 'van {who}',
  'report.interval': '95%-BI {interval}',
  'report.median': 'mediaan {value}',
  'report.share': '{who}: {value} {of}{statement} ({interval}, {n})',
  'report.answer': '{who}: {label}, {answer}: {value} {of}({interval}, {n})',
  'report.mean': '{who}: {label} gemiddeld {value} ({details})',
  'report.versus': '{sentence}, {verdict} {rest} ({value}, {n}; verschil {difference}; {p}).',
  'report.untested': '{sentence}; te weinig antwoorden om te vergelijken met {rest}.',
  'report.all': 'Alle respondenten: {value}.',
  'report.options': '{who}: {label} {of}— het vaakst gekozen: {options} ({n}).',
  'report.option': '{label} {value} ({interval})',
  'report.distribution': '{label}: {parts} ({n}).',
  'report.hidden': '{who}: {label} — minder dan {min} antwoorden, dus niet getoond.',
  'report.notAsked': 'Niet gevraagd in {wave}: {items}.',
  'report.pBelow': 'p < 0,001',
  'report.p': 'p = {p}',

  // The PowerPoint deck: title slide, speaker notes, the method slide (src/lib/export/deck.ts).
  'deck.chosen': 'Gekozen grafieken',
  'deck.report': 'rapport',
  'deck.survey': 'DJS enquête {wave}',
  'deck.wave': 'Enquêtejaar: {wave}',
  'deck.made': 'Gemaakt op {date}',
  'deck.question': 'Vraag: “{question}”',
  'deck.spread': 'verdeling',
  'deck.shows': 'Cijfers: {unit}; 95%-BI is het 95%-betrouwbaarheidsinterval.',
  'deck.link': 'Link naar dit beeld: {url}',
  'deck.testZ': 'z-toets voor twee proporties',
  'deck.testFisher': 'exacte toets van Fisher',
  'deck.testWelch': 't-toets van Welch',
  'deck.test': '{test}, p = {p}, na Benjamini–Hochberg-correctie p = {adjusted}',
  'deck.significant': 'aantoonbaar verschil (gecorrigeerde p < 0,05)',
  'deck.methodTitle': 'Methode en privacy',
  'deck.methodValid':
    'Percentages zijn van de geldige antwoorden: “weet niet”, niet van toepassing en geen antwoord tellen niet mee. n is het aantal geldige antwoorden, ongewogen.',
  'deck.methodIntervals':
    'Onzekerheid: 95%-betrouwbaarheidsintervallen, volgens Wilson voor percentages en de t-verdeling voor gemiddelden.',
  'deck.methodTests':
    'Vergelijking: een groep tegenover de rest, nooit tegenover een totaal waar hij zelf in zit; z-toets of exacte toets van Fisher voor percentages, t-toets van Welch voor gemiddelden. De p-waarden van één grafiek zijn gecorrigeerd met Benjamini–Hochberg; een verschil heet aantoonbaar bij een gecorrigeerde p < 0,05.',
  'deck.privacy':
    'Privacy: geen cijfer uit minder dan {min} antwoorden, geen kleinste of grootste waarde en geen los antwoord. Het gepubliceerde bestand voldoet aan k-anonimiteit: elke combinatie van kenmerken (specialisme, type ziekenhuis, gender, rol, opleidingsjaar, fulltime) komt bij minstens {k} respondenten voor.',
  'deck.notesHint':
    'De notities bij elke dia geven de vraag, alle cijfers met n en interval, de toets en de link naar het beeld.',

  // The explorer (src/app/explore).
  scrollTable: 'Tabel (schuift zijwaarts)',
  'explore.title': 'Verkennen: kruistabel',
  'explore.intro':
    'Kies een vraag en een of twee indelingen (een kenmerk of een andere vraag). De selectie hierboven geldt ook hier.',
  'explore.question': 'Vraag',
  'explore.by': 'Uitgesplitst naar',
  'explore.by2': 'En daarbinnen naar',
  'explore.none': '(geen)',
  'explore.dimensions': 'Kenmerken',
  'explore.questions': 'Vragen',
  'explore.percentages': 'Percentages',
  'explore.rowPercent': 'Rijpercentages',
  'explore.columnPercent': 'Kolompercentages',
  'explore.rowHelp':
    'Rijpercentage: van de geldige antwoorden in de rij, het deel met dit antwoord.',
  'explore.columnHelp':
    'Kolompercentage: van iedereen met dit antwoord, het deel dat in deze rij valt (ongewogen).',
  'explore.total': 'Totaal (selectie): {label}',
  'explore.noAnswer': 'Geen antwoord',
  'explore.mean': 'Gemiddelde',
  'explore.table': 'Kruistabel',
  'explore.suppression': 'Rijen met minder dan {min} antwoorden worden niet getoond.',

  // The scorecard (src/app/scorecard, src/lib/figures/scorecard.ts).
  'scorecard.title': 'Scorekaart per {by}',
  'scorecard.question': 'De kernindicatoren van alle onderwerpen, per {by}',
  'scorecard.intro':
    'Elke groep vergeleken met de rest van {within}: dezelfde cijfers als op de onderwerppagina’s bij “Vergelijk per {by}”. Een kolomkop sorteert; een rij of cel opent de grafieken van die groep.',
  'scorecard.rows': 'Rijen',
  'scorecard.indicator': 'Indicator',
  'scorecard.legend': 'Verschil met de rest na Benjamini–Hochberg-correctie per kolom (p < 0,05):',
  'scorecard.noMark': 'zonder teken: geen aantoonbaar verschil',
  'scorecard.selected': 'uw selectie',
  'scorecard.region': 'Scorekaart: scroll opzij voor alle indicatoren',
  'scorecard.open': '{topic} voor {group}',
  'scorecard.ranked': '{label}, gerangschikt van hoog naar laag, met 95%-BI',
  'scorecard.reference': 'lijn: {label} ({value})',

  // Your own data: the panel and the release report (src/app/upload); the button and banner are
  // in the first view (messages.nl.ts).
  'upload.intro':
    'Sleep een CSV-export van uw enquête hierheen of kies een bestand. Het bestand wordt alleen in deze browser gelezen en nooit verstuurd. Eerst wordt het vrijgegeven zoals de enquêtedata: elke combinatie van kenmerken komt bij minstens {k} respondenten voor. Daarna werken alle onderwerpen en de kruistabel op de vrijgegeven data, met dezelfde regels: niets van minder dan {min} antwoorden.',
  'upload.choose': 'Kies een CSV- of Excel-bestand (.xlsx)',
  'upload.drop': 'of sleep het hierheen',
  'upload.reading': 'Bestand lezen…',
  'upload.checking': 'Controleren…',
  'upload.releasing': 'Vrijgeven (anonimiseren)…',
  'upload.loadingDb': 'In de database laden…',
  'upload.waitingDb': 'Wacht op de database… Uw bestand wordt geladen zodra die klaar is.',
  'upload.tooBig':
    '{file} is {size} MB; de upload leest bestanden tot {limit} MB. Exporteer alleen de kolommen van de enquête, of gebruik “{command}” op de computer.',
  'upload.readFailed': '{file} ({size} MB) kon niet worden gelezen: {reason}',
  'upload.noText': 'de browser kreeg er geen tekst uit (te groot om in één keer te lezen?)',
  'upload.checkFailed': '{file} kon niet worden gecontroleerd: {reason}',
  'upload.readAs': '{file}: gelezen als {encoding}, scheidingsteken “{delimiter}”.',
  'upload.tab': 'tab',
  'upload.mapping': 'Kolommen koppelen',
  'upload.mappingHelp':
    'Voor elke kolom in uw bestand: welke vraag uit het codeboek is het? Herkende kolommen zijn al ingevuld; uw keuze wordt voor deze sessie onthouden.',
  'upload.fileColumn': 'Kolom in uw bestand',
  'upload.codebookColumn': 'Codeboek',
  'upload.ignore': '(negeren)',
  'upload.multiColumn': '{label}: alle keuzes in één kolom',
  'upload.check': 'Controleren en laden',
  'upload.ignored': 'Genegeerde kolommen: {list}',
  'upload.absent': 'Niet in uw bestand (blijft leeg): {list}',
  'upload.decimalCommas':
    '{n, plural, one {# getal met een decimale komma gelezen als decimaal getal} other {# getallen met een decimale komma gelezen als decimale getallen}}.',
  'upload.fatalTitle': 'Dit bestand kan niet worden geladen',
  'upload.issuesTitle':
    '{n, plural, one {# probleem} other {# problemen}} in {rows} van de {total, plural, one {# rij} other {# rijen}}',
  'upload.loadValid':
    'Alleen {valid, plural, one {de # goede rij} other {de # goede rijen}} laden ({left} weglaten)',
  'upload.kind': 'Soort',
  'upload.kind-field-count': 'verkeerd aantal velden',
  'upload.kind-unclosed-quote': 'aanhalingsteken niet gesloten',
  'upload.kind-unknown-code': 'onbekend antwoord',
  'upload.kind-not-a-number': 'geen getal',
  'upload.kind-out-of-range': 'buiten het bereik',
  'upload.kind-empty-file': 'leeg bestand',
  'upload.kind-not-csv': 'geen CSV of .xlsx',
  'upload.kind-duplicate-header': 'dubbele kolom',
  'upload.kind-missing-dimension': 'kenmerk ontbreekt',
  'upload.kind-no-rows': 'geen rijen',
  'upload.kind-missing-option': 'keuze ontbreekt',
  'upload.kind-ambiguous-number': 'dubbelzinnig getal',
  'upload.identifying': 'Weggelaten omdat ze herleidbaar zijn tot personen (nooit geladen): {list}',
  'upload.layout':
    'Herkend als export van {tool} ({n, plural, one {# kopregel} other {# kopregels}})',
  'upload.tool-surveymonkey': 'SurveyMonkey',
  'upload.tool-qualtrics': 'Qualtrics',
  'upload.tool-limesurvey': 'LimeSurvey (met codes)',
  'upload.tool-limesurvey-text': 'LimeSurvey (met volledige teksten)',
  'upload.tool-google-forms': 'Google Forms',
  'upload.identifyingRow': 'niet geladen: herleidbaar tot personen',
  'upload.unreadNotice':
    '{n, plural, one {# kolom heeft} other {# kolommen hebben}} antwoorden die niet in het codeboek staan, als code noch als label: {list}.',
  'upload.matchAnswers': 'Antwoorden koppelen',
  'upload.answers': 'Antwoorden in deze kolom die niet in het codeboek staan',
  'upload.answersHelp':
    'Kies bij elk antwoord wat het in het codeboek betekent. Een enquêteprogramma nummert zijn antwoorden zelf: een getal wordt nooit op volgorde geraden.',
  'upload.answerTimes': '{n, plural, one {# keer} other {# keer}}',
  'upload.answerFor': 'Betekenis van “{value}” in kolom “{column}”',
  'upload.answerUnmatched': '(niet gekoppeld)',
  'upload.answerChosen': 'gekozen',
  'upload.answerNotChosen': 'niet gekozen',
  'upload.answersCapped':
    'Alleen de eerste {n} verschillende antwoorden staan hier; de rest verschijnt na de volgende controle.',
  'upload.mappingFileHelp':
    'De koppeling van kolommen en antwoorden geldt voor elke export van dezelfde vragenlijst. Download haar als koppelbestand (JSON) en laad dat bij een volgende export.',
  'upload.downloadMapping': 'Koppeling downloaden',
  'upload.loadMapping': 'Koppelbestand laden',
  'upload.mappingApplied':
    '{file}: koppeling toegepast op {n, plural, one {# kolom} other {# kolommen}}.',
  'upload.mappingRefused': '{file} is geen bruikbaar koppelbestand:',
  'upload.mappingMismatch':
    '{n, plural, one {# punt} other {# punten}} waarop het koppelbestand niet bij deze export past:',
  'upload.line': 'Regel',
  'upload.column': 'Kolom',
  'upload.found': 'Gevonden',
  'upload.expected': 'Verwacht',
  'upload.reportTitle': 'Zo is uw bestand vrijgegeven',
  'upload.reportIntro':
    'Voordat er een grafiek, tabel of export van {file} is gemaakt, is het in deze browser vrijgegeven met dezelfde regels als de enquêtedata: elke combinatie van {qis} (leeg telt als eigen waarde) komt bij minstens {k} respondenten voor, met minstens {l} verschillende antwoorden op elke gevoelige vraag. Onderwerpen, kruistabel en exports tonen alleen deze vrijgegeven rijen; de rijen van het bestand zelf worden nergens getoond.',
  'upload.reportRows':
    '{rows, plural, one {# respondent} other {# respondenten}} vrijgegeven. Kleinste groep met dezelfde kenmerken: {smallest, plural, one {# respondent} other {# respondenten}} (minimaal {k}).',
  'upload.keptTitle': 'Wat er per kenmerk over is',
  'upload.keptCaption':
    'Aandeel van de respondenten per kenmerk. Grover: samengevoegd tot een cluster of een bredere klasse.',
  'upload.characteristic': 'Kenmerk',
  'upload.keptOwn': 'Eigen waarde',
  'upload.keptCoarser': 'Grover',
  'upload.mergesTitle': 'Samengevoegd',
  'upload.mergedInto': '{from}: samengevoegd tot {to}',
  'upload.mergedWithheld': '{from}: samengevoegd tot “Afgeschermd of onbekend”',
  'upload.noMerges': 'Niets samengevoegd.',
  'upload.maskedTitle': 'Leeggemaakt',
  'upload.masked':
    '{items} in {value}: iedereen gaf hetzelfde antwoord, dus deze antwoorden zijn weggelaten.',
  'upload.topCodedTitle': 'Afgetopt',
  'upload.topCoded': '{item}: antwoorden boven {top} zijn op {top} gezet.',
  'upload.refusedTitle': 'Uw data kunnen niet veilig worden getoond',
  'upload.refusedTooFew':
    'Het bestand heeft {rows, plural, one {# bruikbare rij} other {# bruikbare rijen}}. Om niemand herkenbaar te maken moet elke combinatie van kenmerken bij minstens {k} respondenten voorkomen; met minder dan {k} rijen kan dat niet.',
  'upload.refusedOneAnswer':
    'Op {items} gaf iedereen die antwoordde hetzelfde antwoord. Elke groep zou dan ieders antwoord verraden: er moeten minstens {l} verschillende antwoorden zijn.',
  'upload.refusedNotReached':
    'Ook na het samenvoegen van specialismen en het afschermen van kenmerken blijven er groepen van minder dan {k} respondenten, of groepen waarin iedereen hetzelfde antwoord gaf (minder dan {l} verschillende antwoorden).',
  'upload.refusedSmallest':
    'Kleinste groep: {smallest, plural, one {# respondent} other {# respondenten}}.',
  'upload.refusedNothing':
    'Daarom is niets geladen: er wordt geen grafiek, tabel of export van dit bestand gemaakt.',
  'upload.note': 'Uw eigen data',

  // Problems of an uploaded file (src/lib/upload) alone: where, what was found, what was expected.
  // Those a data file can have too are in messages.nl.ts. The CLI writes them in English.
  'issue.csvWithHeader': 'een CSV-bestand met een kopregel',
  'issue.csvInstead': 'een CSV-tekstbestand, geen {found} (sla het spreadsheet op “als CSV”)',
  'issue.zip': 'ZIP-archief of .xlsx-werkmap',
  'issue.xls': 'oude Excel-werkmap (.xls)',
  'issue.pdf': 'PDF-document',
  'issue.binary': 'binair bestand',
  'issue.spreadsheetInstead':
    'een CSV-bestand of een .xlsx-werkmap, geen {found} (sla het spreadsheet op als .xlsx of CSV)',
  'issue.xlsxDamaged': 'ZIP-archief of .xlsx-werkmap die niet te openen is ({detail})',
  'issue.zipNoWorkbook': 'ZIP-archief zonder Excel-werkmap erin',
  'issue.xlsxPassword': 'met een wachtwoord beveiligde werkmap (haal eerst het wachtwoord eraf)',
  'upload.sheetRead':
    'werkblad “{sheet}” ({index} van {count}); rij N van het werkblad heet in de meldingen regel N',
  'issue.headerRow': 'een kopregel',
  'issue.headerSeparated':
    'een kopregel met de kolomnamen van het codeboek, gescheiden door ; of ,',
  'issue.fields':
    '{n, plural, one {# veld} other {# velden}} gescheiden door “{delimiter}” (deze regel heeft er {found})',
  'issue.quoteSwallows':
    'een sluitend " bij het aanhalingsteken dat op regel {line} opent (of geen aanhalingsteken): nu worden regel {line} tot en met {last} ({rows, plural, one {# rij} other {# rijen}} van respondenten) gelezen als één veld, dus wordt niets geladen',
  'issue.codesOrLabels': 'een van de codes {codes} (of hun labels)',
  'issue.chosenWords':
    '0 (niet gekozen), 1 (gekozen) of leeg (niet gevraagd); ook ja/nee en yes/no',
  'issue.options': 'codes of labels van keuzes van {item} ({codes}), gescheiden door ; of ,',
  'issue.oneColumn': 'één kolom voor “{item}” (ook gegeven door “{other}”)',
  'issue.columnOrOptions': 'één kolom voor “{item}” of één 0/1-kolom per keuze, niet allebei',
  'issue.dimension':
    'een kolom voor het kenmerk “{label}” ({item}); koppel er een kolom van het bestand aan',
  'issue.missingOptions':
    'een kolom voor elke keuze van “{label}” ({item}): {options} {n, plural, one {heeft er geen} other {hebben er geen}}. Koppel {n, plural, one {die keuze} other {die keuzes}} aan een kolom van het bestand, of negeer de hele vraag (anders lijkt het of niemand {n, plural, one {die keuze} other {die keuzes}} koos)',
  'issue.orAnswers':
    '{expected}; of, als “{value}” een eigen code van het enquêteprogramma is: zet in het koppelbestand onder "answers" van kolom “{column}” welke code uit het codeboek “{value}” betekent',
  'issue.toolCode':
    'de code uit het codeboek die “{value}” betekent, in het koppelbestand onder "answers" van kolom “{column}”: een enquêteprogramma nummert zijn antwoorden zelf, dus zijn getallen worden niet gelezen als de codes van het codeboek ({codes}); raden naar de volgorde is niet veilig',
  'issue.thousands':
    '{whole} of {decimal}, zonder scheidingsteken voor duizendtallen: met drie cijfers na de punt of komma kan het allebei betekenen ({range})',
  'issue.noThousands': '{whole}, zonder scheidingstekens voor duizendtallen ({range})',
  'issue.mappingFormat': 'een koppelbestand van het dashboard ({format})',
  'issue.mappingColumns':
    'een lijst {columns} met één element per kolom van het bestand, elk met {fields}',
  'issue.jsonText': 'een tekst',
  'issue.headerRows': 'een geheel aantal kopregels, minstens één',
  'issue.answersObject':
    'de eigen antwoorden van de kolom, elk met de code uit het codeboek die het betekent (als tekst)',
  'issue.knownField': 'een van de velden {fields}',
  'issue.headerOnce': 'elke kolom maar één keer in het koppelbestand (ook bij {other})',
  'issue.mappingTarget':
    'een kolom van het codeboek, {multi} voor een meerkeuzevraag in één kolom, of {ignore}',
  'issue.mappingMissing':
    'de kolom “{column}” in het bestand: het koppelbestand koppelt die aan {target}. Exporteer die kolom mee, of zet het doel op {ignore}',
  'issue.mappingUnmapped':
    'deze kolom in het koppelbestand (een kolom van het codeboek, {multi} of {ignore}): nu wordt ze genegeerd',
  'issue.mappingHeaderRows':
    '{n, plural, one {# kopregel} other {# kopregels}}, zoals dit bestand ({tool}) heeft: het koppelbestand is voor een andere indeling gemaakt',
  'issue.identifyingIgnored':
    '{ignore}: kolom “{column}” is herleidbaar tot een respondent en wordt nooit geladen',
} as const satisfies Record<string, string>;
