import { csvColumns, isStored, optionColumn } from '../codebook/columns';
import type {
  Codebook,
  CodedItem,
  Lang,
  MultiItem,
  NumericItem,
  ValueLabel,
} from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import { foundExpected, where } from '../data/issues';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';
import type { Delimiter } from '../data/csv';
import { csvLine, detectDelimiter, firstRecord, readCsv } from '../data/csv';
import type { Encoding } from './decode';
import { binaryKind, decodeBytes } from './decode';
import type { Answers, Mapping, Target } from './mapping';
import { normaliseName, suggestMapping, targetKey } from './mapping';

type IssueKind =
  | 'empty-file'
  | 'not-csv'
  | 'duplicate-header'
  | 'missing-dimension'
  | 'no-rows'
  | 'field-count'
  | 'unclosed-quote'
  | 'unknown-code'
  | 'not-a-number'
  | 'out-of-range';

/** One problem, located so that the owner of the file can find and fix it. */
export interface UploadIssue {
  kind: IssueKind;
  line?: number;
  /** The column as named in the uploaded file. */
  column?: string;
  /** The value found. */
  value?: string;
  /** What would have been right, in words of the catalogue. */
  expected: Message;
}

/** Enough to fix a file in a few rounds; the total is always given too. */
const MAX_ISSUES = 200;

export interface Prepared {
  file: string;
  text: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /**
   * One name per column. An export with more than one header record (SurveyMonkey's question
   * and option rows) gets names composed of them.
   */
  header: string[];
  /** Records above the first respondent: 1, or more for exports with several header rows. */
  headerRows: number;
  /** File-level problems found before any mapping (empty, binary, no header). */
  fatal: UploadIssue[];
}

/** Reads the bytes far enough to show the header: decoding, delimiter, header row. */
export function prepare(file: string, bytes: Uint8Array): Prepared {
  const empty = {
    file,
    text: '',
    encoding: 'utf-8' as const,
    delimiter: ',' as const,
    header: [],
    headerRows: 1,
  };
  if (bytes.length === 0)
    return { ...empty, fatal: [{ kind: 'empty-file', expected: message('issue.csvWithHeader') }] };
  const binary = binaryKind(bytes);
  if (binary)
    return {
      ...empty,
      fatal: [
        {
          kind: 'not-csv',
          expected: message('issue.csvInstead', { found: message(binary) }),
        },
      ],
    };
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === '')
    return {
      ...empty,
      encoding,
      fatal: [{ kind: 'empty-file', expected: message('issue.headerRow') }],
    };
  const delimiter = detectDelimiter(text);
  const header = firstRecord(text, delimiter).map((h) => h.trim());
  return { file, text, encoding, delimiter, header, headerRows: 1, fatal: [] };
}

export interface MappingCheck {
  fatal: UploadIssue[];
  /** Header fields that are not used. */
  ignored: string[];
  /** Codebook columns no header field fills: left empty (no answer) in every row. */
  absent: string[];
}

/** Checks a mapping: every dimension filled, no column filled twice, no name used twice. */
export function checkMapping(
  codebook: Codebook,
  header: readonly string[],
  mapping: Mapping,
): MappingCheck {
  const fatal: UploadIssue[] = [];
  const used = new Map<string, string>();
  const filled = new Set<string>();
  header.forEach((name, i) => {
    const target = mapping[i] ?? { kind: 'ignore' };
    if (target.kind === 'ignore') return;
    // A name given twice is ambiguous whichever of the two is used.
    if (header.indexOf(name) !== header.lastIndexOf(name) && !used.has(`name:${name}`)) {
      used.set(`name:${name}`, name);
      fatal.push({
        kind: 'duplicate-header',
        line: 1,
        column: name,
        value: name,
        expected: message('issue.columnOnce'),
      });
    }
    const key = targetKey(target);
    const other = used.get(key);
    if (other !== undefined && other !== name)
      fatal.push({
        kind: 'duplicate-header',
        line: 1,
        column: name,
        value: name,
        expected: message('issue.oneColumn', { item: key.replace(/^multi:/, ''), other }),
      });
    used.set(key, name);
    if (target.kind === 'column') filled.add(target.column);
    else {
      const item = codebook.items.find((it) => it.id === target.item) as MultiItem;
      for (const o of item.options) {
        const column = optionColumn(item, o);
        if (filled.has(column))
          fatal.push({
            kind: 'duplicate-header',
            line: 1,
            column: name,
            value: name,
            expected: message('issue.columnOrOptions', { item: item.id }),
          });
        filled.add(column);
      }
    }
  });
  for (const item of codebook.items)
    if (item.type === 'dimension' && !filled.has(item.id))
      fatal.push({
        kind: 'missing-dimension',
        line: 1,
        column: item.id,
        expected: message('issue.dimension', { label: item.label, item: item.id }),
      });
  return {
    fatal,
    ignored: header.filter((_, i) => (mapping[i] ?? { kind: 'ignore' }).kind === 'ignore'),
    absent: csvColumns(codebook).filter((c) => !filled.has(c)),
  };
}

/** A value lookup: codes, and the Dutch and English labels, in any case and spacing. */
function lookup(values: readonly ValueLabel[]): Map<string, string> {
  const map = new Map<string, string>();
  const add = (key: string, code: string) => {
    if (key !== '' && !map.has(key)) map.set(key, code);
  };
  for (const v of values) map.set(v.code, v.code);
  for (const v of values) add(v.code.toLowerCase(), v.code);
  for (const v of values) for (const l of [v.label.nl, v.label.en]) add(normaliseName(l), v.code);
  for (const v of values) add(normaliseName(v.code), v.code);
  return map;
}

const find = (map: Map<string, string>, raw: string) =>
  map.get(raw) ?? map.get(raw.toLowerCase()) ?? map.get(normaliseName(raw));

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

type Issue = Omit<UploadIssue, 'line'>;
/** Turns one raw field into the codebook's text, or returns the problem. */
type Convert = (raw: string) => string | Issue;

/** A mapping's own answer list first: a survey tool's codes ("1", "A2") for the codebook's. */
const withAnswers = (map: Map<string, string>, answers: Answers | undefined) =>
  answers ? new Map([...Object.entries(answers), ...map]) : map;

function codedConverter(item: CodedItem, column: string, answers?: Answers): Convert {
  const map = withAnswers(lookup(item.values), answers);
  const expected = message('issue.codesOrLabels', {
    codes: item.values.map((v) => v.code).join(', '),
  });
  return (raw) => {
    const v = raw.trim();
    if (v === '') return '';
    return find(map, v) ?? { kind: 'unknown-code', column, value: raw, expected };
  };
}

function numericConverter(
  item: NumericItem,
  column: string,
  commas: { n: number },
  answers?: Answers,
): Convert {
  const whole = item.type === 'rating10';
  const range = message(whole ? 'issue.wholeNumber' : 'issue.number', {
    min: item.min ?? '',
    max: item.max ?? '',
  });
  return (raw) => {
    const v = answers?.[raw.trim()] ?? raw.trim();
    if (v === '') return '';
    if (!NUMBER.test(v)) return { kind: 'not-a-number', column, value: raw, expected: range };
    const x = Number(v.replace(',', '.'));
    if (x < item.min! || x > item.max! || (whole && !Number.isInteger(x)))
      return { kind: 'out-of-range', column, value: raw, expected: range };
    if (v.includes(',')) commas.n++;
    return String(x);
  };
}

const CHOSEN = new Set(['1', 'ja', 'j', 'yes', 'y', 'true', 'waar', 'x', 'checked']);
const NOT_CHOSEN = new Set(['0', 'nee', 'n', 'no', 'false', 'onwaar', 'unchecked']);

function optionConverter(option: ValueLabel, column: string, answers?: Answers): Convert {
  const labels = new Set([option.code, option.label.nl, option.label.en].map(normaliseName));
  const expected = message('issue.chosenWords');
  return (raw) => {
    const v = (answers?.[raw.trim()] ?? raw.trim()).toLowerCase();
    if (v === '') return '';
    if (CHOSEN.has(v) || labels.has(normaliseName(v))) return '1';
    if (NOT_CHOSEN.has(v)) return '0';
    return { kind: 'unknown-code', column, value: raw, expected };
  };
}

/** One column of chosen options, e.g. "wlb;work" or "Werkgerelateerde factoren, Anders". */
function delimitedConverter(
  item: MultiItem,
  column: string,
  answers?: Answers,
): (raw: string) => string[] | Issue {
  const map = withAnswers(lookup(item.options), answers);
  const expected = message('issue.options', {
    item: item.id,
    codes: item.options.map((o) => o.code).join(', '),
  });
  return (raw) => {
    const v = raw.trim();
    if (v === '') return item.options.map(() => '');
    const whole = find(map, v);
    const parts = whole ? [v] : v.split(/[;|]/.test(v) ? /\s*[;|]\s*/ : /\s*,\s*/);
    const chosen = new Set<string>();
    for (const part of parts) {
      if (part === '') continue;
      const code = find(map, part);
      if (!code) return { kind: 'unknown-code', column, value: part, expected };
      chosen.add(code);
    }
    return item.options.map((o) => (chosen.has(o.code) ? '1' : '0'));
  };
}

export interface Normalised {
  file: string;
  /** The valid rows as the codebook's CSV: comma-separated, codes, `.` decimals, 0/1 options. */
  csv: string;
  /** Data rows read (blank lines are not rows). */
  rows: number;
  /** Rows without any problem: those in `csv`. */
  valid: number;
  /** File-level problems: nothing can be loaded. */
  fatal: UploadIssue[];
  /** Row problems, in file order, up to MAX_ISSUES; `issueTotal` counts them all. */
  issues: UploadIssue[];
  issueTotal: number;
  ignored: string[];
  absent: string[];
  encoding: Encoding;
  delimiter: Delimiter;
  blankLines: number;
  /** Numbers written with a Dutch decimal comma (read as decimals). */
  decimalCommas: number;
}

/** The header as a normaliser needs it: the file, its header names and where its data start. */
type Layout = Pick<Prepared, 'file' | 'encoding' | 'delimiter' | 'header' | 'headerRows' | 'fatal'>;

/**
 * Converts records of an export one at a time into rows of the codebook's canonical CSV: every
 * row checked, every value converted (answers through the mapping's own answer list, then codes
 * and labels; decimal commas to points; delimited multi-select answers to 0/1 columns). A record
 * with any problem gives no row and every problem is counted; nothing is dropped or changed
 * silently. The caller feeds the records (from a whole text, or streamed from a file) and the
 * normaliser skips the layout's header records itself. Pure: the browser runs it in a worker,
 * the CLI and tests directly.
 */
export class Normaliser {
  readonly columns: string[];
  private readonly result: Omit<Normalised, 'csv'>;
  private readonly fillers: ((raw: string, out: string[]) => Issue | null)[] = [];
  private readonly commas = { n: 0 };
  private readonly separator: Delimiter | Message;
  private headerLeft: number;

  constructor(
    codebook: Codebook,
    private readonly layout: Layout,
    mapping: Mapping,
  ) {
    const { file, encoding, delimiter, header } = layout;
    this.columns = csvColumns(codebook);
    this.headerLeft = layout.headerRows;
    this.separator = delimiter === '\t' ? message('upload.tab') : delimiter;
    this.result = {
      file,
      rows: 0,
      valid: 0,
      fatal: [...layout.fatal],
      issues: [],
      issueTotal: 0,
      ignored: [],
      absent: [],
      encoding,
      delimiter,
      blankLines: 0,
      decimalCommas: 0,
    };
    if (this.result.fatal.length > 0) return;
    if (header.length <= 1 && mapping.every((t) => t.kind === 'ignore')) {
      this.result.fatal.push({
        kind: 'not-csv',
        line: 1,
        value: header[0]?.slice(0, 80) ?? '',
        expected: message('issue.headerSeparated'),
      });
      return;
    }
    const check = checkMapping(codebook, header, mapping);
    this.result.ignored = check.ignored;
    this.result.absent = check.absent;
    if (check.fatal.length > 0) {
      this.result.fatal = check.fatal;
      return;
    }
    const position = new Map(this.columns.map((c, i) => [c, i]));
    header.forEach((name, i) => {
      const target: Target = mapping[i] ?? { kind: 'ignore' };
      if (target.kind === 'ignore') return;
      if (target.kind === 'multi') {
        const item = codebook.items.find((it) => it.id === target.item) as MultiItem;
        const convert = delimitedConverter(item, name, target.answers);
        const at = item.options.map((o) => position.get(optionColumn(item, o))!);
        this.fillers[i] = (raw, out) => {
          const v = convert(raw);
          if (!Array.isArray(v)) return v;
          v.forEach((x, k) => (out[at[k]!] = x));
          return null;
        };
        return;
      }
      const convert = converterFor(codebook, target.column, name, this.commas, target.answers);
      const at = position.get(target.column)!;
      this.fillers[i] = (raw, out) => {
        const v = convert(raw);
        if (typeof v !== 'string') return v;
        out[at] = v;
        return null;
      };
    });
  }

  /** False when the file cannot be read at all (see `fatal`): feed no records then. */
  get usable(): boolean {
    return this.result.fatal.length === 0;
  }

  private issue(line: number, i: Issue) {
    this.result.issueTotal++;
    if (this.result.issues.length < MAX_ISSUES) this.result.issues.push({ ...i, line });
  }

  /** One record of the file: the converted row (in `columns` order), or null (header, blank, problem). */
  record(fields: readonly string[], line: number): string[] | null {
    if (this.headerLeft > 0) {
      this.headerLeft--;
      return null;
    }
    const { header } = this.layout;
    if (fields.length === 1 && fields[0] === '') {
      this.result.blankLines++;
      return null;
    }
    this.result.rows++;
    if (fields.length !== header.length) {
      this.issue(line, {
        kind: 'field-count',
        value: fields.join(this.layout.delimiter).slice(0, 80),
        expected: message('issue.fields', {
          n: header.length,
          delimiter: this.separator,
          found: fields.length,
        }),
      });
      return null;
    }
    const out = new Array<string>(this.columns.length).fill('');
    let ok = true;
    for (let i = 0; i < fields.length; i++) {
      const problem = this.fillers[i]?.(fields[i]!, out);
      if (problem) {
        this.issue(line, problem);
        ok = false;
      }
    }
    if (!ok) return null;
    this.result.valid++;
    return out;
  }

  /** The counts and problems once every record has been fed. */
  finish(unterminatedQuote: number | null): Omit<Normalised, 'csv'> {
    if (unterminatedQuote !== null)
      this.issue(unterminatedQuote, {
        kind: 'unclosed-quote',
        expected: message('issue.closingQuote'),
      });
    this.result.decimalCommas = this.commas.n;
    if (this.result.rows === 0 && this.result.fatal.length === 0)
      this.result.fatal.push({
        kind: 'no-rows',
        line: this.layout.headerRows + 1,
        expected: message('issue.respondentRow'),
      });
    return this.result;
  }
}

/** A whole export as the codebook's canonical CSV (see `Normaliser`). */
export function normalise(
  codebook: Codebook,
  prepared: Prepared,
  mapping: Mapping,
  onProgress?: (done: number, total: number) => void,
): Normalised {
  const normaliser = new Normaliser(codebook, prepared, mapping);
  if (!normaliser.usable) return { ...normaliser.finish(null), csv: '' };
  const chunks: string[] = [csvLine(normaliser.columns)];
  const parsed = readCsv(
    prepared.text,
    prepared.delimiter,
    (fields, line) => {
      const row = normaliser.record(fields, line);
      if (row) chunks.push(csvLine(row));
    },
    onProgress,
  );
  return { ...normaliser.finish(parsed.unterminatedQuote), csv: chunks.join('\n') + '\n' };
}

function converterFor(
  codebook: Codebook,
  column: string,
  name: string,
  commas: { n: number },
  answers?: Answers,
): Convert {
  for (const item of codebook.items.filter(isStored)) {
    if (item.id === column) {
      if (isCoded(item)) return codedConverter(item, name, answers);
      if (isNumeric(item)) return numericConverter(item, name, commas, answers);
    }
    if (isMulti(item))
      for (const o of item.options)
        if (optionColumn(item, o) === column) return optionConverter(o, name, answers);
  }
  throw new Error(`No codebook column "${column}"`);
}

/** Prepare, map by the header's names (or the mapping given) and normalise, in one call. */
export function normaliseBytes(
  codebook: Codebook,
  file: string,
  bytes: Uint8Array,
  mapping?: Mapping,
): Normalised {
  const prepared = prepare(file, bytes);
  return normalise(codebook, prepared, mapping ?? suggestMapping(codebook, prepared.header));
}

/** "line 12, column "burnout": found "misschien", expected one of the codes …" (English: the CLI). */
export function describeUploadIssue(issue: UploadIssue, lang: Lang = 'en'): string {
  const at = where(issue, lang);
  return `${at.length ? `${at.join(', ')}: ` : ''}${foundExpected(issue, lang)}`;
}
