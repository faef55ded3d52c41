/**
 * Prints every figure of every topic (or one) as JSON or CSV:
 * `npm run metrics -- [--wave 2024] [--filter specialty=radiologie …] [--compare hospital_type]
 *  [--benchmark all|rest|hospital_type] [--topic overtime] [--format json|csv] [--lang nl|en]
 *  [--weighted]`.
 * The figures come from the very panels the site draws (src/lib/figures/panel.ts), on the same
 * duckdb-wasm engine with the same data checks, suppression and Benjamini–Hochberg flags: a
 * suppressed figure prints no number, as the site shows none. Every comparison with the rest
 * carries its difference (diff_vs_rest), the difference's 95% interval (diff_lo, diff_hi: Newcombe
 * for shares, Welch for means), the test that gave p (z, fisher or welch), p and adjusted p.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { isAsked } from '../lib/codebook/asked';
import { dimensions } from '../lib/codebook/columns';
import type { Codebook } from '../lib/codebook/types';
import { CodebookError } from '../lib/codebook/codebook-error';
import { DataFileError } from '../lib/data/issues';
import { openDataSet, readCodebook } from '../lib/data/data-set';
import { dataDirectory } from '../lib/data/node-files';
import type { Population } from '../lib/data/weighted-waves';
import { weightedWaves } from '../lib/data/weighted-waves';
import type { Engine } from '../lib/db/engine';
import { createNodeEngine } from '../lib/db/node';
import { rowLabel, selectionLabel } from '../lib/figures/labels';
import type { Panel, PanelOptions } from '../lib/figures/panel';
import { itemPanel, marksPanel, viewSource } from '../lib/figures/panel';
import { recordsToCsv } from '../lib/metrics/csv';
import type { MetricRecord } from '../lib/metrics/records';
import { panelRecords } from '../lib/metrics/records';
import type { Selection } from '../lib/query/selection';
import type { ViewState } from '../lib/view/state';
import { parseState } from '../lib/view/state';
import { selectionOf } from '../lib/view/selection';
import { loadLanguage, t, translate } from '../lib/i18n/translate';
import { invokedAsCommand } from './invoked';

// Every text here is written in English: its catalogue is a chunk of its own (translate.ts).
await loadLanguage('en');

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const POPULATION_FILE = 'data/population.json';

const USAGE = `Usage: npm run metrics -- [options]
  --wave YEAR            the wave (default: the newest)
  --filter DIM=CODE      only respondents with this code (repeatable, one code per dimension)
  --compare DIM          split every figure by the codes of a dimension
  --benchmark B          all | rest | hospital_type (default: all; shown when a filter is set)
  --topic ID             one topic (default: every topic)
  --format F             json | csv (default: json)
  --lang L               nl | en: language of the labels (default: nl)
  --weighted             post-stratified by specialty (needs ${POPULATION_FILE})
  --help                 this text
`;

/** Options that take a value; `--filter` may be given more than once. */
const VALUED = ['wave', 'filter', 'compare', 'benchmark', 'topic', 'format', 'lang'] as const;
const FLAGS = ['weighted', 'help'] as const;
type Valued = (typeof VALUED)[number];
type Flag = (typeof FLAGS)[number];

interface Args {
  values: Partial<Record<Exclude<Valued, 'filter'>, string>>;
  filters: string[];
  flags: Set<Flag>;
}

/** A command line that cannot be run: exit code 2, every problem named with its valid values. */
class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

const is = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

const oneOf = (values: readonly (string | number)[]) => `expected one of: ${values.join(', ')}`;

/** Splits the command line into options; knows nothing of the codebook yet. */
function tokenise(argv: string[]): Args {
  const args: Args = { values: {}, filters: [], flags: new Set() };
  const problems: string[] = [];
  const options = [...VALUED, ...FLAGS].map((o) => `--${o}`).join(', ');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const match = /^--([a-z_-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      problems.push(`${arg}: unexpected argument; options are ${options}`);
      continue;
    }
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (is(FLAGS, name)) {
      if (inline !== undefined) problems.push(`--${name} takes no value (found "${arg}")`);
      args.flags.add(name);
    } else if (is(VALUED, name)) {
      const next = argv[i + 1];
      const value = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
      if (inline === undefined && value !== undefined) i++;
      if (value === undefined || value === '') {
        problems.push(`--${name} needs a value`);
      } else if (name === 'filter') {
        args.filters.push(value);
      } else if (args.values[name] !== undefined) {
        problems.push(`--${name} given twice ("${args.values[name]}" and "${value}")`);
      } else {
        args.values[name] = value;
      }
    } else {
      problems.push(`${arg}: unknown option; options are ${options}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return args;
}

interface Request {
  state: ViewState;
  topics: string[];
  format: Format;
}

/**
 * Checks every value against the codebook with the site's own URL validation (parseState), so a
 * code the site would not accept is not accepted here either; unlike the site, nothing falls
 * back to a default: an unknown wave, topic, dimension or code is an error.
 */
function resolve(args: Args, codebook: Codebook): Request {
  const problems: string[] = [];
  const dims = dimensions(codebook);
  const params = new URLSearchParams();
  const origin = new Map<string, string>();
  const put = (param: string, value: string, arg: string) => {
    params.set(param, value);
    origin.set(param, arg);
  };
  for (const name of ['wave', 'topic', 'compare', 'benchmark', 'lang'] as const) {
    const value = args.values[name];
    if (value !== undefined) put(name, value, `--${name} ${value}`);
  }
  if (args.flags.has('weighted')) put('weighted', '1', '--weighted');
  for (const filter of args.filters) {
    const arg = `--filter ${filter}`;
    const eq = filter.indexOf('=');
    const [id, code] = eq < 0 ? [filter, ''] : [filter.slice(0, eq), filter.slice(eq + 1)];
    const dim = dims.find((d) => d.id === id);
    if (eq < 0 || !code)
      problems.push(`${arg}: expected DIMENSION=CODE, e.g. --filter specialty=radiologie`);
    else if (!dim)
      problems.push(`${arg}: unknown dimension "${id}"; ${oneOf(dims.map((d) => d.id))}`);
    else if (origin.has(id))
      problems.push(`${arg}: ${id} is filtered twice; give one code per dimension`);
    else put(id, code, arg);
  }
  const { state, notices } = parseState(params.toString(), codebook);
  for (const notice of notices) {
    const arg = origin.get(notice.param) ?? notice.param;
    const what =
      notice.param === 'compare'
        ? 'unknown dimension'
        : dims.some((d) => d.id === notice.param)
          ? `unknown ${notice.param} code "${notice.value}"`
          : `unknown ${notice.param === 'lang' ? 'language' : notice.param}`;
    problems.push(`${arg}: ${what}; expected one of: ${translate('en', notice.expected)}`);
  }
  const format = args.values.format ?? 'json';
  if (!is(FORMATS, format)) problems.push(`--format ${format}: ${oneOf(FORMATS)}`);
  if (problems.length > 0 || !is(FORMATS, format)) throw new UsageError(problems);
  const topics = args.values.topic !== undefined ? [state.topic] : codebook.topics.map((t) => t.id);
  return { state, topics, format };
}

/** A node engine with every wave loaded and checked as the site loads them, weights if asked. */
async function openEngine(
  root: string,
  codebook: Codebook,
  weighted: boolean,
): Promise<{ engine: Engine; population: Population | null }> {
  const engine = await createNodeEngine();
  try {
    const { population } = await openDataSet(engine, dataDirectory(path.join(root, 'data')), {
      codebook,
      weights: weighted ? 'required' : 'none',
    });
    return { engine, population };
  } catch (e) {
    await engine.close();
    throw e;
  }
}

/** The panels of one topic as the topic page shows them: a rating's marks right after its mean. */
async function topicCharts(
  engine: Engine,
  codebook: Codebook,
  topic: string,
  selection: Selection,
  options: PanelOptions,
): Promise<Panel[]> {
  // As the topic page: a question the wave did not ask has no chart.
  const items = codebook.items.filter(
    (i) => i.topic === topic && isAsked(codebook, i, selection.wave),
  );
  const ids = items.map((i) => i.id);
  const source = await viewSource(engine, codebook, ids, selection.weighted ?? false);
  const charts = await Promise.all(
    items.map(async (item) => {
      const panel = await itemPanel(source, codebook, item.id, selection, options);
      if (item.type !== 'rating10') return [panel];
      return [panel, await marksPanel(source, codebook, item.id, selection, options)];
    }),
  );
  return charts.flat();
}

/** Every figure of the requested topics, in the order the site shows them. */
export async function computeRecords(
  engine: Engine,
  codebook: Codebook,
  state: ViewState,
  topics: string[],
): Promise<MetricRecord[]> {
  // With --weighted every wave has trainee counts, or openDataSet has refused the file.
  const selection = selectionOf(state, state.weighted ? codebook.waves.map((w) => w.year) : []);
  const options: PanelOptions = { compare: state.compare, benchmark: state.benchmark };
  const records: MetricRecord[] = [];
  for (const topic of topics) {
    const panels = await topicCharts(engine, codebook, topic, selection, options);
    records.push(...panelRecords(topic, panels, (row) => rowLabel(codebook, row, state)));
  }
  return records;
}

/** Runs the command; returns the exit code (0 done, 1 data or codebook error, 2 usage error). */
export async function main(
  argv: string[],
  io: Io = process,
  root = process.cwd(),
): Promise<number> {
  try {
    const args = tokenise(argv);
    if (args.flags.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    const codebook = await readCodebook(dataDirectory(path.join(root, 'data')));
    const { state, topics, format } = resolve(args, codebook);
    if (state.weighted && !existsSync(path.join(root, POPULATION_FILE)))
      throw new UsageError([
        `--weighted: there is no ${POPULATION_FILE} with trainee numbers to weight by`,
      ]);
    const wave = codebook.waves.find((w) => w.year === state.wave)!;
    const { engine, population } = await openEngine(root, codebook, state.weighted);
    let records: MetricRecord[];
    try {
      // The site shows such a wave unweighted with a notice; asked for weights here, say so.
      if (state.weighted && !weightedWaves(population).includes(state.wave))
        throw new UsageError([
          `--weighted: ${POPULATION_FILE} has no trainee numbers for wave ${state.wave}`,
        ]);
      records = await computeRecords(engine, codebook, state, topics);
    } finally {
      await engine.close();
    }
    const note = wave.synthetic
      ? `${t(state.lang, 'demoNote')} ${wave.note[state.lang]}.`
      : wave.note[state.lang] || null;
    const weightingNote = population?.illustrative ? population.note[state.lang] : null;
    if (format === 'csv') {
      io.stdout.write(recordsToCsv(records));
      for (const line of [note, weightingNote]) if (line) io.stderr.write(`Note: ${line}\n`);
    } else {
      const output = {
        wave: state.wave,
        selection: state.filters,
        selection_label: selectionLabel(codebook, state.filters, state.lang),
        compare: state.compare,
        benchmark: state.benchmark,
        weighted: state.weighted,
        lang: state.lang,
        topics,
        synthetic: wave.synthetic,
        note,
        ...(state.weighted ? { weighting_note: weightingNote } : {}),
        records,
      };
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.problems.join('\n')}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof DataFileError || e instanceof CodebookError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

// Run only as a command, not when a test imports it.
if (invokedAsCommand(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
