/**
 * A chart is drawn at once when it is on screen or near it; one further down the page waits until
 * it scrolls near, the browser is idle, or the page is printed or exported. A filter change thus
 * redraws what the reader sees first (DESIGN.md budget: "every visible chart redrawn"), and a
 * long topic page no longer makes Plot draw a dozen charts below the fold before it answers.
 * Whether a chart is near comes from an IntersectionObserver, never from measuring the page
 * (which would force a layout per chart); until the observer has seen a chart, it waits a frame.
 */

/** How far outside the viewport a chart counts as near: it is drawn before it scrolls in. */
const MARGIN = '400px 0px';

const pending = new Map<Element, () => void>();
const near = new Set<Element>();
let observer: IntersectionObserver | null = null;
let idleSoon = false;

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
  // Observing an element already observed does nothing.
  observer.observe(el);
}

const idle: (run: (deadline: { timeRemaining(): number }) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 2000 })
    : (run) => setTimeout(() => run({ timeRemaining: () => 8 }), 50);

/** Charts off screen are drawn while the browser has nothing else to do, a few at a time. */
function drawWhenIdle(): void {
  if (idleSoon) return;
  idleSoon = true;
  idle((deadline) => {
    idleSoon = false;
    for (const el of pending.keys()) {
      if (deadline.timeRemaining() < 4) break;
      draw(el);
    }
    if (pending.size > 0) drawWhenIdle();
  });
}

/**
 * Draws `job` for the chart host `el` now if it is near the viewport, otherwise later (a newer job
 * for the same host replaces a waiting one). Returns a function that cancels the waiting job.
 */
export function drawWhenSeen(el: Element, job: () => void): () => void {
  watch(el);
  if (near.has(el)) {
    pending.delete(el);
    job();
    return () => undefined;
  }
  pending.set(el, job);
  drawWhenIdle();
  return () => {
    if (pending.get(el) === job) pending.delete(el);
  };
}

/** Draws every waiting chart inside `root` (before a chart is exported or the page printed). */
export function drawWaiting(root: ParentNode = document): void {
  for (const el of [...pending.keys()]) if (root === document || root.contains(el)) draw(el);
}

export function forget(el: Element): void {
  pending.delete(el);
  near.delete(el);
  observer?.unobserve(el);
}

if (typeof window !== 'undefined') addEventListener('beforeprint', () => drawWaiting());
