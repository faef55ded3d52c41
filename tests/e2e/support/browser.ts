import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download browsers here). A
 * missing browser fails the suite: browser tests are never silently skipped.
 */
export async function launch(
  /** More switches, and Playwright's own to leave out (the benchmark's --disable-features). */
  extra: { args?: string[]; ignoreDefaultArgs?: string[] } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(extra.args ?? []),
    ],
    ...(extra.ignoreDefaultArgs ? { ignoreDefaultArgs: extra.ignoreDefaultArgs } : {}),
  });
}

/** Records every request the page makes, to prove nothing leaves 127.0.0.1. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('worker', (w) => urls.push(w.url()));
  return urls;
}

/** Collects uncaught page errors, which a passing test must not have. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export interface Session {
  page: Page;
  /** Uncaught errors of the current page. */
  errors: string[];
}

/**
 * One browser for a test file and a fresh page for every test: registers the hooks and returns
 * the session, whose `page` and `errors` are replaced before each test.
 */
export function useBrowserPage(viewport = { width: 1280, height: 900 }): Session {
  const session = {} as Session;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    session.page = await browser.newPage({ viewport });
    session.errors = recordErrors(session.page);
  });
  afterEach(() => session.page.close());
  return session;
}

/**
 * Opens a topic page and waits until its figures are on screen and it is not busy: drawn from
 * what the build shipped (an unweighted view), or by DuckDB. DuckDB may still be loading.
 */
export async function openTopic(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
  await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
}

/** Opens the explorer and waits until its table is computed. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="crosstab"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="explorer"][data-busy="false"]').waitFor({ timeout: 60_000 });
}
