/**
 * Issue 13, item 7 (c): the colleague attack on the release of the generator's raw rows.
 *
 * The attacker knows a respondent's true six quasi-identifiers. A released row is compatible with
 * them when each of its six values is the true value, a blank, or a coarser code of the true value
 * (up the codebook's `parent` links). Among the compatible rows the attacker keeps the most
 * specific (most non-blank values; then most values exactly equal) and guesses one of them at
 * random. For every respondent, the chance that the guess is their own row must be ≤ 1/k.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/demo/generate';
import { generateWave, releaseWave } from '../../src/lib/demo/generate';
import { K, SIX, describeVector, generalisations, jsonCodebook, listed } from './helpers/attack';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const json = jsonCodebook();
const chains = new Map(SIX.map((q) => [q, generalisations(json, q)]));

const vectorOf = (row: Row) => SIX.map((q) => row[q] ?? '');

/** How a released vector matches a true one: null if incompatible, else its specificity. */
function match(truth: string[], released: string[]): [number, number] | null {
  let named = 0;
  let exact = 0;
  for (let d = 0; d < SIX.length; d++) {
    const value = released[d]!;
    if (value === '') continue;
    const chain = chains.get(SIX[d]!)!.get(truth[d]!) ?? [];
    if (!chain.includes(value)) return null;
    named++;
    if (value === truth[d]) exact++;
  }
  return [named, exact];
}

interface Guess {
  respondent: number;
  truth: string[];
  own: string[] | null;
  candidates: number;
  /** Chance that one uniform guess among the candidates is the respondent's own row. */
  p: number;
}

function attack(year: number): { rows: number; guesses: Guess[] } {
  const raw = generateWave(codebook, year);
  const release = releaseWave(codebook, year);
  // Where each respondent's row went (a respondent may be dropped: then there is nothing to find).
  const released = new Map<number, number>();
  release.source.forEach((rawIndex, i) => {
    expect(released.has(rawIndex), `raw row ${rawIndex} released twice`).toBe(false);
    released.set(rawIndex, i);
  });
  const vectors = new Map<string, { vector: string[]; rows: number }>();
  for (const row of release.rows) {
    const vector = vectorOf(row);
    const key = vector.join('\u0001');
    const entry = vectors.get(key) ?? { vector, rows: 0 };
    entry.rows++;
    vectors.set(key, entry);
  }
  const memo = new Map<string, { best: Set<string>; candidates: number }>();
  const guesses = raw.map((row, respondent) => {
    const truth = vectorOf(row);
    const at = released.get(respondent);
    const own = at === undefined ? null : vectorOf(release.rows[at]!);
    if (own !== null)
      expect(
        match(truth, own),
        `released row ${at} is not a truthful generalisation of raw row ${respondent}`,
      ).not.toBeNull();
    const truthKey = truth.join('\u0001');
    let found = memo.get(truthKey);
    if (!found) {
      let top: [number, number] = [-1, -1];
      let best = new Set<string>();
      for (const [key, { vector }] of vectors) {
        const m = match(truth, vector);
        if (!m) continue;
        const order = m[0] - top[0] || m[1] - top[1];
        if (order > 0) [top, best] = [m, new Set([key])];
        else if (order === 0) best.add(key);
      }
      const candidates = [...best].reduce((sum, key) => sum + vectors.get(key)!.rows, 0);
      found = { best, candidates };
      memo.set(truthKey, found);
    }
    const hit = own !== null && found.best.has(own.join('\u0001'));
    return {
      respondent,
      truth,
      own,
      candidates: found.candidates,
      p: hit ? 1 / found.candidates : 0,
    };
  });
  expect(release.rows.length).toBeGreaterThanOrEqual(K);
  return { rows: raw.length, guesses };
}

describe.each(codebook.waves.filter((w) => w.synthetic).map((w) => w.year))(
  'wave %i: generateWave → releaseWave',
  (year) => {
    it(`guessing the most specific matching row finds any respondent with probability ≤ 1/${K}`, () => {
      const { rows, guesses } = attack(year);
      const exposed = guesses.filter((g) => g.p > 1 / K).sort((a, b) => b.p - a.p);
      const worst = guesses.reduce((a, b) => (b.p > a.p ? b : a));
      const show = (v: string[] | null) =>
        v === null
          ? 'dropped'
          : describeVector(
              SIX,
              v.map((x) => x || null),
            );
      expect(
        exposed.length,
        `wave ${year}: for ${exposed.length} of ${rows} respondents ` +
          `(${((100 * exposed.length) / rows).toFixed(1)}%) the guess hits them with probability ` +
          `> 1/${K}; worst ${worst.p.toFixed(2)} (1 in ${worst.candidates}). Worst first:\n` +
          listed(
            exposed.map(
              (g) =>
                `respondent ${g.respondent}: p = ${g.p.toFixed(2)} (1 of ${g.candidates} candidates); ` +
                `true ${show(g.truth)}; released ${show(g.own)}`,
            ),
            15,
          ),
      ).toBe(0);
    });
  },
);
