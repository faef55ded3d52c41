import { dimensions } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { RESPONSES } from '../data/tables';
import type { Columns, Engine, Statement } from '../db/engine';
import type { Selection } from './selection';
import { checkSelection } from './selection';
import { ident } from '../db/sql';

/**
 * Respondents (unweighted rows) per wave and combination of dimension values, blanks included:
 * one statement for every view, so that after the first the query cache answers it, and each
 * selection is added up from its rows (a few hundred) in JavaScript.
 */
export function respondentsStatement(codebook: Codebook): Statement {
  const dims = dimensions(codebook).map((d) => ident(d.id));
  return {
    sql: `SELECT wave, ${dims.join(', ')}, count(*)::DOUBLE AS n FROM ${RESPONSES} GROUP BY ALL`,
    params: [],
  };
}

/** How many respondents of a selection have each value of a dimension; null = blank. */
export type RespondentsBy = (selection: Selection, dimension: string) => Map<string | null, number>;

/**
 * Runs the statement (unless its result is `shipped` with the build: shipped.ts) and returns the
 * counter of its rows.
 */
export async function respondents(
  engine: Engine,
  codebook: Codebook,
  shipped?: Columns,
): Promise<RespondentsBy> {
  const s = respondentsStatement(codebook);
  const { length, values } = shipped ?? (await engine.columns(s.sql, s.params));
  const dims = dimensions(codebook).map((d) => d.id);
  return (selection, dimension) => {
    checkSelection(codebook, selection);
    if (!dims.includes(dimension))
      throw new Error(`Respondents are counted by dimensions only, not "${dimension}"`);
    const filters = Object.entries(selection.filters)
      .filter((f): f is [string, string[]] => (f[1]?.length ?? 0) > 0)
      .map(([id, codes]) => ({ column: values[id]!, codes: new Set(codes) }));
    const out = new Map<string | null, number>();
    for (let i = 0; i < length; i++) {
      if (Number(values.wave![i]) !== selection.wave) continue;
      if (!filters.every((f) => f.codes.has(f.column[i] as string))) continue;
      const code = (values[dimension]![i] as string | null) ?? null;
      out.set(code, (out.get(code) ?? 0) + Number(values.n![i]));
    }
    return out;
  };
}
