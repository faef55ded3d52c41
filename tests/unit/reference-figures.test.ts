import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getItem } from '../../src/lib/codebook/columns';
import type { CodedItem } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import { meanFigure } from '../../src/lib/figures/mean';
import { optionFigure } from '../../src/lib/figures/option';
import { shareFigure } from '../../src/lib/figures/share';
import { generateWave } from '../../src/lib/demo/generate';
import { readTable } from '../../src/lib/data/csv';
import { codeCounts, moments, optionCounts } from '../../src/lib/query/aggregates';
import type { Selection } from '../../src/lib/query/selection';
import { engineWithWaves, readCodebook, root } from './helpers/data';

type Metric =
  | { kind: 'rows' }
  | { kind: 'share'; item: string; codes: string[] }
  | { kind: 'mean'; item: string }
  | { kind: 'option_share' | 'option_count'; item: string; option: string };

interface Reference {
  wave: number;
  tolerance: { pct: number; mean: number };
  figures: {
    id: string;
    metric: Metric;
    radiology: number;
    all: number | null;
    /** Why the released (strictly k-anonymous) file cannot show this figure; see the fixture. */
    release?: string;
  }[];
}

const reference = JSON.parse(
  readFileSync(path.join(root, 'tests/fixtures/published-2024.json'), 'utf8'),
) as Reference;
const codebook = readCodebook();
let engine: Engine;

beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

/** Computes one published figure through the dashboard's own query, statistics and privacy code. */
async function compute(metric: Metric, selection: Selection): Promise<number> {
  if (metric.kind === 'rows') {
    const counts = await codeCounts(engine, codebook, 'specialty', selection);
    return counts.reduce((s, c) => s + c.n, 0);
  }
  if (metric.kind === 'share') {
    const item = getItem(codebook, metric.item) as CodedItem;
    const figure = shareFigure(
      item,
      await codeCounts(engine, codebook, item.id, selection),
      metric.codes,
    );
    return 100 * figure.value!.estimate;
  }
  if (metric.kind === 'mean') {
    const [m] = await moments(engine, codebook, metric.item, selection);
    return meanFigure(m!, false).value!.estimate;
  }
  const [counts] = await optionCounts(engine, codebook, metric.item, selection);
  if (metric.kind === 'option_count') return counts!.chosen[metric.option]!;
  return 100 * optionFigure(counts!, metric.option).value!.estimate;
}

function tolerance(metric: Metric): number {
  if (metric.kind === 'rows' || metric.kind === 'option_count') return 0;
  return metric.kind === 'mean' ? reference.tolerance.mean : reference.tolerance.pct;
}

const radiology: Selection = { wave: reference.wave, filters: { specialty: ['radiologie'] } };
const everyone: Selection = { wave: reference.wave, filters: {} };

describe('the demo data reproduces the published DJS 2024 figures through the query layer', () => {
  const shown = reference.figures.filter((f) => f.release === undefined);
  it.each(shown.map((f) => [f.id, f] as const))('%s (radiology)', async (_, figure) => {
    const value = await compute(figure.metric, radiology);
    expect(Math.abs(value - figure.radiology)).toBeLessThanOrEqual(tolerance(figure.metric) + 1e-9);
  });

  it.each(reference.figures.filter((f) => f.all !== null).map((f) => [f.id, f] as const))(
    '%s (all respondents)',
    async (_, figure) => {
      const value = await compute(figure.metric, everyone);
      expect(Math.abs(value - figure.all!)).toBeLessThanOrEqual(tolerance(figure.metric) + 1e-9);
    },
  );

  // Figures on a quasi-identifier that strict k = 10 withholds: the generator's raw rows (what the
  // release protects) hold them, and the released file does not pretend to.
  it.each(reference.figures.filter((f) => f.release).map((f) => [f.id, f] as const))(
    '%s (radiology) is in the raw rows; the released file withholds it',
    (_, figure) => {
      const metric = figure.metric as Extract<Metric, { kind: 'share' }>;
      const raw = generateWave(codebook, reference.wave).filter(
        (r) => r.specialty === 'radiologie' && r[metric.item] !== '',
      );
      const share = (rows: readonly Record<string, string>[]) =>
        (100 * rows.filter((r) => metric.codes.includes(r[metric.item]!)).length) / rows.length;
      expect(Math.abs(share(raw) - figure.radiology)).toBeLessThanOrEqual(tolerance(metric));
      const released = readTable(
        readFileSync(path.join(root, 'data/waves', `${reference.wave}.csv`), 'utf8'),
      ).rows.filter((r) => r.specialty === 'radiologie');
      const known = released.filter((r) => r[metric.item] !== '');
      expect(released).toHaveLength(raw.length);
      expect(known.length).toBeLessThan(released.length);
    },
  );

  it('matches the table in ../shared/reference/published-2024.md', () => {
    const md = readFileSync(path.join(root, '../shared/reference/published-2024.md'), 'utf8');
    for (const figure of reference.figures) {
      const line = md.split('\n').find((l) => l.startsWith(`| ${figure.id} |`));
      expect(line, figure.id).toBeDefined();
      const [, , , rad, all] = line!.split('|').map((c) => c.trim());
      const first = (cell: string) => {
        const match = /[\d.,]+/.exec(cell);
        return match ? Number(match[0].replace(/,(\d{3})/, '$1')) : null;
      };
      expect(first(rad!), figure.id).toBe(figure.radiology);
      // Where the table has no all-respondents figure, the fixture may still pin one (support
      // preferences: the article does not say which group they describe).
      if (first(all!) !== null) expect(first(all!), figure.id).toBe(figure.all);
    }
  });
});
