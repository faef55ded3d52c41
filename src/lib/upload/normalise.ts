import { csvColumns, isStored, optionColumn } from '../codebook/columns';
import type {
  Codebook,
  CodedItem,
  Lang,
  MultiItem,
  NumericItem,
  Text,
  ValueLabel,
} from '../codebook/types';
import { isCoded, isMulti, isNumeric, LANGS } from '../codebook/types';
import { foundExpected, where } from '../data/issues';
import type { Message } from '../i18n/translate';
import { formatList, message } from '../i18n/translate';
import type { Delimiter } from '../data/csv';
import { csvLine, detectDelimiter, firstRecords, readCsv } from '../data/csv';
import type { Encoding } from './decode';
import { binaryKind, decodeBytes } from './decode';
import type { ColumnLayout, Tool } from './layout';
import { detectLayout } from './layout';
import type { Answers, Mapping, Target } from './mapping';
import { normaliseName, suggestMapping, targetKey } from './mapping';

type IssueKind =
  | 'empty-file'
  | 'not-csv'
  | 'duplicate-header'
  | 'missing-dimension'
  | 'missing-option'
  | 'no-rows'
  | 'field-count'
  | 'unclosed-quote'
  | 'unknown-code'
  | 'not-a-number'
  | 'ambiguous-number'
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
  /** The survey tool that wrote the export, as recognised from its header (layout.ts). */
  tool: Tool;
  /**
   * One name per column. An export with more than one header record (SurveyMonkey's question
   * and option rows, Qualtrics' ids and texts) gets names composed of them.
   */
  header: string[];
  /** Records above the first respondent: 1, or more for exports with several header rows. */
  headerRows: number;
  /** Columns that identify a respondent (e-mail, IP address, names…): never loaded. */
  identifying: string[];
  /** What the export says about each column beyond its name (layout.ts). */
  columns: ColumnLayout[];
  /** Numbers in coded columns are the tool's own codes, read only through a mapping's answers. */
  ownCodes: boolean;
  /** File-level problems found before any mapping (empty, binary, no header). */
  fatal: UploadIssue[];
}

/**
 * Reads the bytes far enough to show the header: decoding, delimiter, and the layout of the
 * export (which tool wrote it, its header rows, one name per column, identifying columns).
 */
export function prepare(file: string, bytes: Uint8Array): Prepared {
  const empty = {
    file,
    text: '',
    encoding: 'utf-8' as const,
    delimiter: ',' as const,
    tool: 'csv' as const,
    header: [],
    headerRows: 1,
    identifying: [],
    columns: [],
    ownCodes: false,
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
  const layout = detectLayout(firstRecords(text, delimiter, 3));
  return { file, text, encoding, delimiter, ...layout, fatal: [] };
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
  // Some options of a question but not all: the missing ones would read as never chosen.
  for (const item of codebook.items) {
    if (!isMulti(item)) continue;
    const missing = item.options.filter((o) => !filled.has(optionColumn(item, o)));
    if (missing.length === 0 || missing.length === item.options.length) continue;
    const options = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        formatList(
          lang,
          missing.map((o) => `${optionColumn(item, o)} (“${o.label[lang]}”)`),
        ),
      ]),
    ) as Text;
    fatal.push({
      kind: 'missing-option',
      line: 1,
      column: item.id,
      expected: message('issue.missingOptions', {
        label: item.label,
        item: item.id,
        options,
        n: missing.length,
      }),
    });
  }
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
/** Three digits after one point or comma: a thousands separator, or three decimals. */
const AMBIGUOUS = /^([+-]?)(\d*[1-9]\d*)[.,](\d{3})$/;
/** Groups of three digits: certainly a thousands separator ("1.000.000", "1.000,5"). */
const GROUPED = /^[+-]?\d{1,3}([.,])\d{3}(?:(?:\1\d{3})+(?:(?!\1)[.,]\d+)?|(?!\1)[.,]\d+)$/;
/** A survey tool's own answer code: a number, or a code like A1, SQ001. */
const CODE_LIKE = /^[A-Za-z]{0,3}\d+$/;
const DIGITS = /^\d+$/;
/** The key of a mapping's answers that stands for any other text (typed "Other" answers). */
const ANY = '*';

type Issue = Omit<UploadIssue, 'line'>;
/** Turns one raw field into the codebook's text, or returns the problem. */
type Convert = (raw: string) => string | Issue;

/** What a converter knows of its column besides the codebook: what the file and mapping say. */
interface ColumnContext {
  /** The column as named in the file. */
  column: string;
  answers?: Answers;
  layout?: ColumnLayout;
  /** Numbers are the tool's own codes: read only through `answers`. */
  ownCodes: boolean;
  /** The file is a survey tool's export: an unknown answer may be the tool's own code. */
  tool: boolean;
  /** The file was an Excel sheet: numbers are written with `.` decimals, never grouped. */
  sheet: boolean;
  /** Told every answer that cannot be read (to offer matching it to a codebook code). */
  unread?: (value: string) => void;
}

/** A mapping's own answer list (a survey tool's codes "1", "A2"), each read as a codebook code. */
function answersOf(base: Map<string, string>, answers: Answers | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [raw, to] of Object.entries(answers ?? {})) {
    const code = find(base, to.trim());
    if (code === undefined) continue;
    for (const key of [raw.trim(), raw.trim().toLowerCase(), normaliseName(raw)])
      if (key !== '' && !map.has(key)) map.set(key, code);
  }
  return map;
}

/** The mapping's answers first, then the codebook's codes and labels. */
function withAnswers(base: Map<string, string>, own: Map<string, string>): Map<string, string> {
  if (own.size === 0) return base;
  const map = new Map(own);
  for (const [key, code] of base) if (!map.has(key)) map.set(key, code);
  return map;
}

/** The expectation, and how a mapping's answers would read the value if it is a tool's code. */
function hinted(expected: Message, value: string, ctx: ColumnContext): Message {
  return ctx.tool || CODE_LIKE.test(value)
    ? message('issue.orAnswers', { expected, value, column: ctx.column })
    : expected;
}

function codedConverter(item: CodedItem, ctx: ColumnContext): Convert {
  const base = lookup(item.values);
  const own = answersOf(base, ctx.answers);
  const map = withAnswers(base, own);
  const codes = item.values.map((v) => v.code).join(', ');
  const expected = message('issue.codesOrLabels', { codes });
  const { column } = ctx;
  return (raw) => {
    const v = raw.trim();
    if (v === '') return '';
    // A tool numbers its answers itself: "1" may be the codebook's 5 (do not guess by position).
    const tool = ctx.ownCodes && DIGITS.test(v);
    const code = find(tool ? own : map, v);
    if (code !== undefined) return code;
    ctx.unread?.(v);
    return {
      kind: 'unknown-code',
      column,
      value: raw,
      expected: tool
        ? message('issue.toolCode', { value: v, column, codes })
        : hinted(expected, v, ctx),
    };
  };
}

/** "1.000" → a problem naming both readings; "1.000.000" → one naming the number meant. */
function thousands(v: string, range: Message): Message | null {
  const ambiguous = AMBIGUOUS.exec(v);
  if (ambiguous) {
    const [, sign, whole, fraction] = ambiguous;
    return message('issue.thousands', {
      whole: `${sign}${whole}${fraction}`,
      decimal: String(Number(`${sign}${whole}.${fraction}`)),
      range,
    });
  }
  const grouped = GROUPED.exec(v);
  if (!grouped) return null;
  const plain = v.replaceAll(grouped[1]!, '').replace(',', '.');
  return message('issue.noThousands', { whole: String(Number(plain)), range });
}

function numericConverter(item: NumericItem, ctx: ColumnContext, commas: { n: number }): Convert {
  const whole = item.type === 'rating10';
  const range = message(whole ? 'issue.wholeNumber' : 'issue.number', {
    min: item.min ?? '',
    max: item.max ?? '',
  });
  const { column, answers } = ctx;
  return (raw) => {
    const v = answers?.[raw.trim()] ?? raw.trim();
    if (v === '') return '';
    // A sheet's numbers are written with `.` decimals and no separators: 1.125 is 1.125.
    const separator = ctx.sheet ? null : thousands(v, range);
    if (separator) return { kind: 'ambiguous-number', column, value: raw, expected: separator };
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

function optionConverter(option: ValueLabel, ctx: ColumnContext): Convert {
  const labels = new Set([option.code, option.label.nl, option.label.en].map(normaliseName));
  const chosen = ctx.layout?.chosen ? normaliseName(ctx.layout.chosen) : null;
  const expected = message('issue.chosenWords');
  const read = (v: string) => {
    const lower = v.toLowerCase();
    if (CHOSEN.has(lower) || labels.has(normaliseName(v))) return '1';
    if (NOT_CHOSEN.has(lower)) return '0';
    return null;
  };
  return (raw) => {
    const v = raw.trim();
    if (v === '') return '';
    // What was typed into an "Other (please specify)" box: chosen, whatever it says.
    if (ctx.layout?.anyText) return '1';
    const mapped = ctx.answers?.[v];
    if (mapped !== undefined) return read(mapped.trim()) ?? issueOf(v);
    if (chosen !== null && normaliseName(v) === chosen) return '1';
    const any = ctx.answers?.[ANY];
    return read(v) ?? (any === undefined ? null : read(any.trim())) ?? issueOf(v);
  };
  function issueOf(v: string): Issue {
    ctx.unread?.(v);
    return {
      kind: 'unknown-code',
      column: ctx.column,
      value: v,
      expected: hinted(expected, v, ctx),
    };
  }
}

/**
 * The parts of one column of chosen options: split on `;` or `|` when it has them, else on
 * commas, where a label may hold a comma itself ("Werk, zoals diensten"): the parts are the known
 * labels the comma-separated pieces join into, as few pieces left unknown as can be (each then a
 * part of its own: typed "Other" text, or a problem), longer labels before shorter ones.
 */
function chosenParts(v: string, known: (part: string) => boolean): string[] {
  if (known(v)) return [v];
  if (/[;|]/.test(v)) return v.split(/\s*[;|]\s*/);
  const pieces = v.split(/\s*,\s*/);
  const n = pieces.length;
  const join = (i: number, j: number) => pieces.slice(i, j).join(', ');
  // unknown[i]: the fewest unknown pieces from piece i on; next[i]: where the part at i ends.
  const unknown = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    unknown[i] = 1 + unknown[i + 1]!;
    next[i] = i + 1;
    for (let j = n; j > i; j--)
      if (unknown[j]! < unknown[i]! && known(join(i, j))) {
        unknown[i] = unknown[j]!;
        next[i] = j;
      }
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i = next[i]!) parts.push(join(i, next[i]!));
  return parts;
}

/** One column of chosen options, e.g. "wlb;work" or "Werkgerelateerde factoren, Anders". */
function delimitedConverter(
  item: MultiItem,
  ctx: ColumnContext,
): (raw: string) => string[] | Issue {
  const base = lookup(item.options);
  const own = answersOf(base, ctx.answers);
  const map = withAnswers(base, own);
  const other = ctx.answers?.[ANY];
  const any = other === undefined ? undefined : find(base, other.trim());
  const codeOf = (part: string) =>
    ctx.ownCodes && DIGITS.test(part) ? find(own, part) : find(map, part);
  const expected = message('issue.options', {
    item: item.id,
    codes: item.options.map((o) => o.code).join(', '),
  });
  return (raw) => {
    const v = raw.trim();
    if (v === '') return item.options.map(() => '');
    const chosen = new Set<string>();
    let problem: Issue | null = null;
    for (const part of chosenParts(v, (p) => codeOf(p) !== undefined)) {
      if (part === '') continue;
      const code = codeOf(part) ?? any;
      if (code) {
        chosen.add(code);
        continue;
      }
      // Every part that cannot be read is told, not only the first: each needs its match.
      ctx.unread?.(part);
      problem ??= {
        kind: 'unknown-code',
        column: ctx.column,
        value: part,
        expected: hinted(expected, part, ctx),
      };
    }
    return problem ?? item.options.map((o) => (chosen.has(o.code) ? '1' : '0'));
  };
}

/** The distinct answers of one column that could not be read, each with how often it came. */
export interface Unread {
  /** The column as named in the file. */
  column: string;
  /** In natural order ("2" before "10"). */
  values: { value: string; count: number }[];
  /** More distinct answers came than are listed (MAX_UNREAD). */
  capped: boolean;
}

/** Distinct unread answers kept per column: enough to match a questionnaire's answers by hand. */
const MAX_UNREAD = 60;

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
  /** Columns that identify a respondent: dropped, never read (not in `ignored`). */
  identifying: string[];
  absent: string[];
  tool: Tool;
  encoding: Encoding;
  delimiter: Delimiter;
  blankLines: number;
  /** Numbers written with a Dutch decimal comma (read as decimals). */
  decimalCommas: number;
  /**
   * Per column mapped to a coded item or a multi-select, in file order, the answers that are
   * neither the codebook's codes or labels nor in the mapping's answers: to be matched by hand.
   */
  unread: Unread[];
}

/**
 * The header as a normaliser needs it: the file, its header names and where its data start, and
 * what the export's layout says of its columns (absent: a plain CSV).
 */
type Layout = Pick<
  Prepared,
  'file' | 'encoding' | 'delimiter' | 'header' | 'headerRows' | 'fatal'
> &
  Partial<Pick<Prepared, 'tool' | 'identifying' | 'columns' | 'ownCodes'>>;

/** A record that ran over several lines because of a quote: where it starts, how far it ran. */
interface QuoteSpan {
  line: number;
  /** Lines it spans, its own first line included. */
  lines: number;
}

/**
 * Converts records of an export one at a time into rows of the codebook's canonical CSV: every
 * row checked, every value converted (answers through the mapping's own answer list, then codes
 * and labels; decimal commas to points; delimited multi-select answers to 0/1 columns). A record
 * with any problem gives no row and every problem is counted; nothing is dropped or changed
 * silently. Columns that identify a respondent are never read. The caller feeds the records (from
 * a whole text, or streamed from a file) and the normaliser skips the layout's header records
 * itself. Pure: the browser runs it in a worker, the CLI and tests directly.
 */
export class Normaliser {
  readonly columns: string[];
  private readonly result: Omit<Normalised, 'csv'>;
  private readonly fillers: ((raw: string, out: string[]) => Issue | null)[] = [];
  /** Positions in a row of the option columns of each multi-select item given per option. */
  private readonly optionGroups: number[][] = [];
  private readonly commas = { n: 0 };
  /** Per column (by position in the header), its unread answers and their counts. */
  private readonly unread = new Map<number, { values: Map<string, number>; capped: boolean }>();
  private readonly separator: Delimiter | Message;
  private headerLeft: number;
  /** The last record fed: an unclosed quote's field is its last one. */
  private last: { fields: readonly string[]; line: number } | null = null;

  constructor(
    codebook: Codebook,
    private readonly layout: Layout,
    mapping: Mapping,
  ) {
    const { file, encoding, delimiter, header } = layout;
    this.columns = csvColumns(codebook);
    this.headerLeft = layout.headerRows;
    this.separator = delimiter === '\t' ? message('upload.tab') : delimiter;
    // Identifying columns are dropped whatever the mapping says; the mapping may name more.
    const flagged = new Set(layout.identifying ?? []);
    const dropped = header.map((name, i) => {
      const target = mapping[i];
      return flagged.has(name) || (target?.kind === 'ignore' && target.identifying === true);
    });
    const effective: Mapping = header.map((_, i) =>
      dropped[i] ? { kind: 'ignore' } : (mapping[i] ?? { kind: 'ignore' }),
    );
    const identifying = header.filter((_, i) => dropped[i]);
    this.result = {
      file,
      rows: 0,
      valid: 0,
      fatal: [...layout.fatal],
      issues: [],
      issueTotal: 0,
      ignored: [],
      identifying,
      absent: [],
      tool: layout.tool ?? 'csv',
      encoding,
      delimiter,
      blankLines: 0,
      decimalCommas: 0,
      unread: [],
    };
    if (this.result.fatal.length > 0) return;
    if (header.length <= 1 && effective.every((t) => t.kind === 'ignore')) {
      this.result.fatal.push({
        kind: 'not-csv',
        line: 1,
        value: header[0]?.slice(0, 80) ?? '',
        expected: message('issue.headerSeparated'),
      });
      return;
    }
    const check = checkMapping(codebook, header, effective);
    this.result.ignored = check.ignored.filter((name) => !identifying.includes(name));
    this.result.absent = check.absent;
    if (check.fatal.length > 0) {
      this.result.fatal = check.fatal;
      return;
    }
    const position = new Map(this.columns.map((c, i) => [c, i]));
    const context = (name: string, i: number, answers?: Answers): ColumnContext => ({
      column: name,
      ...(answers ? { answers } : {}),
      ...(layout.columns?.[i] ? { layout: layout.columns[i] } : {}),
      ownCodes: layout.ownCodes ?? false,
      tool: (layout.tool ?? 'csv') !== 'csv',
      sheet: encoding === 'xlsx',
      unread: (value) => this.tell(i, value),
    });
    const perOption = new Set<string>();
    header.forEach((name, i) => {
      const target: Target = effective[i]!;
      if (target.kind === 'ignore') return;
      if (target.kind === 'multi') {
        const item = codebook.items.find((it) => it.id === target.item) as MultiItem;
        const convert = delimitedConverter(item, context(name, i, target.answers));
        const at = item.options.map((o) => position.get(optionColumn(item, o))!);
        this.fillers[i] = (raw, out) => {
          const v = convert(raw);
          if (!Array.isArray(v)) return v;
          v.forEach((x, k) => (out[at[k]!] = x));
          return null;
        };
        return;
      }
      const ctx = context(name, i, target.answers);
      const { convert, item } = converterFor(codebook, target.column, ctx, this.commas);
      if (item) perOption.add(item.id);
      const at = position.get(target.column)!;
      this.fillers[i] = (raw, out) => {
        const v = convert(raw);
        if (typeof v !== 'string') return v;
        out[at] = v;
        return null;
      };
    });
    for (const item of codebook.items)
      if (isMulti(item) && perOption.has(item.id))
        this.optionGroups.push(item.options.map((o) => position.get(optionColumn(item, o))!));
  }

  /** One more answer of column i that could not be read. */
  private tell(i: number, value: string) {
    let seen = this.unread.get(i);
    if (!seen) this.unread.set(i, (seen = { values: new Map(), capped: false }));
    const count = seen.values.get(value);
    if (count !== undefined) seen.values.set(value, count + 1);
    else if (seen.values.size < MAX_UNREAD) seen.values.set(value, 1);
    else seen.capped = true;
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
    this.last = { fields, line };
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
    // An option column left blank by someone who chose another option of the question was not
    // chosen (SurveyMonkey, Qualtrics and LimeSurvey leave unchosen options blank); all blank,
    // the question was not answered.
    for (const group of this.optionGroups)
      if (group.some((at) => out[at] !== ''))
        for (const at of group) if (out[at] === '') out[at] = '0';
    this.result.valid++;
    return out;
  }

  /**
   * The counts and problems once every record has been fed, with the line of a quote never
   * closed (the rest of the file became one field) and a stray quote closed only by a later one
   * (as `readCsv` reports them). Either stops the file: the rows it swallowed would be lost.
   */
  finish(
    unterminatedQuote: number | null,
    strayQuote: QuoteSpan | null = null,
  ): Omit<Normalised, 'csv'> {
    const span = unterminatedQuote !== null ? this.unclosed(unterminatedQuote) : strayQuote;
    if (span)
      this.result.fatal.push({
        kind: 'unclosed-quote',
        line: span.line,
        expected: message('issue.quoteSwallows', {
          line: String(span.line),
          last: String(span.line + span.lines - 1),
          rows: span.lines,
        }),
      });
    this.result.decimalCommas = this.commas.n;
    const natural = new Intl.Collator('en', { numeric: true });
    this.result.unread = [...this.unread]
      .sort(([a], [b]) => a - b)
      .map(([i, { values, capped }]) => ({
        column: this.layout.header[i]!,
        values: [...values]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => natural.compare(a.value, b.value)),
        capped,
      }));
    if (this.result.rows === 0 && this.result.fatal.length === 0)
      this.result.fatal.push({
        kind: 'no-rows',
        line: this.layout.headerRows + 1,
        expected: message('issue.respondentRow'),
      });
    return this.result;
  }

  /** The lines from an unclosed quote to the end: its line, and every line in its field after it. */
  private unclosed(line: number): QuoteSpan {
    const field = this.last?.fields[this.last.fields.length - 1] ?? '';
    const after = field.split(/\r\n|\r|\n/).slice(1);
    while (after.length > 0 && after[after.length - 1]!.trim() === '') after.pop();
    return { line, lines: 1 + after.length };
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
  const result = normaliser.finish(parsed.unterminatedQuote, parsed.strayQuote);
  return { ...result, csv: result.fatal.length > 0 ? '' : chunks.join('\n') + '\n' };
}

function converterFor(
  codebook: Codebook,
  column: string,
  ctx: ColumnContext,
  commas: { n: number },
): { convert: Convert; item?: MultiItem } {
  for (const item of codebook.items.filter(isStored)) {
    if (item.id === column) {
      if (isCoded(item)) return { convert: codedConverter(item, ctx) };
      if (isNumeric(item)) return { convert: numericConverter(item, ctx, commas) };
    }
    if (isMulti(item))
      for (const o of item.options)
        if (optionColumn(item, o) === column) return { convert: optionConverter(o, ctx), item };
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
