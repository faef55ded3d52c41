/**
 * What kind of export a file is, read off its first records: which survey tool wrote it, how many
 * header records stand above the first respondent, one name per column (composed from several
 * header records where the tool writes them), and which columns identify a respondent. Pure, and
 * blind to the codebook: matching the names to the codebook is the mapping's job (mapping.ts).
 */

import { normaliseName } from './mapping';

/** The survey tools whose exports are recognised; `csv` is anything else (one header row). */
export type Tool =
  'csv' | 'surveymonkey' | 'qualtrics' | 'limesurvey' | 'limesurvey-text' | 'google-forms';

/** What the export says about one column beyond its name. */
export interface ColumnLayout {
  /** The text that means "chosen" in a multi-select option column (SurveyMonkey: the option's). */
  chosen?: string;
  /** Any text means "chosen": an "Other (please specify)" column holding what was typed. */
  anyText?: true;
}

export interface Layout {
  tool: Tool;
  /** Records above the first respondent. */
  headerRows: number;
  /** One name per column. */
  header: string[];
  /** Names of the columns that identify a respondent: never loaded, listed as dropped. */
  identifying: string[];
  /** Per column, in header order. */
  columns: ColumnLayout[];
  /**
   * The tool writes answers as its own numbers (Qualtrics' numeric values, LimeSurvey's answer
   * codes, SurveyMonkey's numerical export): a number in a coded column is read only through the
   * mapping's answers, never as the codebook's code of the same number.
   */
  ownCodes: boolean;
}

/**
 * Columns that identify a respondent, by normalised name (mapping.ts `normaliseName`): addresses,
 * names, e-mail, location, recipient fields, tokens and respondent ids of any tool.
 */
const IDENTIFYING = [
  /^(ip_?address|ip_?adres|ipaddr)$/,
  /^(e_?mail(_?address|_?adres)?|recipient_?e_?mail)$/,
  /^(first_?name|last_?name|full_?name|name|voornaam|achternaam|naam|recipient_?(first|last)_?name)$/,
  /^(location_?)?(latitude|longitude)$/,
  /^external_?(data_?)?reference$/,
  /^(respondent|response|antwoord)_?id$/,
  /^(id|token|access_?code|toegangscode)$/,
  /^(custom_?data|aangepaste_?gegevens)_?\d*$/,
  /^(refurl|referrer_?url|verwijzende_?url)$/,
  /^(phone|phone_?number|telefoon|telefoonnummer)$/,
];

function isIdentifying(name: string): boolean {
  const key = normaliseName(name);
  return IDENTIFYING.some((pattern) => pattern.test(key));
}

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** SurveyMonkey's second row: not an option but "the answer" of a single question. */
const SURVEYMONKEY_ANSWER = /^(response|open-ended response|antwoord|open antwoord)$/i;
/** An option whose cell holds what the respondent typed. */
const TYPED_OTHER = /please specify|graag specificeren|anders, namelijk/i;

function names(records: readonly (readonly string[])[]): Set<string> {
  return new Set(records[0]?.map((h) => normaliseName(h)) ?? []);
}

/**
 * The layout of an export from its first records (up to three; fewer for a short file). A file of
 * no known tool is a plain CSV with one header row, as before.
 */
export function detectLayout(records: readonly (readonly string[])[]): Layout {
  const first = records[0] ?? [];
  const top = names(records);
  const has = (...keys: string[]) => keys.every((k) => top.has(k));
  if (has('respondent_id', 'collector_id') && records.length >= 2)
    return surveyMonkey(first, records[1]!);
  if (has('responseid') || (has('startdate', 'enddate') && has('status', 'finished')))
    return qualtrics(records);
  if (has('id', 'submitdate', 'lastpage', 'startlanguage')) return limeSurvey(first, 'limesurvey');
  if (has('response_id', 'date_submitted', 'last_page') || has('antwoord_id', 'datum_verstuurd'))
    return limeSurvey(first, 'limesurvey-text');
  const start = normaliseName(first[0] ?? '');
  if (start === 'tijdstempel' || start === 'timestamp') return plain(first, 'google-forms', false);
  return plain(first, 'csv', false);
}

function plain(first: readonly string[], tool: Tool, ownCodes: boolean): Layout {
  const header = first.map((h) => h.trim());
  return {
    tool,
    headerRows: 1,
    header,
    identifying: header.filter(isIdentifying),
    columns: header.map(() => ({})),
    ownCodes,
  };
}

/**
 * Row 1: the question above the first column of each question, blank above the rest of it;
 * row 2: "Response" for a single answer, else the option (or matrix row) of the column. Each
 * column becomes "<question> - <option>"; an option column holds the option's text when chosen.
 */
function surveyMonkey(first: readonly string[], second: readonly string[]): Layout {
  const header: string[] = [];
  const columns: ColumnLayout[] = [];
  const identifying: string[] = [];
  let question = '';
  const width = Math.max(first.length, second.length);
  for (let i = 0; i < width; i++) {
    const above = clean(first[i]);
    const below = clean(second[i]);
    if (above !== '') question = above;
    const single = below === '' || SURVEYMONKEY_ANSWER.test(below);
    const name = single ? question : question === '' ? below : `${question} - ${below}`;
    header.push(name);
    columns.push(single ? {} : TYPED_OTHER.test(below) ? { anyText: true } : { chosen: below });
    if (single && isIdentifying(name)) identifying.push(name);
  }
  return { tool: 'surveymonkey', headerRows: 2, header, identifying, columns, ownCodes: true };
}

/**
 * Row 1: Qualtrics' column ids (Q1, Q5_2, StartDate); row 2: the question texts ("… - option" for
 * a multi-select); row 3: `{"ImportId":"QID5_2"}`. The names are the texts (what a data owner
 * reads, and what the codebook's wording matches), the id where a text is blank or repeated.
 */
function qualtrics(records: readonly (readonly string[])[]): Layout {
  const [ids = [], texts = [], imports = []] = records;
  const importRow =
    imports.length > 0 && imports.every((c) => c === '' || /^\{"?ImportId/i.test(c.trim()));
  const textRow =
    texts.length > 0 && texts.some((c) => /^(response id|start date)$/i.test(clean(c)));
  const headerRows = importRow ? 3 : textRow ? 2 : 1;
  const named = ids.map((id, i) => (headerRows > 1 ? clean(texts[i]) : '') || clean(id));
  const count = new Map<string, number>();
  for (const n of named) count.set(n, (count.get(n) ?? 0) + 1);
  const header = named.map((n, i) => (count.get(n)! > 1 ? `${clean(ids[i])}: ${n}` : n));
  const identifying = header.filter(
    (name, i) => isIdentifying(ids[i] ?? '') || isIdentifying(name),
  );
  return {
    tool: 'qualtrics',
    headerRows,
    header,
    identifying,
    columns: header.map(() => ({})),
    ownCodes: true,
  };
}

/**
 * LimeSurvey writes one header row: codes (`id,submitdate,…,Q1,Q2[SQ001]`, answers as codes, a
 * chosen option `Y`) or full texts ("Question [Option]", answers as texts, a chosen option "Ja").
 */
function limeSurvey(first: readonly string[], tool: 'limesurvey' | 'limesurvey-text'): Layout {
  const layout = plain(first, tool, tool === 'limesurvey');
  if (tool === 'limesurvey')
    layout.columns = layout.header.map((h) => (/\[other\]$/i.test(h) ? { anyText: true } : {}));
  return layout;
}
