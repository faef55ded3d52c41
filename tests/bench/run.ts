/**
 * Browser benchmark of the DJS enquête dashboard (issue 7): `npm run bench`.
 *
 * For every data size it builds the site with Vite's build API (from a temporary copy of the
 * repository whose data/waves/2024.csv is resampled up to the size), serves it on 127.0.0.1 with
 * the e2e static server (pre-compressed .br/.gz copies, as a static host would), and drives
 * Debian's headless Chromium over cold loads (a fresh browser context each, HTTP cache disabled).
 * Each load measures, with marks recorded in the page (tests/bench/probe.js, and the app's
 * performance marks djs:duckdb-open / djs:duckdb-ready): time to first chart, to DuckDB ready, to
 * interactive, to the default view complete; then filter changes (specialty and hospital type in
 * turn), each timed from the select's input event to every chart on screen redrawn (section
 * data-busy="false", every chart frame with its svg, no chart host in the viewport marked
 * data-stale), to the next frame, and to every chart of the page redrawn (the app draws charts
 * below the fold when the browser is idle: src/app/charts/draw-queue.ts). The first filter
 * change after load is reported on its own; the others make the "filter change" statistics.
 * Real key presses on the specialty select (--keys) are timed by the browser's Event Timing:
 * each interaction's duration until the next paint (INP), median and 90th percentile.
 * Interleaved with these loads, a plain reference page (tests/bench/reference-page: the same CSV
 * into duckdb-wasm, one Plot chart, no precomputation) is loaded the same way, so that the
 * dashboard's first chart can be stated as a ratio to it, measured in the same run. Transfer
 * sizes come from the built files and their compressed copies, and from what the server sent.
 * Then, on the first size's site, a raw (unreleased) 2,000-row export made by the demo generator
 * is uploaded through the upload panel a few times: the release in the upload worker is timed
 * (src/lib/upload/release.ts, reported by the panel's performance mark djs:upload-release), and
 * so are the released rows reaching the page and their load into DuckDB (tests/bench/upload.ts).
 * Prints a Markdown table; writes JSON to tests/bench/results/.
 *
 * Options:
 *   --rows 2000,100000,1000000  data sizes of the 2024 wave (default all three: about 10 minutes
 *                               on 2 cores, half of it for the million rows). 2000 = the demo
 *                               file as shipped (2,027 rows); the others resample its rows
 *                               (scale-csv.ts). The 2022 wave stays as shipped.
 *   --runs N                    cold loads per size, page and viewport (default 5)
 *   --views LIST                the dashboard's pages to load cold (default default,shared,explore):
 *                               default (the default view), shared (a shared link with a filter
 *                               and a compare-by: ?topic=burnout&specialty=radiologie&
 *                               compare=hospital_type), explore (?view=explore&q=burnout&
 *                               by=specialty), question (?view=explore&q=burnout&by=workload: a
 *                               split by a question is not shipped, so its table waits for
 *                               DuckDB), weighted (?topic=burnout&weighted=1),
 *                               topics (the shared link's filter and compare-by on another
 *                               topic each run, in the codebook's order: --runs 10 loads every
 *                               topic once). Each times its first chart (the explorer's: its
 *                               table), its first filter change, made as soon as the page takes
 *                               one (before DuckDB is ready, as a rule: the table says how many
 *                               were), and DuckDB ready. The timed filter changes are made on
 *                               the default view at the first viewport.
 *   --viewports LIST            window sizes, each loaded the same way (default
 *                               1280x800,1920x1080); the reference page is loaded at each
 *   --changes N                 timed filter changes per size, spread over the runs (default 20)
 *   --keys N                    real key presses on a filter per size, spread over the runs
 *                               (default 24; 0 to skip): the specialty select focused and
 *                               ArrowDown pressed (Playwright's keyboard), half of them right
 *                               after the first filter change, half once DuckDB is ready; each
 *                               interaction's duration from Event Timing (INP's definition:
 *                               input delay, processing, presentation until the next paint)
 *   --throttle [RATE,LATENCY]   a slow line, 10mbit,40ms when given bare: a throttling TCP
 *                               proxy in front of the server (throttle-proxy.ts), because CDP's
 *                               Network.emulateNetworkConditions on the page does not reach
 *                               DuckDB's worker, which fetches the wasm
 *   --timeout S                 seconds allowed per load, filter changes included (default 300);
 *                               a size whose load times out records "timeout" and skips its
 *                               remaining runs
 *   --git REV                   build a git revision (e.g. HEAD) instead of the working tree
 *   --no-reference              skip the reference page
 *   --uploads N                 uploads of a raw 2,000-row file ("Eigen data laden"), each in a
 *                               fresh context on the first size's site, timing its release in
 *                               the upload worker (budget 2 s; default 5, 0 to skip)
 *   --out FILE                  JSON output (default tests/bench/results/<date>.json)
 *   --keep                      keep the temporary build directories (printed)
 * Chromium runs with Playwright's own --disable-features list plus the features of
 * tests/bench/chromium.ts (an omnibox popup renderer started with every window, about 1 s of CPU
 * per cold load on this machine), as one switch: a second would replace Playwright's.
 * Quick run: npm run bench -- --rows 2000 --runs 2 --changes 4 --uploads 2
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchForBench } from './chromium';
import { buildSite, countRows, countRowsOf, REPO, SCALED_WAVE } from './build-site';
import type { LoadResult } from './measure';
import { coldLoad } from './measure';
import { buildReferencePage } from './reference-page/build';
import type { Machine, PageName, PageRuns, ScaleResult } from './report';
import { markdown, summarise } from './report';
import type { Served } from './serve';
import { serve } from './serve';
import type { Sizes } from './sizes';
import { dataSizes, siteSizes } from './sizes';
import type { Throttle } from './throttle-proxy';
import type { UploadResult, UploadRun } from './upload';
import { summariseUpload, timeUpload, writeRawUpload } from './upload';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '2000,100000,1000000' },
    runs: { type: 'string', default: '5' },
    views: { type: 'string', default: 'default,shared,explore' },
    viewports: { type: 'string', default: '1280x800,1920x1080' },
    changes: { type: 'string', default: '20' },
    keys: { type: 'string', default: '24' },
    throttle: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    git: { type: 'string' },
    'no-reference': { type: 'boolean', default: false },
    uploads: { type: 'string', default: '5' },
    out: {
      type: 'string',
      default: path.join(
        import.meta.dirname,
        `results/${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.json`,
      ),
    },
    keep: { type: 'boolean', default: false },
  },
  // `--throttle` alone means the default profile: let a bare flag through as an empty value.
  args: process.argv
    .slice(2)
    .flatMap((a, i, all) =>
      a === '--throttle' && (all[i + 1] === undefined || all[i + 1]!.startsWith('--'))
        ? ['--throttle', '10mbit,40ms']
        : [a],
    ),
});

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name}: expected a positive integer, got ${text}`);
  return n;
}

function parseThrottle(spec: string): Throttle {
  const m = /^(\d+(?:\.\d+)?)\s*(k|m)bit(?:\/s)?\s*,\s*(\d+)\s*ms$/i.exec(spec.trim());
  if (!m) throw new Error(`--throttle: expected e.g. 10mbit,40ms, got ${spec}`);
  const unit = m[2]!.toLowerCase() === 'm' ? 1e6 : 1e3;
  return { bitsPerSecond: Number(m[1]) * unit, latencyMs: Number(m[3]) };
}

const sizesWanted = values.rows.split(',').map((r) => positive('rows', r.replaceAll('_', '')));
/** The topics of the shipped codebook, in its order (the `topics` page goes through them). */
const TOPICS = (
  JSON.parse(readFileSync(path.join(REPO, 'data', 'codebook.json'), 'utf8')) as {
    topics: { id: string }[];
  }
).topics.map((t) => t.id);
/** The dashboard's pages, by name: the query each adds to the site's URL in a run. */
const PAGES: Record<Exclude<PageName, 'reference'>, (run: number) => string> = {
  default: () => '',
  shared: () => '?topic=burnout&specialty=radiologie&compare=hospital_type',
  explore: () => '?view=explore&q=burnout&by=specialty',
  question: () => '?view=explore&q=burnout&by=workload',
  weighted: () => '?topic=burnout&weighted=1',
  topics: (run) =>
    `?topic=${TOPICS[run % TOPICS.length]}&specialty=radiologie&compare=hospital_type`,
};
const views = values.views.split(',').map((v) => {
  if (!(v in PAGES)) throw new Error(`--views: expected some of ${Object.keys(PAGES).join(', ')}`);
  return v as keyof typeof PAGES;
});
const viewports = values.viewports.split(',').map((v) => {
  const m = /^(\d+)x(\d+)$/.exec(v.trim());
  if (!m) throw new Error(`--viewports: expected e.g. 1280x800, got ${v}`);
  return { width: Number(m[1]), height: Number(m[2]) };
});
const runs = positive('runs', values.runs);
const changesTotal = positive('changes', values.changes);
const changesPerRun = Math.ceil(changesTotal / runs);
const keysPerRun = values.keys === '0' ? 0 : Math.ceil(positive('keys', values.keys) / runs);
const uploads = values.uploads === '0' ? 0 : positive('uploads', values.uploads);
/** Rows of the raw file uploaded as own data. */
const UPLOAD_ROWS = 2000;
const timeoutMs = positive('timeout', values.timeout) * 1000;
const throttle = values.throttle ? parseThrottle(values.throttle) : null;
const throttleLabel = throttle
  ? `throttled to ${throttle.bitsPerSecond / 1e6} Mbit/s, ${throttle.latencyMs} ms RTT (proxy)`
  : 'unthrottled (127.0.0.1)';
/** The commit to build, resolved once: others may commit while the benchmark runs. */
const revision = values.git
  ? execFileSync('git', ['rev-parse', '--short', `${values.git}^{commit}`], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim()
  : null;
/** The shipped 2024 wave's size, in the tree that is built. */
const shippedRows = revision
  ? countRowsOf(
      execFileSync('git', ['show', `${revision}:${SCALED_WAVE}`], {
        cwd: REPO,
        encoding: 'utf8',
        maxBuffer: 2 ** 30,
      }),
    )
  : countRows(path.join(REPO, SCALED_WAVE));
/** "2000" names the demo data as shipped. */
const DEMO = 2000;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The 2024 wave as the build emitted it (hashed name, compressed copies beside it). */
function builtWave(dist: string): string {
  const assets = path.join(dist, 'assets');
  const name = readdirSync(assets).find((f) => /^2024-[\w-]+\.csv$/.test(f));
  if (!name) throw new Error(`No 2024 wave CSV in ${assets}`);
  return path.join(assets, name);
}

/**
 * A shared link's or the explorer's first filter change: a hospital type, which neither link
 * sets, in turn over the runs.
 */
const HOSPITAL_TYPES = ['umc', 'stz', 'algemeen'];
function firstChangeOf(run: number): { select: string; value: string } {
  return { select: 'hospital_type', value: HOSPITAL_TYPES[run % HOSPITAL_TYPES.length]! };
}

function describe(r: LoadResult): string {
  if (r.status !== 'ok') return `${r.status}: ${r.error ?? ''}`;
  const round = (x: number | undefined) => (x === undefined ? '—' : Math.round(x));
  const dom = r.changes.map((c) => c.domMs).sort((a, b) => a - b);
  return (
    `first chart ${round(r.firstChartMs)} ms, duckdb ${round(r.duckdbReadyMs)} ms, ` +
    `interactive ${round(r.interactiveMs)} ms, first change ${round(r.firstChange?.domMs)} ms` +
    (r.firstChangeBeforeDuckDb === false ? ' (after DuckDB)' : '') +
    (dom.length ? `, changes median ${round(dom[dom.length >> 1])} ms` : '') +
    (r.keys?.length
      ? `, key presses ${r.keys.map((k) => (k.durationMs === null ? '<16' : k.durationMs)).join(' ')} ms`
      : '')
  );
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'djs-bench-'));
  log(`working in ${workDir}`);
  const started = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  const scales: ScaleResult[] = [];
  let sizes: Sizes | null = null;
  let upload: UploadResult | null = null;
  let chromium = '';
  try {
    const referenceDist = path.join(workDir, 'reference');
    if (!values['no-reference']) {
      log('building the reference page');
      await buildReferencePage(referenceDist);
    }
    for (const wanted of sizesWanted) {
      const rows = wanted === DEMO ? shippedRows : wanted;
      log(`building the site with ${rows} rows in the 2024 wave`);
      const site = await buildSite(workDir, rows, revision);
      const served = await serve(site.dist, '/djs/dashboard/', throttle);
      let reference: Served | null = null;
      if (!values['no-reference']) {
        // The reference page gets the very file the dashboard loads, with its compressed copies.
        const built = builtWave(site.dist);
        for (const suffix of ['', '.br', '.gz']) {
          const link = path.join(referenceDist, `wave.csv${suffix}`);
          rmSync(link, { force: true });
          if (existsSync(built + suffix)) symlinkSync(built + suffix, link);
        }
        reference = await serve(referenceDist, '/reference/', throttle);
      }
      const { browser, disabled } = await launchForBench();
      log(`Chromium with ${disabled}`);
      const browserCdp = await browser.newBrowserCDPSession();
      chromium = browser.version();
      const result: ScaleResult = {
        rows,
        buildMs: site.buildMs,
        dashboard: [],
        reference: [],
        pages: [],
        data: dataSizes(site.dist),
        summary: {},
        firstChartRatio: null,
      };
      const runsOf = (page: PageName, size: { width: number; height: number }) => {
        const viewport = `${size.width}x${size.height}`;
        let found = result.pages.find((p) => p.page === page && p.viewport === viewport);
        if (!found) result.pages.push((found = { page, viewport, loads: [], summary: {} }));
        return found;
      };
      try {
        const down = new Set<PageRuns>();
        for (let run = 0; run < runs; run++) {
          // Interleaved, so that drift in the machine's load affects every page alike.
          for (const [v, viewport] of viewports.entries()) {
            const size = `${viewport.width}×${viewport.height}`;
            for (const view of views) {
              const runsHere = runsOf(view, viewport);
              if (down.has(runsHere)) continue;
              // The timed changes: on the default view at the first viewport.
              const timed = view === 'default' && v === 0;
              const r = await coldLoad(
                browser,
                browserCdp,
                {
                  url: `${served.url}${PAGES[view](run)}`,
                  timeoutMs,
                  changes: timed ? changesPerRun : 0,
                  keys: timed ? keysPerRun : 0,
                  kind: 'dashboard',
                  sent: served.sent,
                  viewport,
                  ...(view === 'default' ? {} : { firstChange: firstChangeOf(run) }),
                },
                run,
              );
              runsHere.loads.push(r);
              if (timed) result.dashboard.push(r);
              log(`${rows} rows, ${view} at ${size}, run ${run + 1}: ${describe(r)}`);
              if (r.status !== 'ok') down.add(runsHere);
            }
            const runsHere = runsOf('reference', viewport);
            if (reference && !down.has(runsHere)) {
              const r = await coldLoad(
                browser,
                browserCdp,
                {
                  url: reference.url,
                  timeoutMs,
                  changes: 0,
                  kind: 'reference',
                  sent: reference.sent,
                  viewport,
                },
                run,
              );
              runsHere.loads.push(r);
              if (v === 0) result.reference.push(r);
              log(`${rows} rows, reference at ${size}, run ${run + 1}: ${describe(r)}`);
              if (r.status !== 'ok') down.add(runsHere);
            }
          }
        }
        // Own data: once, on the first site (the upload does not depend on the site's data).
        if (uploads > 0 && upload === null) {
          const file = writeRawUpload(
            workDir,
            path.join(site.dir, 'data', 'codebook.json'),
            UPLOAD_ROWS,
          );
          const runsDone: UploadRun[] = [];
          for (let run = 0; run < uploads; run++) {
            const r = await timeUpload(browser, served.url, file, timeoutMs);
            runsDone.push(r);
            log(
              `upload of ${UPLOAD_ROWS} raw rows, run ${run + 1}: ` +
                (r.status === 'ok'
                  ? `release ${Math.round(r.releaseMs ?? NaN)} ms in the worker, released on ` +
                    `the page after ${Math.round(r.chosenToReleasedMs ?? NaN)} ms, loaded after ` +
                    `${Math.round(r.chosenToLoadedMs ?? NaN)} ms`
                  : `${r.status}: ${r.error ?? ''}`),
            );
            if (r.status !== 'ok') break;
          }
          upload = summariseUpload(UPLOAD_ROWS, runsDone);
        }
      } finally {
        await browser.close();
        await served.close();
        if (reference) await reference.close();
      }
      result.summary = summarise(result.dashboard, result.reference);
      for (const p of result.pages) p.summary = summarise(p.loads, []);
      const [d, r] = [result.summary.firstChart, result.summary.referenceFirstChart];
      result.firstChartRatio = d && r ? r.median / d.median : null;
      // The app's JavaScript and wasm do not depend on the data: size them once.
      sizes ??= siteSizes(site.dist);
      scales.push(result);
      // A million-row build is a few hundred MB: free it before the next size.
      if (!values.keep) rmSync(site.dir, { recursive: true, force: true });
    }
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }

  const cpus = os.cpus();
  const machine: Machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    load: [loadAtStart, os.loadavg()[0]!],
  };
  const built = revision ? `commit ${revision}` : 'working tree';
  const table = markdown(machine, scales, sizes, { runs, throttle: throttleLabel, built }, upload);
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(
    values.out,
    `${JSON.stringify(
      {
        machine,
        options: {
          rows: sizesWanted,
          runs,
          views,
          viewports,
          changesPerRun,
          keysPerRun,
          timeoutMs,
          throttle,
          built,
          uploads,
        },
        totalSeconds: (Date.now() - started) / 1000,
        scales,
        upload,
        sizes,
        table,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`${table}\n`);
  log(
    `wrote ${path.relative(process.cwd(), values.out)} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
