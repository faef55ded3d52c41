import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { generateWave } from '../../src/lib/demo/generate';
import type { Row } from '../../src/lib/privacy/anonymity';
import {
  assessAnonymity,
  compatible,
  quasiIdentifiers,
  suppressionOrder,
  tupleOf,
} from '../../src/lib/privacy/anonymity';
import { ReleaseError, releaseRows } from '../../src/lib/privacy/release';
import { reportMarkdown, summariseReport } from '../../src/lib/privacy/report';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const columns = csvColumns(codebook);
const qis = quasiIdentifiers(codebook);
const raw2022 = generateWave(codebook, 2022);

/** Released rows that an attacker who knows these quasi-identifiers cannot tell apart. */
function matching(rows: readonly Row[], person: Row): number {
  const target = tupleOf(person, qis);
  return rows.filter((r) => compatible(target, tupleOf(r, qis))).length;
}

/** A row with every codebook column empty except the ones given. */
function blankRow(values: Row): Row {
  return { ...Object.fromEntries(columns.map((c) => [c, ''])), ...values };
}

describe('the release pipeline', () => {
  it('suppresses from the least informative quasi-identifier and never blanks a specialty', () => {
    expect(qis).toEqual([
      'specialty',
      'hospital_type',
      'gender',
      'role',
      'training_year',
      'fulltime',
    ]);
    expect(suppressionOrder(codebook)).toEqual([
      'training_year',
      'fulltime',
      'gender',
      'hospital_type',
      'role',
      'specialty',
    ]);
  });

  it('hides the only male anios of a small specialty at a UMC (merged)', () => {
    const unique: Row = {
      ...raw2022.find((r) => r.specialty === 'neurochirurgie')!,
      hospital_type: 'umc',
      gender: 'man',
      role: 'anios',
      training_year: 'geen',
      fulltime: 'ja',
    };
    const rows = [
      ...raw2022.filter(
        (r) => !(r.specialty === 'neurochirurgie' && r.gender === 'man' && r.role === 'anios'),
      ),
      unique,
    ];
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    expect(report.merges.map((m) => m.from)).toContain('neurochirurgie');
    expect(out.some((r) => r.specialty === 'neurochirurgie')).toBe(false);
    // Whatever a colleague knows about him, at least 10 released rows could be him.
    expect(matching(out, { ...unique, specialty: 'overig' })).toBeGreaterThanOrEqual(10);
  });

  it('hides the only male anios at a UMC in a specialty that is kept (suppressed)', () => {
    const base = raw2022.find((r) => r.specialty === 'urologie')!;
    const unique: Row = {
      ...base,
      hospital_type: 'umc',
      gender: 'man',
      role: 'anios',
      training_year: 'geen',
      fulltime: 'ja',
    };
    const rows = [
      ...raw2022.filter(
        (r) => !(r.specialty === 'urologie' && r.gender === 'man' && r.role === 'anios'),
      ),
      unique,
    ];
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    expect(report.merges.map((m) => m.from)).not.toContain('urologie');
    expect(out.filter((r) => r.specialty === 'urologie').length).toBe(
      rows.filter((r) => r.specialty === 'urologie').length,
    );
    expect(matching(out, unique)).toBeGreaterThanOrEqual(10);
    // No released row still carries his full combination unless ≥ 10 rows match it.
    const exact = out.filter((r) => qis.every((q) => r[q] === unique[q]));
    if (exact.length > 0) expect(matching(out, exact[0]!)).toBeGreaterThanOrEqual(10);
    expect(assessAnonymity(codebook, out).ok).toBe(true);
  });

  it('merges a specialty with 6 respondents into the named group (worked case 9)', () => {
    let kept = 0;
    const rows = raw2022.map((r) => {
      if (r.specialty !== 'klinische_genetica') return r;
      return ++kept <= 6 ? r : { ...r, specialty: 'interne_geneeskunde' };
    });
    expect(rows.filter((r) => r.specialty === 'klinische_genetica')).toHaveLength(6);
    const { rows: out, report } = releaseRows(codebook, columns, rows);
    expect(report.merges).toContainEqual({
      from: 'klinische_genetica',
      into: 'overig',
      rows: 6,
      reason: 'fewer than 20 respondents',
    });
    expect(out.some((r) => r.specialty === 'klinische_genetica')).toBe(false);
    // National total minus every other specialty gives the whole group, not the 6.
    const group = out.filter((r) => r.specialty === 'overig').length;
    expect(group).toBe(
      rows.filter(
        (r) => report.merges.some((m) => m.from === r.specialty) || r.specialty === 'overig',
      ).length,
    );
    expect(group).toBeGreaterThanOrEqual(6 + 10);
  });

  it('widens a class in which everyone answered "ja" on a sensitive item (worked case 10)', () => {
    const a = { specialty: 'urologie', hospital_type: 'umc', gender: 'vrouw', role: 'aios' };
    const classA = { ...a, training_year: 'j1_2', fulltime: 'ja' };
    const classB = { ...a, training_year: 'j3_4', fulltime: 'nee' };
    const rows = [
      ...Array.from({ length: 12 }, () => blankRow({ ...classA, burnout: 'ja' })),
      ...Array.from({ length: 12 }, (_, i) =>
        blankRow({ ...classB, burnout: i % 2 ? 'ja' : 'nee' }),
      ),
    ];
    const before = assessAnonymity(codebook, rows);
    expect(before.tooSmall).toHaveLength(0);
    expect(before.notDiverse.map((c) => c.notDiverse)).toEqual([['burnout']]);
    const { rows: out, report } = releaseRows(codebook, columns, rows, { mergeBelow: 10 });
    expect(report.suppressedCells).toBeGreaterThan(0);
    expect(assessAnonymity(codebook, out).ok).toBe(true);
    // Someone known to be in class A can no longer be read off as "burnout: ja".
    const answers = out.filter((r) => compatible(tupleOf(classA, qis), tupleOf(r, qis)));
    expect(new Set(answers.map((r) => r.burnout)).size).toBeGreaterThanOrEqual(2);
    // Only quasi-identifiers were touched: the answers are all still there.
    expect(out.filter((r) => r.burnout === 'ja')).toHaveLength(18);
  });

  it('refuses a file in which nobody can be given a second answer on a sensitive item', () => {
    const rows = Array.from({ length: 12 }, () =>
      blankRow({ specialty: 'urologie', burnout: 'ja', considered_quitting: 'nee' }),
    );
    expect(() => releaseRows(codebook, columns, rows, { mergeBelow: 10 })).toThrow(
      /Cannot reach k = 10 and l = 2: .*one answer on burnout, considered_quitting/s,
    );
  });

  it('top-codes hours at the codebook top_code, with a Dutch decimal comma too', () => {
    const rows = raw2022.slice(0, 600).map((r) => ({ ...r }));
    rows[0]!.hours_worked = '110';
    rows[1]!.hours_worked = '85,5';
    rows[2]!.contract_hours = '70';
    rows[3]!.outside_hours = '45';
    rows[4]!.hours_worked = '80';
    const { rows: out, report } = releaseRows(codebook, columns, rows, {
      maxSuppressedShare: 1,
    });
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

  it('does not keep the export order (which follows the time of submission)', () => {
    const { rows: out } = releaseRows(codebook, columns, raw2022);
    const keys = out.map((r) => columns.map((c) => r[c]).join('\u0001'));
    expect([...keys].sort()).toEqual(keys);
  });

  it('writes a disclosure report: classes, smallest class, changes, loss per column, merges', () => {
    const { rows: out, report } = releaseRows(codebook, columns, raw2022);
    expect(report.ok).toBe(true);
    expect(report.rules).toEqual({ k: 10, l: 2 });
    expect(report.rowsIn).toBe(raw2022.length);
    expect(report.rowsOut).toBe(raw2022.length);
    expect(report.smallestClass).toBeGreaterThanOrEqual(10);
    expect(report.classes).toBe(assessAnonymity(codebook, out).classes);
    expect(report.merges.length).toBeGreaterThan(0);
    const blanks = qis.map((q) => out.filter((r) => r[q] === '').length);
    expect(report.suppressedCells).toBe(blanks.reduce((s, b) => s + b, 0));
    for (const [i, q] of qis.entries()) {
      expect(report.suppressed[q], q).toBe(blanks[i]);
      expect(report.informationLoss).toContainEqual({
        column: q,
        cells: blanks[i],
        share: blanks[i]! / out.length,
        how: 'suppressed',
      });
    }
    const changed = out.length; // every changed row differs from its raw row in some column
    expect(report.recordsChanged).toBeGreaterThan(0);
    expect(report.recordsChanged).toBeLessThanOrEqual(changed);
    const md = reportMarkdown(report, 'Disclosure report, wave 2022');
    expect(md).toContain('## Merges');
    expect(md).toContain('| klinische_genetica | overig | 15 | fewer than 20 respondents |');
    expect(md).toContain('## Information lost per column');
    expect(md).toContain(`smallest class: ${report.smallestClass}`);
    expect(summariseReport(report)).toContain('k = 10, l = 2: reached');
  });

  it('is deterministic', () => {
    const a = releaseRows(codebook, columns, raw2022.slice(0, 500), { maxSuppressedShare: 1 });
    const b = releaseRows(codebook, columns, raw2022.slice(0, 500), { maxSuppressedShare: 1 });
    expect(b.rows).toEqual(a.rows);
    expect(b.report).toEqual(a.report);
  });

  it('refuses, with a clear message, when the target cannot be reached', () => {
    expect(() => releaseRows(codebook, columns, raw2022.slice(0, 5))).toThrow(
      /Cannot reach k = 10: the file has only 5 respondent/,
    );
    expect(() => releaseRows(codebook, columns, raw2022, { maxSuppressedShare: 0.05 })).toThrow(
      ReleaseError,
    );
    expect(() => releaseRows(codebook, columns, raw2022, { maxSuppressedShare: 0.05 })).toThrow(
      /without suppressing more than 5% of .*training_year/,
    );
    expect(() =>
      releaseRows(
        codebook,
        columns.filter((c) => c !== 'burnout'),
        raw2022,
      ),
    ).toThrow(/lacks 1 codebook column\(s\): burnout/);
    expect(() => releaseRows(codebook, columns, raw2022, { group: 'kleine_specialismen' })).toThrow(
      /not a specialty code in the codebook/,
    );
  });
});
