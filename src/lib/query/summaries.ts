import { dimensions, optionColumn, universeChain } from '../codebook/columns';
import type { Codebook, Item } from '../codebook/types';
import { isMulti } from '../codebook/types';
import { RESPONSES } from '../data/tables';
import type { Engine } from '../db/engine';
import type { Split } from './selection';
import { ident } from '../db/sql';

/**
 * Pre-aggregated sufficient statistics, one table per question: how many respondents
 * (`freq`) gave each answer in each combination of wave, dimensions and "who was asked". Every
 * figure the topic pages show (counts per code, n, sums and sums of squares, the median from the
 * distribution, weights by specialty) follows from these, so a filter change reads a few thousand
 * rows however many respondents there are. The raw table stays for splits by other questions
 * (the explorer) and for every engine without summaries; both give the same figures
 * (tests/unit/summaries.test.ts).
 */

const built = new WeakMap<Engine, Set<string>>();
const building = new WeakMap<Engine, Map<string, Promise<void>>>();

export function summaryTable(itemId: string): string {
  return `summary_${itemId}`;
}

/** The columns a question's table keeps: wave, every dimension, who was asked, the answer. */
function columnsOf(codebook: Codebook, item: Item): string[] {
  const own = isMulti(item) ? item.options.map((o) => optionColumn(item, o)) : [item.id];
  const universe = universeChain(codebook, item.universe).map((u) => u.item);
  return [...new Set(['wave', ...dimensions(codebook).map((d) => d.id), ...universe, ...own])];
}

/**
 * Builds the tables of the given questions (all by default) that are not built yet, one at a
 * time; each is used as soon as it exists. Call once all data are loaded (the data must not
 * change after). At a million rows each takes a scan of about 0.4 s, so the site builds a
 * topic's tables when the topic is first shown, not all before DuckDB counts as ready; built in
 * the background instead, they would hold up the filter changes queued behind them.
 */
export async function summarise(
  engine: Engine,
  codebook: Codebook,
  itemIds?: readonly string[],
): Promise<void> {
  const done = built.get(engine) ?? new Set<string>();
  built.set(engine, done);
  const pending = building.get(engine) ?? new Map<string, Promise<void>>();
  building.set(engine, pending);
  const items = codebook.items.filter(
    (i) => i.type !== 'dimension' && (!itemIds || itemIds.includes(i.id)),
  );
  for (const item of items) {
    let table = pending.get(item.id);
    if (!table) {
      const cols = columnsOf(codebook, item).map(ident).join(', ');
      table = engine
        .query(
          `CREATE OR REPLACE TABLE ${ident(summaryTable(item.id))} AS ` +
            `SELECT ${cols}, count(*)::DOUBLE AS freq FROM ${RESPONSES} GROUP BY ALL`,
        )
        .then(() => void done.add(item.id));
      pending.set(item.id, table);
    }
    await table;
  }
}

/** The table to aggregate an item from: its summary when it has one and the split allows. */
export function sourceFor(engine: Engine, codebook: Codebook, itemId: string, by?: Split): string {
  if (!built.get(engine)?.has(itemId)) return RESPONSES;
  const splits = by === undefined ? [] : typeof by === 'string' ? [by] : [...by];
  const dims = dimensions(codebook).map((d) => d.id);
  return splits.every((s) => dims.includes(s)) ? summaryTable(itemId) : RESPONSES;
}
