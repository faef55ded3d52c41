import type { Page, Route } from 'playwright-core';

/** DuckDB holds the data: the app's mark (src/app/open-survey.ts). */
export const duckdbReady = (p: Page): Promise<boolean> =>
  p.evaluate(() => performance.getEntriesByName('djs:duckdb-ready').length > 0);

export async function waitForDuckDb(p: Page, timeout: number): Promise<void> {
  await p.waitForFunction(
    () => performance.getEntriesByName('djs:duckdb-ready').length > 0,
    undefined,
    { timeout },
  );
}

/** Holds every request matching `files` (DuckDB's) until the function returned is called. */
export async function holdDuckDb(p: Page, files: RegExp): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await p.route(files, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

/** Every headline tile's id and text, in page order: what a view shows, to compare views by. */
export const headlines = (p: Page): Promise<string[]> =>
  p
    .locator('[data-testid^="headline-"]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-testid')}: ${e.textContent?.replace(/\s+/g, ' ')}`),
    );
