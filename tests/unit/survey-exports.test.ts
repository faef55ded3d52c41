import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/check-upload';
import { main } from '../../src/cli/check-upload';
import { csvColumns, isStored, optionColumn } from '../../src/lib/codebook/columns';
import type { CodedItem, Item, MultiItem } from '../../src/lib/codebook/types';
import { isCoded, isMulti } from '../../src/lib/codebook/types';
import { readTable, writeCsv } from '../../src/lib/data/csv';
import { loadWave } from '../../src/lib/data/load-wave';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { detectLayout } from '../../src/lib/upload/layout';
import type { Mapping, Target } from '../../src/lib/upload/mapping';
import { suggestMapping } from '../../src/lib/upload/mapping';
import type { MappingFile } from '../../src/lib/upload/mapping-file';
import {
  applyMappingFile,
  describeMappingProblem,
  mappingFileOf,
  readMappingFile,
  writeMappingFile,
} from '../../src/lib/upload/mapping-file';
import type { Normalised, Prepared } from '../../src/lib/upload/normalise';
import {
  describeUploadIssue,
  normalise,
  normaliseBytes,
  prepare,
} from '../../src/lib/upload/normalise';
import { readCodebook, root } from './helpers/data';

/**
 * One set of respondents, written as each survey tool exports it: every export must normalise to
 * exactly the rows generated, so every share and n loaded is the one counted here.
 */
const codebook = readCodebook();
const COLUMNS = csvColumns(codebook);
const ITEMS = codebook.items.filter(isStored);
const item = (id: string) => codebook.items.find((i) => i.id === id) as Item;
const multi = (id: string) => item(id) as MultiItem;
const encode = (text: string) => new TextEncoder().encode(text);

type Respondent = Record<string, string>;

/** mulberry32: a small seeded generator, so every run makes the same respondents. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Respondents in the codebook's terms ('' = no answer), routed as the questionnaire routes them:
 * burnout causes only for burnout = ja, the discussion only for those who considered quitting.
 * One in ten of those asked a multi-select question skips it (every option blank).
 */
function respondents(n: number, seed: number): Respondent[] {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: n }, () => {
    const r: Respondent = {};
    for (const it of ITEMS) {
      const u = it.universe;
      const asked = !u || !('in' in u) || u.in.includes(r[u.item] ?? '');
      if (isMulti(it)) {
        const answers = asked && random() > 0.1;
        const most = it.id === 'heavy_day' ? 3 : it.options.length;
        const chosen = new Set<string>();
        if (answers) {
          const count = 1 + Math.floor(random() * most);
          while (chosen.size < count) chosen.add(pick(it.options).code);
        }
        for (const o of it.options)
          r[optionColumn(it, o)] = answers ? (chosen.has(o.code) ? '1' : '0') : '';
      } else if (isCoded(it)) {
        const values = it.values.filter((v) => !v.generalised);
        r[it.id] = it.type === 'dimension' || (asked && random() > 0.05) ? pick(values).code : '';
      } else if (random() < 0.05) r[it.id] = '';
      else if (it.type === 'rating10') r[it.id] = String(1 + Math.floor(random() * 10));
      else {
        const [min, max] = [it.min!, it.max!];
        r[it.id] = String(min + Math.round(random() * (max - min) * 2) / 2);
      }
    }
    return r;
  });
}

const canonical = (rs: readonly Respondent[]) => writeCsv(COLUMNS, rs);

/** Of those who answered a multi-select question: n, and the share choosing each option. */
function shares(rows: readonly Respondent[], id: string): { n: number; share: number[] } {
  const it = multi(id);
  const cols = it.options.map((o) => optionColumn(it, o));
  const answered = rows.filter((r) => cols.some((c) => (r[c] ?? '') !== ''));
  return {
    n: answered.length,
    share: cols.map((c) => answered.filter((r) => r[c] === '1').length / answered.length),
  };
}
const loaded = (result: Normalised) => readTable(result.csv).rows;

const label = (it: CodedItem, code: string) =>
  code === '' ? '' : it.values.find((v) => v.code === code)!.label.nl;

/** A column of an export: its header records and its cell for each respondent. */
interface Column {
  head: string[];
  cell: (r: Respondent, i: number) => string;
}
function exportOf(columns: readonly Column[], rs: readonly Respondent[]): string {
  const heads = columns[0]!.head.map((_, k) => columns.map((c) => c.head[k]!));
  return writeCsv(
    heads[0]!,
    [...heads.slice(1), ...rs.map((r, i) => columns.map((c) => c.cell(r, i)))],
    {
      newline: '\r\n',
    },
  );
}
const fixed = (value: string) => (): string => value;

// ---------------------------------------------------------------- the exports, tool by tool

const TYPED = 'Anders (graag specificeren)';
const typedOther = (r: Respondent) =>
  r.burnout_cause_other === '1' ? 'nee, vooral de reistijd' : '';

/** SurveyMonkey: question row and option row; an option column holds the option's text or blank. */
function surveyMonkey(rs: readonly Respondent[]): string {
  const meta: [string, Column['cell']][] = [
    ['Respondent ID', (_, i) => String(11_400_000_000 + i)],
    ['Collector ID', fixed('431234567')],
    ['Start Date', fixed('03/01/2024 09:12:00 AM')],
    ['End Date', fixed('03/01/2024 09:25:13 AM')],
    ['IP Address', (_, i) => `145.97.${i % 250}.${i % 7}`],
    ['Email Address', (_, i) => `aios${i}@example.nl`],
    ['First Name', fixed('Sanne')],
    ['Last Name', (_, i) => `de Vries ${i}`],
    ['Custom Data 1', (_, i) => `personeelsnummer ${i}`],
  ];
  const columns: Column[] = meta.map(([name, cell]) => ({ head: [name, ''], cell }));
  for (const it of ITEMS) {
    if (isMulti(it))
      it.options.forEach((o, k) => {
        const typed = it.id === 'burnout_cause' && o.code === 'other';
        const col = optionColumn(it, o);
        columns.push({
          head: [k === 0 ? it.question.nl : '', typed ? TYPED : o.label.nl],
          cell: typed ? typedOther : (r) => (r[col] === '1' ? o.label.nl : ''),
        });
      });
    else if (isCoded(it))
      columns.push({ head: [it.question.nl, 'Response'], cell: (r) => label(it, r[it.id]!) });
    else columns.push({ head: [it.question.nl, 'Open-Ended Response'], cell: (r) => r[it.id]! });
  }
  return exportOf(columns, rs);
}

/** A tool's own number for a codebook code: Qualtrics numbers the answers in reverse here. */
const qualtricsCode = (it: CodedItem, code: string) =>
  code === '' ? '' : String(it.values.length - it.values.findIndex((v) => v.code === code));

const QUALTRICS_META: [string, string, string, Column['cell']][] = [
  ['StartDate', 'Start Date', 'startDate', fixed('2024-03-01 09:12:00')],
  ['EndDate', 'End Date', 'endDate', fixed('2024-03-01 09:25:13')],
  ['Status', 'Response Type', 'status', fixed('0')],
  ['IPAddress', 'IP Address', 'ipAddress', (_, i) => `145.97.${i % 250}.1`],
  ['Progress', 'Progress', 'progress', fixed('100')],
  ['Duration (in seconds)', 'Duration (in seconds)', 'duration', (_, i) => String(300 + i)],
  ['Finished', 'Finished', 'finished', fixed('1')],
  ['RecordedDate', 'Recorded Date', 'recordedDate', fixed('2024-03-01 09:25:14')],
  ['ResponseId', 'Response ID', '_recordId', (_, i) => `R_${(1e9 + i).toString(36)}`],
  ['RecipientLastName', 'Recipient Last Name', 'recipientLastName', fixed('')],
  ['RecipientFirstName', 'Recipient First Name', 'recipientFirstName', fixed('')],
  ['RecipientEmail', 'Recipient Email', 'recipientEmail', fixed('')],
  ['ExternalReference', 'External Data Reference', 'externalDataReference', fixed('')],
  ['LocationLatitude', 'Location Latitude', 'locationLatitude', fixed('52.0907')],
  ['LocationLongitude', 'Location Longitude', 'locationLongitude', fixed('5.1214')],
  ['DistributionChannel', 'Distribution Channel', 'distributionChannel', fixed('anonymous')],
  ['UserLanguage', 'User Language', 'userLanguage', fixed('NL')],
];

/**
 * Qualtrics' default export: ids, texts and ImportIds; answers as numbers; a multi-select as
 * Q_1…Q_n columns of 1/blank, and heavy_day as one column of choice numbers "1,3".
 */
function qualtrics(rs: readonly Respondent[]): string {
  const columns: Column[] = QUALTRICS_META.map(([id, text, importId, cell]) => ({
    head: [id, text, JSON.stringify({ ImportId: importId })],
    cell,
  }));
  ITEMS.forEach((it, q) => {
    const id = `Q${q + 1}`;
    if (isMulti(it) && it.id === 'heavy_day')
      columns.push({
        head: [id, it.question.nl, JSON.stringify({ ImportId: `QID${q + 1}` })],
        cell: (r) =>
          it.options
            .flatMap((o, k) => (r[optionColumn(it, o)] === '1' ? [String(k + 1)] : []))
            .join(','),
      });
    else if (isMulti(it))
      it.options.forEach((o, k) =>
        columns.push({
          head: [
            `${id}_${k + 1}`,
            `${it.question.nl} - ${o.label.nl}`,
            JSON.stringify({ ImportId: `QID${q + 1}_${k + 1}` }),
          ],
          cell: (r) => (r[optionColumn(it, o)] === '1' ? '1' : ''),
        }),
      );
    else
      columns.push({
        head: [id, it.question.nl, JSON.stringify({ ImportId: `QID${q + 1}` })],
        cell: isCoded(it) ? (r) => qualtricsCode(it, r[it.id]!) : (r) => r[it.id]!,
      });
  });
  return exportOf(columns, rs);
}

/**
 * The mapping file a data owner writes by hand for that questionnaire: every column by the name
 * in the export, each coded question with Qualtrics' numbers and what they mean.
 */
function qualtricsMappingFile(): MappingFile {
  const columns: MappingFile['columns'] = QUALTRICS_META.map(([, text]) => ({
    header: text,
    target: 'ignore',
  }));
  for (const it of ITEMS) {
    if (isMulti(it) && it.id === 'heavy_day')
      columns.push({
        header: it.question.nl,
        target: 'multi:heavy_day',
        answers: Object.fromEntries(it.options.map((o, k) => [String(k + 1), o.code])),
      });
    else if (isMulti(it))
      for (const o of it.options)
        columns.push({ header: `${it.question.nl} - ${o.label.nl}`, target: optionColumn(it, o) });
    else if (isCoded(it))
      columns.push({
        header: it.question.nl,
        target: it.id,
        answers: Object.fromEntries(it.values.map((v) => [qualtricsCode(it, v.code), v.code])),
      });
    else columns.push({ header: it.question.nl, target: it.id });
  }
  return { format: 'djs-enquete-mapping', version: 1, tool: 'qualtrics', headerRows: 3, columns };
}

const LIME_META: [string, Column['cell']][] = [
  ['id', (_, i) => String(i + 1)],
  ['submitdate', fixed('2024-03-01 09:25:13')],
  ['lastpage', fixed('6')],
  ['startlanguage', fixed('nl')],
  ['seed', (_, i) => String(1_000_003 * (i + 7))],
];
const limeCode = (q: number) => `Q${String(q + 1).padStart(2, '0')}`;

/** LimeSurvey's code export: answer codes A1…, a chosen option Y. */
function limeSurveyCodes(rs: readonly Respondent[]): string {
  const columns: Column[] = LIME_META.map(([name, cell]) => ({ head: [name], cell }));
  ITEMS.forEach((it, q) => {
    if (isMulti(it))
      it.options.forEach((o, k) =>
        columns.push({
          head: [`${limeCode(q)}[SQ${String(k + 1).padStart(3, '0')}]`],
          cell: (r) => (r[optionColumn(it, o)] === '1' ? 'Y' : ''),
        }),
      );
    else if (isCoded(it))
      columns.push({
        head: [limeCode(q)],
        cell: (r) =>
          r[it.id] === '' ? '' : `A${it.values.findIndex((v) => v.code === r[it.id]) + 1}`,
      });
    else columns.push({ head: [limeCode(q)], cell: (r) => r[it.id]! });
  });
  return exportOf(columns, rs);
}

/** The mapping for LimeSurvey codes, as the data owner makes it in the upload's mapping step. */
function limeSurveyMapping(header: readonly string[]): Mapping {
  return header.map((name): Target => {
    const q = /^Q(\d+)(?:\[SQ(\d+)\])?$/.exec(name);
    if (!q) return { kind: 'ignore' };
    const it = ITEMS[Number(q[1]) - 1]!;
    if (isMulti(it))
      return { kind: 'column', column: optionColumn(it, it.options[Number(q[2]) - 1]!) };
    if (isCoded(it))
      return {
        kind: 'column',
        column: it.id,
        answers: Object.fromEntries(it.values.map((v, k) => [`A${k + 1}`, v.code])),
      };
    return { kind: 'column', column: it.id };
  });
}

/** LimeSurvey's full-text export: "Question [Option]", answers as texts, a chosen option "Ja". */
function limeSurveyTexts(rs: readonly Respondent[]): string {
  const meta: [string, Column['cell']][] = [
    ['Antwoord ID', (_, i) => String(i + 1)],
    ['Datum verstuurd', fixed('2024-03-01 09:25:13')],
    ['Laatste pagina', fixed('6')],
    ['Starttaal', fixed('nl')],
    ['Seed', (_, i) => String(7 * i + 3)],
  ];
  const columns: Column[] = meta.map(([name, cell]) => ({ head: [name], cell }));
  for (const it of ITEMS) {
    if (isMulti(it))
      for (const o of it.options)
        columns.push({
          head: [`${it.question.nl} [${o.label.nl}]`],
          cell: (r) => (r[optionColumn(it, o)] === '1' ? 'Ja' : ''),
        });
    else if (isCoded(it))
      columns.push({ head: [it.question.nl], cell: (r) => label(it, r[it.id]!) });
    else columns.push({ head: [it.question.nl], cell: (r) => r[it.id]! });
  }
  return exportOf(columns, rs);
}

/** The form's own labels of heavy_day where they differ from the codebook's: with commas. */
const FORM_LABELS: Record<string, string> = {
  calls: 'Telefoontjes, piepers en berichten',
  admin: 'Administratie, zoals brieven, dossiers en formulieren',
};
const TYPED_IN_FORM = 'Verhuizing, verbouwing';

/**
 * Google Forms: a timestamp first, the e-mail address, question texts as header, a multi-select
 * in one column of the chosen labels joined by ", " (what was typed under "Other" among them),
 * decimals with a comma (a Dutch form).
 */
function googleForms(rs: readonly Respondent[]): string {
  const columns: Column[] = [
    { head: ['Tijdstempel'], cell: fixed('1-3-2024 9:25:13') },
    { head: ['E-mailadres'], cell: (_, i) => `aios${i}@example.nl` },
  ];
  for (const it of ITEMS) {
    if (isMulti(it))
      columns.push({
        head: [it.question.nl],
        cell: (r) =>
          it.options
            .filter((o) => r[optionColumn(it, o)] === '1')
            .map((o) =>
              it.id === 'burnout_cause' && o.code === 'other'
                ? TYPED_IN_FORM
                : it.id === 'heavy_day'
                  ? (FORM_LABELS[o.code] ?? o.label.nl)
                  : o.label.nl,
            )
            .join(', '),
      });
    else if (isCoded(it))
      columns.push({ head: [it.question.nl], cell: (r) => label(it, r[it.id]!) });
    else columns.push({ head: [it.question.nl], cell: (r) => r[it.id]!.replace('.', ',') });
  }
  return exportOf(columns, rs);
}

// ---------------------------------------------------------------- the tests

const people = respondents(400, 15);
const expected = canonical(people);

/** A mapping file written, read back and applied, as a data owner's next export would use it. */
function throughFile(prepared: Prepared, file: MappingFile) {
  const read = readMappingFile(writeMappingFile(file), 'mapping.json');
  if (!read.ok) throw new Error(read.problems.map((p) => describeMappingProblem(p)).join('\n'));
  return applyMappingFile(codebook, prepared, read.mapping);
}

describe('survey-tool exports read right, through one mapping per questionnaire', () => {
  it('the generated respondents are routed and varied enough to tell exports apart', () => {
    const burnout = people.filter((r) => r.burnout === 'ja').length;
    expect(shares(people, 'burnout_cause').n).toBeGreaterThan(0.8 * burnout);
    expect(shares(people, 'burnout_cause').n).toBeLessThan(burnout);
    expect(people.filter((r) => r.burnout !== 'ja' && r.burnout_cause_wlb !== '')).toEqual([]);
    for (const s of shares(people, 'burnout_cause').share) expect(s).toBeGreaterThan(0.2);
  });

  it('a plain CSV of codebook ids passes unchanged', () => {
    const result = normaliseBytes(codebook, 'plain.csv', encode(expected));
    expect(result).toMatchObject({ tool: 'csv', valid: 400, issues: [], identifying: [] });
    expect(result.csv).toBe(expected);
  });

  it('SurveyMonkey: two header rows, option texts or blanks, the typed "Other" column', () => {
    const prepared = prepare('surveymonkey.csv', encode(surveyMonkey(people)));
    expect(prepared).toMatchObject({ tool: 'surveymonkey', headerRows: 2 });
    const question = multi('burnout_cause').question.nl;
    expect(prepared.header).toContain(`${question} - Verstoorde werk-privébalans`);
    expect(prepared.identifying).toEqual([
      'Respondent ID',
      'IP Address',
      'Email Address',
      'First Name',
      'Last Name',
      'Custom Data 1',
    ]);
    // Matched by the wording, but for the typed "Other" column: without it the causes would
    // read as never "other", so nothing loads until it is mapped (or the question ignored).
    const suggested = suggestMapping(codebook, prepared.header);
    const unmapped = normalise(codebook, prepared, suggested);
    expect(unmapped.fatal.map((i) => i.kind)).toEqual(['missing-option']);
    expect(describeUploadIssue(unmapped.fatal[0]!)).toBe(
      'line 1, column "burnout_cause": expected a column for every option of "Causes of burnout ' +
        'complaints" (burnout_cause): burnout_cause_other (“Other”) has none. Map that option to a ' +
        'column of the file, or ignore the whole question (else nobody would seem to have chosen ' +
        'that option)',
    );
    suggested[prepared.header.indexOf(`${question} - ${TYPED}`)] = {
      kind: 'column',
      column: 'burnout_cause_other',
    };
    const applied = throughFile(prepared, mappingFileOf(prepared, suggested));
    expect(applied.problems).toEqual([]);
    const result = normalise(codebook, prepared, applied.mapping);
    expect(result.fatal).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.identifying).toEqual(prepared.identifying);
    expect(result.ignored).toEqual(['Collector ID', 'Start Date', 'End Date']);
    expect(result.csv).toBe(expected);
    expect(shares(loaded(result), 'burnout_cause')).toEqual(shares(people, 'burnout_cause'));
  });

  it('Qualtrics: three header rows, numeric codes read only through the mapping file', () => {
    const prepared = prepare('qualtrics.csv', encode(qualtrics(people)));
    expect(prepared).toMatchObject({ tool: 'qualtrics', headerRows: 3, ownCodes: true });
    expect(prepared.identifying).toEqual([
      'IP Address',
      'Response ID',
      'Recipient Last Name',
      'Recipient First Name',
      'Recipient Email',
      'External Data Reference',
      'Location Latitude',
      'Location Longitude',
    ]);
    // Without the mapping's answers a number is not taken for the codebook's code of the same
    // number: Qualtrics' 5 is "Helemaal oneens" here, the codebook's 5 "Helemaal eens".
    const guessed = normalise(codebook, prepared, suggestMapping(codebook, prepared.header));
    expect(guessed.valid).toBe(0);
    const proud = guessed.issues.find((i) => i.column === item('proud').question.nl)!;
    expect(describeUploadIssue(proud)).toMatch(
      /^line \d+, column "Ik ben trots op mijn specialisme\.": found "\d", expected the codebook code that "\d" stands for, in the mapping file under "answers" of column "Ik ben trots op mijn specialisme\.": a survey tool numbers its answers itself, so its numbers are not read as the codebook's codes \(1, 2, 3, 4, 5\); guessing by position is not safe$/,
    );
    const applied = throughFile(prepared, qualtricsMappingFile());
    expect(applied.problems).toEqual([]);
    const result = normalise(codebook, prepared, applied.mapping);
    expect(result.issues).toEqual([]);
    expect(result.csv).toBe(expected);
    expect(shares(loaded(result), 'heavy_day')).toEqual(shares(people, 'heavy_day'));
  });

  it('LimeSurvey codes: answer codes and Y through a mapping made once and kept as a file', () => {
    const prepared = prepare('limesurvey.csv', encode(limeSurveyCodes(people)));
    expect(prepared).toMatchObject({ tool: 'limesurvey', headerRows: 1, identifying: ['id'] });
    // Letter codes say what to add to the mapping, naming the column and the value.
    const mapping = limeSurveyMapping(prepared.header);
    const bare = mapping.map((t): Target => (t.kind === 'column' ? { ...t, answers: {} } : t));
    const unread = normalise(codebook, prepared, bare).issues[0]!;
    expect(describeUploadIssue(unread)).toMatch(
      /^line 2, column "Q01": found "A\d+", expected one of the codes .* \(or their labels\); or, if "A\d+" is a code of the survey tool itself: say in the mapping file, under "answers" of column "Q01", which codebook code "A\d+" stands for$/,
    );
    const file = mappingFileOf(prepared, mapping);
    expect(file.columns[0]).toEqual({ header: 'id', target: 'ignore', identifying: true });
    expect(file.columns.find((c) => c.header === 'Q01')).toMatchObject({
      target: 'specialty',
      answers: { A1: 'anesthesiologie' },
    });
    // The next export of the same questionnaire, other respondents, the same file.
    const next = respondents(250, 99);
    const later = prepare('limesurvey-2026.csv', encode(limeSurveyCodes(next)));
    const applied = throughFile(later, file);
    expect(applied.problems).toEqual([]);
    const result = normalise(codebook, later, applied.mapping);
    expect(result.issues).toEqual([]);
    expect(result.csv).toBe(canonical(next));
    expect(normalise(codebook, prepared, throughFile(prepared, file).mapping).csv).toBe(expected);
  });

  it('LimeSurvey full texts: "Question [Option]" headers and "Ja" are read by the wording', () => {
    const prepared = prepare('limesurvey-text.csv', encode(limeSurveyTexts(people)));
    expect(prepared).toMatchObject({ tool: 'limesurvey-text', identifying: ['Antwoord ID'] });
    const result = normalise(codebook, prepared, suggestMapping(codebook, prepared.header));
    expect(result.issues).toEqual([]);
    expect(result.ignored).toEqual(['Datum verstuurd', 'Laatste pagina', 'Starttaal', 'Seed']);
    expect(result.csv).toBe(expected);
  });

  it('Google Forms: one column of labels joined by ", ", labels with commas split by the labels', () => {
    const prepared = prepare('google-forms.csv', encode(googleForms(people)));
    expect(prepared).toMatchObject({ tool: 'google-forms', identifying: ['E-mailadres'] });
    const mapping = suggestMapping(codebook, prepared.header);
    const at = (id: string) => prepared.header.indexOf(multi(id).question.nl);
    expect(mapping[at('heavy_day')]).toEqual({ kind: 'multi', item: 'heavy_day' });
    // The form's own labels hold commas: split on every comma they would not be found.
    const unmapped = normalise(codebook, prepared, mapping);
    expect(unmapped.issues.map((i) => i.value)).toContain('Telefoontjes');
    mapping[at('heavy_day')] = {
      kind: 'multi',
      item: 'heavy_day',
      answers: { [FORM_LABELS.calls!]: 'calls', [FORM_LABELS.admin!]: 'admin' },
    };
    // What was typed under "Other" (commas and all) is "other", by the mapping's say.
    mapping[at('burnout_cause')] = {
      kind: 'multi',
      item: 'burnout_cause',
      answers: { '*': 'other' },
    };
    const applied = throughFile(prepared, mappingFileOf(prepared, mapping));
    expect(applied.problems).toEqual([]);
    const result = normalise(codebook, prepared, applied.mapping);
    expect(result.issues).toEqual([]);
    expect(result.identifying).toEqual(['E-mailadres']);
    expect(result.ignored).toEqual(['Tijdstempel']);
    expect(result.decimalCommas).toBeGreaterThan(0);
    expect(result.csv).toBe(expected);
    expect(shares(loaded(result), 'heavy_day')).toEqual(shares(people, 'heavy_day'));
  });

  it('recognises each layout from its first records, and identifying columns by name', () => {
    expect(detectLayout([['a', 'b']])).toMatchObject({ tool: 'csv', headerRows: 1 });
    expect(detectLayout([['Timestamp', 'Email address', 'Q']])).toMatchObject({
      tool: 'google-forms',
      identifying: ['Email address'],
    });
    expect(
      detectLayout([['Response ID', 'Date submitted', 'Last page', 'Start language', 'Q [x]']]),
    ).toMatchObject({ tool: 'limesurvey-text', identifying: ['Response ID'] });
    // A legacy Qualtrics export: ids and texts, no ImportId row.
    expect(
      detectLayout([
        ['ResponseId', 'Q1'],
        ['Response ID', 'Wat?'],
        ['R_1', '2'],
      ]),
    ).toMatchObject({ tool: 'qualtrics', headerRows: 2, header: ['Response ID', 'Wat?'] });
  });
});

describe('the shares that load are the true ones (duckdb-wasm, the site’s loader)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(() => engine.close());

  it('SurveyMonkey burnout causes: the shares and n counted from the generated respondents', async () => {
    const prepared = prepare('surveymonkey.csv', encode(surveyMonkey(people)));
    const mapping = suggestMapping(codebook, prepared.header);
    mapping[prepared.header.indexOf(`${multi('burnout_cause').question.nl} - ${TYPED}`)] = {
      kind: 'column',
      column: 'burnout_cause_other',
    };
    const result = normalise(codebook, prepared, mapping);
    await loadWave(engine, codebook, 2024, 'surveymonkey.csv', encode(result.csv));
    const [row] = await engine.query(
      `SELECT count(burnout_cause_wlb) AS n, avg(burnout_cause_wlb) AS wlb,
        avg(burnout_cause_work) AS work, avg(burnout_cause_private) AS private,
        avg(burnout_cause_other) AS other FROM responses WHERE wave = 2024`,
    );
    const truth = shares(people, 'burnout_cause');
    expect(row!.n).toBe(truth.n);
    const got = [row!.wlb, row!.work, row!.private, row!.other] as number[];
    got.forEach((share, k) => expect(share).toBeCloseTo(truth.share[k]!, 12));
    // Not the 100 % / 0 % / 0 % / 0 % of reading only the first column of the question.
    expect(Math.max(...got)).toBeLessThan(0.9);
  });
});

describe('what would be lost stops the file, or is named', () => {
  const big = respondents(2027, 2024);
  const bigText = canonical(big);

  it('a stray quote on line 101 of 2,027 rows: nothing loads, the line and the 1,928 rows are named', () => {
    const lines = bigText.split('\n');
    lines[100] = `"${lines[100]}`;
    const result = normaliseBytes(codebook, 'stray.csv', encode(lines.join('\n')));
    expect(result.csv).toBe('');
    expect(result.fatal).toEqual([expect.objectContaining({ kind: 'unclosed-quote', line: 101 })]);
    expect(describeUploadIssue(result.fatal[0]!)).toBe(
      'line 101: expected a closing " for the quote opened on line 101 (or no quote at all): as ' +
        'it is, lines 101 to 2028 (1,928 rows of respondents) are read as one field, so nothing ' +
        'is loaded',
    );
    expect(2028 - 101 + 1).toBe(big.length - 99);
  });

  it('a stray quote closed by a later quoted field: the lines between are named too', () => {
    const rows = big
      .slice(0, 300)
      .map((r, i) => [
        ...COLUMNS.map((c) => r[c]!),
        i === 99 ? '"te veel' : i === 199 ? 'zegt "genoeg"' : 'geen',
      ]);
    const lines = [[...COLUMNS, 'Opmerkingen'], ...rows].map((cells, i) =>
      cells
        .map((c) => (i === 200 ? (c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c) : c))
        .join(','),
    );
    const result = normaliseBytes(codebook, 'stray.csv', encode(`${lines.join('\n')}\n`));
    expect(result.csv).toBe('');
    expect(result.fatal).toEqual([expect.objectContaining({ kind: 'unclosed-quote', line: 101 })]);
    expect(describeUploadIssue(result.fatal[0]!)).toContain('lines 101 to 201 (101 rows');
  });

  it('one option column of a multi-select missing: fatal, naming the item and the option', () => {
    const without = COLUMNS.filter((c) => c !== 'heavy_day_calls');
    const result = normaliseBytes(codebook, 'x.csv', encode(writeCsv(without, big)));
    expect(result.csv).toBe('');
    expect(result.fatal).toHaveLength(1);
    expect(describeUploadIssue(result.fatal[0]!, 'nl')).toBe(
      'regel 1, kolom “heavy_day”: verwacht een kolom voor elke keuze van “Wat maakt een werkdag ' +
        'zwaar” (heavy_day): heavy_day_calls (“Te veel telefoontjes”) heeft er geen. Koppel die ' +
        'keuze aan een kolom van het bestand, of negeer de hele vraag (anders lijkt het of niemand die ' +
        'keuze koos)',
    );
    // The whole question left out: it loads, the question is named as absent.
    const heavy = multi('heavy_day').options.map((o) => optionColumn(multi('heavy_day'), o));
    const none = normaliseBytes(
      codebook,
      'x.csv',
      encode(
        writeCsv(
          COLUMNS.filter((c) => !heavy.includes(c)),
          big,
        ),
      ),
    );
    expect(none.fatal).toEqual([]);
    expect(none.valid).toBe(2027);
    expect(none.absent).toEqual(heavy);
  });

  it('hours with a thousands separator are problems; 38,5 and 38.5 stay decimals', () => {
    const rows = big.slice(0, 40).map((r) => ({ ...r }));
    rows[3]!.hours_worked = '1.000';
    rows[7]!.hours_worked = '1,000';
    rows[9]!.contract_hours = '1.000.000';
    rows[11]!.hours_worked = '38,5';
    rows[12]!.hours_worked = '38.5';
    rows[13]!.outside_hours = '0,125';
    const result = normaliseBytes(codebook, 'hours.csv', encode(writeCsv(COLUMNS, rows)));
    expect(result.issues.map((i) => [i.line, i.column, i.value, i.kind])).toEqual([
      [5, 'hours_worked', '1.000', 'ambiguous-number'],
      [9, 'hours_worked', '1,000', 'ambiguous-number'],
      [11, 'contract_hours', '1.000.000', 'ambiguous-number'],
    ]);
    expect(describeUploadIssue(result.issues[1]!)).toBe(
      'line 9, column "hours_worked": found "1,000", expected 1000 or 1, without a thousands ' +
        'separator: with three digits after the point or comma it could be either (a number ' +
        'from 0 to 120)',
    );
    expect(describeUploadIssue(result.issues[2]!)).toContain(
      'expected 1000000, without thousands separators',
    );
    const valid = loaded(result);
    expect(valid).toHaveLength(37);
    const kept = rows.filter((_, i) => ![3, 7, 9].includes(i));
    const mean = (rs: readonly Respondent[]) => {
      const xs = rs.map((r) => r.hours_worked!).filter((v) => v !== '');
      return xs.reduce((a, v) => a + Number(v.replace(',', '.')), 0) / xs.length;
    };
    expect(mean(valid)).toBeCloseTo(mean(kept), 12);
    // Rows 11, 12 and 13 of the file are the 9th to 11th valid rows (3 left out before them).
    expect([valid[8]!.hours_worked, valid[9]!.hours_worked]).toEqual(['38.5', '38.5']);
    expect(valid[10]!.outside_hours).toBe('0.125');
  });
});

describe('the mapping file', () => {
  const prepared = prepare('qualtrics.csv', encode(qualtrics(people.slice(0, 30))));

  it('round-trips: written, read back, applied, the same mapping', () => {
    const file = qualtricsMappingFile();
    const text = writeMappingFile(file);
    expect(JSON.parse(text)).toEqual(file);
    const read = readMappingFile(text, 'q.json');
    expect(read).toEqual({ ok: true, mapping: file });
    const applied = applyMappingFile(codebook, prepared, file);
    expect(mappingFileOf(prepared, applied.mapping)).toEqual({
      ...file,
      columns: file.columns.map((c) =>
        prepared.identifying.includes(c.header) ? { ...c, identifying: true } : c,
      ),
    });
  });

  it('says what is wrong with a file: its name, the JSON path, what was found and expected', () => {
    const problems = (text: string) => {
      const read = readMappingFile(text, 'koppeling.json');
      return read.ok ? [] : read.problems.map((p) => describeMappingProblem(p));
    };
    expect(problems('{"format": ')[0]).toMatch(/^koppeling\.json, \$: expected valid JSON \(/);
    expect(problems('[]')).toEqual([
      'koppeling.json, $: expected a mapping file of the dashboard ("format": "djs-enquete-mapping", "version": 1)',
    ]);
    const bad = {
      format: 'djs-enquete-mapping',
      version: 2,
      headerRows: 0,
      columns: [
        { header: 'Q1', target: 'burnout', answers: { '1': 1 } },
        { header: 'Q1', target: 'ignore' },
        { header: 'Q2', target: '', answer: {} },
        { header: 'Q3', target: 'ignore', identifying: 'ja' },
      ],
    };
    expect(problems(JSON.stringify(bad))).toEqual([
      'koppeling.json, version: found "2", expected a mapping file of the dashboard ("format": "djs-enquete-mapping", "version": 1)',
      'koppeling.json, headerRows: found "0", expected a whole number of header rows, at least one',
      'koppeling.json, columns[0].answers["1"]: found "1", expected the column\'s own answers, each with the codebook code it stands for (as text)',
      'koppeling.json, columns[1].header: found "Q1", expected each column only once in the mapping file (also at columns[0])',
      'koppeling.json, columns[2].answer: expected one of the fields header, target, answers and identifying',
      'koppeling.json, columns[2].target: found "", expected a column of the codebook, "multi:<item>" for a multi-select question in one column, or "ignore"',
      'koppeling.json, columns[3].identifying: found "ja", expected true or false',
    ]);
  });

  it('applied to an export: missing, unmapped, unknown and identifying columns, wrong answers', () => {
    const file = qualtricsMappingFile();
    const burnout = item('burnout').question.nl;
    const columns = file.columns
      .filter((c) => c.header !== item('atmosphere').question.nl)
      .map((c) =>
        c.header === burnout
          ? { ...c, answers: { '1': 'yes' } }
          : c.header === item('workload').question.nl
            ? { ...c, target: 'werkdruk' }
            : c.header === 'IP Address'
              ? { ...c, target: 'specialty' }
              : c,
      );
    columns.push({ header: 'Opmerkingen', target: 'burnout' });
    const applied = applyMappingFile(codebook, prepared, { ...file, headerRows: 1, columns });
    expect(applied.missing).toEqual(['Opmerkingen']);
    expect(applied.unmapped).toEqual([item('atmosphere').question.nl]);
    expect(applied.problems.map((p) => describeMappingProblem({ ...p, file: 'q.json' }))).toEqual([
      'q.json, headerRows: found "1", expected 3 header rows, as this export (qualtrics) has: the mapping file was made for another layout',
      `q.json, columns[${columns.length - 1}].header, column "Opmerkingen": expected the column "Opmerkingen" in the export: the mapping file maps it to burnout. Export it too, or set its target to "ignore"`,
      'q.json, columns[3].target, column "IP Address": found "specialty", expected "ignore": column "IP Address" identifies a respondent and is never loaded',
      `q.json, columns[${columns.findIndex((c) => c.header === item('workload').question.nl)}].target, column "${item('workload').question.nl}": found "werkdruk", expected a column of the codebook, "multi:<item>" for a multi-select question in one column, or "ignore"`,
      `q.json, columns[${columns.findIndex((c) => c.header === burnout)}].answers["1"], column "${burnout}": found "yes", expected one of the codes ja, nee, weet_niet`,
      `q.json, column "${item('atmosphere').question.nl}": expected this column in the mapping file (a codebook column, "multi:<item>" or "ignore"): it is ignored now`,
    ]);
    expect(applied.mapping[prepared.header.indexOf('IP Address')]).toEqual({
      kind: 'ignore',
      identifying: true,
    });
  });
});

describe('check-upload --mapping', () => {
  const files: Record<string, string> = {
    'qualtrics.csv': qualtrics(people),
    'qualtrics.json': writeMappingFile(qualtricsMappingFile()),
    'broken.json': '{"format": "djs-enquete-mapping", "version": 1, "columns": []}',
    'no-calls.csv': writeCsv(
      COLUMNS.filter((c) => c !== 'heavy_day_calls'),
      people,
    ),
  };
  function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      readFile: (file) =>
        file in files
          ? encode(files[file]!)
          : new Uint8Array(readFileSync(path.resolve(root, file))),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    };
    return main(argv, io).then((code) => ({ code, out, err }));
  }

  it('reads a Qualtrics export through its mapping file, naming what it dropped', async () => {
    const { code, out, err } = await run(['qualtrics.csv', '--mapping', 'qualtrics.json']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe('Recognised as an export of Qualtrics (3 header rows)');
    expect(out[1]).toMatch(/^ok .*400 rows, 400 valid, 0 left out/);
    expect(out[2]).toBe(
      '  Dropped as identifying (never loaded): IP Address, Response ID, Recipient Last Name, ' +
        'Recipient First Name, Recipient Email, External Data Reference, Location Latitude and ' +
        'Location Longitude',
    );
  });

  it('fails on a mapping file that cannot be used, and on anything that would be lost', async () => {
    const broken = await run(['qualtrics.csv', '--mapping', 'broken.json']);
    expect(broken.code).toBe(1);
    expect(broken.err).toEqual([
      'FAIL  broken.json: not a usable mapping file',
      '  broken.json, headerRows: expected a whole number of header rows, at least one',
    ]);
    const calls = await run(['no-calls.csv']);
    expect(calls.code).toBe(1);
    expect(calls.err[0]).toBe('FAIL  no-calls.csv: cannot be read');
    expect(calls.err[1]).toContain('heavy_day_calls (“Too many phone calls”) has none');
    // Without the mapping file Qualtrics' numbers are not read: every row is left out.
    const unmapped = await run(['qualtrics.csv']);
    expect(unmapped.code).toBe(1);
    expect(unmapped.out[1]).toMatch(/^FAIL .*400 rows, 0 valid, 400 left out/);
  });
});
