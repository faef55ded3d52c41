import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedItem } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import { topicPanels, viewSource } from '../../src/lib/figures/panel';
import { engineWithWaves, readCodebook } from './helpers/data';

/**
 * Why the site no longer turns 0% and 100% of small groups on sensitive coded items ("ja"/"nee")
 * into "< 5%" and "> 95%": on the released waves no group the site can select by
 * quasi-identifiers has an exact 0% or 100% on any answer of such an item, so there is no exact
 * extreme to hide.
 *
 * The argument. Filters and splits are conditions on the quasi-identifiers alone (a blank is a
 * value of its own, NULL in DuckDB), so every group they make is a union of whole equivalence
 * classes of the file. If every class that answered a sensitive item holds every valid answer of
 * it, a union of such classes does too, weighted or not (weights are positive): none of its
 * shares is 0 or 1.
 *
 * Written apart from the release code, on the files as the site loads them; it fails on a file
 * whose classes are not diverse enough (e.g. a wildcard-convention release, where classes of one
 * row are common, or a sensitive item with more valid answers than l). Groups defined by another
 * answer (the explorer's split by a question) are outside this: the attacker of reference rule
 * D1 knows quasi-identifiers, not answers. The options of a sensitive multi-select item are not
 * covered either (l-diversity counts whole answer patterns, and on the committed waves many
 * classes name one option all alike): they keep the range rule (tests/unit/extremes.test.ts).
 */

const codebook = readCodebook();
const qis = codebook.items.filter(
  (i): i is CodedItem => i.type === 'dimension' && i.quasi_identifier === true,
);
const sensitive = codebook.items.filter(
  (i): i is CodedItem => i.sensitive === true && 'values' in i,
);
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

const q = (id: string) => `"${id}"`;
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(', ');

/** Each answer a chart shows the share of: a valid code among the valid answers. */
function indicators(item: CodedItem): { name: string; answered: string; hit: string }[] {
  const valid = item.values.filter((v) => !v.excluded).map((v) => v.code);
  return valid.map((code) => ({
    name: `${item.id}: ${code}`,
    answered: `${q(item.id)} IN (${list(valid)})`,
    hit: `${q(item.id)} = '${code}'`,
  }));
}

describe('no exact 0% or 100% on a sensitive item in any group of quasi-identifiers', () => {
  it('the codebook has sensitive coded items and quasi-identifiers to check', () => {
    expect(sensitive.length).toBeGreaterThan(0);
    expect(qis.length).toBeGreaterThan(0);
  });

  it('every equivalence class that answered holds every answer, and not only that one', async () => {
    const failures: string[] = [];
    for (const item of sensitive)
      for (const ind of indicators(item)) {
        const rows = await engine.query(
          `SELECT wave, ${qis.map((d) => q(d.id)).join(', ')},
                  count(*) FILTER (WHERE ${ind.answered}) AS answered,
                  count(*) FILTER (WHERE ${ind.answered} AND ${ind.hit}) AS hits
           FROM responses GROUP BY ALL
           HAVING answered > 0 AND (hits = 0 OR hits = answered) ORDER BY ALL`,
        );
        for (const r of rows)
          failures.push(
            `${String(r.wave)} ${ind.name} ${Number(r.hits) === 0 ? '0%' : '100%'} of ${String(r.answered)} in ${qis.map((d) => r[d.id] ?? '∅').join(',')}`,
          );
      }
    expect(failures.slice(0, 20), `${failures.length} classes`).toEqual([]);
  });

  it('so no chart of a sensitive item shows one, for any filter, split or wave', async () => {
    const filterSets: Record<string, string[]>[] = [
      {},
      ...qis.flatMap((d) => d.values.map((v) => ({ [d.id]: [v.code] }))),
    ];
    const topics = [...new Set(sensitive.map((i) => i.topic))];
    const seen: string[] = [];
    let shares = 0;
    for (const topic of topics) {
      const ids = codebook.items.filter((i) => i.topic === topic).map((i) => i.id);
      const source = await viewSource(engine, codebook, ids, false);
      for (const { year: wave } of codebook.waves)
        for (const filters of filterSets)
          for (const compare of [null, ...qis.map((d) => d.id)]) {
            const panels = await topicPanels(
              source,
              codebook,
              topic,
              { wave, filters },
              {
                compare,
                benchmark: 'rest',
              },
            );
            for (const panel of panels) {
              if (!panel.item.sensitive || panel.type !== 'share') continue;
              for (const row of panel.rows)
                for (const part of row.figure.parts) {
                  if (!part.value) continue;
                  shares++;
                  if (part.value.estimate === 0 || part.value.estimate === 1)
                    seen.push(
                      `${JSON.stringify({ wave, filters, compare })} ${panel.item.id} ${row.kind} ${row.group} ${part.code} ${part.value.estimate}`,
                    );
                }
            }
          }
    }
    expect(shares).toBeGreaterThan(1000);
    expect(seen.slice(0, 20), `${seen.length} shares`).toEqual([]);
  });
});
