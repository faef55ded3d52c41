import { dimensions, findItem, universeChain } from '../codebook/columns';
import type { Codebook, Universe } from '../codebook/types';
import { RESPONSES, WEIGHTS } from '../data/tables';
import type { Fragment } from '../db/sql';
import { and, ident, placeholders } from '../db/sql';

/** Which respondents a figure is about: one wave, and for each filtered dimension its codes. */
export interface Selection {
  wave: number;
  filters: Partial<Record<string, string[]>>;
  /**
   * Count respondents with their post-stratification weight (the `weights` table) instead of 1.
   * Thresholds still apply to unweighted counts (DESIGN.md statistics).
   */
  weighted?: boolean;
}

/**
 * What to split by: a dimension, or (in the explorer) any coded question, or a pair of them. A
 * pair's group is one key, `<code>|<code>`, with `~` for no answer (codes never hold `|` or `~`).
 */
export type Split = string | readonly [string, string];

export class SelectionError extends Error {
  override name = 'SelectionError';
}

/** Rejects filters on unknown dimensions or codes: a typo must never silently mean "everyone". */
export function checkSelection(codebook: Codebook, selection: Selection): void {
  if (!codebook.waves.some((w) => w.year === selection.wave))
    throw new SelectionError(
      `Unknown wave ${selection.wave}; expected one of ${codebook.waves.map((w) => w.year).join(', ')}`,
    );
  const dims = dimensions(codebook);
  for (const [id, codes] of Object.entries(selection.filters)) {
    const dim = dims.find((d) => d.id === id);
    if (!dim)
      throw new SelectionError(
        `Unknown filter "${id}"; expected one of ${dims.map((d) => d.id).join(', ')}`,
      );
    for (const code of codes ?? [])
      if (!dim.values.some((v) => v.code === code))
        throw new SelectionError(
          `Unknown ${id} "${code}"; expected one of ${dim.values.map((v) => v.code).join(', ')}`,
        );
  }
}

export function selectionWhere(codebook: Codebook, selection: Selection): Fragment {
  checkSelection(codebook, selection);
  const parts: Fragment[] = [{ sql: 'wave = ?', params: [selection.wave] }];
  for (const [id, codes] of Object.entries(selection.filters)) {
    if (!codes || codes.length === 0) continue;
    parts.push({ sql: `${ident(id)} IN (${placeholders(codes)})`, params: codes });
  }
  return and(parts);
}

/**
 * Only respondents who were asked the item (e.g. burnout causes only of those with burnout): the
 * universe and every universe above it (universeChain), so an answer given by someone the routing
 * left out at any step is not counted.
 */
export function universeWhere(codebook: Codebook, universe: Universe | undefined): Fragment {
  if (!universe) return { sql: 'TRUE', params: [] };
  if (!findItem(codebook, universe.item)) throw new Error(`Unknown universe item ${universe.item}`);
  return and(
    universeChain(codebook, universe).map((u) =>
      'in' in u
        ? { sql: `${ident(u.item)} IN (${placeholders(u.in)})`, params: u.in }
        : { sql: `${ident(u.item)} > ?`, params: [u.gt] },
    ),
  );
}

/**
 * The rows to aggregate, each standing for `freq` respondents with weight `w`: freq is 1 in the
 * raw table and a count in a summary (summaries.ts); w is 1 when unweighted, so one set of
 * weighted formulas serves both and gives exactly the unweighted statistics when every w is 1.
 */
export function fromResponses(weighted: boolean | undefined, table = RESPONSES): string {
  const rows =
    table === RESPONSES
      ? `SELECT *, 1::DOUBLE AS freq FROM ${RESPONSES}`
      : `SELECT * FROM ${ident(table)}`;
  return weighted
    ? `FROM (${rows}) JOIN ${WEIGHTS} USING (wave, specialty)`
    : `FROM (SELECT *, 1::DOUBLE AS w FROM (${rows}))`;
}
