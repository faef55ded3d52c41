import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { generateWave } from '../../src/lib/demo/generate';
import type { Row } from '../../src/lib/privacy/anonymity';
import { ReleaseError, releaseRows } from '../../src/lib/privacy/release';
import { reportMarkdown, summariseReport } from '../../src/lib/privacy/report';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const columns = csvColumns(codebook);
const QIS = ['specialty', 'hospital_type', 'gender', 'role', 'training_year', 'fulltime'];
const raw2022 = generateWave(codebook, 2022);

/** A row with every codebook column empty except the ones given. */
function blankRow(values: Row): Row {
  return { ...Object.fromEntries(columns.map((c) => [c, ''])), ...values };
}

/** Rows per released vector of the six quasi-identifiers, a blank a value of its own. */
function classSizes(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const key = QIS.map((q) => r[q] ?? '').join('|');
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

const count = (rows: readonly Row[], column: string, value: string) =>
  rows.filter((r) => r[column] === value).length;

/** A hand-made specialty of one hospital type, role, gender and fulltime status. */
function people(n: number, values: Row): Row[] {
  return Array.from({ length: n }, (_, i) =>
    blankRow({
      specialty: 'urologie',
      hospital_type: 'umc',
      gender: 'vrouw',
      role: 'aios',
      training_year: 'j1_2',
      fulltime: 'ja',
      burnout: i % 2 ? 'ja' : 'nee',
      ...values,
    }),
  );
}

describe('the release pipeline', () => {
  it('makes every vector of quasi-identifiers, blanks included, occur in ≥ 10 rows', () => {
    const { rows: out } = releaseRows(codebook, columns, raw2022);
    const sizes = [...classSizes(out).values()].map((rows) => rows.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(raw2022.length);
  });

  it('leaves ≥ 2 distinct answers on every sensitive item answered in a class', () => {
    const { rows: out } = releaseRows(codebook, columns, raw2022);
    const valid = (v: string | undefined) => v !== undefined && v !== '' && v !== 'weet_niet';
    for (const [key, rows] of classSizes(out))
      for (const item of ['burnout', 'considered_quitting', 'quitting_discussed']) {
        const answers = new Set(rows.map((r) => r[item]).filter(valid));
        if (answers.size > 0) expect(answers.size, `${key} ${item}`).toBeGreaterThanOrEqual(2);
      }
  });

  // Messier inputs than the committed waves: other seeds, and ten waves together (where a class
  // emptied by one balancing step once received rows in a later one, leaving classes of 1).
  it.each([
    ['seed 7, 2022', generateWave(codebook, 2022, 7)],
    ['seed 11, 2024', generateWave(codebook, 2024, 11)],
    [
      'ten 2024 waves',
      Array.from({ length: 10 }, (_, s) => generateWave(codebook, 2024, 100 + s)).flat(),
    ],
  ])('stays strict on %s', (_, rows) => {
    const { rows: out } = releaseRows(codebook, columns, rows);
    const sizes = [...classSizes(out).values()].map((r) => r.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it('merges a specialty with 6 respondents into its cluster, never leaving it named (case 9)', () => {
    let kept = 0;
    const rows = raw2022.map((r) => {
      if (r.specialty !== 'klinische_genetica') return r;
      return ++kept <= 6 ? r : { ...r, specialty: 'interne_geneeskunde' };
    });
    const { rows: out, report, source } = releaseRows(codebook, columns, rows);
    expect(out.some((r) => r.specialty === 'klinische_genetica')).toBe(false);
    const merge = report.merges.find((m) => m.from === 'klinische_genetica')!;
    expect(merge.rows).toBe(6);
    expect(merge.reason).toBe('fewer than 10 respondents');
    // Its cluster, or the one above it: the codebook's hierarchy.
    expect(['overig_diagnostisch', 'overig']).toContain(merge.to);
    // The six went all together, and the group they are in is ≥ 10: national total minus every
    // named specialty gives that group, not the six.
    const six = out.filter((_, i) => rows[source[i]!]!.specialty === 'klinische_genetica');
    expect(new Set(six.map((r) => r.specialty))).toEqual(new Set([merge.to]));
    expect(count(out, 'specialty', merge.to)).toBeGreaterThanOrEqual(10 + 6);
  });

  it('merges a remainder into the top of the hierarchy rather than withholding a specialty', () => {
    const rows = [
      ...people(40, { specialty: 'interne_geneeskunde' }),
      ...people(30, { specialty: 'urologie' }),
      ...people(3, { specialty: 'neurochirurgie' }),
    ];
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    // The 3 neurosurgeons are too few for their cluster; "overig" takes them and the smallest
    // specialty below it (urology, 30), whole. Nobody's specialty is blank.
    expect(count(out, 'specialty', '')).toBe(0);
    expect(count(out, 'specialty', 'neurochirurgie')).toBe(0);
    expect(count(out, 'specialty', 'overig')).toBe(33);
    expect(count(out, 'specialty', 'interne_geneeskunde')).toBe(40);
    expect(report.merges.map((m) => [m.from, m.to, m.rows])).toEqual(
      expect.arrayContaining([
        ['neurochirurgie', 'overig', 3],
        ['urologie', 'overig', 30],
      ]),
    );
  });

  it('moves a specialty only as a whole: never part named and part merged', () => {
    const { rows: out, source } = releaseRows(codebook, columns, raw2022);
    const to = new Map<string, Set<string>>();
    out.forEach((r, i) => {
      const from = raw2022[source[i]!]!.specialty!;
      to.set(from, (to.get(from) ?? new Set()).add(r.specialty!));
    });
    for (const [from, values] of to) expect(values.size, from).toBe(1);
  });

  it('coarsens a small training-year band to years 1–4, borrowing rows from 1–2', () => {
    const rows = [
      ...people(30, { training_year: 'j1_2' }),
      ...people(6, { training_year: 'j3_4' }),
      ...people(20, { training_year: 'j5_plus' }),
    ];
    const { rows: out } = releaseRows(codebook, columns, rows);
    // 6 of years 3–4 are too few; with 4 of the 30 from years 1–2 they make a class of 10 that
    // says "years 1–4" (half the information, not none). 4 = 10 − 6 from the only band below.
    expect(count(out, 'training_year', 'j3_4')).toBe(0);
    expect(count(out, 'training_year', 'j1_4')).toBe(10);
    expect(count(out, 'training_year', 'j1_2')).toBe(26);
    expect(count(out, 'training_year', 'j5_plus')).toBe(20);
    expect(count(out, 'training_year', '')).toBe(0);
  });

  it('withholds a rare gender together with others in proportion, so shares stay as they were', () => {
    const rows = [
      ...people(40, { gender: 'vrouw' }),
      ...people(20, { gender: 'man' }),
      ...people(3, { gender: 'anders' }),
    ];
    const { rows: out } = releaseRows(codebook, columns, rows);
    expect(count(out, 'gender', 'anders')).toBe(0);
    const withheld = count(out, 'gender', '');
    expect(withheld).toBeGreaterThanOrEqual(10);
    const women = count(out, 'gender', 'vrouw');
    const men = count(out, 'gender', 'man');
    // Among those whose gender is still known, women are 40/60 as among everyone (±1 point).
    expect(Math.abs(women / (women + men) - 40 / 60)).toBeLessThanOrEqual(0.01);
  });

  it('does not release a class in which everyone answered "ja" on a sensitive item (case 10)', () => {
    const rows = [
      ...people(12, { training_year: 'j1_2', burnout: 'ja' }),
      ...people(12, { training_year: 'j3_4' }),
    ];
    const { rows: out } = releaseRows(codebook, columns, rows);
    for (const [key, members] of classSizes(out))
      expect(new Set(members.map((r) => r.burnout)).size, key).toBe(2);
    // Only quasi-identifiers were touched: the answers are all still there.
    expect(count(out, 'burnout', 'ja')).toBe(18);
  });

  it('masks a sensitive item in a specialty where all gave one answer, keeping it named', () => {
    const cause = { burnout_cause_work: '1', burnout_cause_wlb: '0', burnout_cause_private: '0' };
    const rows = [
      ...people(15, { burnout: 'ja', ...cause, burnout_cause_other: '0' }),
      ...people(30, { specialty: 'heelkunde' }),
    ];
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    expect(count(out, 'specialty', 'urologie')).toBe(15);
    const urology = out.filter((r) => r.specialty === 'urologie');
    // Burnout, and the causes asked only of those with burnout, are gone for urology alone.
    for (const c of ['burnout', 'burnout_cause_work', 'burnout_cause_wlb'])
      expect(
        urology.every((r) => r[c] === ''),
        c,
      ).toBe(true);
    expect(count(out, 'burnout', 'ja')).toBe(15);
    expect(report.masked).toEqual([
      {
        column: 'specialty',
        value: 'urologie',
        item: 'burnout',
        items: ['burnout', 'burnout_cause'],
        answers: 15,
      },
    ]);
    expect(reportMarkdown(report)).toContain('| urologie | burnout | burnout_cause | 15 |');
  });

  it('refuses a file in which nobody can be given a second answer on a sensitive item', () => {
    // Two specialties of 6: too small to mask within, and one answer even all together.
    const rows = [
      ...people(6, { burnout: 'ja' }),
      ...people(6, { specialty: 'heelkunde', burnout: 'ja' }),
    ];
    expect(() => releaseRows(codebook, columns, rows)).toThrow(
      /Cannot reach k = 10 and l = 2: even all 12 respondents together hold fewer than 2/,
    );
  });

  it('top-codes hours at the codebook top_code, with a Dutch decimal comma too', () => {
    const rows = raw2022.slice(0, 600).map((r) => ({ ...r }));
    rows[0]!.hours_worked = '110';
    rows[1]!.hours_worked = '85,5';
    rows[2]!.contract_hours = '70';
    rows[3]!.outside_hours = '45';
    rows[4]!.hours_worked = '80';
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    expect(report.topCoded).toEqual([
      { item: 'contract_hours', topCode: 60, cells: 1 },
      { item: 'hours_worked', topCode: 80, cells: 2 },
      { item: 'outside_hours', topCode: 30, cells: 1 },
    ]);
    expect(Math.max(...out.map((r) => Number(r.hours_worked || 0)))).toBe(80);
    expect(Math.max(...out.map((r) => Number(r.contract_hours || 0)))).toBe(60);
    expect(Math.max(...out.map((r) => Number(r.outside_hours || 0)))).toBe(30);
  });

  it('drops every column the codebook does not define (names, e-mail, free text, dates, ids)', () => {
    const extra = ['respondent_id', 'name', 'email', 'opmerking', 'ingevuld_op'];
    const rows = raw2022.map((r, i) => ({
      ...r,
      respondent_id: String(i + 1),
      name: `Dr. Voorbeeld ${i}`,
      email: `aios${i}@example.nl`,
      opmerking: 'Mijn opleider op de afdeling heeft, eerlijk gezegd, …',
      ingevuld_op: '2022-03-14T10:22:00',
    }));
    const {
      columns: kept,
      rows: out,
      report,
    } = releaseRows(codebook, [...extra.slice(0, 3), ...columns, ...extra.slice(3)], rows);
    expect(kept).toEqual(columns);
    expect(report.columnsDropped).toEqual(extra);
    for (const r of out) expect(Object.keys(r)).toEqual(columns);
    const text = out.map((r) => Object.values(r).join(',')).join('\n');
    expect(text).not.toMatch(/example\.nl|Voorbeeld|opleider|2022-03-14/);
  });

  it('does not keep the export order, and says where each row came from only in memory', () => {
    const { rows: out, source, report } = releaseRows(codebook, columns, raw2022);
    const keys = out.map((r) => columns.map((c) => r[c]).join('\u0001'));
    expect([...keys].sort()).toEqual(keys);
    expect([...source].sort((a, b) => a - b)).toEqual(raw2022.map((_, i) => i));
    // Every answer of a released row is its source's (hours here are all under their top code),
    // but for the items masked in its specialty, which are empty.
    out.forEach((r, i) => {
      const raw = raw2022[source[i]!]!;
      const masked = report.masked.filter((m) => m.value === raw.specialty).flatMap((m) => m.items);
      for (const c of columns.filter((c) => !QIS.includes(c)))
        if (masked.some((item) => c === item || c.startsWith(`${item}_`))) expect(r[c], c).toBe('');
        else expect(r[c], c).toBe(raw[c]);
    });
  });

  it('writes a disclosure report: kept, coarsened and withheld per column, classes, merges', () => {
    const { rows: out, report, source } = releaseRows(codebook, columns, raw2022);
    expect(report.ok).toBe(true);
    expect(report.rules).toEqual({ k: 10, l: 2 });
    expect(report.rowsOut).toBe(raw2022.length);
    expect(report.classes).toBe(classSizes(out).size);
    expect(report.smallestClass).toBe(
      Math.min(...[...classSizes(out).values()].map((r) => r.length)),
    );
    for (const q of QIS) {
      const kept = out.filter((r, i) => r[q] !== '' && r[q] === raw2022[source[i]!]![q]).length;
      const entry = report.kept.find((k) => k.column === q)!;
      expect(entry.kept, q).toBe(kept);
      expect(entry.withheld, q).toBe(count(out, q, ''));
      expect(entry.kept + entry.coarsened + entry.withheld, q).toBe(out.length);
    }
    const md = reportMarkdown(report, 'Disclosure report, wave 2022', {
      file: 'data/waves/2022.csv',
      rows: 1500,
      kept: report.kept.map((k) => ({ ...k, kept: 750 })),
      classes: 40,
      smallestClass: 1,
    });
    expect(md).toContain('## Per quasi-identifier');
    expect(md).toContain('## Merges');
    for (const m of report.merges) expect(md).toContain(`| specialty | ${m.from} | ${m.to} |`);
    expect(md).toContain('kept in the previous release');
    expect(md).toContain('| 50.0% |');
    expect(md).toContain('smallest class 1 (now');
    expect(summariseReport(report)).toContain('k = 10, l = 2: reached');
  });

  it('is deterministic', () => {
    const a = releaseRows(codebook, columns, raw2022.slice(0, 500));
    const b = releaseRows(codebook, columns, raw2022.slice(0, 500));
    expect(b.rows).toEqual(a.rows);
    expect(b.report).toEqual(a.report);
  });

  it('refuses, with a clear message, when the target cannot be reached', () => {
    expect(() => releaseRows(codebook, columns, raw2022.slice(0, 5))).toThrow(ReleaseError);
    expect(() => releaseRows(codebook, columns, raw2022.slice(0, 5))).toThrow(
      /Cannot reach k = 10: the file has only 5 respondent/,
    );
    expect(() =>
      releaseRows(
        codebook,
        columns.filter((c) => c !== 'burnout'),
        raw2022,
      ),
    ).toThrow(/lacks 1 codebook column\(s\): burnout/);
  });
});
