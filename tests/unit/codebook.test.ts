import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { parseFormula } from '../../src/lib/codebook/formula';
import { CodebookError } from '../../src/lib/codebook/codebook-error';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { readCodebook } from './helpers/data';

const clone = () =>
  JSON.parse(JSON.stringify(readCodebook())) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };

function issuesOf(raw: unknown): string[] {
  try {
    validateCodebook(raw, 'data/codebook.json');
  } catch (e) {
    if (e instanceof CodebookError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('the committed codebook', () => {
  it('is valid', () => expect(issuesOf(readCodebook())).toEqual([]));

  it('covers every topic of the published 2024 analysis', () => {
    const topics = readCodebook().topics.map((t) => t.id);
    for (const id of [
      'profile',
      'overtime',
      'balance',
      'burnout',
      'quitting',
      'shifts',
      'breaks',
      'safety',
      'support',
    ])
      expect(topics).toContain(id);
  });

  it('stores multi-select options as one column each and leaves derived metrics out', () => {
    const columns = csvColumns(readCodebook());
    expect(columns).toContain('burnout_cause_wlb');
    expect(columns).toContain('hours_worked');
    expect(columns).not.toContain('overtime_total');
    expect(new Set(columns).size).toBe(columns.length);
  });
});

describe('validateCodebook', () => {
  it('names the file, the path and what was expected', () => {
    const raw = clone();
    (raw.items[0] as { values: { code: string }[] }).values[1]!.code = 'Bad Code';
    expect(() => validateCodebook(raw, 'data/codebook.json')).toThrow(
      /data\/codebook.json is not a valid codebook:\n {2}items\[0\]\.values\[1\]\.code: expected a code/,
    );
  });

  it('lists every problem at once', () => {
    const raw = clone();
    raw.items[1]!.type = 'slider';
    raw.items[2]!.topic = 'nowhere';
    delete (raw.items[3]!.label as Record<string, string>).en;
    const issues = issuesOf(raw);
    expect(issues).toContain(
      'items[1].type: expected one of dimension, single, yesno, likert5, frequency5, rating10, hours, multi',
    );
    expect(issues.some((i) => i.startsWith('items[2].topic: expected one of the topic ids'))).toBe(
      true,
    );
    expect(issues).toContain('items[3].label.en: expected a non-empty string');
  });

  it('checks references: formulas, universes and headlines', () => {
    const raw = clone();
    const byId = (id: string) => raw.items.find((i) => i.id === id)!;
    byId('overtime_total').formula = 'hours_worked - contract_hourz';
    byId('burnout_cause').universe = {
      item: 'burnout',
      in: ['misschien'],
      label: { nl: 'x', en: 'x' },
    };
    (byId('proud').headline as { codes: string[] }).codes = ['6'];
    const issues = issuesOf(raw);
    expect(
      issues.some((i) => i.endsWith('.formula: "contract_hourz" is not a stored numeric item')),
    ).toBe(true);
    expect(issues.some((i) => i.includes('"misschien" is not a code of "burnout"'))).toBe(true);
    expect(issues.some((i) => i.includes('"6" is not a code of "proud"'))).toBe(true);
  });

  it('rejects duplicate ids and a non-object', () => {
    const raw = clone();
    raw.items[1]!.id = raw.items[0]!.id;
    expect(issuesOf(raw)).toContain('items[1].id: duplicate item "specialty"');
    expect(issuesOf([])).toEqual([': expected a JSON object']);
  });
});

describe('parseFormula', () => {
  it('parses signed terms', () => {
    expect(parseFormula('a - b + c')).toEqual([
      { sign: 1, item: 'a' },
      { sign: -1, item: 'b' },
      { sign: 1, item: 'c' },
    ]);
  });
  it('explains what is wrong', () => {
    expect(parseFormula('a * b')).toBe('expected "+" or "-" but found "*"');
    expect(parseFormula('a -')).toBe('a formula cannot end with an operator');
    expect(parseFormula('a - DROP')).toBe('expected a column id but found "DROP"');
  });
});
