/**
 * A chart is drawn at once when it is on screen; one near the screen just after the next frame is
 * painted (one chart per task); one further down the page waits until it scrolls near, the
 * browser is idle, or the page is printed or exported. A filter change thus redraws what the
 * reader sees before the next paint (DESIGN.md budget: "every visible chart redrawn"), and the
 * key press that made it reaches that paint without Plot drawing charts nobody sees yet (issue 19:
 * filter change to next paint under 50 ms). Whether a chart is on screen or near comes from
 * IntersectionObservers, never from measuring the page (which would force a layout per chart),
 * but for a chart just mounted, which the observers have not reported on yet: measured once, so
 * that one on screen is in the first frame painted with it, not drawn a frame later, pushing what
 * follows it down in sight (a layout shift: tests/e2e/above-fold.test.ts).
 */

/** How far outside the viewport a chart counts as near: it is drawn before it scrolls in. */
const MARGIN = '400px 0px';

const pending = new Map<Element, () => void>();
const near = new Set<Element>();
const onScreen = new Set<Element>();
/** Charts the on-screen observer has reported on at least once. */
const seen = new WeakSet<Element>();
let observer: IntersectionObserver | null = null;
let screen: IntersectionObserver | null = null;
let idleSoon = false;
let afterPaintSoon = false;

function draw(el: Element): void {
  const job = pending.get(el);
  if (!job) return;
  pending.delete(el);
  job();
}

function watch(el: Element): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          near.add(entry.target);
          draw(entry.target);
        } else near.delete(entry.target);
      }
    },
    { rootMargin: MARGIN },
  );
  screen ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      seen.add(entry.target);
      if (entry.isIntersecting) onScreen.add(entry.target);
      else onScreen.delete(entry.target);
    }
  });
  // Observing an element already observed does nothing.
  observer.observe(el);
  screen.observe(el);
}

/**
 * Charts near the screen but not on it: drawn once the next frame is painted, one per task, so
 * that neither that paint nor a key press after it waits for more than one chart.
 */
function drawAfterPaint(): void {
  if (afterPaintSoon) return;
  afterPaintSoon = true;
  const next = () => {
    const el = [...pending.keys()].find((e) => near.has(e));
    if (!el) {
      afterPaintSoon = false;
      return;
    }
    draw(el);
    setTimeout(next);
  };
  requestAnimationFrame(() => setTimeout(next));
}

const idle: (run: (deadline: { timeRemaining(): number }) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 2000 })
    : (run) => setTimeout(() => run({ timeRemaining: () => 8 }), 50);

/**
 * Charts off screen are drawn while the browser has nothing else to do, a few at a time, and one
 * at least: called at its timeout (the browser not idle for 2 s), timeRemaining() is 0.
 */
function drawWhenIdle(): void {
  if (idleSoon) return;
  idleSoon = true;
  idle((deadline) => {
    idleSoon = false;
    let drawn = 0;
    for (const el of pending.keys()) {
      if (drawn++ > 0 && deadline.timeRemaining() < 4) break;
      draw(el);
    }
    // Asked again from a task, not from inside this callback: so asked, headless Chromium on a
    // busy machine ran the next one many seconds later, or only once other work woke the page.
    if (pending.size > 0) setTimeout(drawWhenIdle);
  });
}

/**
 * Draws `job` for the chart host `el` now if it is on screen, just after the next paint if it is
 * near, otherwise later (a newer job for the same host replaces a waiting one). Returns a function
 * that cancels the waiting job.
 */
export function drawWhenSeen(el: Element, job: () => void): () => void {
  watch(el);
  if (onScreen.has(el) || (!seen.has(el) && inSight(el))) {
    pending.delete(el);
    job();
    return () => undefined;
  }
  pending.set(el, job);
  if (near.has(el)) drawAfterPaint();
  // Also when idle: a hidden page paints no frame.
  drawWhenIdle();
  return () => {
    if (pending.get(el) === job) pending.delete(el);
  };
}

/**
 * Whether a chart not yet reported on is on screen. PlotView asks once a ResizeObserver has given
 * the chart its width, right after a layout: measuring forces another only after a chart drawn in
 * the same turn changed the page.
 */
function inSight(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom >= 0 && top < innerHeight;
}

/** Draws every waiting chart inside `root` (before a chart is exported or the page printed). */
export function drawWaiting(root: ParentNode = document): void {
  for (const el of [...pending.keys()]) if (root === document || root.contains(el)) draw(el);
}

export function forget(el: Element): void {
  pending.delete(el);
  near.delete(el);
  onScreen.delete(el);
  observer?.unobserve(el);
  screen?.unobserve(el);
}

if (typeof window !== 'undefined') addEventListener('beforeprint', () => drawWaiting());
