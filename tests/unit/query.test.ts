import { describe, expect, it } from 'vitest';
import {
  codeCountsStatement,
  momentsStatement,
  optionCountsStatement,
} from '../../src/lib/query/aggregates';
import { SelectionError, selectionWhere } from '../../src/lib/query/selection';
import { ident } from '../../src/lib/db/sql';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();

describe('query building', () => {
  it('binds every filter value as a parameter, never in the SQL text', () => {
    const s = codeCountsStatement(
      codebook,
      'burnout',
      { wave: 2024, filters: { specialty: ['radiologie'], hospital_type: ['umc', 'stz'] } },
      'gender',
    );
    expect(s.sql).toBe(
      'SELECT "gender" AS grp, "burnout" AS code, sum(freq) AS n, sum(w * freq) AS sw, sum(w * w * freq) AS sw2 FROM (SELECT *, 1::DOUBLE AS w FROM (SELECT *, 1::DOUBLE AS freq FROM responses)) WHERE ((wave = ?) AND ("specialty" IN (?)) AND ("hospital_type" IN (?, ?))) AND (TRUE) GROUP BY ALL ORDER BY ALL',
    );
    expect(s.params).toEqual([2024, 'radiologie', 'umc', 'stz']);
  });

  it('restricts an item to its universe from the codebook', () => {
    const s = optionCountsStatement(codebook, 'burnout_cause', { wave: 2024, filters: {} });
    expect(s.sql).toContain('("burnout" IN (?))');
    expect(s.params).toEqual([2024, 'ja']);
    const m = codeCountsStatement(codebook, 'overtime_compensation', { wave: 2024, filters: {} });
    expect(m.sql).toContain('("overtime_total" > ?)');
    expect(m.params).toEqual([2024, 0]);
  });

  it('aggregates numeric items as count, sum, sum of squares and the distribution only', () => {
    const s = momentsStatement(codebook, 'hours_worked', { wave: 2024, filters: {} });
    expect(s.sql).toMatch(
      /"hours_worked" AS v, freq, w .*sum\(freq\) FILTER \(WHERE v IS NOT NULL\).* AS n.*sum\(v \* freq\).*sum\(v \* v \* freq\).*sum\(fw\) OVER \(PARTITION BY grp ORDER BY v\)/,
    );
    const summary = momentsStatement(
      codebook,
      'hours_worked',
      { wave: 2024, filters: {} },
      undefined,
      'summary_hours_worked',
    );
    expect(summary.sql).toContain('FROM (SELECT * FROM "summary_hours_worked")');
  });

  it('refuses unknown filters, codes and waves instead of ignoring them', () => {
    const where =
      (filters: Record<string, string[]>, wave = 2024) =>
      () =>
        selectionWhere(codebook, { wave, filters });
    expect(where({ specialty: ["radiologie' OR 1=1 --"] })).toThrow(SelectionError);
    expect(where({ specialty: ['radiology'] })).toThrow(
      'Unknown specialty "radiology"; expected one of',
    );
    expect(where({ shoe_size: ['42'] })).toThrow('Unknown filter "shoe_size"');
    expect(where({}, 1999)).toThrow('Unknown wave 1999; expected one of 2024, 2022');
  });

  it('refuses to build SQL with an unsafe identifier', () => {
    expect(() => ident('x"; DROP TABLE responses; --')).toThrow('Not a safe SQL identifier');
    expect(() =>
      codeCountsStatement(codebook, 'burnout', { wave: 2024, filters: {} }, 'hours_worked'),
    ).toThrow('Cannot split by "hours_worked"');
  });
});
