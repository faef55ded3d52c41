import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvColumns, getItem, optionColumn } from '../../src/lib/codebook/columns';
import { parseFormula } from '../../src/lib/codebook/formula';
import type { Codebook, Item } from '../../src/lib/codebook/types';
import { isCoded, isMulti, isNumeric } from '../../src/lib/codebook/types';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { generateWave, generateWaveCsv } from '../../src/lib/demo/generate';
import { Rng } from '../../src/lib/demo/prng';

type Row = Record<string, string>;

type Metric =
  | { kind: 'rows' }
  | { kind: 'share'; item: string; codes: string[] }
  | { kind: 'mean'; item: string }
  | { kind: 'option_share' | 'option_count'; item: string; option: string };

interface Fixture {
  tolerance: { pct: number; mean: number };
  figures: { id: string; metric: Metric; radiology: number | null; all: number | null }[];
}

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const codebook: Codebook = validateCodebook(read('../../data/codebook.json'));
const fixture = read('../fixtures/published-2024.json') as Fixture;

// The figures are computed here from the rows alone, independently of the generator's code.

function numberIn(id: string, row: Row): number | undefined {
  const item = getItem(codebook, id);
  if (isNumeric(item) && item.formula) {
    const terms = parseFormula(item.formula);
    if (typeof terms === 'string') throw new Error(terms);
    const values = terms.map((t) => numberIn(t.item, row));
    if (values.some((v) => v === undefined)) return undefined;
    return terms.reduce((s, t, i) => s + t.sign * values[i]!, 0);
  }
  return row[id] === '' ? undefined : Number(row[id]);
}

function figure(rows: Row[], metric: Metric): number {
  const pct = (part: number, whole: number) => (100 * part) / whole;
  switch (metric.kind) {
    case 'rows':
      return rows.length;
    case 'share': {
      const item = getItem(codebook, metric.item);
      const excluded = new Set(
        isCoded(item) ? item.values.filter((v) => v.excluded).map((v) => v.code) : [],
      );
      const valid = rows.map((r) => r[metric.item]!).filter((v) => v !== '' && !excluded.has(v));
      return pct(valid.filter((v) => metric.codes.includes(v)).length, valid.length);
    }
    case 'mean': {
      const values = rows.map((r) => numberIn(metric.item, r)).filter((v) => v !== undefined);
      return values.reduce((s, v) => s + v, 0) / values.length;
    }
    case 'option_share':
    case 'option_count': {
      const item = getItem(codebook, metric.item);
      if (!isMulti(item)) throw new Error(`${metric.item} is not multi-select`);
      const columns = item.options.map((o) => optionColumn(item, o));
      const column = `${metric.item}_${metric.option}`;
      const answered = rows.filter((r) => columns.some((c) => r[c] !== ''));
      const chose = answered.filter((r) => r[column] === '1').length;
      return metric.kind === 'option_count' ? chose : pct(chose, answered.length);
    }
  }
}

const share = (rows: Row[], item: string, ...codes: string[]) =>
  figure(rows, { kind: 'share', item, codes });
const mean = (rows: Row[], item: string) => figure(rows, { kind: 'mean', item });
const radiology = (rows: Row[]) => rows.filter((r) => r.specialty === 'radiologie');

const wave2024 = generateWave(codebook, 2024);
const wave2022 = generateWave(codebook, 2022);

describe('prng', () => {
  it('is reproducible per key and independent per fork', () => {
    const draw = (rng: Rng) => Array.from({ length: 5 }, () => rng.next());
    expect(draw(Rng.fromSeed(1))).toEqual(draw(Rng.fromSeed(1)));
    expect(draw(Rng.fromSeed(1))).not.toEqual(draw(Rng.fromSeed(2)));
    expect(draw(Rng.fromSeed(1).fork('a'))).not.toEqual(draw(Rng.fromSeed(1).fork('b')));
  });

  it('draws normals with mean 0 and SD 1', () => {
    const rng = Rng.fromSeed(3);
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe('demo generator: files', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateWaveCsv(codebook, 2024, 7);
    expect(generateWaveCsv(codebook, 2024, 7)).toBe(a);
    expect(generateWaveCsv(codebook, 2024, 8)).not.toBe(a);
  });

  it('writes the header of csvColumns, LF line ends and no quoting', () => {
    const csv = generateWaveCsv(codebook, 2022);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(csvColumns(codebook).join(','));
    expect(lines).toHaveLength(1583 + 2); // header, rows, '' after the final LF
    expect(csv).not.toMatch(/[\r"]/);
  });

  it('has the row counts of the waves', () => {
    expect(wave2024).toHaveLength(2027);
    expect(radiology(wave2024)).toHaveLength(131);
    expect(wave2022).toHaveLength(1583);
    expect(radiology(wave2022).length).toBeGreaterThanOrEqual(90);
    expect(radiology(wave2022).length).toBeLessThanOrEqual(110);
  });

  it('gives every specialty at least 15 respondents, and nobody a cluster the release makes', () => {
    const specialty = getItem(codebook, 'specialty');
    if (!isCoded(specialty)) throw new Error('specialty is not coded');
    for (const rows of [wave2024, wave2022])
      for (const { code, generalised } of specialty.values) {
        const n = rows.filter((r) => r.specialty === code).length;
        if (generalised) expect(n, code).toBe(0);
        else expect(n, code).toBeGreaterThanOrEqual(15);
      }
  });
});

describe.each([
  [2024, wave2024],
  [2022, wave2022],
])('demo generator: values of %i', (_year, rows) => {
  const stored = codebook.items.filter((i) => !(isNumeric(i) && i.formula));

  it('uses only codebook codes, ranges and 0/1 option columns', () => {
    // Collected, not asserted per cell: ~90,000 cells.
    const problems = new Set<string>();
    for (const item of stored) {
      const codes = isCoded(item) ? new Set(item.values.map((c) => c.code)) : new Set<string>();
      const pattern = item.type === 'rating10' ? /^\d+$/ : /^\d+(\.\d)?$/;
      const max = isNumeric(item) ? Math.min(item.max!, item.top_code ?? Infinity) : 0;
      for (const row of rows) {
        const v = row[item.id] ?? '';
        if (isCoded(item)) {
          if (v === '' ? item.type === 'dimension' : !codes.has(v))
            problems.add(`${item.id}: "${v}"`);
        } else if (isNumeric(item) && v !== '') {
          if (!pattern.test(v) || Number(v) < item.min! || Number(v) > max)
            problems.add(`${item.id}: ${v}`);
        } else if (isMulti(item)) {
          const values = item.options.map((o) => row[optionColumn(item, o)]);
          const answered = values.some((x) => x !== '');
          if (values.some((x) => (answered ? x !== '0' && x !== '1' : x !== '')))
            problems.add(`${item.id}: ${values.join('/')}`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('keeps missing answers rare and the excluded answers at low rates', () => {
    for (const item of stored.filter((i) => i.type !== 'dimension' && !i.universe)) {
      const column = isMulti(item) ? optionColumn(item, item.options[0]!) : item.id;
      const missing = rows.filter((r) => r[column] === '').length / rows.length;
      expect(missing, item.id).toBeLessThanOrEqual(0.02);
      if (isCoded(item))
        for (const code of item.values.filter((v) => v.excluded)) {
          const rate = rows.filter((r) => r[item.id] === code.code).length / rows.length;
          expect(rate, `${item.id} ${code.code}`).toBeGreaterThan(0.01);
          expect(rate, `${item.id} ${code.code}`).toBeLessThan(code.code === 'nvt' ? 0.16 : 0.06);
        }
    }
  });

  it('asks an item only of its universe, and almost everyone in it answers', () => {
    const inUniverse = (item: Item, row: Row) => {
      const u = item.universe!;
      if ('in' in u) return u.in.includes(row[u.item]!);
      const v = numberIn(u.item, row);
      return v !== undefined && v > u.gt;
    };
    for (const item of stored.filter((i) => i.universe)) {
      const columns = isMulti(item) ? item.options.map((o) => optionColumn(item, o)) : [item.id];
      const inside = rows.filter((r) => inUniverse(item, r));
      const outside = rows.filter((r) => !inUniverse(item, r));
      expect(
        outside.filter((r) => columns.some((c) => r[c] !== '')),
        item.id,
      ).toEqual([]);
      const answered = inside.filter((r) => r[columns[0]!] !== '').length;
      expect(answered / inside.length, item.id).toBeGreaterThan(0.95);
    }
  });

  it('gives a training year to aios only', () => {
    for (const row of rows) expect(row.training_year === 'geen').toBe(row.role === 'anios');
  });

  it('lets no one tick more than three heavy-day factors or none with another preference', () => {
    const heavy = getItem(codebook, 'heavy_day');
    const support = getItem(codebook, 'support_preference');
    if (!isMulti(heavy) || !isMulti(support)) throw new Error('multi items expected');
    for (const row of rows) {
      const ticked = heavy.options.filter((o) => row[optionColumn(heavy, o)] === '1').length;
      expect(ticked).toBeLessThanOrEqual(3);
      if (row.support_preference_none === '1')
        expect(support.options.filter((o) => row[optionColumn(support, o)] === '1')).toHaveLength(
          1,
        );
    }
  });
});

describe('demo generator: calibration to the published 2024 figures', () => {
  it.each([undefined, 99])(
    'reproduces every radiology and all-respondents figure (seed %s)',
    (seed) => {
      const rows = seed === undefined ? wave2024 : generateWave(codebook, 2024, seed);
      for (const f of fixture.figures) {
        const exact = f.metric.kind === 'rows' || f.metric.kind === 'option_count';
        const tolerance = exact
          ? 0
          : f.metric.kind === 'mean'
            ? fixture.tolerance.mean
            : fixture.tolerance.pct;
        for (const [group, published, subset] of [
          ['radiology', f.radiology, radiology(rows)],
          ['all', f.all, rows],
        ] as const) {
          if (published === null) continue;
          const got = figure(subset, f.metric);
          // Aim for the middle: at most half the tolerance, so the rounding of a published
          // figure and of the dashboard's own display cannot push it over.
          expect(Math.abs(got - published), `${f.id} ${group}: ${got}`).toBeLessThanOrEqual(
            tolerance * 0.6,
          );
        }
      }
    },
  );

  it('has plausible all-respondents figures where none are published', () => {
    const rows = wave2024;
    expect(share(rows, 'burnout', 'ja')).toBeCloseTo(28, 0);
    expect(share(rows, 'gender', 'vrouw')).toBeGreaterThan(66);
    expect(share(rows, 'gender', 'vrouw')).toBeLessThan(74);
    expect(share(rows, 'gender', 'anders')).toBeGreaterThan(0.3);
    expect(share(rows, 'gender', 'anders')).toBeLessThan(2);
    expect(Math.abs(share(rows, 'role', 'aios') - 80)).toBeLessThan(4);
    expect(Math.abs(share(rows, 'fulltime', 'ja') - 50)).toBeLessThan(5);
    const hospitals = { umc: 35, stz: 30, algemeen: 28, categoraal: 7 };
    for (const [code, pct] of Object.entries(hospitals))
      expect(Math.abs(share(rows, 'hospital_type', code) - pct), code).toBeLessThan(4);
  });
});

describe('demo generator: the 2022 wave', () => {
  /**
   * The figures DJS published for 2022 (all respondents; data/codebook.json `published`), counted
   * here in the rows: within half a percentage point (the generator deals exact quotas, so only
   * rounding to whole answers is left).
   */
  const PUBLISHED_2022: [string, string[], number][] = [
    ['burnout', ['ja'], 24],
    ['proud', ['4', '5'], 97],
    ['workload', ['te_hoog'], 44],
    ['wlb_satisfaction', ['1', '2'], 35], // (very) dissatisfied
    ['pause_frequency', ['1', '2'], 54], // a break only sometimes (soms) or never (nooit)
  ];

  it.each(PUBLISHED_2022)('reproduces the published %s (%j) of %i%%', (item, codes, pct) => {
    expect(Math.abs(share(wave2022, item, ...codes) - pct)).toBeLessThan(0.5);
  });

  it('reproduces them in the committed, released file too', () => {
    const text = readFileSync(new URL('../../data/waves/2022.csv', import.meta.url), 'utf8');
    const [header, ...lines] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    const rows = lines.map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    });
    // "Ruim 1.500" (over 1,500) respondents.
    expect(rows.length).toBeGreaterThan(1500);
    expect(rows.length).toBeLessThan(1600);
    for (const [item, codes, pct] of PUBLISHED_2022)
      expect(Math.abs(share(rows, item, ...codes) - pct), item).toBeLessThan(0.5);
  });

  it('keeps its overtime', () => {
    expect(Math.abs(mean(wave2022, 'overtime_total') - 9.6)).toBeLessThan(0.05);
  });

  it('differs from 2024 for radiology by a few points', () => {
    for (const [item, code] of [
      ['burnout', 'ja'],
      ['workload', 'te_hoog'],
      ['considered_quitting', 'ja'],
      ['overtime_compensation', 'geen'],
    ] as const) {
      const diff = Math.abs(
        share(radiology(wave2022), item, code) - share(radiology(wave2024), item, code),
      );
      expect(diff, item).toBeGreaterThan(0.5);
      expect(diff, item).toBeLessThan(8);
    }
  });
});

describe('demo generator: correlations', () => {
  const rows = wave2024.filter((r) => numberIn('overtime_total', r) !== undefined);
  const sorted = [...rows].sort(
    (a, b) => numberIn('overtime_total', a)! - numberIn('overtime_total', b)!,
  );
  const third = Math.floor(sorted.length / 3);
  const low = sorted.slice(0, third);
  const high = sorted.slice(-third);

  it('goes with overtime: burnout, dissatisfaction, low marks, too high workload, quitting', () => {
    expect(share(high, 'burnout', 'ja') - share(low, 'burnout', 'ja')).toBeGreaterThan(15);
    expect(
      share(low, 'wlb_satisfaction', '4', '5') - share(high, 'wlb_satisfaction', '4', '5'),
    ).toBeGreaterThan(15);
    expect(mean(low, 'job_rating') - mean(high, 'job_rating')).toBeGreaterThan(0.4);
    expect(share(high, 'workload', 'te_hoog') - share(low, 'workload', 'te_hoog')).toBeGreaterThan(
      20,
    );
    expect(
      share(high, 'considered_quitting', 'ja') - share(low, 'considered_quitting', 'ja'),
    ).toBeGreaterThan(10);
  });

  it('links burnout with quitting, and the atmosphere with safety', () => {
    const burnout = wave2024.filter((r) => r.burnout === 'ja');
    const fine = wave2024.filter((r) => r.burnout === 'nee');
    expect(
      share(burnout, 'considered_quitting', 'ja') - share(fine, 'considered_quitting', 'ja'),
    ).toBeGreaterThan(20);
    const good = wave2024.filter((r) => Number(r.atmosphere) >= 8);
    const poor = wave2024.filter((r) => r.atmosphere !== '' && Number(r.atmosphere) <= 6);
    expect(
      share(good, 'handover_safe', '4', '5') - share(poor, 'handover_safe', '4', '5'),
    ).toBeGreaterThan(15);
    expect(
      share(poor, 'speak_up_barriers', 'ja') - share(good, 'speak_up_barriers', 'ja'),
    ).toBeGreaterThan(10);
  });

  it('makes specialties differ: surgery works more overtime than psychiatry', () => {
    const of = (s: string) => wave2024.filter((r) => r.specialty === s);
    expect(
      mean(of('heelkunde'), 'overtime_total') - mean(of('psychiatrie'), 'overtime_total'),
    ).toBeGreaterThan(3);
    expect(
      share(of('psychiatrie'), 'home_on_time', '3', '4', '5') -
        share(of('heelkunde'), 'home_on_time', '3', '4', '5'),
    ).toBeGreaterThan(10);
  });
});

describe('demo generator: a codebook that grew', () => {
  it('answers an item it has no spec or target for, within its codes', () => {
    const text = { nl: 'x', en: 'x' };
    const grown: Codebook = {
      ...codebook,
      items: [
        ...codebook.items,
        {
          id: 'new_scale',
          topic: 'support',
          label: text,
          question: text,
          polarity: 'neutral',
          type: 'likert5',
          values: ['1', '2', '3', '4', '5'].map((code) => ({ code, label: text })),
        },
        {
          id: 'new_multi',
          topic: 'support',
          label: text,
          question: text,
          polarity: 'neutral',
          type: 'multi',
          options: ['a', 'b'].map((code) => ({ code, label: text })),
          universe: { item: 'burnout', in: ['ja'], label: text },
        },
      ],
    };
    const rows = generateWave(grown, 2022);
    expect(new Set(rows.map((r) => r.new_scale))).toEqual(new Set(['1', '2', '3', '4', '5', '']));
    for (const row of rows) {
      const expected = row.burnout === 'ja' ? ['0', '1', ''] : [''];
      expect(expected).toContain(row.new_multi_a);
    }
  });
});
