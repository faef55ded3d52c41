/**
 * The results shipped with the build (src/lib/query/shipped.ts) give exactly DuckDB's figures:
 * every topic, for a sample of selections (filters on one or several dimensions, each compare-by,
 * every benchmark, both waves), the explorer's tables of every question by every dimension, the
 * slides of questions from several topics and a specialty's report, computed once from the files the build step writes (after a trip through JSON) with an engine
 * that refuses every query, and once by the real duckdb-wasm on the same data, as the site's
 * DuckDB has it: the survey file the build wrote from the waves, attached. And the hashes
 * the build records of the files it checked, with which the site loads them unchecked, and the
 * respondents it counted in them, with which the site weights them without a count.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/build/precompute';
import { dimensions } from '../../src/lib/codebook/columns';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import type { OpenOptions } from '../../src/lib/data/data-set';
import { openDataSet } from '../../src/lib/data/data-set';
import type { LoadedWave } from '../../src/lib/data/load-wave';
import { loadWave } from '../../src/lib/data/load-wave';
import { dataDirectory } from '../../src/lib/data/node-files';
import type { Samples } from '../../src/lib/data/population';
import { RESPONSES, WEIGHTS } from '../../src/lib/data/tables';
import { viewCoverage } from '../../src/lib/figures/coverage';
import { crosstab } from '../../src/lib/figures/crosstab';
import type { Benchmark } from '../../src/lib/figures/panel';
import { scorecard } from '../../src/lib/figures/scorecard';
import { slideFigures } from '../../src/lib/figures/slide-figures';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import type { Selection } from '../../src/lib/query/selection';
import type { ViewResults } from '../../src/lib/query/shipped';
import { combineViewResults, decodeViewResults } from '../../src/lib/query/shipped';
import { specialtyReport } from '../../src/lib/report/report';
import { checkPopulation, weigh } from '../../src/lib/data/population';
import type { Weights } from '../../src/lib/data/weighted-waves';
import { readCodebook, root } from './helpers/data';
import { recording, refusing } from './helpers/engines';

const codebook = readCodebook();
const dims = dimensions(codebook);
const waves = codebook.waves.map((w) => w.year);
let engine: Engine;
/** DuckDB with the weights table made from data/population.json (respondents counted by it). */
let weightedEngine: Engine;
const shipped = new Map<string, ViewResults>();

/** What the build step records of the files it checked (src/generated/checked.json). */
let checked: {
  codebook: string;
  waves: Record<string, string>;
  samples: Samples;
  survey: LoadedWave[];
};

/** duckdb-wasm with the survey file the build wrote attached, as the site opens it. */
async function siteEngine(survey: string, weights: OpenOptions['weights']): Promise<Engine> {
  const db = await createNodeEngine();
  await openDataSet(db, dataDirectory(path.join(root, 'data')), {
    codebook,
    weights,
    samples: checked.samples,
    built: { bytes: Promise.resolve(new Uint8Array(readFileSync(survey))), waves: checked.survey },
  });
  return db;
}

beforeAll(async () => {
  const survey = path.join(mkdtempSync(path.join(os.tmpdir(), 'djs-shipped-')), 'survey.duckdb');
  const built = await builtFiles(path.join(root, 'data'), survey);
  for (const [topic, json] of Object.entries(built.results))
    shipped.set(topic, decodeViewResults(JSON.parse(json)));
  checked = JSON.parse(built.checked) as typeof checked;
  engine = await siteEngine(survey, 'none');
  weightedEngine = await siteEngine(survey, 'required');
}, 180_000);
afterAll(async () => {
  await engine.close();
  await weightedEngine.close();
});

/**
 * The weights as the page computes them before DuckDB is ready: from the trainee counts and the
 * respondents the build recorded, no DuckDB.
 */
function pageWeights(): { weights: Weights; waves: number[] } {
  const file = 'data/population.json';
  const raw: unknown = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const population = weigh(
    checkPopulation(raw, codebook, file).population!,
    checked.samples,
    file,
  ).population;
  return { weights: population.weights!, waves: Object.keys(population.waves).map(Number) };
}

/** A topic's shipped results with the page's weights, as a weighted view is given them. */
const withWeights = (results: ViewResults | null): ViewResults => ({
  ...results!,
  weights: pageWeights().weights,
});

interface Case {
  label: string;
  selection: Selection;
  compare: string | null;
  benchmark: Benchmark;
}

/**
 * Views a link can name, chosen so that over the topics every dimension is filtered, every one is
 * compared by, and every benchmark and wave occurs: a code per filter taken in turn by index.
 */
function cases(topicIndex: number): Case[] {
  const dim = (k: number) => dims[(topicIndex + k) % dims.length]!;
  const code = (k: number) => {
    const values = dim(k).values;
    return values[(topicIndex * 3 + k) % values.length]!.code;
  };
  const [newest, oldest] = [Math.max(...waves), Math.min(...waves)];
  // With the benchmark "same hospital type": another dimension beside a hospital type.
  const peers = dims.filter((d) => d.id !== 'hospital_type');
  const peer = peers[topicIndex % peers.length]!;
  return [
    { label: 'default', selection: { wave: newest, filters: {} }, compare: null, benchmark: 'all' },
    {
      label: 'one filter, compared',
      selection: { wave: newest, filters: { [dim(0).id]: [code(0)] } },
      compare: dim(1).id,
      benchmark: 'all',
    },
    {
      label: 'two filters, the rest',
      selection: { wave: newest, filters: { [dim(2).id]: [code(2)], [dim(3).id]: [code(3)] } },
      compare: dim(4).id,
      benchmark: 'rest',
    },
    {
      label: 'same hospital type',
      selection: {
        wave: newest,
        filters: {
          hospital_type: ['umc'],
          [peer.id]: [peer.values[topicIndex % peer.values.length]!.code],
        },
      },
      compare: null,
      benchmark: 'hospital_type',
    },
    {
      label: 'the older wave',
      selection: { wave: oldest, filters: { [dim(1).id]: [code(1)] } },
      compare: dim(0).id,
      benchmark: 'all',
    },
    {
      label: 'the shared link of issue 19',
      selection: { wave: newest, filters: { specialty: ['radiologie'] } },
      compare: 'hospital_type',
      benchmark: 'all',
    },
  ];
}

describe('figures from shipped results', () => {
  it('has a file for every topic, made for the codebook dimensions', () => {
    expect([...shipped.keys()].sort()).toEqual(codebook.topics.map((t) => t.id).sort());
    for (const results of shipped.values())
      expect(results.dims).toEqual(dims.map((d) => d.id).sort());
  });

  codebook.topics.forEach((topic, i) => {
    it(`equal DuckDB's on every sampled view of ${topic.id}`, async () => {
      const results = shipped.get(topic.id)!;
      for (const c of cases(i)) {
        const options = { compare: c.compare, benchmark: c.benchmark };
        const fromShipped = await topicFigures(
          refusing,
          codebook,
          topic.id,
          c.selection,
          options,
          undefined,
          results,
        );
        const fromDuckDb = await topicFigures(engine, codebook, topic.id, c.selection, options);
        expect(fromShipped, `${topic.id}: ${c.label}`).toStrictEqual(fromDuckDb);
        expect(fromShipped.panels.length, `${topic.id}: ${c.label}`).toBeGreaterThan(0);
      }
    });
  });

  it("give the explorer's table of every question by every dimension, as DuckDB does", async () => {
    const newest = Math.max(...waves);
    const questions = codebook.items.filter((item) => item.type !== 'dimension');
    for (const [k, item] of questions.entries()) {
      const results = shipped.get(item.topic!)!;
      const by = dims[k % dims.length]!.id;
      const other = dims[(k + 1) % dims.length]!;
      const selection: Selection = {
        wave: newest,
        filters: k % 2 === 0 ? {} : { [other.id]: [other.values[k % other.values.length]!.code] },
      };
      const spec = { item: item.id, by };
      const fromShipped = await crosstab(refusing, codebook, spec, selection, results);
      const fromDuckDb = await crosstab(engine, codebook, spec, selection);
      expect(fromShipped, `${item.id} by ${by}`).toStrictEqual(fromDuckDb);
      const splits = [item.id, by];
      expect(await viewCoverage(refusing, codebook, selection, splits, results)).toStrictEqual(
        await viewCoverage(engine, codebook, selection, splits),
      );
    }
  });

  codebook.topics.forEach((topic, i) => {
    it(`weighted, equal DuckDB's on every sampled view of ${topic.id}, to the last bit`, async () => {
      const { waves: weighted } = pageWeights();
      expect(weighted.length, 'waves with trainee counts').toBeGreaterThan(0);
      for (const c of cases(i)) {
        const selection = { ...c.selection, weighted: true };
        const options = { compare: c.compare, benchmark: c.benchmark };
        const fromShipped = await topicFigures(
          refusing,
          codebook,
          topic.id,
          selection,
          options,
          weighted,
          withWeights(shipped.get(topic.id)!),
        );
        const fromDuckDb = await topicFigures(
          weightedEngine,
          codebook,
          topic.id,
          selection,
          options,
          weighted,
        );
        expect(fromShipped, `${topic.id}: ${c.label}`).toStrictEqual(fromDuckDb);
        // Weighted really is another view: not the unweighted figures.
        const unweighted = await topicFigures(
          refusing,
          codebook,
          topic.id,
          c.selection,
          options,
          weighted,
          shipped.get(topic.id)!,
        );
        expect(JSON.stringify(fromShipped.panels)).not.toBe(JSON.stringify(unweighted.panels));
      }
    });
  });

  it("give the explorer's weighted tables and a weighted scorecard as DuckDB does", async () => {
    const { waves: weighted } = pageWeights();
    const wave = Math.max(...weighted);
    const questions = codebook.items.filter((item) => item.type !== 'dimension');
    for (const [k, item] of questions.entries()) {
      if (k % 3 !== 0) continue;
      const by = dims[k % dims.length]!.id;
      const selection: Selection = { wave, filters: {}, weighted: true };
      const spec = { item: item.id, by };
      expect(
        await crosstab(refusing, codebook, spec, selection, withWeights(shipped.get(item.topic!)!)),
        `${item.id} by ${by}`,
      ).toStrictEqual(await crosstab(weightedEngine, codebook, spec, selection));
    }
    for (const by of ['specialty', 'hospital_type']) {
      const selection: Selection = { wave, filters: { role: ['aios'] }, weighted: true };
      const options = { by, benchmark: 'all' as const };
      const all = combineViewResults(codebook.topics.map((topic) => shipped.get(topic.id)!));
      expect(
        await scorecard(refusing, codebook, selection, options, withWeights(all)),
        by,
      ).toStrictEqual(await scorecard(weightedEngine, codebook, selection, options));
    }
  });

  it('leave a weighted view without the weights to DuckDB: the refusing engine is asked', async () => {
    const results = shipped.values().next().value!;
    const topic = codebook.topics[0]!.id;
    await expect(
      topicFigures(
        refusing,
        codebook,
        topic,
        { wave: Math.max(...waves), filters: {}, weighted: true },
        { compare: null, benchmark: 'all' },
        undefined,
        results,
      ),
    ).rejects.toThrow(/asked DuckDB/);
  });
});

describe('slides and reports from shipped results', () => {
  /** Every topic's results as one, as the slides and a report combine those they need. */
  const combined = () => combineViewResults([...shipped.values()]);

  it('combine topics: each question from its own file, one respondents table', () => {
    const all = combined()!;
    for (const [topic, results] of shipped)
      for (const [id, columns] of Object.entries(results.batches))
        expect(all.batches[id], `${topic}: ${id}`).toBe(columns);
    expect(all.respondents).toBe(shipped.values().next().value!.respondents);
    expect(combineViewResults([null, null])).toBeNull();
  });

  it('give the slides of questions of several topics as DuckDB does, in every sampled view', async () => {
    const items = codebook.items.filter((item) => item.type !== 'dimension');
    for (const [i] of codebook.topics.entries()) {
      // Four questions of different topics and types, another set for every topic's cases.
      const chosen = [0, 7, 13, 19].map((k) => items[(k + i * 3) % items.length]!.id);
      const topics = [...new Set(chosen.map((id) => items.find((it) => it.id === id)!.topic))];
      const results = combineViewResults(topics.map((topic) => shipped.get(topic)!));
      for (const c of cases(i)) {
        const options = { compare: c.compare, benchmark: c.benchmark };
        const fromShipped = await slideFigures(
          refusing,
          codebook,
          chosen,
          c.selection,
          options,
          undefined,
          results,
        );
        const fromDuckDb = await slideFigures(engine, codebook, chosen, c.selection, options);
        expect(fromShipped, `${chosen.join(',')}: ${c.label}`).toStrictEqual(fromDuckDb);
        expect(fromShipped.panels.length).toBe(chosen.length);
      }
    }
  });

  it("give a specialty's report as DuckDB does, in both waves", async () => {
    const specialty = dims.find((d) => d.id === 'specialty')!;
    for (const wave of waves)
      for (const { code } of specialty.values.slice(0, 6)) {
        const fromShipped = await specialtyReport(refusing, codebook, code, {
          wave,
          shipped: combined(),
        });
        const fromDuckDb = await specialtyReport(engine, codebook, code, { wave });
        expect(fromShipped, `${code} in ${wave}`).toStrictEqual(fromDuckDb);
      }
  });

  it('give weighted slides and a weighted report as DuckDB does', async () => {
    const { waves: weighted } = pageWeights();
    const items = codebook.items.filter((item) => item.type !== 'dimension');
    const chosen = [1, 8, 14, 20].map((k) => items[k % items.length]!.id);
    for (const c of cases(2)) {
      const selection = { ...c.selection, weighted: true };
      const options = { compare: c.compare, benchmark: c.benchmark };
      expect(
        await slideFigures(
          refusing,
          codebook,
          chosen,
          selection,
          options,
          weighted,
          withWeights(combined()),
        ),
        c.label,
      ).toStrictEqual(
        await slideFigures(weightedEngine, codebook, chosen, selection, options, weighted),
      );
    }
    const code = dims.find((d) => d.id === 'specialty')!.values[2]!.code;
    const wave = Math.max(...weighted);
    expect(
      await specialtyReport(refusing, codebook, code, {
        wave,
        weighted: true,
        shipped: withWeights(combined()),
      }),
    ).toStrictEqual(
      await specialtyReport(weightedEngine, codebook, code, { wave, weighted: true }),
    );
  });

  it('leave a weighted report without the weights to DuckDB: the refusing engine is asked', async () => {
    const code = dims.find((d) => d.id === 'specialty')!.values[0]!.code;
    await expect(
      specialtyReport(refusing, codebook, code, {
        wave: Math.max(...waves),
        weighted: true,
        shipped: combined(),
      }),
    ).rejects.toThrow(/asked DuckDB/);
  });
});

describe('the files the build checked', () => {
  const sha256 = (file: string) =>
    createHash('sha256')
      .update(readFileSync(path.join(root, 'data', file)))
      .digest('hex');

  it('are recorded by the SHA-256 of the codebook and of every wave file', () => {
    expect(checked.codebook).toBe(sha256('codebook.json'));
    expect(Object.keys(checked.waves).sort()).toEqual(codebook.waves.map((w) => w.file).sort());
    for (const [file, hash] of Object.entries(checked.waves)) expect(hash).toBe(sha256(file));
  });

  it('load without checking every value again, into the same rows', async () => {
    const wave = codebook.waves[0]!;
    const bytes = new Uint8Array(readFileSync(path.join(root, 'data', wave.file)));
    const rowsOf = async (skip: boolean) => {
      const db = await createNodeEngine();
      const asked: string[] = [];
      try {
        await loadWave(recording(db, asked), codebook, wave.year, `data/${wave.file}`, bytes, skip);
        const rows = await db.query(`SELECT * FROM ${RESPONSES} ORDER BY ALL`);
        // Every value check selects the lines that break it (all in one statement, load-wave.ts).
        const checks = asked.join('\n').split('AS line').length - 1;
        return { rows, checks };
      } finally {
        await db.close();
      }
    };
    const [full, trusted] = [await rowsOf(false), await rowsOf(true)];
    expect(full.checks).toBeGreaterThan(10);
    expect(trusted.checks).toBe(0);
    expect(trusted.rows).toEqual(full.rows);
  });

  it('record the respondents per wave and specialty, as counted in the files themselves', async () => {
    const db = await createNodeEngine();
    try {
      const expected: Samples = {};
      for (const wave of codebook.waves) {
        await db.registerFile(wave.file, readFileSync(path.join(root, 'data', wave.file)));
        // Straight from the file as text, none of the site's loading: blank specialty is "null".
        const counted = await db.query(
          `SELECT specialty, count(*) AS n FROM read_csv('${wave.file}', all_varchar = true) ` +
            `GROUP BY ALL`,
        );
        expected[String(wave.year)] = Object.fromEntries(
          counted.map((r) => [String(r.specialty), Number(r.n)]),
        );
      }
      expect(checked.samples).toEqual(expected);
      expect(Object.keys(checked.samples)).toHaveLength(codebook.waves.length);
    } finally {
      await db.close();
    }
  });

  it('weight the checked files without a count, with the same weights; not when one is not checked', async () => {
    const files = dataDirectory(path.join(root, 'data'));
    const open = async (options: OpenOptions) => {
      const db = await createNodeEngine();
      const asked: string[] = [];
      try {
        const opened = await openDataSet(recording(db, asked), files, options);
        const weights = await db.query(`SELECT * FROM ${WEIGHTS} ORDER BY ALL`);
        const counts = asked.filter((sql) => /count\(\*\)[\s\S]*GROUP BY/i.test(sql)).length;
        return { population: opened.population, weights, counts };
      } finally {
        await db.close();
      }
    };
    // Counts that are wrong in every specialty: they must never be used for files not vouched for.
    const wrong: Samples = Object.fromEntries(
      Object.entries(checked.samples).map(([wave, sample]) => [
        wave,
        Object.fromEntries(Object.entries(sample).map(([s, n]) => [s, n + 1])),
      ]),
    );
    const counted = await open({});
    const known = await open({ checked: () => true, samples: checked.samples });
    const oneUnchecked = await open({
      checked: (name) => name !== codebook.waves[0]!.file,
      samples: wrong,
    });
    expect(counted.counts).toBe(1);
    expect(known.counts).toBe(0);
    expect(counted.weights.length).toBeGreaterThan(10);
    expect(known.weights).toEqual(counted.weights);
    expect(known.population).toEqual(counted.population);
    expect(oneUnchecked.counts).toBe(1);
    expect(oneUnchecked.weights).toEqual(counted.weights);
  });
});
