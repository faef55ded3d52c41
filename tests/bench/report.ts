import path from 'node:path';
import type { LoadResult } from './measure';
import type { FileSize, Sizes } from './sizes';
import type { UploadResult } from './upload';

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
  /** Key presses (Event Timing) only: the 90th percentile, nearest rank. */
  p90?: number;
  /** Key presses only: interactions without an entry of 16 ms or more (counted as < 16 ms). */
  under?: number;
}

/** The pages loaded cold: the dashboard's default view, links to other views; the plain page. */
export type PageName =
  'default' | 'shared' | 'explore' | 'question' | 'weighted' | 'topics' | 'reference';

/** One page's cold loads at one viewport. */
export interface PageRuns {
  page: PageName;
  /** e.g. "1280x800". */
  viewport: string;
  loads: LoadResult[];
  summary: Record<string, Stat | null>;
}

export interface ScaleResult {
  rows: number;
  buildMs: number;
  /** The default view at the first viewport, with the timed filter changes. */
  dashboard: LoadResult[];
  /** The reference page at the first viewport. */
  reference: LoadResult[];
  /** Every page at every viewport (the two above among them). */
  pages: PageRuns[];
  data: FileSize[];
  summary: Record<string, Stat | null>;
  /** Reference page's first chart ÷ the dashboard's (medians of the same run): > 1 is faster. */
  firstChartRatio: number | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  os: string;
  date: string;
  /**
   * 1-minute load average at the start and the end of the run: on a shared machine the times
   * are only comparable within one run (hence the reference page in the same run).
   */
  load: [number, number];
}

export function stat(values: (number | undefined)[]): Stat | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return null;
  v.sort((a, b) => a - b);
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { median, min: v[0]!, max: v[v.length - 1]!, n: v.length };
}

/** Event Timing's threshold: an interaction with no entry took less than this. */
const EVENT_THRESHOLD_MS = 16;

/**
 * Key presses' interaction durations: median and 90th percentile by nearest rank (values the
 * browser rounded to 8 ms, so no averaging between two of them), those without an entry counted
 * as under the threshold (0 here; shown as "< 16").
 */
function interactions(durations: (number | null)[]): Stat | null {
  if (durations.length === 0) return null;
  const v = durations.map((d) => d ?? 0).sort((a, b) => a - b);
  const rank = (q: number) => v[Math.max(0, Math.ceil(q * v.length) - 1)]!;
  return {
    median: rank(0.5),
    p90: rank(0.9),
    min: v[0]!,
    max: v[v.length - 1]!,
    n: v.length,
    under: durations.filter((d) => d === null).length,
  };
}

/** The per-scale summary: medians with min and max over the runs (or over all changes). */
export function summarise(
  dashboard: LoadResult[],
  reference: LoadResult[],
): Record<string, Stat | null> {
  const ok = dashboard.filter((r) => r.status === 'ok');
  const refOk = reference.filter((r) => r.status === 'ok');
  const changes = ok.flatMap((r) => r.changes);
  const keys = ok.flatMap((r) => r.keys ?? []);
  const early = keys.filter((k) => k.beforeDuckDb);
  const late = keys.filter((k) => !k.beforeDuckDb);
  return {
    firstChart: stat(ok.map((r) => r.firstChartMs)),
    duckdbOpen: stat(ok.map((r) => r.duckdbOpenMs)),
    duckdbReady: stat(ok.map((r) => r.duckdbReadyMs)),
    interactive: stat(ok.map((r) => r.interactiveMs)),
    settled: stat(ok.map((r) => r.settledMs)),
    firstChangeDone: stat(ok.map((r) => r.firstChangeDoneMs)),
    firstChangeDom: stat(ok.map((r) => r.firstChange?.domMs)),
    firstChangeBeforeDuckDb: stat(
      ok.filter((r) => r.firstChangeBeforeDuckDb).map((r) => r.firstChange?.domMs),
    ),
    changeDom: stat(changes.map((c) => c.domMs)),
    changePaint: stat(changes.map((c) => c.paintMs)),
    changeAll: stat(changes.map((c) => c.allMs)),
    keyInteraction: interactions(keys.map((k) => k.durationMs)),
    keyInteractionBeforeDuckDb: interactions(early.map((k) => k.durationMs)),
    keyInteractionAfterDuckDb: interactions(late.map((k) => k.durationMs)),
    keyDom: stat(keys.map((k) => k.domMs)),
    heapAfterLoad: stat(ok.map((r) => r.heapAfterLoad)),
    heapAfterChanges: stat(ok.map((r) => r.heapAfterChanges)),
    rendererRssAfterLoad: stat(ok.map((r) => r.rendererRssAfterLoad)),
    rendererRssAfterChanges: stat(ok.map((r) => r.rendererRssAfterChanges)),
    transferTotal: stat(ok.map((r) => r.transfer?.total)),
    transferJs: stat(ok.map((r) => r.transfer?.js)),
    transferWasm: stat(ok.map((r) => r.transfer?.wasm)),
    transferData: stat(ok.map((r) => r.transfer?.data)),
    referenceFirstChart: stat(refOk.map((r) => r.firstChartMs)),
    referenceDuckdbReady: stat(refOk.map((r) => r.duckdbReadyMs)),
    referenceHeap: stat(refOk.map((r) => r.heapAfterLoad)),
    referenceRss: stat(refOk.map((r) => r.rendererRssAfterLoad)),
    referenceTransfer: stat(refOk.map((r) => r.transfer?.total)),
  };
}

const ms = (s: Stat | null | undefined) =>
  s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '—';
const mb = (s: Stat | null | undefined) =>
  s
    ? `${(s.median / 2 ** 20).toFixed(1)} (${(s.min / 2 ** 20).toFixed(1)}–${(s.max / 2 ** 20).toFixed(1)})`
    : '—';
const mbMedian = (s: Stat | null | undefined) => (s ? (s.median / 2 ** 20).toFixed(2) : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** A key press's interaction: "median / p90 ms (max), n (k under 16 ms)". */
const inp = (s: Stat | null | undefined) => {
  if (!s) return '—';
  const v = (x: number) =>
    x < EVENT_THRESHOLD_MS ? `< ${EVENT_THRESHOLD_MS}` : `${Math.round(x)}`;
  return (
    `${v(s.median)} / ${v(s.p90 ?? NaN)} (max ${v(s.max)}), n=${s.n}` +
    (s.under ? ` (${s.under} < ${EVENT_THRESHOLD_MS})` : '')
  );
};

function runsCell(results: { status: LoadResult['status'] }[]): string {
  const count = (status: LoadResult['status']) => results.filter((r) => r.status === status).length;
  const bad = [
    count('timeout') ? `${count('timeout')} timeout` : '',
    count('error') ? `${count('error')} error` : '',
  ].filter(Boolean);
  return `${count('ok')} ok${bad.length ? `, ${bad.join(', ')}` : ''}`;
}

export function markdown(
  machine: Machine,
  scales: ScaleResult[],
  sizes: Sizes | null,
  options: { runs: number; throttle: string; built: string },
  upload: UploadResult | null = null,
): string {
  const header = `| | ${scales.map((s) => `${s.rows.toLocaleString('en')} rows`).join(' | ')} |`;
  const rule = `|---|${scales.map(() => '---:').join('|')}|`;
  const row = (label: string, cell: (s: ScaleResult) => string) =>
    `| ${label} | ${scales.map(cell).join(' | ')} |`;
  const changesN = (s: ScaleResult) => s.summary.changeDom?.n ?? 0;
  const wave = (s: ScaleResult) => s.data.find((d) => /2024[^/]*\.csv$/.test(d.file));
  const lines = [
    `${machine.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; ` +
      `built from the ${options.built}; ${options.runs} cold loads per size; network ` +
      `${options.throttle}; load average ${machine.load[0].toFixed(1)} at the start, ` +
      `${machine.load[1].toFixed(1)} at the end. ` +
      `Times in ms since navigation start, median (min–max) over the loads; ` +
      `filter changes over all timed changes.`,
    '',
    header,
    rule,
    row('Dashboard cold loads', (s) => runsCell(s.dashboard)),
    row('**Time to first chart**', (s) => ms(s.summary.firstChart)),
    row('DuckDB open (wasm instantiated)', (s) => ms(s.summary.duckdbOpen)),
    row('**Time to DuckDB ready** (data loaded)', (s) => ms(s.summary.duckdbReady)),
    row('**Time to interactive** (filters enabled)', (s) => ms(s.summary.interactive)),
    row('Default view complete (all charts)', (s) => ms(s.summary.settled)),
    row('First filter change → redrawn', (s) => ms(s.summary.firstChangeDom)),
    row(
      '**Filter change → all visible charts redrawn**',
      (s) => `${ms(s.summary.changeDom)}, n=${changesN(s)}`,
    ),
    row('Filter change → next frame painted', (s) => ms(s.summary.changePaint)),
    row('Filter change → every chart redrawn, below the fold too (drawn when idle)', (s) =>
      ms(s.summary.changeAll),
    ),
    row(
      '**Key press on a filter → next paint** (Event Timing, INP; median / p90; budget 50 / 100)',
      (s) => inp(s.summary.keyInteraction),
    ),
    row('Key press → next paint, before DuckDB ready', (s) =>
      inp(s.summary.keyInteractionBeforeDuckDb),
    ),
    row('Key press → next paint, DuckDB ready', (s) => inp(s.summary.keyInteractionAfterDuckDb)),
    row('Key press → all visible charts redrawn', (s) => ms(s.summary.keyDom)),
    row('JS heap, main thread, after load (MB)', (s) => mb(s.summary.heapAfterLoad)),
    row('JS heap, main thread, after the changes (MB)', (s) => mb(s.summary.heapAfterChanges)),
    row('Renderer memory (RSS, incl. DuckDB worker + wasm) after the changes (MB)', (s) =>
      mb(s.summary.rendererRssAfterChanges),
    ),
    row(
      'Transferred per cold load, MB: total (JS / wasm / data)',
      (s) =>
        `${mbMedian(s.summary.transferTotal)} (${mbMedian(s.summary.transferJs)} / ` +
        `${mbMedian(s.summary.transferWasm)} / ${mbMedian(s.summary.transferData)})`,
    ),
    row('2024 wave CSV: raw / brotli', (s) => {
      const csv = wave(s);
      return csv ? `${mib(csv.raw)} / ${mib(csv.brotli ?? csv.gzip)}` : '—';
    }),
    row('Survey file (both waves, what DuckDB attaches): raw / brotli', (s) => {
      const file = s.data.find((d) => /survey[^/]*\.duckdb$/.test(d.file));
      return file ? `${mib(file.raw)} / ${mib(file.brotli ?? file.gzip)}` : '—';
    }),
    row('Reference page cold loads', (s) => runsCell(s.reference)),
    row('Reference page: time to first chart', (s) => ms(s.summary.referenceFirstChart)),
    row('Reference page: DuckDB ready (CSV loaded)', (s) => ms(s.summary.referenceDuckdbReady)),
    row('Reference page: renderer memory after load (MB)', (s) => mb(s.summary.referenceRss)),
    row('**First chart: reference ÷ dashboard** (> 1: dashboard faster)', (s) =>
      s.firstChartRatio === null ? '—' : `${s.firstChartRatio.toFixed(2)}×`,
    ),
    row('Site build (s)', (s) => (s.buildMs / 1000).toFixed(1)),
  ];
  for (const scale of scales) if (scale.pages.length > 0) lines.push('', ...pageRows(scale));
  if (upload) lines.push('', ...uploadRows(upload));
  if (sizes) {
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    const worker = sizes.duckdbWorkerJs.find((f) => /-eh/.test(f.file));
    const br = (f: { brotli?: number }) => (f.brotli === undefined ? '—' : kb(f.brotli));
    lines.push(
      '',
      '| Built file | raw | gzip | brotli | .br/.gz beside it |',
      '|---|---:|---:|---:|---|',
      `| **App JS** (${files(sizes.appJs.files.length)}, without DuckDB's worker and wasm) | ` +
        `${kb(sizes.appJs.raw)} | **${kb(sizes.appJs.gzip)}** | ${kb(sizes.appJs.brotli)} | ` +
        `${beside(sizes.appJs.files)} |`,
      ...appJsRows(sizes, scales),
      `| CSS (${files(sizes.css.files.length)}) | ${kb(sizes.css.raw)} | ${kb(sizes.css.gzip)} | ` +
        `${kb(sizes.css.brotli)} | ${beside(sizes.css.files)} |`,
    );
    if (worker)
      lines.push(
        `| DuckDB worker JS (eh) | ${kb(worker.raw)} | ${kb(worker.gzip)} | ${br(worker)} | ` +
          `${beside([worker])} |`,
      );
    for (const w of sizes.wasm)
      lines.push(
        `| ${w.file.replace(/^assets\//, '')} | ${mib(w.raw)} | ${mib(w.gzip)} | ` +
          `${w.brotli === undefined ? '—' : mib(w.brotli)} | ${beside([w])} |`,
      );
  }
  return lines.join('\n');
}

const PAGE_LABELS: Record<Exclude<PageName, 'reference'>, { name: string; first: string }> = {
  default: { name: 'Default view', first: 'first chart' },
  shared: {
    name: 'Shared link `?topic=burnout&specialty=radiologie&compare=hospital_type`',
    first: 'first chart',
  },
  explore: { name: 'Explorer `?view=explore&q=burnout&by=specialty`', first: 'first table' },
  // A split by a question is not in the shipped results: the one page here that needs DuckDB.
  question: {
    name: 'Explorer split by a question `?view=explore&q=burnout&by=workload`',
    first: 'first table',
  },
  weighted: { name: 'Weighted link `?topic=burnout&weighted=1`', first: 'first chart' },
  topics: {
    name: 'Shared link on each topic `?topic=…&specialty=radiologie&compare=hospital_type`',
    first: 'first chart',
  },
};

/**
 * Every page at every viewport: first chart, the first filter change made before DuckDB was
 * ready (with how many of the loads made it before), DuckDB ready; the reference page loaded
 * between them; and the ratios of the medians, reference ÷ page (> 1: the page is faster).
 */
function pageRows(scale: ScaleResult): string[] {
  const viewports = [...new Set(scale.pages.map((p) => p.viewport))];
  const of = (page: PageName, viewport: string) =>
    scale.pages.find((p) => p.page === page && p.viewport === viewport);
  const row = (label: string, cell: (viewport: string) => string) =>
    `| ${label} | ${viewports.map(cell).join(' | ')} |`;
  const ratio = (a: Stat | null | undefined, b: Stat | null | undefined) =>
    a && b ? `${(a.median / b.median).toFixed(2)}×` : '—';
  const pages = (
    ['default', 'shared', 'topics', 'explore', 'question', 'weighted'] as const
  ).filter((p) => scale.pages.some((r) => r.page === p));
  const lines = [
    `| ${scale.rows.toLocaleString('en')} rows, ms since navigation start | ` +
      `${viewports.map((v) => v.replace('x', '×')).join(' | ')} |`,
    `|---|${viewports.map(() => '---:').join('|')}|`,
  ];
  for (const page of pages) {
    const { name, first } = PAGE_LABELS[page];
    lines.push(
      row(`**${name}: ${first}**`, (v) => ms(of(page, v)?.summary.firstChart)),
      row(`${name}: first filter change before DuckDB → redrawn (such loads)`, (v) => {
        const runs = of(page, v);
        const early = runs?.summary.firstChangeBeforeDuckDb;
        const ok = runs?.loads.filter((r) => r.status === 'ok').length ?? 0;
        return `${ms(early)} (${early?.n ?? 0} of ${ok})`;
      }),
      row(`${name}: DuckDB ready`, (v) => ms(of(page, v)?.summary.duckdbReady)),
    );
  }
  lines.push(
    row('Reference page (the CSV into duckdb-wasm, one Plot chart): first chart', (v) =>
      ms(of('reference', v)?.summary.firstChart),
    ),
    row('Reference page: DuckDB ready', (v) => ms(of('reference', v)?.summary.duckdbReady)),
  );
  for (const page of pages)
    lines.push(
      row(
        `**First chart: reference ÷ ${PAGE_LABELS[page].name.split(' `')[0]!.toLowerCase()}**`,
        (v) => ratio(of('reference', v)?.summary.firstChart, of(page, v)?.summary.firstChart),
      ),
    );
  for (const page of pages)
    lines.push(
      row(
        `DuckDB ready: ${PAGE_LABELS[page].name.split(' `')[0]!.toLowerCase()} ÷ reference`,
        (v) => ratio(of(page, v)?.summary.duckdbReady, of('reference', v)?.summary.duckdbReady),
      ),
    );
  return lines;
}

/** The upload of a raw file: its release in the worker (budget 2 s at 2,000 rows) and after. */
function uploadRows(upload: UploadResult): string[] {
  const rows = upload.rows.toLocaleString('en');
  return [
    `| Own data: upload of ${rows} raw rows (released in the upload worker) | ms |`,
    '|---|---:|',
    `| Uploads | ${runsCell(upload.runs)} |`,
    `| **Release of ${rows} rows in the browser** (worker; budget 2,000 ms) | ` +
      `**${ms(upload.summary.release)}** |`,
    `| File chosen → released rows on the page (reading, checking, release) | ` +
      `${ms(upload.summary.chosenToReleased)} |`,
    `| File chosen → loaded into DuckDB, own-data banner shown | ` +
      `${ms(upload.summary.chosenToLoaded)} |`,
  ];
}

/** Whether compressed copies stand beside the files; the build skips those under 1 KB. */
function beside(files: FileSize[]): string {
  const big = files.filter((f) => f.raw >= 1024);
  if (!big.every((f) => f.precompressed)) return 'no';
  return big.length === files.length ? 'yes' : 'yes (files of 1 KB and more)';
}

/**
 * The app's chunks one by one, and those the first size's cold loads fetched (the budget is for
 * what a visitor loads; the explorer, upload and PPTX chunks load only when used).
 */
function appJsRows(sizes: Sizes, scales: ScaleResult[]): string[] {
  const fetched = new Set(
    scales
      .flatMap((s) => s.dashboard)
      .flatMap((r) => r.transfer?.jsFiles ?? [])
      .map((p) => path.basename(p)),
  );
  const isCold = (f: FileSize) => fetched.has(path.basename(f.file));
  const chunks = [...sizes.appJs.files].sort((a, b) => b.gzip - a.gzip);
  const cold = chunks.filter(isCold);
  const sum = (fs: FileSize[], k: 'raw' | 'gzip') => fs.reduce((n, f) => n + f[k], 0);
  const first = sizes.firstViewJs;
  return [
    `| **First view's JS**: index.html's script and its static imports (${first.files.length} ` +
      `files; budget 150 KB gzip) | ${kb(first.raw)} | **${kb(first.gzip)}** | ` +
      `${kb(first.brotli)} | |`,
    `| App JS fetched by a cold load of the default view, until it is drawn ` +
      `(${cold.length} files) | ${kb(sum(cold, 'raw'))} | ${kb(sum(cold, 'gzip'))} | — | |`,
    ...chunks.map(
      (f) =>
        `| &nbsp;&nbsp;${path.basename(f.file)}${isCold(f) ? '' : ' (when used)'} | ` +
        `${kb(f.raw)} | ${kb(f.gzip)} | ${f.brotli === undefined ? '—' : kb(f.brotli)} | |`,
    ),
  ];
}
