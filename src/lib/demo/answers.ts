/**
 * Fills every stored, not yet filled item in codebook order (so an item's universe and the
 * answers its score looks at are already there). Each item is calibrated for the focus specialty
 * first and then for the rest, whose counts make all respondents together hit the "all" target.
 * Items without a spec or target (added to the codebook later) get plain random answers.
 */

import { optionColumn } from '../codebook/columns';
import type { Codebook, CodedItem, MultiItem, NumericItem } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import type { NonValid, Split } from './calibrate';
import {
  assignByRank,
  defaultNonValid,
  fitMeans,
  quotaCounts,
  restCounts,
  shareError,
  sharesIn,
  tunedNonValid,
} from './calibrate';
import { formatNumber } from './hours';
import type { Rng } from './prng';
import type { Person } from './respondents';
import type { CodedSpec, MultiSpec, RatingSpec, Score } from './scores';
import { SPECS } from './scores';
import type { OptionTarget, Shares, Target, WaveTargets } from './targets';
import { inUniverse } from './universe';

const noiseScore: Score = (_p, n) => n();

export function fillAnswers(
  codebook: Codebook,
  people: Person[],
  targets: WaveTargets,
  rng: Rng,
): void {
  const inFocus = (p: Person) => p.row.specialty === targets.focus.specialty;
  for (const item of codebook.items) {
    if (item.type === 'dimension' || (isNumeric(item) && item.formula !== undefined)) continue;
    if (!isMulti(item) && people[0]?.row[item.id] !== undefined) continue; // e.g. the hours
    const columns = isMulti(item) ? item.options.map((o) => optionColumn(item, o)) : [item.id];
    const asked: Person[] = [];
    for (const p of people) {
      if (inUniverse(codebook, item, p.row)) asked.push(p);
      else for (const c of columns) p.row[c] = '';
    }
    const split = { focus: asked.filter(inFocus), rest: asked.filter((p) => !inFocus(p)) };
    const r = rng.fork(item.id);
    if (isCoded(item)) fillCoded(item, split, targets.shares[item.id], r);
    else if (isNumeric(item)) fillNumeric(item, split, targets.means[item.id], r);
    else if (isMulti(item)) fillMulti(item, split, targets.options[item.id], r);
  }
}

function fillCoded(
  item: CodedItem,
  split: Split<Person>,
  target: Target<Shares> | undefined,
  rng: Rng,
): void {
  const excludedCode = item.values.find((v) => v.excluded)?.code;
  const valid = item.values.filter((v) => !v.excluded).map((v) => v.code);
  const found = SPECS[item.id];
  const spec: CodedSpec =
    found?.kind === 'coded'
      ? found
      : { kind: 'coded', order: valid, score: noiseScore, excludedRate: 0.03 };
  // The spec's order first; codes the codebook gained since then at the top.
  const order = [
    ...spec.order.filter((c) => valid.includes(c)),
    ...valid.filter((c) => !spec.order.includes(c)),
  ];
  const excludedRate = excludedCode ? spec.excludedRate : 0;
  const allShares = sharesIn(order, target?.all ?? {});
  const noise = () => rng.normal();
  const set = (p: Person, code: string) => (p.row[item.id] = code);

  const deal = (
    members: Person[],
    nonValid: (n: number) => NonValid,
    counts: (n: number) => number[],
  ) => {
    const forced = spec.shiftless && excludedCode ? members.filter((p) => p.shiftless) : [];
    for (const p of forced) set(p, excludedCode!);
    const others = rng.shuffle(members.filter((p) => !forced.includes(p)));
    const { excluded, missing } = nonValid(others.length);
    others.slice(0, excluded).forEach((p) => set(p, excludedCode!));
    others.slice(excluded, excluded + missing).forEach((p) => set(p, ''));
    const answering = others.slice(excluded + missing);
    const c = counts(answering.length);
    assignByRank(answering, order, c, (p) => spec.score(p, noise), set);
    return c;
  };

  const plain = (n: number) => defaultNonValid(n, excludedRate);
  if (target?.focus) {
    const focusShares = sharesIn(order, target.focus);
    const tuned = (n: number) =>
      tunedNonValid(n, excludedRate, (v) => shareError(quotaCounts(focusShares, v), focusShares));
    const focusCounts = deal(split.focus, tuned, (v) => quotaCounts(focusShares, v));
    deal(split.rest, plain, (v) => restCounts(allShares, focusCounts, v));
  } else deal([...split.focus, ...split.rest], plain, (v) => quotaCounts(allShares, v));
}

function fillNumeric(
  item: NumericItem,
  split: Split<Person>,
  target: Target<number> | undefined,
  rng: Rng,
): void {
  const min = item.min ?? 0;
  const max = Math.min(item.max ?? 100, item.top_code ?? Infinity);
  const found = SPECS[item.id];
  const spec: RatingSpec =
    found?.kind === 'rating' ? found : { kind: 'rating', score: noiseScore, sd: (max - min) / 6 };
  const noise = () => rng.normal();
  const answering: Split<Person> = { focus: [], rest: [] };
  for (const key of ['focus', 'rest'] as const) {
    const { missing } = defaultNonValid(split[key].length, 0);
    const shuffled = rng.shuffle(split[key]);
    shuffled.slice(0, missing).forEach((p) => (p.row[item.id] = ''));
    answering[key] = shuffled.slice(missing);
  }
  const all = [...answering.focus, ...answering.rest];
  const scores = new Map(all.map((p) => [p, spec.score(p, noise)]));
  const s = [...scores.values()];
  const mean = s.reduce((a, x) => a + x, 0) / s.length;
  const sd = Math.sqrt(s.reduce((a, x) => a + (x - mean) ** 2, 0) / s.length) || 1;
  const goal = target ?? { all: (min + max) / 2 };
  const step = item.type === 'rating10' ? 1 : 0.5;
  const fitted = fitMeans(
    answering,
    goal,
    (p) => goal.all + (spec.sd * (scores.get(p)! - mean)) / sd,
    { min, max, step },
  );
  for (const [p, v] of fitted) p.row[item.id] = formatNumber(v);
}

function fillMulti(
  item: MultiItem,
  split: Split<Person>,
  target: OptionTarget | undefined,
  rng: Rng,
): void {
  const options = item.options.map((o) => o.code);
  const found = SPECS[item.id];
  const spec: MultiSpec =
    found?.kind === 'multi'
      ? found
      : { kind: 'multi', scores: {}, fill: options[options.length - 1]! };
  const all = target?.all ?? Object.fromEntries(options.map((o) => [o, 25]));
  const noise = () => rng.normal();
  const picks = new Map<Person, Set<string>>();

  /** Skippers get '' on every option; the rest are answerers. */
  const answerers = (members: Person[], missing: number) => {
    const shuffled = rng.shuffle(members);
    shuffled
      .slice(0, missing)
      .forEach((p) => item.options.forEach((o) => (p.row[optionColumn(item, o)] = '')));
    const out = shuffled.slice(missing);
    out.forEach((p) => picks.set(p, new Set()));
    return out;
  };
  /** Each option goes to the `quota` highest scorers who still have room (e.g. at most three). */
  const deal = (members: Person[], quota: (option: string) => number | undefined) => {
    for (const option of options) {
      const q = quota(option);
      if (q === undefined) continue;
      const score = spec.scores[option] ?? noiseScore;
      members
        .filter((p) => picks.get(p)!.size < (spec.max ?? Infinity))
        .map((p) => ({ p, s: score(p, noise) }))
        .sort((a, b) => b.s - a.s)
        .slice(0, Math.max(0, q))
        .forEach(({ p }) => picks.get(p)!.add(option));
    }
    for (const p of members) if (picks.get(p)!.size === 0) picks.get(p)!.add(spec.fill);
  };
  const count = (members: Person[], option: string) =>
    members.filter((p) => picks.get(p)!.has(option)).length;

  /** Number choosing `o` among n answerers, when the target names the option. */
  const quota = (shares: Shares | undefined, o: string, n: number) => {
    const share = shares?.[o];
    return share === undefined ? undefined : Math.round((share / 100) * n);
  };
  if (target?.focus || target?.focusCounts) {
    const counts = target.focusCounts ?? {};
    const shares = Object.entries(target.focus ?? {}).filter(([o]) => counts[o] === undefined);
    const error = (a: number) =>
      Math.max(0, ...shares.map(([, s]) => Math.abs(Math.round((s / 100) * a) / a - s / 100)));
    const focus = answerers(split.focus, tunedNonValid(split.focus.length, 0, error).missing);
    deal(focus, (o) => counts[o] ?? quota(target.focus, o, focus.length));
    const rest = answerers(split.rest, defaultNonValid(split.rest.length, 0).missing);
    const n = focus.length + rest.length;
    deal(rest, (o) => {
      const q = quota(all, o, n);
      return q === undefined ? undefined : q - count(focus, o);
    });
  } else {
    const members = [...split.focus, ...split.rest];
    const everyone = answerers(members, defaultNonValid(members.length, 0).missing);
    deal(everyone, (o) => quota(all, o, everyone.length));
  }
  for (const [p, chosen] of picks)
    for (const o of item.options) p.row[optionColumn(item, o)] = chosen.has(o.code) ? '1' : '0';
}
