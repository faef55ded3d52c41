/**
 * Synthetic respondents: their dimensions (specialty, hospital type, gender, role, training year,
 * fulltime) and the latent traits from which their answers are ranked.
 */

import type { Codebook } from '../codebook/types';
import { isCoded } from '../codebook/types';
import type { Rng } from './prng';
import { profileOf } from './specialties';
import type { WaveTargets } from './targets';

export type Row = Record<string, string>;

export interface Person {
  /** The CSV row being filled in; '' means missing. */
  row: Row;
  /** Personal proneness to strain, N(0, 1): more overtime, burnout, doubts. */
  strain: number;
  /** Climate of the respondent's department (specialty × hospital) plus personal view. */
  climate: number;
  /** Specialty workload effect (see specialties.ts). */
  load: number;
  /** Specialty effect on "too many phone calls". */
  calls: number;
  /** Does no shifts: "nvt" on the shift questions. */
  shiftless: boolean;
  /** Standardised overtime_total, set once hours are final (0 when hours are missing). */
  overtime: number;
}

const TRAINING_YEARS = { j1_2: 38, j3_4: 34, j5_plus: 28 };
const ANDERS = 0.01;

/** Largest-remainder allocation of `total` over weights, every key getting at least `min`. */
function allocate(weights: Record<string, number>, total: number, min: number) {
  const keys = Object.keys(weights);
  const w = keys.reduce((s, k) => s + weights[k]!, 0);
  const exact = keys.map((k) => (weights[k]! / w) * total);
  const out = exact.map(Math.floor);
  const byRemainder = keys
    .map((_, i) => i)
    .sort((a, b) => exact[b]! - out[b]! - (exact[a]! - out[a]!));
  for (let r = total - out.reduce((s, x) => s + x, 0), i = 0; r > 0; r--, i++)
    out[byRemainder[i]!]!++;
  // Small specialties must stay large enough to show (≥ min); the largest give way.
  for (let i = 0; i < out.length; i++) {
    while (out[i]! < min) {
      const largest = out.indexOf(Math.max(...out));
      out[largest]!--;
      out[i]!++;
    }
  }
  return Object.fromEntries(keys.map((k, i) => [k, out[i]!]));
}

function codesOf(codebook: Codebook, id: string): string[] {
  const item = codebook.items.find((i) => i.id === id);
  // Clusters and wider bands are made by the release, never answered.
  return item && isCoded(item) ? item.values.filter((v) => !v.generalised).map((v) => v.code) : [];
}

/** Codes in a shuffled order with exact counts, e.g. 126 × aios and 5 × anios. */
function exactCodes(counts: Readonly<Record<string, number>>, rng: Rng): string[] {
  return rng.shuffle(Object.entries(counts).flatMap(([code, n]) => Array<string>(n).fill(code)));
}

export function makeRespondents(codebook: Codebook, targets: WaveTargets, rng: Rng): Person[] {
  const { focus } = targets;
  const specialties = codesOf(codebook, 'specialty');
  // Sizes wobble a little between waves, as response rates do.
  const jitter = rng.fork('sizes');
  const weights = Object.fromEntries(
    specialties
      .filter((s) => s !== focus.specialty)
      .map((s) => [s, profileOf(s).weight * Math.exp(jitter.normal(0, 0.08))]),
  );
  const sizes = allocate(weights, targets.rows - focus.rows, 15);
  sizes[focus.specialty] = focus.rows;

  const draw = rng.fork('dimensions');
  const climateOf = new Map<string, number>();
  const people: Person[] = [];
  for (const specialty of specialties) {
    const profile = profileOf(specialty);
    const n = sizes[specialty] ?? 0;
    const isFocus = specialty === focus.specialty;
    const exact = (id: string) => {
      const counts = focus.dimensions[id];
      return isFocus && counts ? exactCodes(counts, draw) : undefined;
    };
    const roles = exact('role');
    const genders = exact('gender');
    const hospitals = exact('hospital_type');
    for (let i = 0; i < n; i++) {
      const gender =
        genders?.[i] ??
        (draw.bernoulli(ANDERS) ? 'anders' : draw.bernoulli(profile.female) ? 'vrouw' : 'man');
      const role = roles?.[i] ?? (draw.bernoulli(profile.aios) ? 'aios' : 'anios');
      const hospital = hospitals?.[i] ?? draw.weighted(profile.hospitals);
      // Women work part-time more often; anios (often before a training post) more fulltime.
      const fulltimeP =
        profile.fulltime + (gender === 'vrouw' ? -0.08 : 0.12) + (role === 'anios' ? 0.1 : 0);
      const row: Row = {
        specialty,
        hospital_type: hospital,
        gender,
        role,
        training_year: role === 'aios' ? draw.weighted(TRAINING_YEARS) : 'geen',
        fulltime: draw.bernoulli(fulltimeP) ? 'ja' : 'nee',
      };
      const strain = draw.normal();
      const dept = `${specialty}|${hospital}`;
      if (!climateOf.has(dept)) climateOf.set(dept, rng.fork(`climate:${dept}`).normal(0, 0.35));
      people.push({
        row,
        strain,
        climate: climateOf.get(dept)! + draw.normal(0, 0.9) - 0.2 * strain,
        load: profile.load,
        calls: profile.calls,
        shiftless: draw.bernoulli(profile.shiftless),
        overtime: 0,
      });
    }
    const fulltime = focus.dimensions.fulltime;
    if (isFocus && fulltime) exactFulltime(people.slice(-n), fulltime.ja ?? 0, draw);
  }
  // Any further dimension the codebook gains gets a random code, so the file stays complete.
  for (const item of codebook.items.filter((i) => i.type === 'dimension' && isCoded(i))) {
    const codes = codesOf(codebook, item.id);
    for (const p of people) p.row[item.id] ??= codes[draw.int(codes.length)]!;
  }
  // Rows in specialty blocks would betray the generator; respondents come in any order.
  return rng.fork('order').shuffle(people);
}

/** Exactly `ja` fulltime in the focus group, still favouring men and anios as elsewhere. */
function exactFulltime(group: Person[], ja: number, rng: Rng) {
  const ranked = group
    .map((p) => ({
      p,
      s: (p.row.gender === 'vrouw' ? 0 : 0.6) + (p.row.role === 'anios' ? 0.4 : 0) + rng.normal(),
    }))
    .sort((a, b) => b.s - a.s);
  ranked.forEach(({ p }, i) => (p.row.fulltime = i < ja ? 'ja' : 'nee'));
}
