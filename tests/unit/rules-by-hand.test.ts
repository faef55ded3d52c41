/**
 * Issue 16, points 1, 3, 4 and 5, on a small codebook and two wave files written here by hand and
 * loaded into the real duckdb-wasm. Every expected figure is counted by hand from the rows below
 * or computed here from its formula (a share, a pooled z-test, Kish's n, a Welch test), never
 * taken from the project's own output.
 *
 * 1. Who was asked follows the routing up: "why not discussed" only of those who did not discuss
 *    their doubts AND considered quitting (the parent's own universe).
 * 3. The benchmark "same hospital type" is the selection's peers, and the selection is tested
 *    against exactly those.
 * 4. A specialty merged by the release counts its trainees with the code it was merged into; the
 *    specialties whose trainees nobody stands for are named where weighting is on.
 * 5. Weighted, "too few to compare" is judged on the unweighted n, not on the effective n.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Codebook } from '../../src/lib/codebook/types';
import { CodebookError } from '../../src/lib/codebook/codebook-error';
import { validateCodebook } from '../../src/lib/codebook/validate';
import type { Population } from '../../src/lib/data/weighted-waves';
import { applyWeights, checkPopulation } from '../../src/lib/data/population';
import { loadWave } from '../../src/lib/data/load-wave';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { crosstab } from '../../src/lib/figures/crosstab';
import type { OptionsFigure, ShareFigure } from '../../src/lib/figures/kinds';
import { benchmarkLabel, benchmarkNote } from '../../src/lib/figures/labels';
import type { Panel, PanelOptions } from '../../src/lib/figures/panel';
import { itemPanel, viewSource } from '../../src/lib/figures/panel';
import type { MeanValue } from '../../src/lib/figures/types';
import { uncountedNotes, unrepresentedNotes } from '../../src/lib/figures/weighting-notes';
import { statements } from '../../src/lib/query/aggregates';
import type { Selection } from '../../src/lib/query/selection';

const text = (nl: string, en = nl) => ({ nl, en });
const yesno = [
  { code: 'ja', label: text('ja', 'yes') },
  { code: 'nee', label: text('nee', 'no') },
];
const code = (c: string, parent?: string) => ({
  code: c,
  label: text(c.toUpperCase()),
  ...(parent ? { parent } : {}),
});

const raw = {
  version: 1,
  title: text('Toets'),
  publisher: text('Toets'),
  waves: [
    { year: 2024, file: 'waves/2024.csv', synthetic: false, note: text('Nu') },
    { year: 2022, file: 'waves/2022.csv', synthetic: false, note: text('Toen') },
  ],
  topics: [
    { id: 'about', label: text('Over u', 'About you') },
    { id: 'work', label: text('Werk', 'Work') },
  ],
  items: [
    {
      id: 'specialty',
      topic: 'about',
      type: 'dimension',
      label: text('Specialisme', 'Specialty'),
      question: text('Specialisme?', 'Specialty?'),
      polarity: 'neutral',
      // rad, path, gen under the cluster diag; kaak under snij; diag, chir, neuro, snij under
      // overig; derm on its own.
      values: [
        code('rad', 'diag'),
        code('path', 'diag'),
        code('gen', 'diag'),
        code('chir', 'overig'),
        code('neuro', 'overig'),
        code('kaak', 'snij'),
        code('derm'),
        code('diag', 'overig'),
        code('snij', 'overig'),
        code('overig'),
      ],
    },
    {
      id: 'hospital_type',
      topic: 'about',
      type: 'dimension',
      label: text('Type ziekenhuis', 'Hospital type'),
      question: text('Type ziekenhuis?', 'Hospital type?'),
      polarity: 'neutral',
      values: [code('umc'), code('stz')],
    },
    {
      id: 'burnout',
      topic: 'work',
      type: 'yesno',
      label: text('Burn-out'),
      question: text('Burn-outklachten?', 'Burnout complaints?'),
      polarity: 'lower_is_better',
      values: yesno,
      headline: { codes: ['ja'], label: text('ja', 'yes') },
    },
    {
      id: 'hours_worked',
      topic: 'work',
      type: 'hours',
      label: text('Uren', 'Hours'),
      question: text('Hoeveel uur?', 'How many hours?'),
      polarity: 'lower_is_better',
      min: 0,
      max: 120,
    },
    {
      id: 'considered_quitting',
      topic: 'work',
      type: 'yesno',
      label: text('Overwogen te stoppen', 'Considered quitting'),
      question: text('Overwogen te stoppen?', 'Considered quitting?'),
      polarity: 'lower_is_better',
      values: yesno,
      headline: { codes: ['ja'], label: text('ja', 'yes') },
    },
    {
      id: 'quitting_discussed',
      topic: 'work',
      type: 'yesno',
      label: text('Besproken', 'Discussed'),
      question: text('Besproken?', 'Discussed?'),
      polarity: 'neutral',
      values: yesno,
      headline: { codes: ['nee'], label: text('niet besproken', 'not discussed') },
      universe: {
        item: 'considered_quitting',
        in: ['ja'],
        label: text('wie overwoog te stoppen', 'those who considered quitting'),
      },
    },
    {
      id: 'not_discussed_reason',
      topic: 'work',
      type: 'multi',
      label: text('Waarom niet', 'Why not'),
      question: text('Waarom niet besproken?', 'Why not discussed?'),
      polarity: 'neutral',
      options: [
        { code: 'fear', label: text('angst', 'fear') },
        { code: 'other', label: text('anders', 'other') },
      ],
      universe: {
        item: 'quitting_discussed',
        in: ['nee'],
        label: text('wie het niet besprak', 'those who did not discuss it'),
      },
    },
  ],
};
const codebook: Codebook = validateCodebook(raw);

const COLUMNS = [
  'specialty',
  'hospital_type',
  'burnout',
  'hours_worked',
  'considered_quitting',
  'quitting_discussed',
  'not_discussed_reason_fear',
  'not_discussed_reason_other',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** `count` rows of specialty × hospital type, the first `yes` of them with burnout "ja". */
function block(specialty: string, hospital: string, count: number, yes: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    specialty,
    hospital_type: hospital,
    burnout: i < yes ? 'ja' : 'nee',
  }));
}

function csv(rows: Row[]): Uint8Array {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c] ?? '').join(','))];
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/*
 * 2024, 120 rows. Burnout "ja":
 *   rad × umc 6 of 20, chir × umc 24 of 40, rad × stz 4 of 20, chir × stz 6 of 20,
 *   diag × stz 5 of 10 (path and gen, merged by the release), overig × stz 2 of 10.
 */
const rows2024: Row[] = [
  ...block('rad', 'umc', 20, 6),
  ...block('chir', 'umc', 40, 24),
  ...block('rad', 'stz', 20, 4),
  ...block('chir', 'stz', 20, 6),
  ...block('diag', 'stz', 10, 5),
  ...block('overig', 'stz', 10, 2),
];
/*
 * The quitting questions, by row number:
 *   0–29 considered quitting; of them 0–9 discussed it, 10–29 did not;
 *     of those 20, 10–21 (12) say why: 10–14 (5) fear, 15–21 (7) other; 22–29 (8) give no reason.
 *   30–119 did not consider quitting, so were asked neither follow-up; yet (routing noise) 30–35
 *     answered "not discussed", and 30–33 (4) of them "fear".
 * Right: "why not discussed" has n = 12 (8 missing), fear 5 / 12. Following only the item's own
 * condition (quitting_discussed = nee) it would be n = 16, fear 9 / 16.
 */
rows2024.forEach((r, i) => {
  r.hours_worked = String(40 + (i % 7));
  r.considered_quitting = i < 30 ? 'ja' : 'nee';
  if (i < 10) r.quitting_discussed = 'ja';
  else if (i < 36) r.quitting_discussed = 'nee';
  const fear = (i >= 10 && i < 15) || (i >= 30 && i < 34);
  const other = i >= 15 && i < 22;
  if (fear || other) {
    r.not_discussed_reason_fear = fear ? '1' : '0';
    r.not_discussed_reason_other = other ? '1' : '0';
  }
});

/*
 * 2022, 70 rows, for weighting with very unequal weights: chir 60 respondents of 60 trainees
 * (w = 1), overig 10 respondents of 190 trainees (w = 19).
 *   stz: chir 9 rows (3 burnout, hours 40, 42, …, 56), overig 1 row (burnout, 60 hours);
 *   umc: chir 51 rows (15 burnout, hours 38 + 2·(i mod 10)), overig 9 rows (2 burnout, 45 + 3i).
 */
const HOURS = {
  chirStz: Array.from({ length: 9 }, (_, i) => 40 + 2 * i),
  overigStz: [60],
  chirUmc: Array.from({ length: 51 }, (_, i) => 38 + 2 * (i % 10)),
  overigUmc: Array.from({ length: 9 }, (_, i) => 45 + 3 * i),
};
const withHours = (rows: Row[], hours: number[]) =>
  rows.map((r, i) => ({ ...r, hours_worked: String(hours[i]) }));
const rows2022: Row[] = [
  ...withHours(block('chir', 'stz', 9, 3), HOURS.chirStz),
  ...withHours(block('overig', 'stz', 1, 1), HOURS.overigStz),
  ...withHours(block('chir', 'umc', 51, 15), HOURS.chirUmc),
  ...withHours(block('overig', 'umc', 9, 2), HOURS.overigUmc),
];

const POPULATION = {
  illustrative: true,
  note: text('Toets', 'Test'),
  stratum: 'specialty',
  waves: {
    // path, gen: merged into diag; neuro: into overig (its parent); kaak: into overig through snij,
    // which has no respondents either; derm: no respondents and no coarser code.
    '2024': { rad: 300, path: 140, gen: 45, chir: 500, neuro: 60, kaak: 30, overig: 100, derm: 70 },
    '2022': { chir: 60, overig: 190 },
  },
};
const FILE = 'data/population.json';

let engine: Engine;
let population: Population;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadWave(engine, codebook, 2024, 'data/waves/2024.csv', csv(rows2024));
  await loadWave(engine, codebook, 2022, 'data/waves/2022.csv', csv(rows2022));
  const applied = await applyWeights(
    engine,
    checkPopulation(POPULATION, codebook, FILE).population!,
    FILE,
  );
  expect(applied.issues).toEqual([]);
  population = applied.population;
});
afterAll(() => engine.close());

const NONE: PanelOptions = { compare: null, benchmark: 'all' };
const panel = (itemId: string, selection: Selection, options = NONE) =>
  itemPanel(statements(engine, codebook), codebook, itemId, selection, options);

/** Standard normal upper tail by Numerical Recipes' erfc (fractional error < 1.2e-7). */
function normalUpper(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** ln Γ(x) by Lanczos (g = 7, nine terms). */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = c[0]!;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Two-sided p of Student's t with df degrees of freedom: 1 − 2∫₀^|t| density, by Simpson. */
function tTwoSided(t: number, df: number): number {
  const k = Math.exp(lnGamma((df + 1) / 2) - lnGamma(df / 2)) / Math.sqrt(df * Math.PI);
  const f = (x: number) => k * Math.pow(1 + (x * x) / df, -(df + 1) / 2);
  const steps = 20000;
  const h = Math.abs(t) / steps;
  let s = f(0) + f(Math.abs(t));
  for (let i = 1; i < steps; i++) s += f(i * h) * (i % 2 ? 4 : 2);
  return 1 - 2 * ((s * h) / 3);
}

describe('1. who was asked, followed up the routing', () => {
  const all = { wave: 2024, filters: {} };

  function expectWhyNotDiscussed(p: Panel) {
    if (p.type !== 'options') throw new Error('not_discussed_reason is multi-select');
    const figure = p.rows[0]!.figure as OptionsFigure;
    // Asked: considered quitting (rows 0–29) and did not discuss it (10–29): 20, of whom 12 answered.
    expect(figure.n).toBe(12);
    expect(figure.missing).toBe(8);
    expect(figure.parts.find((o) => o.code === 'fear')!.value!.estimate).toBeCloseTo(5 / 12, 12);
    expect(figure.parts.find((o) => o.code === 'other')!.value!.estimate).toBeCloseTo(7 / 12, 12);
  }

  it('counts only those asked at every step, one statement per figure', async () => {
    expectWhyNotDiscussed(await panel('not_discussed_reason', all));
    // The parent question itself: asked of the 30 who considered quitting, 20 did not discuss.
    const parent = await panel('quitting_discussed', all);
    expect(parent.rows[0]!.figure.n).toBe(30);
    expect(parent.rows[0]!.figure.value!.estimate).toBeCloseTo(20 / 30, 12);
  });

  it('the same from the summaries and the batch (the site’s path)', async () => {
    const source = await viewSource(engine, codebook, ['not_discussed_reason'], false);
    expectWhyNotDiscussed(await itemPanel(source, codebook, 'not_discussed_reason', all, NONE));
    // Weighted too: the weighted view reads the same summaries.
    const weighted = await viewSource(engine, codebook, ['not_discussed_reason'], true);
    const p = await itemPanel(
      weighted,
      codebook,
      'not_discussed_reason',
      { ...all, weighted: true },
      NONE,
    );
    expect(p.rows[0]!.figure.n).toBe(12);
  });

  it('the same in the explorer’s crosstab', async () => {
    const table = await crosstab(
      engine,
      codebook,
      { item: 'not_discussed_reason', by: 'hospital_type' },
      all,
    );
    const total = table.rows.find((r) => r.level === 'total')!;
    expect(total.figure.n).toBe(12);
    // Rows 10–21 are all at umc (rows 0–19 rad × umc, 20–59 chir × umc); the noise (30–33) too.
    const groups = table.rows.filter((r) => r.level === 'group');
    expect(groups.find((r) => r.by === 'umc')!.figure.n).toBe(12);
    expect(groups.find((r) => r.by === 'stz')?.figure.n ?? 0).toBe(0);
  });

  it('refuses a codebook whose universes lead round in a loop', () => {
    const looped = structuredClone(raw) as typeof raw & {
      items: { id: string; universe?: unknown }[];
    };
    looped.items.find((i) => i.id === 'considered_quitting')!.universe = {
      item: 'not_discussed_reason',
      in: ['fear'],
      label: text('rond', 'round'),
    };
    expect(() => validateCodebook(looped)).toThrow(CodebookError);
    expect(() => validateCodebook(looped)).toThrow(/leads back/);
  });
});

describe('3. the benchmark "same hospital type"', () => {
  const radUmc = { wave: 2024, filters: { specialty: ['rad'], hospital_type: ['umc'] } };
  const options: PanelOptions = { compare: null, benchmark: 'hospital_type' };

  it('draws the selection’s peers and tests the selection against exactly them', async () => {
    const p = await panel('burnout', radUmc, options);
    const [selection, benchmark] = [p.rows[0]!, p.rows.at(-1)!];
    expect(benchmark.kind).toBe('benchmark');
    // Peers: umc without rad × umc, i.e. chir × umc: 24 of 40.
    expect(benchmark.figure.n).toBe(40);
    expect(benchmark.figure.value!.estimate).toBeCloseTo(24 / 40, 12);
    expect(selection.figure.value!.estimate).toBeCloseTo(6 / 20, 12);
    // Pooled z-test of 6/20 against 24/40 (every expected cell ≥ 5): p̂ = 30/60.
    const pooled = 30 / 60;
    const z = (6 / 20 - 24 / 40) / Math.sqrt(pooled * (1 - pooled) * (1 / 20 + 1 / 40));
    expect(z).toBeCloseTo(-2.19089, 5);
    const c = selection.comparison!;
    expect(c.diff).toBeCloseTo(-0.3, 12);
    expect(c.p).toBeCloseTo(2 * normalUpper(Math.abs(z)), 6); // ≈ 0.0285
    // Against the rest of the wave (41 of 100) it would have been −11 points, p ≈ 0.36.
    expect(c.p).toBeLessThan(0.05);
  });

  it('keeps the rest of the wave as the test with the benchmark "all respondents"', async () => {
    const p = await panel('burnout', radUmc, NONE);
    const pooled = (6 + 41) / 120;
    const z = (6 / 20 - 41 / 100) / Math.sqrt(pooled * (1 - pooled) * (1 / 20 + 1 / 100));
    expect(p.rows[0]!.comparison!.diff).toBeCloseTo(6 / 20 - 41 / 100, 12);
    expect(p.rows[0]!.comparison!.p).toBeCloseTo(2 * normalUpper(Math.abs(z)), 6);
    expect(p.rows.at(-1)!.figure.n).toBe(120);
  });

  it('says which population it is, in the label and a note (NL and EN)', () => {
    const state = {
      filters: { specialty: 'rad', hospital_type: 'umc' },
      compare: null,
      benchmark: 'hospital_type' as const,
    };
    expect(benchmarkLabel(codebook, { ...state, lang: 'nl' })).toBe('Overige respondenten, UMC');
    expect(benchmarkLabel(codebook, { ...state, lang: 'en' })).toBe('Other respondents, UMC');
    expect(benchmarkNote(codebook, { ...state, lang: 'nl' })).toEqual([
      'Vergelijkingsgroep en toets van de selectie: de respondenten van UMC buiten de selectie.',
    ]);
    expect(benchmarkNote(codebook, { ...state, lang: 'en' })[0]).toMatch(
      /UMC outside the selection/,
    );
    // No such benchmark drawn, no note.
    expect(benchmarkNote(codebook, { ...state, lang: 'en', benchmark: 'all' })).toEqual([]);
  });
});

describe('4. weights of merged specialties', () => {
  it('weights a merged group with the trainees of every specialty it holds', async () => {
    const rows = await engine.query(
      'SELECT specialty, w FROM weights WHERE wave = 2024 ORDER BY specialty',
    );
    // w = N / n with N summed by hand over the specialties each released code holds:
    // rad 300 / 40; chir 500 / 60; diag (path 140 + gen 45) / 10;
    // overig (own 100 + neuro 60 + kaak 30, snij having no respondents) / 10.
    const expected: Record<string, number> = {
      chir: 500 / 60,
      diag: (140 + 45) / 10,
      overig: (100 + 60 + 30) / 10,
      rad: 300 / 40,
    };
    expect(rows.map((r) => String(r.specialty))).toEqual(Object.keys(expected));
    for (const r of rows) expect(Number(r.w)).toBeCloseTo(expected[String(r.specialty)]!, 12);
    // Σw = the trainees of every represented specialty: 1175 of 1245 (derm's 70 not).
    const [sum] = await engine.query(
      'SELECT sum(w) AS s FROM responses JOIN weights USING (wave, specialty) WHERE wave = 2024',
    );
    expect(Number(sum!.s)).toBeCloseTo(300 + 140 + 45 + 500 + 60 + 30 + 100, 9);
  });

  it('a weighted share is Σ N_h p_h / Σ N_h over the rolled-up strata', async () => {
    const p = await panel('burnout', { wave: 2024, filters: {}, weighted: true });
    const strata = [
      { N: 300, p: 10 / 40 }, // rad
      { N: 500, p: 30 / 60 }, // chir
      { N: 185, p: 5 / 10 }, // diag
      { N: 190, p: 2 / 10 }, // overig
    ];
    const N = strata.reduce((s, h) => s + h.N, 0);
    const share = strata.reduce((s, h) => s + h.N * h.p, 0) / N;
    expect(share).toBeCloseTo(455.5 / 1175, 12);
    expect((p.rows[0]!.figure as ShareFigure).value!.estimate).toBeCloseTo(share, 12);
    expect(p.rows[0]!.figure.n).toBe(120);
  });

  it('names the specialties whose trainees no respondent stands for (NL and EN)', () => {
    expect(population.unrepresented).toEqual({ '2024': ['derm'], '2022': [] });
    expect(unrepresentedNotes(codebook, population, 2024, 'nl')).toEqual([
      'Geen respondenten uit DERM: hun a(n)ios tellen niet mee in de gewogen cijfers.',
    ]);
    expect(unrepresentedNotes(codebook, population, 2024, 'en')[0]).toMatch(
      /^No respondents from DERM/,
    );
    expect(unrepresentedNotes(codebook, population, 2022, 'en')).toEqual([]);
  });

  it('names the specialties with respondents but no count, whose wave is left unweighted', async () => {
    const partial = structuredClone(POPULATION);
    delete (partial.waves['2022'] as Partial<Record<string, number>>).chir;
    try {
      const applied = await applyWeights(
        engine,
        checkPopulation(partial, codebook, FILE).population!,
        FILE,
      );
      expect(Object.keys(applied.population.waves)).toEqual(['2024']);
      expect(applied.population.uncounted).toEqual({ '2022': ['chir'] });
      expect(uncountedNotes(codebook, applied.population, 2022, 'nl')).toEqual([
        'Geen aantal a(n)ios voor CHIR in 2022: de cijfers van 2022 zijn ongewogen.',
      ]);
      expect(uncountedNotes(codebook, applied.population, 2022, 'en')[0]).toMatch(/CHIR in 2022/);
    } finally {
      await applyWeights(engine, checkPopulation(POPULATION, codebook, FILE).population!, FILE);
    }
  });
});

describe('5. weighted "too few to compare" on the unweighted n', () => {
  // stz in 2022: 9 chir (w = 1) and 1 overig (w = 19); the rest, umc: 51 chir and 9 overig.
  const stz = { wave: 2022, filters: { hospital_type: ['stz'] }, weighted: true };
  const kish = (ws: number[]) => {
    const sw = ws.reduce((s, w) => s + w, 0);
    return (sw * sw) / ws.reduce((s, w) => s + w * w, 0);
  };
  const weightsOf = (chir: number, overig: number) => [
    ...Array<number>(chir).fill(1),
    ...Array<number>(overig).fill(19),
  ];

  it('compares 10 answers whose effective n is 2.1 (a share)', async () => {
    const nEff = kish(weightsOf(9, 1));
    expect(nEff).toBeCloseTo(784 / 370, 12); // ≈ 2.12: below 10, yet 10 answered
    const p = await panel('burnout', stz);
    const selection = p.rows[0]!;
    expect(selection.figure.n).toBe(10);
    // Weighted shares: stz (3 + 19) / 28, umc (15 + 2·19) / (51 + 9·19).
    expect(selection.figure.value!.estimate).toBeCloseTo(22 / 28, 12);
    expect(selection.comparison).not.toBeNull();
    expect(selection.comparison!.diff).toBeCloseTo(22 / 28 - 53 / 222, 12);
  });

  it('compares 10 answers whose effective n is 2.1 (a mean, Welch on the effective n)', async () => {
    /** Weighted mean and variance on Kish's n, as the README defines them. */
    const side = (values: number[], ws: number[]) => {
      const sw = ws.reduce((s, w) => s + w, 0);
      const mean = values.reduce((s, x, i) => s + ws[i]! * x, 0) / sw;
      const n = kish(ws);
      const pop = values.reduce((s, x, i) => s + ws[i]! * (x - mean) ** 2, 0) / sw;
      return { mean, n, variance: (pop * n) / (n - 1) };
    };
    const a = side([...HOURS.chirStz, ...HOURS.overigStz], weightsOf(9, 1));
    const b = side([...HOURS.chirUmc, ...HOURS.overigUmc], weightsOf(51, 9));
    const va = a.variance / a.n;
    const vb = b.variance / b.n;
    const t = (a.mean - b.mean) / Math.sqrt(va + vb);
    const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
    const p = await panel('hours_worked', stz);
    const selection = p.rows[0]!;
    expect(selection.figure.n).toBe(10);
    expect((selection.figure.value as MeanValue).estimate).toBeCloseTo(a.mean, 12);
    const c = selection.comparison!;
    expect(c).not.toBeNull();
    expect(c.diff).toBeCloseTo(a.mean - b.mean, 10);
    expect(c.p).toBeCloseTo(tTwoSided(t, df), 6);
  });

  it('still does not compare fewer than 10 answers, weighted or not', async () => {
    // chir × stz: 9 answers (w = 1 each).
    const nine = { wave: 2022, filters: { hospital_type: ['stz'], specialty: ['chir'] } };
    for (const weighted of [false, true]) {
      const p = await panel('burnout', { ...nine, weighted });
      expect(p.rows[0]!.comparison).toBeNull();
    }
  });
});
