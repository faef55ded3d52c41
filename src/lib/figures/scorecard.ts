import { itemInWave } from '../codebook/asked';
import type { Codebook } from '../codebook/types';
import { isCoded } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Group } from '../query/aggregates';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import type { Coverage } from './coverage';
import { viewCoverage } from './coverage';
import type { Benchmark, Panel, PanelRow } from './panel';
import { itemPanel, viewSource } from './panel';

/**
 * The scorecard: every headline indicator for every group of one dimension (specialty, hospital
 * type), each the group's figure and its test against the rest of the selection. It is made of
 * exactly the panels a topic page draws when compared by that dimension (itemPanel with
 * `compare`), so a cell and the topic page's bar are one number with one flag: nothing is
 * computed here that a topic page does not compute.
 */
export interface Scorecard {
  /** The dimension whose groups are the rows. */
  by: string;
  /** One per indicator, in codebook order: the selection's row, then every group's. */
  panels: Panel[];
  /** How many of the selection have a value of `by` (and of each filter). */
  coverage: Coverage[];
}

export interface ScorecardOptions {
  /** A dimension id: the rows. */
  by: string;
  benchmark: Benchmark;
}

/**
 * The indicators: every item asked in the wave with a headline share (as that wave defines it),
 * and every item of hours (a mean), in codebook order. Read from the codebook, never named.
 */
export function scorecardIndicators(codebook: Codebook, wave: number): string[] {
  return codebook.items.flatMap((item) => {
    if (item.type === 'dimension') return [];
    const asked = itemInWave(codebook, item.id, wave);
    if (!asked) return [];
    if (asked.type === 'hours' || (isCoded(asked) && asked.headline)) return [item.id];
    return [];
  });
}

/**
 * The respondents of a scorecard: the view's, without its filter on the rows' dimension (that
 * one picks the row to highlight; as a filter it would leave a single row). Every other filter
 * stays: specialties within UMCs.
 */
export function scorecardSelection(selection: Selection, by: string): Selection {
  const filters = Object.fromEntries(Object.entries(selection.filters).filter(([d]) => d !== by));
  return { ...selection, filters };
}

/** The topics of the indicators: whose results shipped with the build a scorecard reads. */
export function scorecardTopics(codebook: Codebook, wave: number): string[] {
  const ids = scorecardIndicators(codebook, wave);
  const topics = codebook.items.filter((i) => ids.includes(i.id)).map((i) => i.topic);
  return [...new Set(topics)];
}

export async function scorecard(
  engine: Engine,
  codebook: Codebook,
  selection: Selection,
  options: ScorecardOptions,
  /**
   * The indicators' statements answered at build time (combineViewResults): a scorecard then
   * asks DuckDB nothing (weighted, with the weights set), and `engine` may be one still starting.
   */
  shipped?: ViewResults | null,
): Promise<Scorecard> {
  const ids = scorecardIndicators(codebook, selection.wave);
  const within = scorecardSelection(selection, options.by);
  const source = await viewSource(engine, codebook, ids, within.weighted ?? false, shipped);
  const panelOptions = { compare: options.by, benchmark: options.benchmark };
  const [panels, coverage] = await Promise.all([
    Promise.all(ids.map((id) => itemPanel(source, codebook, id, within, panelOptions))),
    viewCoverage(engine, codebook, within, [options.by], shipped),
  ]);
  return { by: options.by, panels, coverage };
}

/** One line of the scorecard: a group (or the whole selection) and its row of every panel. */
export interface ScorecardLine {
  kind: 'selection' | 'group';
  /** The code of `by`; null for its blanks ("withheld or unknown") and for the selection. */
  group: Group;
  /**
   * Aligned with the scorecard's panels; null where a panel has no such row (the blanks of `by`
   * among those asked a question that none of them was asked): nothing to show, as when hidden.
   */
  cells: (PanelRow | null)[];
}

/**
 * The selection's line (everyone the groups are parts of) and each group's: the codes of `by` in
 * codebook order, then its blanks where any panel has them.
 */
export function scorecardLines(card: Scorecard): { total: ScorecardLine; groups: ScorecardLine[] } {
  const rowsOf = (panel: Panel) => panel.rows as PanelRow[];
  const total: ScorecardLine = {
    kind: 'selection',
    group: null,
    cells: card.panels.map((p) => rowsOf(p).find((r) => r.kind === 'selection') ?? null),
  };
  const codes: Group[] = [];
  for (const panel of card.panels)
    for (const row of rowsOf(panel))
      if (row.kind === 'group' && !codes.includes(row.group)) codes.push(row.group);
  // Every panel lists the codes in codebook order and the blanks last: keep the blanks last.
  codes.sort((a, b) => Number(a === null) - Number(b === null));
  const groups = codes.map((group): ScorecardLine => ({
    kind: 'group',
    group,
    cells: card.panels.map(
      (p) => rowsOf(p).find((row) => row.kind === 'group' && row.group === group) ?? null,
    ),
  }));
  return { total, groups };
}

/** A column to sort by: the groups' names, or the value of one indicator (its index). */
export type SortColumn = 'label' | number;

/**
 * The lines ranked by a column: by name, or by value with the groups that show none (fewer than
 * 10 answers) last either way, ties by name.
 */
export function sortLines(
  lines: readonly ScorecardLine[],
  column: SortColumn,
  descending: boolean,
  labelOf: (line: ScorecardLine) => string,
  compareLabels: (a: string, b: string) => number,
): ScorecardLine[] {
  const byName = (a: ScorecardLine, b: ScorecardLine) => compareLabels(labelOf(a), labelOf(b));
  if (column === 'label')
    return [...lines].sort((a, b) => (descending ? byName(b, a) : byName(a, b)));
  const value = (line: ScorecardLine) => line.cells[column]?.figure.value?.estimate ?? null;
  return [...lines].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : descending ? y - x : x - y;
  });
}
