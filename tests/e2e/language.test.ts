import type { Page, Response } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { EN } from '../../src/lib/i18n/messages.en';
import { EN_MORE } from '../../src/lib/i18n/messages.more.en';
import { NL_MORE } from '../../src/lib/i18n/messages.more.nl';
import { NL } from '../../src/lib/i18n/messages.nl';
import { openTopic, useBrowserPage } from './support/browser';

/**
 * The English texts are a chunk of their own (issue 19): a Dutch visitor's page never fetches
 * them; an English link, the EN button and Back or Forward to an English page load them before
 * anything is written in English — never a key, a Dutch text or an error instead. So are the texts
 * of the parts loaded on demand (messages.more.*.ts): fetched with the part, in Dutch and English.
 */

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** An English-only text: in the English chunk and nowhere else. */
const ENGLISH = EN.appTitle;
const ENGLISH_CHUNK = /\/messages\.en-[^/]*\.js$/;

/** The JavaScript the page fetched, each file's text as it arrived. */
function recordScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (r: Response) => {
    if (/\.m?js(\?|$)/.test(new URL(r.url()).pathname))
      scripts.set(
        r.url(),
        r.text().catch(() => ''),
      );
  });
  return scripts;
}

async function withText(scripts: Map<string, Promise<string>>, wanted: string): Promise<string[]> {
  const texts = await Promise.all([...scripts].map(async ([url, text]) => [url, await text]));
  return texts.filter(([, text]) => text!.includes(wanted)).map(([url]) => url!);
}
const withEnglish = (scripts: Map<string, Promise<string>>) => withText(scripts, ENGLISH);

const title = () => page.locator('h1').textContent();

describe('the English texts', () => {
  it('are not fetched for a Dutch visitor', async () => {
    const scripts = recordScripts(page);
    await openTopic(page, site);
    await expect(title()).resolves.toBe(NL.appTitle);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    expect(scripts.size).toBeGreaterThan(1);
    await expect(withEnglish(scripts)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  it('are loaded for an English link, which shows English with no error', async () => {
    const scripts = recordScripts(page);
    await openTopic(page, `${site}?lang=en`);
    await expect(title()).resolves.toBe(EN.appTitle);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByTestId('skip-link').textContent()).resolves.toBe(EN.skipToCharts);
    // The check above would see them: they are in the English chunk, fetched now.
    const found = await withEnglish(scripts);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(ENGLISH_CHUNK);
    expect(errors).toEqual([]);
  });

  it('are loaded by the EN button; Back and Forward switch the language', async () => {
    await openTopic(page, site);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction(
      (text) => document.querySelector('h1')?.textContent === text,
      EN.appTitle,
    );
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.goBack();
    await page.waitForFunction(
      (text) => document.querySelector('h1')?.textContent === text,
      NL.appTitle,
    );
    await page.goForward();
    await page.waitForFunction(
      (text) => document.querySelector('h1')?.textContent === text,
      EN.appTitle,
    );
    await expect(page.locator('section[data-busy="false"]').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('are loaded before Back returns to an English page of the same visit', async () => {
    const scripts = recordScripts(page);
    await openTopic(page, site);
    // An English entry in the history that this page never showed: Back to it is a popstate.
    await page.evaluate(() => {
      history.pushState(null, '', `${location.pathname}?lang=en`);
      history.pushState(null, '', location.pathname);
    });
    await expect(withEnglish(scripts)).resolves.toEqual([]);
    await page.goBack();
    await page.waitForFunction(
      (text) => document.querySelector('h1')?.textContent === text,
      EN.appTitle,
    );
    await expect(page.getByTestId('skip-link').textContent()).resolves.toBe(EN.skipToCharts);
    expect(errors).toEqual([]);
  });

  it('that cannot be fetched leave the page in Dutch, never broken, and say so', async () => {
    await page.route(ENGLISH_CHUNK, (route) => route.abort());
    await openTopic(page, `${site}?lang=en`);
    await expect(title()).resolves.toBe(NL.appTitle);
    const said = page.getByTestId('language-failed');
    await expect(said.textContent()).resolves.toBe(NL.languageFailed);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(title()).resolves.toBe(NL.appTitle);
    await expect(said.textContent()).resolves.toBe(NL.languageFailed);
    await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
    // Once they can be fetched, the EN button works and the message goes.
    await page.unroute(ENGLISH_CHUNK);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(title).toBe(ENGLISH);
    await expect(said.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

/** A Dutch text of the upload panel only: in the 'more' chunk and nowhere else. */
const MORE_DUTCH = NL_MORE['upload.drop'];
const MORE_CHUNK = /\/messages\.more\.(nl|en)-[^/]*\.js$/;

/** Each part loaded on demand: how to open it, and a text of its own it then shows. */
const PARTS: {
  name: string;
  query: string;
  open?: (page: Page) => Promise<void>;
  /** Shown once the part is drawn: its texts written, its figures too. */
  ready: string;
  text: { selector: string; key: keyof typeof NL_MORE };
}[] = [
  {
    name: 'the upload panel',
    query: '',
    open: (page) => page.click('[data-testid="open-upload"]'),
    ready: '[data-testid="upload-panel"]',
    text: { selector: '[data-testid="drop-zone"] .button', key: 'upload.choose' },
  },
  {
    name: 'the explorer',
    query: 'view=explore&q=burnout&by=specialty',
    ready: '[data-testid="explorer"][data-busy="false"] [data-testid="crosstab"]',
    text: { selector: '#explore-title', key: 'explore.title' },
  },
  {
    name: 'the scorecard',
    query: 'view=scorecard',
    ready: '[data-testid="scorecard-legend"]',
    text: { selector: '[data-testid="scorecard"] fieldset legend', key: 'scorecard.rows' },
  },
  {
    name: 'the report',
    query: 'view=report&specialty=radiologie',
    ready: '[data-testid="report-intro"]',
    text: { selector: '[data-testid="report-back"]', key: 'report.back' },
  },
  {
    name: 'the slides',
    query: 'present=burnout',
    ready: '[data-testid="slide-title"]',
    text: { selector: '[data-testid="slide-table"]', key: 'slide.table' },
  },
];

describe('the texts of the parts loaded on demand', () => {
  it('are not fetched by the first view', async () => {
    const scripts = recordScripts(page);
    await openTopic(page, site);
    await expect(title()).resolves.toBe(NL.appTitle);
    expect([...scripts.keys()].filter((url) => MORE_CHUNK.test(url))).toEqual([]);
    await expect(withText(scripts, MORE_DUTCH)).resolves.toEqual([]);
    // The check would see them: opening the upload panel fetches them.
    await page.click('[data-testid="open-upload"]');
    await page.getByTestId('upload-panel').waitFor({ timeout: 30_000 });
    const found = await withText(scripts, MORE_DUTCH);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/\/messages\.more\.nl-[^/]*\.js$/);
    expect(errors).toEqual([]);
  });

  for (const part of PARTS)
    for (const [lang, texts] of [
      ['nl', NL_MORE],
      ['en', EN_MORE],
    ] as const)
      it(`are loaded for ${part.name} (${lang})`, async () => {
        const query = [part.query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
        const url = `${site}${query ? `?${query}` : ''}`;
        if (part.open) {
          await openTopic(page, url);
          await part.open(page);
        } else await page.goto(url);
        await page.locator(part.ready).first().waitFor({ timeout: 60_000 });
        await expect(page.locator(part.text.selector).first().textContent()).resolves.toContain(
          texts[part.text.key],
        );
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        expect(errors).toEqual([]);
      });

  it('follow the language: EN on an open upload panel writes the panel in English', async () => {
    await openTopic(page, site);
    await page.click('[data-testid="open-upload"]');
    const choose = page.locator('[data-testid="drop-zone"] .button');
    await expect(choose.textContent({ timeout: 30_000 })).resolves.toBe(NL_MORE['upload.choose']);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="drop-zone"] .button')?.textContent === text,
      EN_MORE['upload.choose'],
    );
    await expect(title()).resolves.toBe(EN.appTitle);
    expect(errors).toEqual([]);
  });
});
