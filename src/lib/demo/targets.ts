/**
 * What each synthetic wave must show. "focus" is the specialty of the published article
 * (radiology): its figures in 2024 are the published ones (shared/reference/published-2024.md,
 * tests/fixtures/published-2024.json) and are hit exactly; "all" is every respondent of the wave,
 * published where the article gives it (overtime 10.2 h, 66% uncompensated, 38% workload too high,
 * support 45/41/24) and otherwise a plausible value. The 2022 wave's "all" hits the figures DJS
 * published for 2022 (data/codebook.json, `published`: 24% burnout, 97% proud, 44% workload too
 * high, 35% (very) dissatisfied with the work-life balance, 54% a break only sometimes or never;
 * "over 1,500" respondents); its other values, and radiology's, are plausible and a few points off
 * 2024.
 *
 * Shares are percentages of valid answers per code (the excluded code and missing left out);
 * they are normalised, so the codes not listed simply get no quota.
 */

export type Shares = Readonly<Record<string, number>>;

export interface Target<T> {
  all: T;
  focus?: T;
}

export interface OptionTarget extends Target<Shares> {
  /** Exact numbers of focus respondents choosing an option (the article gives n, not %). */
  focusCounts?: Readonly<Record<string, number>>;
}

export interface WaveTargets {
  rows: number;
  focus: {
    specialty: string;
    rows: number;
    /** Exact counts per dimension code; each dimension's counts sum to `rows`. */
    dimensions: Readonly<Record<string, Readonly<Record<string, number>>>>;
  };
  /** Coded items: % of valid answers per code. */
  shares: Readonly<Record<string, Target<Shares>>>;
  /** Numeric items: mean of valid answers. */
  means: Readonly<Record<string, Target<number>>>;
  /** Multi-select items: % of those who answered choosing each option. */
  options: Readonly<Record<string, OptionTarget>>;
}

const COMP = (tijdEnGeld: number, geld: number, tijd: number, geen: number): Shares => ({
  tijd_en_geld: tijdEnGeld,
  geld,
  tijd,
  geen,
});
const FIVE = (a: number, b: number, c: number, d: number, e: number): Shares => ({
  1: a,
  2: b,
  3: c,
  4: d,
  5: e,
});

const T2024: WaveTargets = {
  rows: 2027,
  focus: {
    specialty: 'radiologie',
    rows: 131,
    dimensions: {
      role: { aios: 126, anios: 5 }, // 96.2% aios (published 96%)
      gender: { vrouw: 79, man: 52, anders: 0 }, // 60.3% (60%)
      hospital_type: { umc: 31, stz: 28, algemeen: 69, categoraal: 3 }, // 52.7% algemeen (53%)
      fulltime: { ja: 56, nee: 75 }, // 42.7% (43%)
    },
  },
  shares: {
    proud: { all: FIVE(1, 3, 9, 45, 42), focus: FIVE(1, 2, 5, 42, 50) }, // top-2 92%
    choose_again: { all: { nee: 13, ja: 87 }, focus: { nee: 7, ja: 93 } },
    overtime_compensation: { all: COMP(6, 10, 18, 66), focus: COMP(3, 6, 13, 78) },
    home_on_time: { all: FIVE(6, 22, 34, 28, 10), focus: FIVE(3, 13, 35, 35, 14) }, // 3–5: 84%
    wlb_satisfaction: { all: FIVE(9, 24, 31, 30, 6), focus: FIVE(7, 20, 33, 34, 6) }, // 27/33/40
    workload: {
      all: { te_laag: 1, goed: 21, hoog: 40, te_hoog: 38 },
      focus: { te_laag: 1, goed: 30, hoog: 45, te_hoog: 24 },
    },
    burnout: { all: { nee: 72, ja: 28 }, focus: { nee: 75, ja: 25 } },
    considered_quitting: { all: { nee: 62, ja: 38 }, focus: { nee: 59, ja: 41 } },
    quitting_discussed: { all: { ja: 32, nee: 68 }, focus: { ja: 27, nee: 73 } },
    home_after_shift: { all: FIVE(12, 20, 25, 27, 16), focus: FIVE(10, 22, 27, 30, 11) },
    presence_shift_compensation: { all: COMP(25, 35, 33, 7), focus: COMP(30, 37, 30, 3) },
    oncall_shift_compensation: { all: COMP(12, 30, 33, 25), focus: COMP(10, 30, 30, 30) },
    pause_frequency: { all: FIVE(10, 22, 30, 28, 10), focus: FIVE(6, 18, 30, 34, 12) }, // 4–5: 46%
    handover_safe: { all: FIVE(2, 6, 20, 49, 23), focus: FIVE(2, 8, 22, 48, 20) },
    speak_up_barriers: { all: { nee: 73, ja: 27 }, focus: { nee: 75, ja: 25 } },
  },
  means: {
    // Focus hours: worked − contract + outside must give both extra 5.2 and total 8.55 within
    // 0.1, so aim between them: 44.32 − 39.09 = 5.23 and 5.23 + 3.31 = 8.54.
    contract_hours: { all: 39.3, focus: 39.09 },
    hours_worked: { all: 45.8, focus: 44.32 },
    outside_hours: { all: 3.7, focus: 3.31 }, // all: 45.8 − 39.3 + 3.7 = 10.2
    job_rating: { all: 7.3, focus: 7.5 },
    atmosphere: { all: 7.2, focus: 7.4 },
  },
  options: {
    burnout_cause: {
      all: { wlb: 65, work: 62, private: 25, other: 8 },
      focus: { wlb: 71, work: 55, private: 22, other: 8 },
    },
    not_discussed_reason: {
      all: { not_strong: 45, fear: 31, trust: 28, other: 11 },
      focus: { not_strong: 48, fear: 33, trust: 30, other: 8 },
    },
    heavy_day: {
      all: { calls: 45, no_break: 50, shift_length: 38, admin: 42, supervision: 14, other: 6 },
      focus: { admin: 30, supervision: 8, other: 5 },
      focusCounts: { calls: 104, no_break: 66, shift_length: 45 },
    },
    support_preference: {
      all: { mentor: 45, coaching: 41, buddy: 24, intervision: 18 },
      focus: { mentor: 45, coaching: 41, buddy: 24, intervision: 15 },
    },
  },
};

const T2022: WaveTargets = {
  // "Ruim 1.500" (over 1,500) respondents; the reference's public summary: about 1,550–1,600.
  rows: 1583,
  focus: {
    specialty: 'radiologie',
    rows: 102,
    dimensions: {
      role: { aios: 97, anios: 5 },
      gender: { vrouw: 58, man: 44, anders: 0 },
      hospital_type: { umc: 26, stz: 25, algemeen: 49, categoraal: 2 },
      fulltime: { ja: 48, nee: 54 },
    },
  },
  shares: {
    proud: { all: FIVE(0, 1, 2, 46, 51), focus: FIVE(0, 1, 3, 45, 51) }, // top-2 97% (published)
    choose_again: { all: { nee: 12, ja: 88 }, focus: { nee: 9, ja: 91 } },
    overtime_compensation: { all: COMP(5, 9, 18, 68), focus: COMP(3, 5, 12, 80) },
    home_on_time: { all: FIVE(6, 21, 34, 29, 10), focus: FIVE(4, 16, 35, 33, 12) },
    // Bottom-2 (very) dissatisfied 35% (published).
    wlb_satisfaction: { all: FIVE(10, 25, 30, 29, 6), focus: FIVE(8, 24, 33, 30, 5) },
    workload: {
      all: { te_laag: 1, goed: 19, hoog: 36, te_hoog: 44 }, // too high 44% (published)
      focus: { te_laag: 1, goed: 28, hoog: 41, te_hoog: 30 },
    },
    // 24% (published, measured there with the UBOS; here the self-report item).
    burnout: { all: { nee: 76, ja: 24 }, focus: { nee: 78, ja: 22 } },
    considered_quitting: { all: { nee: 64, ja: 36 }, focus: { nee: 63, ja: 37 } },
    quitting_discussed: { all: { ja: 30, nee: 70 }, focus: { ja: 24, nee: 76 } },
    home_after_shift: { all: FIVE(12, 21, 25, 27, 15), focus: FIVE(11, 23, 27, 30, 9) },
    presence_shift_compensation: { all: COMP(24, 34, 34, 8), focus: COMP(28, 35, 32, 5) },
    oncall_shift_compensation: { all: COMP(11, 29, 34, 26), focus: COMP(10, 28, 29, 33) },
    // Never or sometimes (1–2) 54% (published: "only sometimes or never").
    pause_frequency: { all: FIVE(18, 36, 24, 16, 6), focus: FIVE(15, 33, 26, 19, 7) },
    handover_safe: { all: FIVE(2, 7, 21, 48, 22), focus: FIVE(2, 9, 23, 48, 18) },
    speak_up_barriers: { all: { nee: 71, ja: 29 }, focus: { nee: 72, ja: 28 } },
  },
  means: {
    contract_hours: { all: 39.4, focus: 39.3 },
    hours_worked: { all: 45.3, focus: 43.9 },
    outside_hours: { all: 3.7, focus: 3.0 }, // all: 45.3 − 39.4 + 3.7 = 9.6; focus 7.6
    job_rating: { all: 7.4, focus: 7.5 },
    atmosphere: { all: 7.3, focus: 7.3 },
  },
  options: {
    burnout_cause: {
      all: { wlb: 63, work: 64, private: 24, other: 8 },
      focus: { wlb: 68, work: 58, private: 20, other: 8 },
    },
    not_discussed_reason: { all: { not_strong: 46, fear: 29, trust: 27, other: 12 } },
    heavy_day: {
      all: { calls: 44, no_break: 49, shift_length: 37, admin: 41, supervision: 14, other: 6 },
      focus: { calls: 76, no_break: 52, shift_length: 30, admin: 30, supervision: 8, other: 5 },
    },
    support_preference: {
      all: { mentor: 42, coaching: 37, buddy: 27, intervision: 17 },
      focus: { mentor: 42, coaching: 38, buddy: 27, intervision: 15 },
    },
  },
};

const TARGETS: Readonly<Record<number, WaveTargets>> = { 2024: T2024, 2022: T2022 };

export function targetsFor(year: number): WaveTargets {
  const targets = TARGETS[year];
  if (!targets)
    throw new Error(`No demo-data targets for wave ${year} (see src/lib/demo/targets.ts)`);
  return targets;
}
