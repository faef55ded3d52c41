import { describe, expect, it } from 'vitest';
import { isStored, optionColumn } from '../../src/lib/codebook/columns';
import type { CodedItem, MultiItem } from '../../src/lib/codebook/types';
import { isCoded } from '../../src/lib/codebook/types';
import { readTable } from '../../src/lib/data/csv';
import type { Mapping } from '../../src/lib/upload/mapping';
import { suggestMapping, targetKey } from '../../src/lib/upload/mapping';
import {
  applyMappingFile,
  mappingFileOf,
  readMappingFile,
  writeMappingFile,
} from '../../src/lib/upload/mapping-file';
import { checkMapping, normalise, prepare } from '../../src/lib/upload/normalise';
import { readExport } from '../../src/lib/upload/read-export';
import {
  answerChoices,
  answerRows,
  mappingFileName,
  withAnswer,
} from '../../src/app/upload/answers';
import { readCodebook } from './helpers/data';
import { ownFile } from './helpers/own-file';
import {
  DELIMITED,
  IDENTIFYING,
  meaningOf,
  qualtricsCode,
  qualtricsExport,
} from './helpers/qualtrics';
import { xlsxBytes } from './helpers/xlsx';

const codebook = readCodebook();
const encode = (text: string) => new TextEncoder().encode(text);
const coded = (id: string) => codebook.items.find((i) => i.id === id) as CodedItem;
const made = ownFile(codebook, [
  { specialty: 'radiologie', rows: 20 },
  { specialty: 'interne_geneeskunde', rows: 20 },
]);
const prepared = prepare('qualtrics.csv', encode(qualtricsExport(codebook, made.rows)));
const suggested = suggestMapping(codebook, prepared.header);

/** The mapping with every unread answer matched as the data owner knows it. */
function matched(mapping: Mapping, unread: ReturnType<typeof normalise>['unread']): Mapping {
  return mapping.map((target, i) => {
    const found = unread.find((u) => u.column === prepared.header[i]);
    let out = target;
    for (const { value } of found?.values ?? [])
      out = withAnswer(out, value, meaningOf(codebook, prepared.header[i]!, value)!);
    return out;
  });
}

describe('answers a survey tool numbers itself', () => {
  it('are collected per column with their counts, never read by position', () => {
    expect(prepared.tool).toBe('qualtrics');
    expect(prepared.headerRows).toBe(3);
    expect(prepared.identifying.sort()).toEqual(Object.keys(IDENTIFYING).sort());
    // Every column of the codebook is named by its question text: the suggestion finds them all.
    expect(checkMapping(codebook, prepared.header, suggested).absent).toEqual([]);
    const result = normalise(codebook, prepared, suggested);
    expect(result.fatal).toEqual([]);
    expect(result.valid).toBe(0);
    // burnout: Qualtrics' 1, 2, 3 with how often each came, in natural order.
    const burnout = coded('burnout');
    const unread = result.unread.find((u) => u.column === burnout.question.nl)!;
    const count = (code: string) => made.rows.filter((r) => r.burnout === code).length;
    expect(unread.capped).toBe(false);
    expect(unread.values).toEqual(
      burnout.values
        .map((v) => ({ value: qualtricsCode(burnout, v.code), count: count(v.code) }))
        .filter((v) => v.count > 0)
        .sort((a, b) => Number(a.value) - Number(b.value)),
    );
    // The delimited question: every choice number, also those only ever after another one.
    const heavy = codebook.items.find((i) => i.id === DELIMITED) as MultiItem;
    const chosen = heavy.options
      .map((o, k) => ({
        value: String(k + 1),
        count: made.rows.filter((r) => r[optionColumn(heavy, o)] === '1').length,
      }))
      .filter((v) => v.count > 0);
    expect(result.unread.find((u) => u.column === heavy.question.nl)!.values).toEqual(chosen);
    // Only coded and delimited columns: never an identifying one, a number or a 1/blank option.
    expect(result.unread.map((u) => u.column).sort()).toEqual(
      codebook.items
        .filter(isStored)
        .filter((i) => isCoded(i) || i.id === DELIMITED)
        .map((i) => i.question.nl)
        .sort(),
    );
  });

  it('load every row once matched, and the mapping file written keeps the answers', () => {
    const first = normalise(codebook, prepared, suggested);
    const mapping = matched(suggested, first.unread);
    const result = normalise(codebook, prepared, mapping);
    expect(result.issues).toEqual([]);
    expect(result.unread).toEqual([]);
    expect(result.valid).toBe(made.rows.length);
    const rows = readTable(result.csv).rows;
    expect(rows.map((r) => r.burnout)).toEqual(made.rows.map((r) => r.burnout));
    expect(rows.map((r) => r.specialty)).toEqual(made.rows.map((r) => r.specialty));

    // Written, read back and applied to another export of the same questionnaire.
    const text = writeMappingFile(mappingFileOf(prepared, mapping));
    const burnout = coded('burnout');
    const file = JSON.parse(text) as { columns: { header: string; answers?: object }[] };
    expect(file.columns.find((c) => c.header === burnout.question.nl)!.answers).toEqual(
      Object.fromEntries(
        [...new Set(made.rows.map((r) => r.burnout!))].map((c) => [qualtricsCode(burnout, c), c]),
      ),
    );
    const other = ownFile(codebook, [{ specialty: 'radiologie', rows: 25 }]).rows.slice(5);
    const second = prepare('tweede.csv', encode(qualtricsExport(codebook, other, 100)));
    const read = readMappingFile(text, 'qualtrics.mapping.json');
    if (!read.ok) throw new Error('not read');
    const applied = applyMappingFile(codebook, second, read.mapping);
    expect(applied.problems).toEqual([]);
    const again = normalise(codebook, second, applied.mapping);
    expect(again.issues).toEqual([]);
    expect(readTable(again.csv).rows.map((r) => r.burnout)).toEqual(other.map((r) => r.burnout));
  });

  it('keeps at most 60 distinct answers of a column, and says so', () => {
    const header = 'specialty,hospital_type,gender,role,training_year,fulltime,burnout';
    const lines = Array.from(
      { length: 70 },
      (_, i) => `radiologie,umc,man,aios,j1_2,ja,antwoord ${i}`,
    );
    const result = normalise(
      codebook,
      prepare('x.csv', encode([header, ...lines, lines[0]].join('\n'))),
      suggestMapping(codebook, header.split(',')),
    );
    const burnout = result.unread.find((u) => u.column === 'burnout')!;
    expect(burnout.capped).toBe(true);
    expect(burnout.values).toHaveLength(60);
    expect(burnout.values[0]).toEqual({ value: 'antwoord 0', count: 2 });
    expect(burnout.values[1]).toEqual({ value: 'antwoord 1', count: 1 });
  });
});

describe('the answer matching of the upload panel', () => {
  it('offers codes, options, or chosen / not chosen, and nothing for numbers', () => {
    const burnout = coded('burnout');
    expect(answerChoices(codebook, { kind: 'column', column: 'burnout' }, 'nl')).toEqual(
      burnout.values.map((v) => ({ code: v.code, label: `${v.label.nl} (${v.code})` })),
    );
    expect(
      answerChoices(codebook, { kind: 'column', column: 'heavy_day_calls' }, 'en')?.map(
        (c) => c.label,
      ),
    ).toEqual(['chosen', 'not chosen']);
    expect(
      answerChoices(codebook, { kind: 'multi', item: 'heavy_day' }, 'nl')?.map((c) => c.code),
    ).toEqual(
      (codebook.items.find((i) => i.id === 'heavy_day') as MultiItem).options.map((o) => o.code),
    );
    expect(answerChoices(codebook, { kind: 'column', column: 'hours_worked' }, 'nl')).toBeNull();
    expect(answerChoices(codebook, { kind: 'ignore' }, 'nl')).toBeNull();
  });

  it('lists unread answers while the column keeps its target, and those already matched', () => {
    const header = ['a', 'b'];
    const checked: Mapping = [
      { kind: 'column', column: 'burnout' },
      { kind: 'column', column: 'gender' },
    ];
    const unread = [
      {
        column: 'a',
        values: [
          { value: '10', count: 1 },
          { value: '2', count: 4 },
        ],
        capped: false,
      },
    ];
    const mapping: Mapping = [
      withAnswer(checked[0]!, '7', 'ja'),
      { kind: 'column', column: 'role' },
    ];
    expect(answerRows(0, header, mapping, checked, unread).rows).toEqual([
      { value: '2', count: 4 },
      { value: '7', count: null },
      { value: '10', count: 1 },
    ]);
    // Another target: the check's list no longer applies.
    expect(
      answerRows(0, header, [{ kind: 'column', column: 'gender' }], checked, unread).rows,
    ).toEqual([]);
    expect(withAnswer(withAnswer(checked[0]!, '7', 'ja'), '7', '')).toEqual(checked[0]);
    expect(targetKey(withAnswer(checked[0]!, '7', 'ja'))).toBe('burnout');
    expect(mappingFileName('Export 2026.csv')).toBe('Export 2026.mapping.json');
    expect(mappingFileName('enquete.xlsx')).toBe('enquete.mapping.json');
  });
});

describe('numbers from an Excel sheet', () => {
  it('are never taken for thousands separators: 1.125 in a sheet is 1.125', async () => {
    const header = ['specialty', 'hospital_type', 'gender', 'role', 'training_year', 'fulltime'];
    const dims = ['radiologie', 'umc', 'man', 'aios', 'j1_2', 'ja'];
    const bytes = await xlsxBytes([
      {
        name: 'Blad1',
        rows: [
          [...header, 'outside_hours', 'hours_worked'],
          [...dims, 1.125, 40],
          [...dims, { number: '2.5' }, 1.5],
        ],
      },
    ]);
    const sheet = await readExport('uren.xlsx', bytes);
    expect(sheet.encoding).toBe('xlsx');
    const result = normalise(codebook, sheet, suggestMapping(codebook, sheet.header));
    expect(result.issues).toEqual([]);
    expect(readTable(result.csv).rows.map((r) => r.outside_hours)).toEqual(['1.125', '2.5']);

    // The same digits typed in a CSV are ambiguous: 1.125 or 1125.
    const csv = [
      [...header, 'outside_hours'],
      [...dims, '1.125'],
    ]
      .map((r) => r.join(','))
      .join('\n');
    const typed = normalise(
      codebook,
      prepare('uren.csv', encode(csv)),
      suggestMapping(codebook, [...header, 'outside_hours']),
    );
    expect(typed.issues.map((i) => [i.kind, i.value])).toEqual([['ambiguous-number', '1.125']]);
  });
});
