// Injected into every benchmarked page before its own scripts (page.addInitScript). Plain
// JavaScript, so that no bundler helper leaks into the page. Records, in performance.now()
// milliseconds since navigation start:
//   firstChart        first `[data-testid^="chart-"] svg` in the DOM (firstChartPaint: next frame)
//   loadingGone       the loading panel seen and gone again (or never shown once a chart is up)
//   duckdbOpen        performance.mark('djs:duckdb-open'): DuckDB's wasm instantiated, database open
//   duckdbReady       performance.mark('djs:duckdb-ready'): the data loaded into DuckDB, queries
//                     possible (src/app/boot.ts); loadingGone for a build without the mark
//   interactive       `select[name="specialty"]` present and enabled: a filter change is possible
//   error             the text of the page's error panel (load or query error), if shown
//   settled           first moment the topic section says data-busy="false" with a chart drawn
// and, for every filter change (a select's input event), the time until the section is not busy
// and every chart on screen is redrawn (dom: section not busy, every chart frame with an svg, no
// chart host in the viewport still marked data-stale; paint: the next frame), and until every
// chart of the page is redrawn, those further down included (all: no data-stale host anywhere;
// the app draws charts off screen when the browser is idle, src/app/charts/draw-queue.ts).
(() => {
  const marks = {};
  const changes = [];
  let loadingSeen = false;
  let pending = null;
  const now = () => performance.now();
  const $ = (s) => document.querySelector(s);

  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  // A view is complete when the topic section is not busy, every chart frame has its svg (or the
  // page says the selection has too few answers for any) and no chart still shows older
  // figures: on screen only, or anywhere on the page (`everywhere`).
  const complete = (everywhere) => {
    const section = $('section[data-busy]');
    if (section && section.getAttribute('data-busy') !== 'false') return false;
    const frames = document.querySelectorAll('[data-testid^="chart-"]');
    // A selection with too few answers for any chart says so instead (topics/EmptyState.svelte).
    if (frames.length === 0) return $('[data-testid="empty-state"]') !== null;
    for (const f of frames) if (!f.querySelector('svg')) return false;
    for (const stale of document.querySelectorAll('[data-stale]'))
      if (everywhere || onScreen(stale)) return false;
    return true;
  };

  const check = () => {
    const t = now();
    if (marks.firstChart === undefined && $('[data-testid^="chart-"] svg')) {
      marks.firstChart = t;
      requestAnimationFrame(() => (marks.firstChartPaint = now()));
    }
    const failure = $('[data-testid="load-error"], section p.error[role="alert"]');
    if (failure && marks.error === undefined)
      marks.error = failure.textContent.trim().slice(0, 500);
    if ($('[data-testid="loading"]')) loadingSeen = true;
    else if (marks.loadingGone === undefined && (loadingSeen || marks.firstChart !== undefined))
      marks.loadingGone = t;
    const open = performance.getEntriesByName('djs:duckdb-open')[0];
    if (open && marks.duckdbOpen === undefined) marks.duckdbOpen = open.startTime;
    const ready = performance.getEntriesByName('djs:duckdb-ready')[0];
    if (ready && marks.duckdbMark === undefined) marks.duckdbMark = ready.startTime;
    const select = $('select[name="specialty"]');
    if (marks.interactive === undefined && select && !select.disabled) marks.interactive = t;
    if (marks.settled === undefined && marks.firstChart !== undefined && complete(true))
      marks.settled = t;
    if (pending && pending.armed && pending.all === undefined && complete(true)) pending.all = t;
    if (pending && pending.armed && pending.dom === undefined && complete(false)) {
      pending.dom = t;
      const done = pending;
      requestAnimationFrame(() => (done.paint = now()));
    }
  };

  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver(check).observe({ type: 'mark' });

  addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLSelectElement)) return;
      const change = { name: e.target.name, value: e.target.value, start: now(), armed: false };
      changes.push(change);
      pending = change;
      // Only judge completeness once the app has handled the change (its handlers and their
      // microtasks run before this task): before that the old figures still look complete.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        change.armed = true;
        check();
      };
      channel.port2.postMessage(null);
    },
    true,
  );

  window.__bench = { marks, changes, complete, check };
})();
