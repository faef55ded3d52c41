import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedItem, Item } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import type { Panel, PanelRow } from '../../src/lib/figures/panel';
import { itemPanel, topicPanels, viewSource } from '../../src/lib/figures/panel';
import type { Selection } from '../../src/lib/query/selection';
import { engineWithWaves, readCodebook } from './helpers/data';

/**
 * The one display rule left (reference rule D3): a row shows nothing exactly when it has fewer
 * than 10 valid, unweighted answers. Then "minder dan 10 antwoorden" is always true, and every n
 * shown is the true n. Issue 13 found "Man" (402 respondents) labelled "fewer than 10 answers"
 * because "Anders" was small: a hidden row must never be hidden for another row's sake.
 *
 * The true counts are written here in SQL from the codebook's definitions (valid codes, "who was
 * asked"), apart from the query layer under test.
 */

const codebook = readCodebook();
const dims = codebook.items.filter((i): i is CodedItem => i.type === 'dimension');
const charted = codebook.items.filter((i) => i.type !== 'dimension');
let engine: Engine;

const q = (id: string) => `"${id}"`;
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(', ');

/** Whether a respondent's answer to the item counts in its denominator. */
function valid(item: Item): string {
  if (item.type === 'multi')
    return `(${item.options.map((o) => `${q(`${item.id}_${o.code}`)} IS NOT NULL`).join(' OR ')})`;
  if ('values' in item)
    return `${q(item.id)} IN (${list(item.values.filter((v) => !v.excluded).map((v) => v.code))})`;
  return `${q(item.id)} IS NOT NULL`;
}

/** Whether the respondent was asked the item at all: its universe, and that item's, on up. */
function asked(item: Item): string {
  const u = item.universe;
  if (!u) return 'TRUE';
  const own = 'in' in u ? `${q(u.item)} IN (${list(u.in)})` : `${q(u.item)} > ${u.gt}`;
  return `${own} AND ${asked(codebook.items.find((i) => i.id === u.item)!)}`;
}

type Cell = Record<string, unknown> & { wave: number; n: number };
/** Valid answers per wave and combination of dimension values (blanks as null), by item. */
const truth = new Map<string, Cell[]>();

/** The true valid n of an item among respondents matching every condition (null = blank). */
function trueN(item: string, wave: number, where: Record<string, string | null>): number {
  return truth
    .get(item)!
    .filter((c) => c.wave === wave && Object.entries(where).every(([d, v]) => c[d] === v))
    .reduce((s, c) => s + c.n, 0);
}

beforeAll(async () => {
  engine = await engineWithWaves(codebook);
  for (const item of charted) {
    const rows = await engine.query(
      `SELECT wave, ${dims.map((d) => q(d.id)).join(', ')},
              count(*) FILTER (WHERE ${valid(item)}) AS n
       FROM responses WHERE ${asked(item)} GROUP BY ALL`,
    );
    truth.set(
      item.id,
      rows.map((r) => ({ ...r, wave: Number(r.wave), n: Number(r.n) })),
    );
  }
});
afterAll(() => engine.close());

/** Shown with its true n, or hidden with no figure at all: by its own true n alone. */
function expectReliable(panel: Panel, row: PanelRow, n: number, view: string) {
  const where = `${view} ${panel.item.id} ${row.kind} ${row.group}`;
  const parts = 'parts' in row.figure ? (row.figure.parts as PanelRow['figure'][]) : [];
  const anything = row.figure.value !== null || parts.some((p) => p.value !== null);
  if (n < 10) {
    expect(anything, where).toBe(false);
    expect(row.figure.n, where).toBe(0);
  } else {
    expect(anything, where).toBe(true);
    expect(row.figure.n, where).toBe(n);
  }
}

describe('a row is hidden exactly when it has fewer than 10 valid answers', () => {
  it('with compare=gender, "Man" is shown whatever the size of the other groups', async () => {
    const source = await viewSource(engine, codebook, ['burnout'], false);
    const panel = await itemPanel(
      source,
      codebook,
      'burnout',
      { wave: 2024, filters: {} },
      {
        compare: 'gender',
        benchmark: 'all',
      },
    );
    const man = panel.rows.find((r) => r.kind === 'group' && r.group === 'man')!;
    const n = trueN('burnout', 2024, { gender: 'man' });
    expect(n).toBeGreaterThanOrEqual(10);
    expect(man.figure.n).toBe(n);
    expect(man.figure.value).not.toBeNull();
  });

  // One test per topic (each scans every view of it), then the totals of the whole scan.
  const filterSets: Record<string, string>[] = [
    {},
    ...dims.flatMap((d) => d.values.map((v) => ({ [d.id]: v.code }))),
  ];
  let rows = 0;
  let hidden = 0;
  for (const topic of codebook.topics) {
    const items = charted.filter((i) => i.topic === topic.id);
    if (items.length === 0) continue;
    it(`on every chart of ${topic.id}, filter of one code, compare-by and wave, against counts in SQL`, async () => {
      const ids = items.map((i) => i.id);
      const source = await viewSource(engine, codebook, ids, false);
      for (const { year: wave } of codebook.waves)
        for (const filters of filterSets)
          for (const compare of [null, ...dims.map((d) => d.id)]) {
            const selection: Selection = {
              wave,
              filters: Object.fromEntries(Object.entries(filters).map(([d, c]) => [d, [c]])),
            };
            const view = JSON.stringify({ wave, filters, compare });
            const panels = await topicPanels(source, codebook, topic.id, selection, {
              compare,
              benchmark: 'rest',
            });
            for (const panel of panels) {
              const own = trueN(panel.item.id, wave, filters);
              const all = trueN(panel.item.id, wave, {});
              for (const row of panel.rows) {
                const n =
                  row.kind === 'selection'
                    ? own
                    : row.kind === 'benchmark'
                      ? all - own
                      : compare! in filters && filters[compare!] !== row.group
                        ? 0 // a group outside the filter on the same dimension
                        : trueN(panel.item.id, wave, { ...filters, [compare!]: row.group });
                expectReliable(panel, row, n, view);
                rows++;
                if (n < 10) hidden++;
              }
            }
          }
    });
  }

  it('saw both kinds of row in that scan', () => {
    expect(rows - hidden).toBeGreaterThan(1000);
    expect(hidden).toBeGreaterThan(0);
  });
});
