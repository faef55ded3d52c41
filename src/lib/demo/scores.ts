/**
 * The correlation model: for every item, the score on which respondents are ranked before the
 * calibrated answer counts are dealt out (see calibrate.ts). Weights are in SD units; the noise
 * weight sets how loose the relation is. What it encodes: more overtime goes with more burnout,
 * lower work-life satisfaction and job rating, workload "too high" and thoughts of quitting;
 * burnout with quitting; a good department atmosphere with safe handovers and free speech.
 */

import type { Person } from './respondents';

/** A ranking score; `noise()` draws N(0, 1) from the item's own stream. */
export type Score = (p: Person, noise: () => number) => number;

export interface CodedSpec {
  kind: 'coded';
  /** Valid codes from low to high score. */
  order: string[];
  score: Score;
  /** Rate of the item's excluded answer ("weet niet", "nvt") among those asked. */
  excludedRate: number;
  /** Shift questions: respondents without shifts answer "nvt". */
  shiftless?: boolean;
}

export interface RatingSpec {
  kind: 'rating';
  score: Score;
  /** Spread of the marks around the mean. */
  sd: number;
}

export interface MultiSpec {
  kind: 'multi';
  scores: Record<string, Score>;
  /** Option given to an answerer who got none of the calibrated ones (everybody ticks something). */
  fill: string;
  /** "At most three answers". */
  max?: number;
}

export type Spec = CodedSpec | RatingSpec | MultiSpec;

/** A coded answer as a number (likert/frequency codes are 1–5; marks 1–10), or `fallback`. */
function num(p: Person, id: string, fallback: number): number {
  const v = Number(p.row[id] || NaN);
  return Number.isFinite(v) ? v : fallback;
}
const is = (p: Person, id: string, code: string) => (p.row[id] === code ? 1 : 0);

const FIVE = ['1', '2', '3', '4', '5'];
const COMPENSATION = ['tijd_en_geld', 'geld', 'tijd', 'geen']; // ranked towards "none"
const YES = ['nee', 'ja'];

const coded = (order: string[], score: Score, excludedRate = 0, shiftless = false): CodedSpec => ({
  kind: 'coded',
  order,
  score,
  excludedRate,
  shiftless,
});
const noise: Score = (_p, n) => n();

export const SPECS: Readonly<Record<string, Spec>> = {
  proud: coded(FIVE, (p, n) => 0.3 * p.climate - 0.2 * p.strain + n()),
  choose_again: coded(
    YES,
    (p, n) => 0.3 * (num(p, 'proud', 4) - 4) + 0.2 * p.climate - 0.2 * p.strain + n(),
    0.03,
  ),
  overtime_compensation: coded(COMPENSATION, (p, n) => 0.3 * p.overtime + 0.2 * p.load + n(), 0.04),
  home_on_time: coded(FIVE, (p, n) => -0.5 * p.overtime - 0.2 * p.load + n()),
  wlb_satisfaction: coded(
    FIVE,
    (p, n) => -0.35 * p.overtime - 0.25 * p.strain + 0.1 * (num(p, 'home_on_time', 3) - 3) + n(),
  ),
  job_rating: {
    kind: 'rating',
    sd: 1.1,
    score: (p, n) =>
      -0.25 * p.overtime -
      0.2 * p.strain +
      0.35 * p.climate +
      0.1 * (num(p, 'wlb_satisfaction', 3) - 3) +
      n(),
  },
  workload: coded(
    ['te_laag', 'goed', 'hoog', 'te_hoog'],
    (p, n) => 0.45 * p.overtime + 0.2 * p.strain + 0.15 * p.load + n(),
  ),
  burnout: coded(
    YES,
    (p, n) =>
      0.3 * p.strain +
      0.25 * p.overtime -
      0.1 * (num(p, 'wlb_satisfaction', 3) - 3) +
      0.15 * is(p, 'workload', 'te_hoog') +
      n(),
    0.04,
  ),
  burnout_cause: {
    kind: 'multi',
    fill: 'other',
    scores: {
      wlb: (p, n) => -0.4 * (num(p, 'wlb_satisfaction', 3) - 3) + n(),
      work: (p, n) => 0.6 * is(p, 'workload', 'te_hoog') + 0.2 * p.overtime + n(),
      private: noise,
      other: noise,
    },
  },
  considered_quitting: coded(
    YES,
    (p, n) =>
      0.7 * is(p, 'burnout', 'ja') +
      0.15 * p.strain +
      0.15 * p.overtime -
      0.2 * p.climate -
      0.05 * (num(p, 'job_rating', 7) - 7) +
      n(),
    0.025,
  ),
  // Those who trust their department less keep their doubts to themselves.
  quitting_discussed: coded(
    ['ja', 'nee'],
    (p, n) => -0.4 * p.climate + 0.15 * p.strain + n(),
    0.03,
  ),
  not_discussed_reason: {
    kind: 'multi',
    fill: 'other',
    scores: {
      not_strong: (p, n) => -0.3 * p.strain + n(),
      fear: (p, n) => -0.5 * p.climate + n(),
      trust: (p, n) => -0.6 * p.climate + n(),
      other: noise,
    },
  },
  home_after_shift: coded(
    FIVE,
    (p, n) => -0.3 * p.load - 0.25 * p.overtime + 0.2 * p.climate + n(),
    0,
    true,
  ),
  presence_shift_compensation: coded(COMPENSATION, (p, n) => 0.3 * p.load + n(), 0.03, true),
  oncall_shift_compensation: coded(COMPENSATION, (p, n) => 0.2 * p.load + n(), 0.04, true),
  pause_frequency: coded(
    FIVE,
    (p, n) => -0.35 * p.load - 0.25 * p.overtime + 0.2 * p.climate + n(),
  ),
  heavy_day: {
    kind: 'multi',
    fill: 'admin',
    max: 3,
    scores: {
      calls: (p, n) => p.calls + n(),
      no_break: (p, n) => -0.4 * (num(p, 'pause_frequency', 3) - 3) + n(),
      shift_length: (p, n) => 0.4 * p.overtime + 0.2 * p.load + n(),
      admin: noise,
      supervision: (p, n) => 0.5 * is(p, 'training_year', 'j1_2') + n(),
      other: noise,
    },
  },
  atmosphere: { kind: 'rating', sd: 1.2, score: (p, n) => p.climate + 0.5 * n() },
  handover_safe: coded(FIVE, (p, n) => 0.35 * (num(p, 'atmosphere', 7) - 7) + n()),
  speak_up_barriers: coded(
    YES,
    (p, n) => -0.35 * (num(p, 'atmosphere', 7) - 7) + 0.1 * p.strain + n(),
    0.045,
  ),
  support_preference: {
    kind: 'multi',
    fill: 'none',
    scores: {
      mentor: noise,
      coaching: (p, n) => 0.4 * p.strain + n(),
      buddy: (p, n) => 0.5 * is(p, 'training_year', 'j1_2') + n(),
      intervision: noise,
    },
  },
};
