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
import type { Mapping, Target } from './mapping';
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
  header: string[];
  /** File-level problems found before any mapping (empty, binary, no header). */
  fatal: UploadIssue[];
}

/** Reads the bytes far enough to show the header: decoding, delimiter, header row. */
export function prepare(file: string, bytes: Uint8Array): Prepared {
  const empty = { file, text: '', encoding: 'utf-8' as const, delimiter: ',' as const, header: [] };
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
  return { file, text, encoding, delimiter, header, fatal: [] };
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

function codedConverter(item: CodedItem, column: string): Convert {
  const map = lookup(item.values);
  const expected = message('issue.codesOrLabels', {
    codes: item.values.map((v) => v.code).join(', '),
  });
  return (raw) => {
    const v = raw.trim();
    if (v === '') return '';
    return find(map, v) ?? { kind: 'unknown-code', column, value: raw, expected };
  };
}

function numericConverter(item: NumericItem, column: string, commas: { n: number }): Convert {
  const whole = item.type === 'rating10';
  const range = message(whole ? 'issue.wholeNumber' : 'issue.number', {
    min: item.min ?? '',
    max: item.max ?? '',
  });
  return (raw) => {
    const v = raw.trim();
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

function optionConverter(option: ValueLabel, column: string): Convert {
  const labels = new Set([option.code, option.label.nl, option.label.en].map(normaliseName));
  const expected = message('issue.chosenWords');
  return (raw) => {
    const v = raw.trim().toLowerCase();
    if (v === '') return '';
    if (CHOSEN.has(v) || labels.has(normaliseName(v))) return '1';
    if (NOT_CHOSEN.has(v)) return '0';
    return { kind: 'unknown-code', column, value: raw, expected };
  };
}

/** One column of chosen options, e.g. "wlb;work" or "Werkgerelateerde factoren, Anders". */
function delimitedConverter(item: MultiItem, column: string): (raw: string) => string[] | Issue {
  const map = lookup(item.options);
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

/**
 * Turns an export into the codebook's canonical CSV: every row checked, every value converted
 * (labels to codes, decimal commas to points, delimited multi-select answers to 0/1 columns).
 * A row with any problem is left out of `csv` and every problem is listed; nothing is dropped
 * or changed silently. Pure: the browser runs it in a worker, the CLI and tests directly.
 */
export function normalise(
  codebook: Codebook,
  prepared: Prepared,
  mapping: Mapping,
  onProgress?: (done: number, total: number) => void,
): Normalised {
  const { file, text, encoding, delimiter, header } = prepared;
  const result: Normalised = {
    file,
    csv: '',
    rows: 0,
    valid: 0,
    fatal: [...prepared.fatal],
    issues: [],
    issueTotal: 0,
    ignored: [],
    absent: [],
    encoding,
    delimiter,
    blankLines: 0,
    decimalCommas: 0,
  };
  if (result.fatal.length > 0) return result;
  if (header.length <= 1 && mapping.every((t) => t.kind === 'ignore'))
    return {
      ...result,
      fatal: [
        {
          kind: 'not-csv',
          line: 1,
          value: header[0]?.slice(0, 80) ?? '',
          expected: message('issue.headerSeparated'),
        },
      ],
    };

  const check = checkMapping(codebook, header, mapping);
  result.ignored = check.ignored;
  result.absent = check.absent;
  if (check.fatal.length > 0) {
    result.fatal = check.fatal;
    return result;
  }
  const columns = csvColumns(codebook);
  const position = new Map(columns.map((c, i) => [c, i]));
  const commas = { n: 0 };
  // For each header field: how it fills the output row.
  const fillers: ((raw: string, out: string[]) => Issue | null)[] = [];
  header.forEach((name, i) => {
    const target: Target = mapping[i] ?? { kind: 'ignore' };
    if (target.kind === 'ignore') return;
    if (target.kind === 'multi') {
      const item = codebook.items.find((it) => it.id === target.item) as MultiItem;
      const convert = delimitedConverter(item, name);
      const at = item.options.map((o) => position.get(optionColumn(item, o))!);
      fillers[i] = (raw, out) => {
        const v = convert(raw);
        if (!Array.isArray(v)) return v;
        v.forEach((x, k) => (out[at[k]!] = x));
        return null;
      };
      return;
    }
    const convert = converterFor(codebook, target.column, name, commas);
    const at = position.get(target.column)!;
    fillers[i] = (raw, out) => {
      const v = convert(raw);
      if (typeof v !== 'string') return v;
      out[at] = v;
      return null;
    };
  });

  const chunks: string[] = [csvLine(columns)];
  const issue = (line: number, i: Issue) => {
    result.issueTotal++;
    if (result.issues.length < MAX_ISSUES) result.issues.push({ ...i, line });
  };
  const separator = delimiter === '\t' ? message('upload.tab') : delimiter;
  let skippedHeader = false;
  const parsed = readCsv(
    text,
    delimiter,
    (fields, line) => {
      if (!skippedHeader) {
        skippedHeader = true;
        return;
      }
      if (fields.length === 1 && fields[0] === '') {
        result.blankLines++;
        return;
      }
      result.rows++;
      if (fields.length !== header.length) {
        issue(line, {
          kind: 'field-count',
          value: fields.join(delimiter).slice(0, 80),
          expected: message('issue.fields', {
            n: header.length,
            delimiter: separator,
            found: fields.length,
          }),
        });
        return;
      }
      const out = new Array<string>(columns.length).fill('');
      let ok = true;
      for (let i = 0; i < fields.length; i++) {
        const problem = fillers[i]?.(fields[i]!, out);
        if (problem) {
          issue(line, problem);
          ok = false;
        }
      }
      if (!ok) return;
      result.valid++;
      chunks.push(csvLine(out));
    },
    onProgress,
  );
  if (parsed.unterminatedQuote !== null)
    issue(parsed.unterminatedQuote, {
      kind: 'unclosed-quote',
      expected: message('issue.closingQuote'),
    });
  result.decimalCommas = commas.n;
  if (result.rows === 0)
    result.fatal.push({ kind: 'no-rows', line: 2, expected: message('issue.respondentRow') });
  result.csv = chunks.join('\n') + '\n';
  return result;
}

function converterFor(
  codebook: Codebook,
  column: string,
  name: string,
  commas: { n: number },
): Convert {
  for (const item of codebook.items.filter(isStored)) {
    if (item.id === column) {
      if (isCoded(item)) return codedConverter(item, name);
      if (isNumeric(item)) return numericConverter(item, name, commas);
    }
    if (isMulti(item))
      for (const o of item.options)
        if (optionColumn(item, o) === column) return optionConverter(o, name);
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
