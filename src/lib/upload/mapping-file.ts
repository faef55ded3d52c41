/**
 * The mapping file: what a data owner decides once per questionnaire — which column of the export
 * is which column of the codebook, what the tool's own answer codes mean, which columns identify a
 * respondent — kept as JSON and applied to every later export of the same questionnaire. Columns
 * are matched by their name in the export (as `prepare` composes it), never by position.
 *
 *   { "format": "djs-enquete-mapping", "version": 1, "tool": "qualtrics", "headerRows": 3,
 *     "columns": [ { "header": "Q3", "target": "burnout", "answers": { "1": "ja", "2": "nee" } },
 *                  { "header": "IPAddress", "target": "ignore", "identifying": true } ] }
 *
 * `target` is a column of the codebook's CSV, `multi:<item>` for a multi-select question given in
 * one column of chosen options, or `ignore`. Pure: the upload panel offers it as a download and
 * reads it back; `check-upload --mapping` reads it too.
 */

import { optionColumn } from '../codebook/columns';
import type { Codebook, Lang } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import { foundExpected } from '../data/issues';
import type { Message } from '../i18n/translate';
import { message, t } from '../i18n/translate';
import type { Answers, Mapping, Target } from './mapping';
import { targetKey, targets } from './mapping';
import type { Prepared } from './normalise';

const FORMAT = 'djs-enquete-mapping';

interface MappingColumn {
  /** The column's name in the export, as composed from its header rows. */
  header: string;
  /** A codebook column, `multi:<item>`, or `ignore`. */
  target: string;
  /** The column's own answers and the codebook codes they stand for; `*` for any other text. */
  answers?: Answers;
  /** The column identifies a respondent: never loaded. */
  identifying?: true;
}

export interface MappingFile {
  format: typeof FORMAT;
  version: 1;
  /** The survey tool the export came from (informative). */
  tool?: string;
  /** Records above the first respondent in the export the mapping was made for. */
  headerRows: number;
  columns: MappingColumn[];
}

type ProblemKind =
  | 'json'
  | 'format'
  | 'duplicate-column'
  | 'missing-column'
  | 'unmapped-column'
  | 'unknown-target'
  | 'bad-answer'
  | 'identifying'
  | 'header-rows';

/** A problem with a mapping file or with applying it, located in the file and in the export. */
export interface MappingProblem {
  kind: ProblemKind;
  /** The mapping file, when known. */
  file?: string;
  /** Where in the mapping file: `columns[3].target`. */
  path?: string;
  /** The column of the export it concerns. */
  column?: string;
  value?: string;
  expected: Message;
}

/** "mapping.json, columns[3].target, column "Q3": found "burnot", expected …" */
export function describeMappingProblem(problem: MappingProblem, lang: Lang = 'en'): string {
  const at = [
    ...(problem.file === undefined ? [] : [problem.file]),
    ...(problem.path === undefined ? [] : [problem.path]),
    ...(problem.column === undefined ? [] : [t(lang, 'issue.column', { column: problem.column })]),
  ];
  return `${at.length ? `${at.join(', ')}: ` : ''}${foundExpected(problem, lang)}`;
}

const IGNORE = '"ignore"';
const MULTI = '"multi:<item>"';

/** The mapping of a prepared export as a mapping file: every column by name, in file order. */
export function mappingFileOf(
  prepared: Pick<Prepared, 'tool' | 'header' | 'headerRows' | 'identifying'>,
  mapping: Mapping,
): MappingFile {
  const identifying = new Set(prepared.identifying);
  return {
    format: FORMAT,
    version: 1,
    tool: prepared.tool,
    headerRows: prepared.headerRows,
    columns: prepared.header.map((header, i): MappingColumn => {
      const target: Target = mapping[i] ?? { kind: 'ignore' };
      if (identifying.has(header) || (target.kind === 'ignore' && target.identifying))
        return { header, target: 'ignore', identifying: true };
      const column: MappingColumn = { header, target: targetKey(target) };
      if (target.kind !== 'ignore' && target.answers && Object.keys(target.answers).length > 0)
        column.answers = { ...target.answers };
      return column;
    }),
  };
}

/** The mapping file's text: JSON, one column a line or a few, for a person to read and edit. */
export function writeMappingFile(file: MappingFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadMapping =
  { ok: true; mapping: MappingFile } | { ok: false; problems: MappingProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const shown = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

const COLUMN_FIELDS = ['header', 'target', 'answers', 'identifying'];
const FILE_FIELDS = ['format', 'version', 'tool', 'headerRows', 'columns'];

/**
 * Reads a mapping file's text, checking its form (not yet against a codebook or an export): every
 * problem names the file, where in it, what was found and what was expected.
 */
export function readMappingFile(text: string, fileName: string): ReadMapping {
  const problems: MappingProblem[] = [];
  const problem = (path: string, value: unknown, expected: Message, kind: ProblemKind = 'format') =>
    problems.push({
      kind,
      file: fileName,
      path,
      ...(value === undefined ? {} : { value: shown(value) }),
      expected,
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    problem('$', undefined, message('issue.json', { detail: (e as Error).message }), 'json');
    return { ok: false, problems };
  }
  const format = message('issue.mappingFormat', {
    format: `"format": "${FORMAT}", "version": 1`,
  });
  if (!isObject(raw)) {
    problem('$', undefined, format);
    return { ok: false, problems };
  }
  if (raw.format !== FORMAT) problem('format', raw.format, format);
  if (raw.version !== 1) problem('version', raw.version, format);
  for (const key of Object.keys(raw))
    if (!FILE_FIELDS.includes(key))
      problem(key, undefined, message('issue.knownField', { fields: FILE_FIELDS }));
  if (raw.tool !== undefined && typeof raw.tool !== 'string')
    problem('tool', raw.tool, message('issue.jsonText'));
  const headerRows = raw.headerRows;
  if (typeof headerRows !== 'number' || !Number.isInteger(headerRows) || headerRows < 1)
    problem('headerRows', headerRows, message('issue.headerRows'));
  const listOf = message('issue.mappingColumns', {
    columns: '"columns"',
    fields: ['"header"', '"target"'],
  });
  const columns: MappingColumn[] = [];
  if (!Array.isArray(raw.columns)) problem('columns', raw.columns, listOf);
  else {
    const seen = new Map<string, number>();
    raw.columns.forEach((entry: unknown, i) => {
      const at = `columns[${i}]`;
      if (!isObject(entry)) return problem(at, entry, listOf);
      for (const key of Object.keys(entry))
        if (!COLUMN_FIELDS.includes(key))
          problem(
            `${at}.${key}`,
            undefined,
            message('issue.knownField', { fields: COLUMN_FIELDS }),
          );
      const { header, target, answers, identifying } = entry;
      if (typeof header !== 'string' || header.trim() === '')
        problem(`${at}.header`, header, message('issue.jsonText'));
      else if (seen.has(header))
        problem(
          `${at}.header`,
          header,
          message('issue.headerOnce', { other: `columns[${seen.get(header)!}]` }),
          'duplicate-column',
        );
      else seen.set(header, i);
      const targetOk =
        typeof target === 'string' &&
        target !== '' &&
        (target === 'ignore' || !target.startsWith('multi:') || target.length > 6);
      if (!targetOk)
        problem(
          `${at}.target`,
          target,
          message('issue.mappingTarget', { multi: MULTI, ignore: IGNORE }),
        );
      let answersOk = true;
      if (answers !== undefined) {
        if (!isObject(answers)) {
          answersOk = false;
          problem(`${at}.answers`, answers, message('issue.answersObject'));
        } else
          for (const [key, value] of Object.entries(answers))
            if (typeof value !== 'string') {
              answersOk = false;
              problem(
                `${at}.answers[${JSON.stringify(key)}]`,
                value,
                message('issue.answersObject'),
              );
            }
      }
      if (identifying !== undefined && typeof identifying !== 'boolean')
        problem(`${at}.identifying`, identifying, message('issue.trueFalse'));
      if (typeof header === 'string' && targetOk && answersOk)
        columns.push({
          header,
          target: target as string,
          ...(answers === undefined ? {} : { answers: answers as Answers }),
          ...(identifying === true ? { identifying: true as const } : {}),
        });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    mapping: {
      format: FORMAT,
      version: 1,
      ...(typeof raw.tool === 'string' ? { tool: raw.tool } : {}),
      headerRows: headerRows as number,
      columns,
    },
  };
}

export interface AppliedMapping {
  /** One target per column of the export, in its order. */
  mapping: Mapping;
  /** Everything that does not fit: each names the mapping file's entry and the export's column. */
  problems: MappingProblem[];
  /** Columns the mapping maps (not to `ignore`) that the export lacks. */
  missing: string[];
  /** Columns of the export the mapping does not name: ignored. */
  unmapped: string[];
}

/** Why an answer of the mapping cannot be a value of its target, or null when it can. */
function answerProblem(codebook: Codebook, target: Target, value: string): Message | null {
  if (target.kind === 'ignore') return null;
  const v = value.trim();
  if (target.kind === 'multi') {
    const item = codebook.items.find((it) => it.id === target.item);
    if (!item || !isMulti(item)) return null;
    const codes = item.options.map((o) => o.code);
    return codes.includes(v) ? null : message('issue.codes', { codes: codes.join(', ') });
  }
  for (const item of codebook.items) {
    if (item.id === target.column) {
      if (isCoded(item)) {
        const codes = item.values.map((c) => c.code);
        return codes.includes(v) ? null : message('issue.codes', { codes: codes.join(', ') });
      }
      if (isNumeric(item)) {
        const x = Number(v);
        return v !== '' &&
          Number.isFinite(x) &&
          x >= (item.min ?? -Infinity) &&
          x <= (item.max ?? Infinity)
          ? null
          : message('issue.number', { min: item.min ?? '', max: item.max ?? '' });
      }
    }
    if (isMulti(item) && item.options.some((o) => optionColumn(item, o) === target.column))
      return v === '1' || v === '0' ? null : message('issue.chosen');
  }
  return null;
}

/**
 * A mapping file applied to an export: a target for every column of the export, by name, with
 * every mismatch said — columns of the mapping the export lacks, columns of the export the
 * mapping does not name (ignored), targets that are not the codebook's, answers that are not
 * codes of their target, identifying columns given a target, and another number of header rows.
 */
export function applyMappingFile(
  codebook: Codebook,
  prepared: Pick<Prepared, 'tool' | 'header' | 'headerRows' | 'identifying'>,
  file: MappingFile,
): AppliedMapping {
  const problems: MappingProblem[] = [];
  const known = new Map(targets(codebook).map((target) => [targetKey(target), target]));
  const identifying = new Set(prepared.identifying);
  const byHeader = new Map(file.columns.map((c, i) => [c.header, { column: c, i }]));
  const inExport = new Set(prepared.header);
  if (file.headerRows !== prepared.headerRows)
    problems.push({
      kind: 'header-rows',
      path: 'headerRows',
      value: String(file.headerRows),
      expected: message('issue.mappingHeaderRows', { n: prepared.headerRows, tool: prepared.tool }),
    });
  const missing: string[] = [];
  file.columns.forEach((c, i) => {
    if (c.target === 'ignore' || inExport.has(c.header)) return;
    missing.push(c.header);
    problems.push({
      kind: 'missing-column',
      path: `columns[${i}].header`,
      column: c.header,
      expected: message('issue.mappingMissing', {
        column: c.header,
        target: c.target,
        ignore: IGNORE,
      }),
    });
  });
  const unmapped: string[] = [];
  const mapping: Mapping = prepared.header.map((header): Target => {
    const entry = byHeader.get(header);
    if (!entry) {
      if (identifying.has(header)) return { kind: 'ignore', identifying: true };
      unmapped.push(header);
      problems.push({
        kind: 'unmapped-column',
        column: header,
        expected: message('issue.mappingUnmapped', { multi: MULTI, ignore: IGNORE }),
      });
      return { kind: 'ignore' };
    }
    const { column: c, i } = entry;
    const at = `columns[${i}]`;
    if (c.identifying || identifying.has(header)) {
      if (c.target !== 'ignore')
        problems.push({
          kind: 'identifying',
          path: `${at}.target`,
          column: header,
          value: c.target,
          expected: message('issue.identifyingIgnored', { ignore: IGNORE, column: header }),
        });
      return { kind: 'ignore', identifying: true };
    }
    if (c.target === 'ignore') return { kind: 'ignore' };
    const found = known.get(c.target);
    if (!found) {
      problems.push({
        kind: 'unknown-target',
        path: `${at}.target`,
        column: header,
        value: c.target,
        expected: message('issue.mappingTarget', { multi: MULTI, ignore: IGNORE }),
      });
      return { kind: 'ignore' };
    }
    if (!c.answers || Object.keys(c.answers).length === 0) return found;
    for (const [raw, code] of Object.entries(c.answers)) {
      const wrong = answerProblem(codebook, found, code);
      if (wrong)
        problems.push({
          kind: 'bad-answer',
          path: `${at}.answers[${JSON.stringify(raw)}]`,
          column: header,
          value: code,
          expected: wrong,
        });
    }
    return { ...found, answers: { ...c.answers } } as Target;
  });
  return { mapping, problems, missing, unmapped };
}
