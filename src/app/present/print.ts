import { tick } from 'svelte';
import { drawWaiting } from '../charts/draw-queue';

/** While it is on the document, the page is laid out at the width of a printed A4 page. */
const LAYOUT = 'print-layout';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Prints the page with its charts drawn for paper: first laid out at an A4 page's width (the
 * charts redraw for it, so their text is printed at its size rather than shrunk from a wide
 * screen), every chart drawn, then the browser's print. Printing with the browser's own menu
 * prints the charts as they are, scaled to the page.
 */
export async function printPage(): Promise<void> {
  const root = document.documentElement;
  root.classList.add(LAYOUT);
  // Back to the screen's width after printing; where a browser sends no afterprint, at the next
  // click or key.
  const events = ['afterprint', 'pointerdown', 'keydown'] as const;
  const done = () => {
    root.classList.remove(LAYOUT);
    for (const e of events) removeEventListener(e, done);
  };
  await tick();
  await frame();
  await frame();
  drawWaiting();
  // A redraw waits for the new width (ResizeObserver) and then for Plot: at most a few seconds.
  for (let i = 0; i < 100 && document.querySelector('[data-stale]'); i++) {
    drawWaiting();
    await frame();
  }
  for (const e of events) addEventListener(e, done);
  print();
}
