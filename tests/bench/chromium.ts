import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/support/browser';

/**
 * Features that cost a cold load CPU it has nothing to do with: Chromium 156 starts an omnibox
 * popup renderer with every new window (about 1 s of CPU during each cold load on this machine)
 * and prewarms other WebUI. DESIGN.md, "Known pitfalls".
 */
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'Prewarm',
  'PreloadTopChromeWebUI',
  'WebUILocationBar',
  'InitialWebUI',
];

/**
 * Chromium for the benchmark: the features above disabled on top of Playwright's own list. A
 * second --disable-features switch would replace Playwright's, so its switch is read from a first
 * launch (the browser's own command line) and replaced by one with both lists.
 */
/** The browser process's switches, read from /proc (CDP gives them only with --enable-automation). */
async function switches(browser: Browser): Promise<string[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const main = processInfo.find((p) => p.type === 'browser');
  if (!main) throw new Error('No browser process in SystemInfo.getProcessInfo');
  return readFileSync(`/proc/${main.id}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

export async function launchForBench(): Promise<{ browser: Browser; disabled: string }> {
  const probe = await launch();
  let own: string | undefined;
  try {
    own = (await switches(probe)).find((a) => a.startsWith('--disable-features='));
  } finally {
    await probe.close();
  }
  const theirs = own ? own.slice('--disable-features='.length).split(',').filter(Boolean) : [];
  const disabled = `--disable-features=${[...new Set([...theirs, ...DISABLED_FEATURES])].join(',')}`;
  const browser = await launch({ args: [disabled], ignoreDefaultArgs: own ? [own] : [] });
  // The switch as the browser received it: ours, once, with Playwright's list inside.
  const given = (await switches(browser)).filter((a) => a.startsWith('--disable-features='));
  if (given.length !== 1 || given[0] !== disabled) {
    await browser.close();
    throw new Error(`Chromium got ${given.length} --disable-features switches: ${given.join(' ')}`);
  }
  return { browser, disabled };
}
