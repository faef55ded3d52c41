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
// For key presses (real keyboard input sent by the benchmark), it keeps every keydown on a
// select (its event timeStamp) and the Event Timing entries of the page: PerformanceObserver
// {type: 'event', durationThreshold: 16} and 'first-input' (the first interaction, reported
// whatever its duration), from which measure.ts takes each interaction's duration (INP).
(() => {
  const marks = {};
  const changes = [];
  let loadingSeen = false;
  let pending = null;
  const now = () => performance.now();
  const $ = (s) => document.querySelector(s);

  // Which chart hosts are on screen, as an IntersectionObserver last saw them: measuring them
  // (getBoundingClientRect) after every mutation forced a layout in the middle of the app's
  // update, work the page does not do without the probe, which Event Timing then counted. A host
  // the observer has not reported yet counts as on screen (not complete until it reports).
  const visible = new Map();
  const watched = new WeakSet();
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) visible.set(e.target, e.isIntersecting);
    check();
  });
  const watchHosts = () => {
    for (const el of document.querySelectorAll('[data-plot]'))
      if (!watched.has(el)) {
        watched.add(el);
        io.observe(el);
      }
  };
  const onScreen = (el) => visible.get(el) ?? true;
  // A view is complete when the topic section is not busy, every chart frame has its svg (or the
  // page says the selection has too few answers for any) and no chart still shows older
  // figures: on screen only, or anywhere on the page (`everywhere`).
  const complete = (everywhere) => {
    watchHosts();
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

  // Runs on every batch of mutations, in the page's own tasks: it asks the document only what is
  // still to be found (a query of a document full of SVG that finds nothing walks all of it).
  const check = () => {
    const t = now();
    if (marks.firstChart === undefined && $('[data-testid^="chart-"] svg')) {
      marks.firstChart = t;
      requestAnimationFrame(() => (marks.firstChartPaint = now()));
    }
    // An error panel: while the page loads, or while a change is not done.
    const waiting = pending && pending.armed && pending.all === undefined;
    if (marks.error === undefined && (marks.settled === undefined || waiting)) {
      const failure = $('[data-testid="load-error"], section p.error[role="alert"]');
      if (failure) marks.error = failure.textContent.trim().slice(0, 500);
    }
    if (marks.loadingGone === undefined) {
      if ($('[data-testid="loading"]')) loadingSeen = true;
      else if (loadingSeen || marks.firstChart !== undefined) marks.loadingGone = t;
    }
    if (marks.duckdbOpen === undefined)
      marks.duckdbOpen = performance.getEntriesByName('djs:duckdb-open')[0]?.startTime;
    if (marks.duckdbMark === undefined)
      marks.duckdbMark = performance.getEntriesByName('djs:duckdb-ready')[0]?.startTime;
    if (marks.interactive === undefined) {
      const select = $('select[name="specialty"]');
      if (select && !select.disabled) marks.interactive = t;
    }
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

  const keys = [];
  addEventListener(
    'keydown',
    (e) => {
      if (e.target instanceof HTMLSelectElement)
        keys.push({ key: e.key, name: e.target.name, at: e.timeStamp });
    },
    true,
  );
  const events = [];
  const record = (list) => {
    for (const e of list.getEntries())
      events.push({
        name: e.name,
        type: e.entryType,
        interactionId: e.interactionId ?? 0,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
      });
  };
  try {
    new PerformanceObserver(record).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    });
    new PerformanceObserver(record).observe({ type: 'first-input', buffered: true });
  } catch {
    // No Event Timing: the key presses are reported without durations.
  }

  window.__bench = { marks, changes, complete, check, keys, events };
})();
