/**
 * When DuckDB starts. A topic page, a shared link, slides, a report and the scorecard are drawn
 * from what the build shipped and never need it; compiling its 33 MB wasm on a 2-core machine
 * doubles the time a filter change takes meanwhile (48 → 62–172 ms measured on the default
 * view). So it starts when something asks it (the explorer split by a question, a topic without
 * shipped results, an upload: App.svelte), when index.html's script started it for a link that
 * needs it at once (src/build/early-fetch.ts), or else once the page has had no input for a
 * moment and the browser is idle, ready for what the reader does next.
 */

/** No click, key, change, scroll or touch for this long: the reader reads. */
const QUIET_MS = 1500;
const INPUT = ['pointerdown', 'keydown', 'input', 'wheel', 'scroll', 'touchstart'] as const;

/** Whether index.html's script started DuckDB already (a link that needs it at once). */
export function startedEarly(): boolean {
  return (window as { __djsEngine?: boolean }).__djsEngine === true;
}

/** Calls `start` once, after QUIET_MS without input and then an idle moment. */
export function whenQuiet(start: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = { capture: true, passive: true };
  const fire = () => {
    for (const type of INPUT) removeEventListener(type, wait, options);
    // Not every browser has it (Safari): a timeout then.
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
    else start();
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, QUIET_MS);
  };
  for (const type of INPUT) addEventListener(type, wait, options);
  wait();
}
