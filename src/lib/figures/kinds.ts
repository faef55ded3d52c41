import { itemInWave } from '../codebook/asked';
import { getItem } from '../codebook/columns';
import type { Codebook, CodedItem, Item, MultiItem, NumericItem } from '../codebook/types';
import { isCoded, isMulti, isNumeric } from '../codebook/types';
import type { Aggregates, CodeCount, Group, Moments, OptionCounts } from '../query/aggregates';
import { noOptionCounts } from '../query/aggregates';
import type { Selection, Split } from '../query/selection';
import type { Difference as StatsDifference } from '../stats/compare';
import { twoProportionTest, welchTest } from '../stats/compare';
import { meanFigure } from './mean';
import { optionFigure } from './option';
import { byGroup, distribution, hits, shareFigure, tally } from './share';
import { effectiveN, effectiveSums, weightedMean } from '../stats/weighted';
import { subtractValues, weightedMedian } from '../stats/median';
import type { Figure, MeanValue } from './types';

/** One code's share of the valid answers (or one option's share of those who answered). */
export interface Part {
  code: string;
  value: Figure['value'];
}

/** A coded item: the headline share as `value` (null without a headline), and every code's share. */
export interface ShareFigure extends Figure {
  parts: Part[];
}

/** A multi-select item: `n` answered the question; options may add up past 100%. */
export interface OptionsFigure extends Figure {
  parts: Part[];
}

/**
 * Group minus the rest (proportion points or the item's unit) with its 95% interval, p and the
 * test that gave it (stats/compare.ts).
 */
export type Difference = StatsDifference;

/**
 * What an item type needs to become chart rows: its sufficient statistics per group, how to take
 * a group out of its parent ("the rest"), the figure it shows, and the test against the rest.
 */
export interface Kind<S, F extends Figure> {
  /** The statistics of nobody: an empty selection still gets a row ("fewer than 10 answers"). */
  zero: S;
  fetch(selection: Selection, by?: Split): Promise<Map<Group, S>>;
  subtract(whole: S, part: S): S;
  figure(stats: S, group: Group): F;
  test(group: S, rest: S): Difference | null;
}

function single<S extends { group: Group }>(rows: S[]): Map<Group, S> {
  return new Map(rows.map((r) => [r.group, r]));
}

function codedKind(source: Aggregates, item: CodedItem): Kind<CodeCount[], ShareFigure> {
  const headline = item.headline?.codes ?? [];
  // The test runs on effective counts, which are the plain counts when unweighted.
  const effective = (counts: CodeCount[]) => {
    const { sw, sw2 } = tally(item, counts);
    const n = effectiveN(sw, sw2);
    return { x: n > 0 ? (hits(counts, headline) / sw) * n : 0, n };
  };
  return {
    zero: [],
    fetch: async (selection, by) => byGroup(await source.codeCounts(item.id, selection, by)),
    subtract(whole, part) {
      const taken = new Map(part.map((c) => [c.code, c]));
      return whole.map((c) => {
        const t = taken.get(c.code);
        return t ? { ...c, n: c.n - t.n, sw: c.sw - t.sw, sw2: c.sw2 - t.sw2 } : c;
      });
    },
    figure(counts, group) {
      const parts = distribution(item, counts, group).map((d) => ({
        code: d.code,
        value: d.value,
      }));
      const base = shareFigure(item, counts, headline, group);
      return { ...base, value: headline.length > 0 ? base.value : null, parts };
    },
    test(group, rest) {
      if (headline.length === 0) return null;
      const a = effective(group);
      const b = effective(rest);
      if (a.n === 0 || b.n === 0) return null;
      // "Too few to compare" on the unweighted valid n, the test itself on the effective counts.
      const counted = [tally(item, group).n, tally(item, rest).n] as const;
      return twoProportionTest(a.x, a.n, b.x, b.n, counted);
    },
  };
}

function numericKind(source: Aggregates, item: NumericItem): Kind<Moments, Figure<MeanValue>> {
  return {
    zero: {
      group: null,
      n: 0,
      missing: 0,
      sum: 0,
      sumsq: 0,
      median: null,
      values: [],
      sw: 0,
      sw2: 0,
      swx: 0,
      swx2: 0,
    },
    fetch: async (selection, by) => single(await source.moments(item.id, selection, by)),
    subtract: (whole, part) => {
      // The median of the rest from the rest's distribution: the whole's less the part's.
      const values = subtractValues(whole.values, part.values);
      return {
        group: whole.group,
        n: whole.n - part.n,
        missing: whole.missing - part.missing,
        sum: whole.sum - part.sum,
        sumsq: whole.sumsq - part.sumsq,
        sw: whole.sw - part.sw,
        sw2: whole.sw2 - part.sw2,
        swx: whole.swx - part.swx,
        swx2: whole.swx2 - part.swx2,
        median: weightedMedian(values),
        values,
      };
    },
    figure: (m, group) => ({ ...meanFigure(m, item.type === 'hours'), group }),
    test(group, rest) {
      if (effectiveN(group.sw, group.sw2) <= 1 || effectiveN(rest.sw, rest.sw2) <= 1) return null;
      const sums = (m: Moments) => effectiveSums(weightedMean(m.sw, m.sw2, m.swx, m.swx2));
      // "Too few to compare" on the unweighted valid n, the test itself on the effective n.
      return welchTest(sums(group), sums(rest), [group.n, rest.n]);
    },
  };
}

function multiKind(source: Aggregates, item: MultiItem): Kind<OptionCounts, OptionsFigure> {
  return {
    zero: noOptionCounts(item),
    fetch: async (selection, by) => single(await source.optionCounts(item.id, selection, by)),
    subtract: (whole, part) => ({
      group: whole.group,
      answered: whole.answered - part.answered,
      missing: whole.missing - part.missing,
      sw: whole.sw - part.sw,
      sw2: whole.sw2 - part.sw2,
      chosen: Object.fromEntries(
        Object.entries(whole.chosen).map(([code, n]) => [code, n - (part.chosen[code] ?? 0)]),
      ),
      chosenW: Object.fromEntries(
        Object.entries(whole.chosenW).map(([code, w]) => [code, w - (part.chosenW[code] ?? 0)]),
      ),
    }),
    figure(counts, group) {
      const parts = item.options.map((o) => ({
        code: o.code,
        value: optionFigure(counts, o.code, item.sensitive === true).value,
      }));
      return {
        group,
        n: counts.answered,
        excluded: 0,
        missing: counts.missing,
        value: null,
        parts,
      };
    },
    // Options are compared one by one in the explorer; a chart row has no single measure.
    test: () => null,
  };
}

export type AnyKind =
  | { type: 'mean'; item: NumericItem; kind: Kind<Moments, Figure<MeanValue>> }
  | { type: 'share'; item: CodedItem; kind: Kind<CodeCount[], ShareFigure> }
  | { type: 'options'; item: MultiItem; kind: Kind<OptionCounts, OptionsFigure> };

/** A 1–10 rating seen as the codes "1" … "10", for its distribution. */
function marksOf(item: NumericItem): CodedItem {
  const marks = Array.from({ length: 10 }, (_, i) => String(i + 1));
  return {
    ...item,
    type: 'single',
    ordered: true,
    values: marks.map((code) => ({ code, label: { nl: code, en: code } })),
  };
}

/** The distribution of a rating's marks, as a share kind over the codes "1" … "10". */
export function marksKind(source: Aggregates, item: NumericItem) {
  return { type: 'share' as const, item: marksOf(item), kind: codedKind(source, marksOf(item)) };
}

/**
 * The kind of an item as asked in the wave: that wave's scale, headline codes and wording
 * (src/lib/codebook/asked.ts). An item not asked then is read as it is now: it has no answers.
 */
export function kindOf(
  source: Aggregates,
  codebook: Codebook,
  itemId: string,
  wave: number,
): AnyKind {
  const item: Item = itemInWave(codebook, itemId, wave) ?? getItem(codebook, itemId);
  if (isNumeric(item)) return { type: 'mean', item, kind: numericKind(source, item) };
  if (isCoded(item)) return { type: 'share', item, kind: codedKind(source, item) };
  if (isMulti(item)) return { type: 'options', item, kind: multiKind(source, item) };
  throw new Error(`No chart kind for ${itemId}`);
}
