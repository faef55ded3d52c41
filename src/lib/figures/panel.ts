import { getItem } from '../codebook/columns';
import type { Codebook, CodedItem } from '../codebook/types';
import { isCoded, isNumeric } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Group } from '../query/aggregates';
import { codeCounts, moments } from '../query/aggregates';
import type { Selection } from '../query/selection';
import { meanFigure } from './mean';
import { byGroup, distribution, shareFigure } from './share';
import type { Figure, MeanValue } from './types';

/**
 * The rows of one chart: the selection, then (when comparing) each group of the compare
 * dimension within it, then all respondents of the wave as the benchmark when a filter is set.
 */
export type RowKind = 'selection' | 'group' | 'benchmark';

export interface PanelRow<F> {
  kind: RowKind;
  /** The compare dimension's code for a group row; null otherwise. */
  group: Group;
  figure: F;
}

export type MeanRow = PanelRow<Figure<MeanValue>>;

export interface ShareRow extends PanelRow<Figure> {
  /** The share of every valid code, for a stacked bar. */
  parts: (Figure & { code: string })[];
}

function benchmarkOf(selection: Selection): Selection | null {
  const filtered = Object.values(selection.filters).some((codes) => codes && codes.length > 0);
  return filtered ? { wave: selection.wave, filters: {} } : null;
}

/** Puts groups in codebook order, dropping codes with no respondents in the selection. */
function groupOrder(codebook: Codebook, compare: string, present: Set<Group>): string[] {
  const dim = getItem(codebook, compare) as CodedItem;
  return dim.values.map((v) => v.code).filter((code) => present.has(code));
}

export async function meanRows(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  compare: string | null,
): Promise<MeanRow[]> {
  const item = getItem(codebook, itemId);
  if (!isNumeric(item)) throw new Error(`${itemId} is not numeric`);
  const withMedian = item.type === 'hours';
  const figure = async (s: Selection, by?: string) =>
    (await moments(engine, codebook, itemId, s, by)).map((m) => meanFigure(m, withMedian));
  const empty = { group: null, n: 0, excluded: 0, missing: 0, value: null };
  const rows: MeanRow[] = [
    { kind: 'selection', group: null, figure: (await figure(selection))[0] ?? empty },
  ];
  if (compare) {
    const groups = await figure(selection, compare);
    const byCode = new Map(groups.map((g) => [g.group, g]));
    for (const code of groupOrder(codebook, compare, new Set(byCode.keys())))
      rows.push({ kind: 'group', group: code, figure: byCode.get(code)! });
  }
  const benchmark = benchmarkOf(selection);
  if (benchmark)
    rows.push({ kind: 'benchmark', group: null, figure: (await figure(benchmark))[0] ?? empty });
  return rows;
}

export async function shareRows(
  engine: Engine,
  codebook: Codebook,
  itemId: string,
  selection: Selection,
  compare: string | null,
): Promise<ShareRow[]> {
  const item = getItem(codebook, itemId);
  if (!isCoded(item) || !item.headline) throw new Error(`${itemId} has no headline share`);
  const codes = item.headline.codes;
  const row = (
    kind: RowKind,
    group: Group,
    counts: Parameters<typeof shareFigure>[1],
  ): ShareRow => ({
    kind,
    group,
    figure: shareFigure(item, counts, codes, group),
    parts: distribution(item, counts, group),
  });
  const rows: ShareRow[] = [
    row('selection', null, await codeCounts(engine, codebook, itemId, selection)),
  ];
  if (compare) {
    const groups = byGroup(await codeCounts(engine, codebook, itemId, selection, compare));
    for (const code of groupOrder(codebook, compare, new Set(groups.keys())))
      rows.push(row('group', code, groups.get(code)!));
  }
  const benchmark = benchmarkOf(selection);
  if (benchmark)
    rows.push(row('benchmark', null, await codeCounts(engine, codebook, itemId, benchmark)));
  return rows;
}
