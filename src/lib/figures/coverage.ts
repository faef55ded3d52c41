import { dimensions } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import type { Engine } from '../db/engine';
import { respondents } from '../query/respondents';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import { servesCodebook } from '../query/shipped';

/**
 * How many respondents have a value of a dimension that a view filters or splits by. A blank
 * (withheld on release, or never given) falls outside every filter on it and forms its own group
 * in a split, so a reader needs to know how many that is: "Gender bekend voor 57%".
 */
export interface Coverage {
  dimension: string;
  /**
   * The respondents it is counted over: for a filter, the selection without that filter (those
   * the filter chooses from); for a split, the selection.
   */
  respondents: number;
  /** Of those, how many have a value (any code of the dimension). */
  known: number;
}

/**
 * The coverage of every dimension the view filters or splits by (`splits` may name questions
 * too; only dimensions count), in codebook order. The counts are fetched for every view, those
 * without any such dimension too: the statement is the same for all, so a topic's first view
 * leaves it in the query cache and no later filter change or split waits for DuckDB.
 */
export async function viewCoverage(
  engine: Engine,
  codebook: Codebook,
  selection: Selection,
  splits: readonly (string | null | undefined)[],
  /** The results shipped with the build, if any (shipped.ts). */
  shipped?: ViewResults | null,
): Promise<Coverage[]> {
  const filtered = (id: string) => (selection.filters[id]?.length ?? 0) > 0;
  const used = dimensions(codebook).filter((d) => filtered(d.id) || splits.includes(d.id));
  const given = shipped && servesCodebook(shipped, codebook) ? shipped.respondents : undefined;
  const countBy = await respondents(engine, codebook, given);
  return used.map(({ id }) => {
    const filters = Object.fromEntries(Object.entries(selection.filters).filter(([d]) => d !== id));
    const counts = countBy({ ...selection, filters }, id);
    const all = [...counts.values()].reduce((s, n) => s + n, 0);
    return { dimension: id, respondents: all, known: all - (counts.get(null) ?? 0) };
  });
}

/**
 * The known share as a whole percentage, never rounded to 0% or 100% unless it is exactly that:
 * "bekend voor 100%" must mean nobody is blank. Null when there is nobody to count.
 */
export function knownPercent(coverage: Coverage): number | null {
  const { known, respondents } = coverage;
  if (respondents === 0) return null;
  if (known === respondents || known === 0) return (100 * known) / respondents;
  return Math.min(99, Math.max(1, Math.round((100 * known) / respondents)));
}
