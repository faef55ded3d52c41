/**
 * A seeded "messy wave" for tests: what real survey data has and the demo data lacks (issue 16).
 *
 * - Routing noise: answers from people who were not asked. Some with `considered_quitting` other
 *   than "ja" answered `quitting_discussed` anyway, some of whom then said "nee" and gave reasons
 *   in `not_discussed_reason` (asked only of those who did not discuss it, who were asked only if
 *   they considered quitting: a chain of two conditions); causes given without burnout = ja;
 *   overtime compensation from people who work no overtime or gave no hours.
 * - Merged specialties: respondents coded with the clusters the release merges specialties into
 *   (`overig_snijdend`, `overig_beschouwend`, `overig_diagnostisch`) and "overig", the merged
 *   specialties without respondents of their own; training years merged into `j1_4`.
 * - Groups of 5–15 respondents for most specialties, a few large ones.
 * - Specialties missing from the population file: the clusters (never in it), and one specialty
 *   without respondents left out of the counts.
 * - Partly filled multi-selects: some options blank while others are 0 or 1; wholly blank too.
 * - Hours with decimals (quarters, tenths); blanks everywhere; "weet niet" and n.v.t.
 *
 * The wave is a codebook CSV that the site's loader reads (tests load it directly, as the site
 * loads a wave: it need not pass the privacy release). Everything comes from one seed, so a
 * failing figure can be reproduced.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook, Item } from '../../../src/lib/codebook/types';
import { root } from './data';

export type Row = Record<string, string>;

interface MessyWave {
  year: number;
  /** The CSV's columns, in codebook order. */
  columns: string[];
  /** Every respondent as the file has them: codes, numbers as text, '' for a blank. */
  rows: Row[];
  csv: string;
}

/** Trainee counts per specialty code for each wave, as `data/population.json` has them. */
interface MessyPopulation {
  illustrative: boolean;
  note: { nl: string; en: string };
  stratum: 'specialty';
  waves: Record<string, Record<string, number>>;
}

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same wave. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const chance = (p: number) => next() < p;
  /** One of `codes`, by relative weights. */
  const pick = (codes: readonly string[], weights: readonly number[]) => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = next() * total;
    for (let i = 0; i < codes.length; i++) {
      r -= weights[i]!;
      if (r < 0) return codes[i]!;
    }
    return codes.at(-1)!;
  };
  return { next, int, chance, pick };
}

/** Specialties with many respondents; every other specialty gets 5–15 unless merged. */
const LARGE: Record<string, [number, number]> = {
  interne_geneeskunde: [70, 90],
  psychiatrie: [50, 65],
  heelkunde: [45, 60],
  kindergeneeskunde: [35, 50],
  anesthesiologie: [30, 45],
  radiologie: [30, 40],
  obstetrie_gynaecologie: [25, 35],
};

/**
 * Specialties the release merged into their cluster: no respondents of their own, their trainees
 * counted with the cluster (or "overig") that holds them.
 */
const MERGED = [
  'cardiothoracale_chirurgie',
  'neurochirurgie',
  'mondziekten_kaakchirurgie',
  'klinische_genetica',
  'nucleaire_geneeskunde',
  'reumatologie',
  'spoedeisende_geneeskunde',
];
/** The merge targets, with respondents: clusters (not in the population file) and "overig". */
const MERGE_TARGETS: Record<string, [number, number]> = {
  overig_snijdend: [9, 16],
  overig_beschouwend: [10, 15],
  overig_diagnostisch: [6, 12],
  overig: [8, 14],
};
/** A specialty with neither respondents nor a count in the population file. */
export const NOT_COUNTED = 'radiotherapie';

/** Hours as people type them: whole, quarters or tenths. */
function hours(g: ReturnType<typeof generator>, value: number, lo: number, hi: number): string {
  const clamped = Math.min(hi, Math.max(lo, value));
  const style = g.next();
  const v =
    style < 0.55
      ? Math.round(clamped)
      : style < 0.85
        ? Math.round(clamped * 4) / 4
        : Math.round(clamped * 10) / 10;
  return String(Math.min(hi, Math.max(lo, v)));
}

/** The stored (CSV) columns of the codebook, in its order; derived metrics are computed on load. */
function waveColumns(codebook: Codebook): string[] {
  return codebook.items
    .filter((i) => !('formula' in i && i.formula !== undefined))
    .flatMap((i) => (i.type === 'multi' ? i.options.map((o) => `${i.id}_${o.code}`) : [i.id]));
}

function item(codebook: Codebook, id: string): Item {
  const found = codebook.items.find((i) => i.id === id);
  if (!found) throw new Error(`No item ${id}`);
  return found;
}

/** Answers of a coded item: its own codes (never a release's merged code) by made-up weights. */
function codesOf(codebook: Codebook, id: string): string[] {
  const i = item(codebook, id);
  if (i.type === 'multi' || !('values' in i)) return [];
  return i.values.filter((v) => !v.generalised).map((v) => v.code);
}

/**
 * One wave of messy answers. `sizeScale` shrinks or grows every group (the 2022 wave is smaller).
 */
function messyWave(codebook: Codebook, year: number, seed: number, sizeScale = 1): MessyWave {
  const g = generator(seed);
  const columns = waveColumns(codebook);
  const specialtyCodes = codesOf(codebook, 'specialty').filter((c) => c !== 'overig');
  const groups: [string, number][] = [];
  for (const code of specialtyCodes) {
    if (MERGED.includes(code) || code === NOT_COUNTED) continue;
    const [lo, hi] = LARGE[code] ?? [5, 15];
    groups.push([code, Math.max(5, Math.round(g.int(lo, hi) * sizeScale))]);
  }
  for (const [code, [lo, hi]] of Object.entries(MERGE_TARGETS))
    groups.push([code, Math.max(5, Math.round(g.int(lo, hi) * sizeScale))]);

  // Each specialty leans its own way, so that groups differ and some comparisons are clear.
  const lean = new Map(groups.map(([code]) => [code, g.next() - 0.5]));
  const rows: Row[] = [];
  for (const [specialty, size] of groups)
    for (let k = 0; k < size; k++)
      rows.push(respondent(codebook, g, specialty, lean.get(specialty)!));
  const csv = [
    columns.join(','),
    ...rows.map((r) => columns.map((c) => r[c] ?? '').join(',')),
  ].join('\n');
  return { year, columns, rows, csv: `${csv}\n` };
}

function respondent(
  codebook: Codebook,
  g: ReturnType<typeof generator>,
  specialty: string,
  lean: number,
): Row {
  const row: Row = { specialty };
  const blank = (p: number, value: string) => (g.chance(p) ? '' : value);

  // Quasi-identifiers, some withheld (blank) as a release withholds them.
  row.hospital_type = blank(0.05, g.pick(['umc', 'stz', 'algemeen', 'categoraal'], [3, 3, 3, 1]));
  row.gender = blank(0.06, g.pick(['vrouw', 'man', 'anders'], [60, 38, 2]));
  row.role = g.pick(['aios', 'anios'], [80, 20]);
  row.training_year = blank(
    0.04,
    row.role === 'anios'
      ? g.pick(['geen', 'j1_2'], [85, 15])
      : g.pick(['j1_2', 'j3_4', 'j1_4', 'j5_plus'], [30, 30, 15, 25]),
  );
  row.fulltime = blank(0.03, g.pick(['ja', 'nee'], [75, 25]));

  // Every coded item not given a rule below: its codes, blanks, "weet niet" / n.v.t. included.
  const leaning = (codes: string[]) =>
    codes.map((_, i) => Math.max(0.2, 1 + lean * (i - (codes.length - 1) / 2)));
  for (const i of codebook.items) {
    if (i.type === 'dimension' || i.type === 'multi' || i.type === 'hours' || i.type === 'rating10')
      continue;
    if (i.universe) continue;
    const codes = codesOf(codebook, i.id);
    row[i.id] = blank(0.04, g.pick(codes, leaning(codes)));
  }
  // A few more "weet niet" for burnout and quitting, and a clear lean for burnout.
  row.burnout = blank(0.03, g.pick(['ja', 'nee', 'weet_niet'], [25 + 30 * lean, 65, 8]));
  row.considered_quitting = blank(
    0.04,
    g.pick(['ja', 'nee', 'weet_niet'], [30 - 20 * lean, 60, 6]),
  );

  // Hours, with decimals; some blank, some working less than their contract.
  const contract = 36 + g.next() * 12;
  row.contract_hours = blank(0.05, hours(g, contract, 0, 80));
  row.hours_worked = blank(0.05, hours(g, contract + (g.next() - 0.15) * 16 + lean * 10, 0, 120));
  row.outside_hours = blank(0.08, hours(g, g.next() < 0.3 ? 0 : g.next() * 12, 0, 60));
  for (const id of ['job_rating', 'atmosphere'])
    row[id] = blank(
      0.04,
      String(Math.min(10, Math.max(1, Math.round(7 + lean * 2 + (g.next() - 0.5) * 5)))),
    );

  // overtime_compensation: asked of those whose overtime_total > 0; answered by others too.
  const numbers = [row.hours_worked, row.contract_hours, row.outside_hours].map((v) =>
    v === '' ? null : Number(v),
  );
  const overtime = numbers.every((v) => v !== null)
    ? numbers[0]! - numbers[1]! + numbers[2]!
    : null;
  const compensation = codesOf(codebook, 'overtime_compensation');
  row.overtime_compensation =
    overtime !== null && overtime > 0
      ? blank(0.05, g.pick(compensation, [40, 20, 15, 15, 10]))
      : g.chance(0.15)
        ? g.pick(compensation, [1, 1, 1, 1, 1])
        : '';

  // quitting_discussed: asked if considered_quitting = ja; routing noise from others, mostly "nee".
  const quitting = row.considered_quitting === 'ja';
  row.quitting_discussed = quitting
    ? blank(0.05, g.pick(['ja', 'nee', 'weet_niet'], [45, 45, 10]))
    : g.chance(0.12)
      ? g.pick(['ja', 'nee', 'weet_niet'], [2, 7, 1])
      : '';
  // not_discussed_reason: asked if quitting_discussed = nee; those who said "nee" without being
  // asked answered it as well (the nested case), and a few others.
  const reasons = item(codebook, 'not_discussed_reason');
  multi(g, row, reasons, row.quitting_discussed === 'nee' ? 0.92 : 0.04, [0.5, 0.3, 0.35, 0.03]);
  // burnout_cause: asked if burnout = ja; some causes from those without burnout.
  multi(
    g,
    row,
    item(codebook, 'burnout_cause'),
    row.burnout === 'ja' ? 0.9 : 0.06,
    [0.55, 0.6, 0.2, 0.08],
  );
  multi(g, row, item(codebook, 'heavy_day'), 0.9, [0.4, 0.5, 0.3, 0.45, 0.15, 0.05]);
  multi(g, row, item(codebook, 'support_preference'), 0.85, [0.3, 0.35, 0.2, 0.25, 0.1]);
  return row;
}

/**
 * A multi-select item: answered with probability `answered`, each option chosen with its own
 * probability; about one answer in six leaves some options blank (a partly filled question).
 */
function multi(
  g: ReturnType<typeof generator>,
  row: Row,
  i: Item,
  answered: number,
  chosen: number[],
): void {
  if (i.type !== 'multi') throw new Error(`${i.id} is not a multi-select item`);
  const answers = g.chance(answered);
  const partly = answers && g.chance(0.17);
  i.options.forEach((o, k) => {
    const column = `${i.id}_${o.code}`;
    if (!answers) row[column] = '';
    else if (partly && k > 0 && g.chance(0.5)) row[column] = '';
    else row[column] = g.chance(chosen[k] ?? 0.2) ? '1' : '0';
  });
}

/**
 * Trainee counts for the waves: every specialty of the codebook but NOT_COUNTED (with no
 * respondents, so the file stays usable), "overig" included, the clusters not (they are made by
 * the release and have no trainees of their own).
 */
function messyPopulation(codebook: Codebook, years: number[], seed: number): MessyPopulation {
  const g = generator(seed);
  const codes = codesOf(codebook, 'specialty').filter((c) => c !== NOT_COUNTED);
  const waves: MessyPopulation['waves'] = {};
  for (const year of years)
    waves[String(year)] = Object.fromEntries(codes.map((c) => [c, g.int(30, 900)]));
  return {
    illustrative: true,
    note: { nl: 'Testaantallen', en: 'Test counts' },
    stratum: 'specialty',
    waves,
  };
}

/** The data set of a messy test: its waves and population, by year. */
export interface MessyData {
  waves: MessyWave[];
  population: MessyPopulation;
}

/** Messy waves for every wave of the codebook (the older ones smaller) and their population. */
export function messyData(codebook: Codebook, seed = 16): MessyData {
  const years = codebook.waves.map((w) => w.year);
  const newest = Math.max(...years);
  return {
    waves: years.map((year, i) =>
      messyWave(codebook, year, seed * 101 + i, year === newest ? 1 : 0.6),
    ),
    population: messyPopulation(codebook, years, seed * 7919),
  };
}

/**
 * A data directory as `npm run metrics` reads it (`<dir>/data/...`): the committed codebook, the
 * messy waves under the codebook's file names, and the population file.
 */
export function writeMessyData(dir: string, codebook: Codebook, data: MessyData): void {
  const dataDir = path.join(dir, 'data');
  mkdirSync(path.join(dataDir, 'waves'), { recursive: true });
  writeFileSync(
    path.join(dataDir, 'codebook.json'),
    readFileSync(path.join(root, 'data/codebook.json')),
  );
  for (const wave of data.waves) {
    const file = codebook.waves.find((w) => w.year === wave.year)!.file;
    writeFileSync(path.join(dataDir, file), wave.csv);
  }
  writeFileSync(path.join(dataDir, 'population.json'), JSON.stringify(data.population, null, 2));
}
