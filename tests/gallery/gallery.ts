/**
 * The README's gallery (issue 17): `npm run gallery`. Builds the site as `npm run build` does
 * (into a temporary folder), serves it under a sub-path on 127.0.0.1 with the e2e static server,
 * opens every topic and the explorer in Debian's headless Chromium at a phone's and a desktop's
 * width, and writes docs/gallery/<topic>-<width>.png: the first screen(s) of each page as a
 * palette PNG (png8.ts), so the files stay small. Then it rewrites the list of images between
 * the gallery markers of README.md. Not part of `npm test`.
 *
 * Options:
 *   --widths 360,1280          viewport widths (a phone is 740 px tall, a desktop 800)
 *   --screens N                screens of the page per image at a phone's width (default 2)
 *   --query specialty=…        the view shown on every page (default specialty=radiologie)
 *   --topics a,b               only these topics (ids, or explore); the README lists all
 *   --site URL                 photograph a running site instead of building one
 *   --out DIR                  where the images go (default docs/gallery)
 *   --no-readme                leave README.md as it is
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import * as prettier from 'prettier';
import { build } from 'vite';
import type { Codebook } from '../../src/lib/codebook/types';
import { writePrecomputed } from '../../src/build/precompute';
import { launch } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';
import { toPalettePng } from './png8';

const REPO = path.resolve(import.meta.dirname, '../..');
const README = path.join(REPO, 'README.md');
const START = '<!-- gallery:start -->';
const END = '<!-- gallery:end -->';
/** The page height of each width's first screen: a common phone, a laptop. */
const HEIGHT = (width: number) => (width < 640 ? 740 : 800);

const { values } = parseArgs({
  options: {
    widths: { type: 'string', default: '360,1280' },
    screens: { type: 'string', default: '2' },
    query: { type: 'string', default: 'specialty=radiologie' },
    topics: { type: 'string' },
    site: { type: 'string' },
    out: { type: 'string', default: path.join(REPO, 'docs', 'gallery') },
    'no-readme': { type: 'boolean', default: false },
  },
});

const codebook = JSON.parse(
  readFileSync(path.join(REPO, 'data', 'codebook.json'), 'utf8'),
) as Codebook;
const widths = values.widths.split(',').map(Number);
const screens = Math.max(1, Number(values.screens));

interface Shot {
  id: string;
  label: string;
  search: string;
}
const all: Shot[] = [
  ...codebook.topics.map((t) => ({ id: t.id, label: t.label.nl, search: `topic=${t.id}` })),
  {
    id: 'explore',
    label: 'Verkennen (kruistabel)',
    search: 'view=explore&q=burnout&by=hospital_type',
  },
];
const wanted = values.topics?.split(',');
const shots = wanted ? all.filter((s) => wanted.includes(s.id)) : all;

async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  if (values.site) return { url: values.site, close: async () => undefined };
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'djs-gallery-site-'));
  console.log('gallery: building the site…');
  await writePrecomputed();
  await build({
    configFile: path.join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const served: { url: string; server: Server } = await serveStatic(outDir, '/djs/dashboard/');
  return {
    url: served.url,
    close: async () => {
      await new Promise((resolve) => served.server.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Until the page's figures come from DuckDB and every chart on it is drawn. */
async function settled(page: Page): Promise<void> {
  await page
    .locator('section[data-busy="false"]')
    .first()
    .waitFor({ timeout: 120_000 })
    .catch(() => page.locator('[data-testid="explorer"][data-busy="false"]').waitFor());
  // Figures from the build may be on screen before DuckDB: wait for the page as it then stays.
  await page
    .locator('[data-testid="engine-progress"]')
    .waitFor({ state: 'detached', timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const hosts = [...document.querySelectorAll('main [data-plot]')];
      return hosts.every((h) => h.querySelector('svg') && !h.hasAttribute('data-stale'));
    },
    undefined,
    { timeout: 120_000, polling: 250 },
  );
  await page.evaluate(() => document.fonts.ready);
}

/** A table of thumbnails, each a link to its image: the README stays readable. */
function readmeSection(): string {
  const thumb = (s: Shot, w: number) => {
    const file = `docs/gallery/${s.id}-${w}.png`;
    const width = w < 640 ? 120 : 320;
    return `[<img src="${file}" width="${width}" alt="${s.label}, ${w} px">](${file})`;
  };
  const rows = all.map((s) => `| ${s.label} | ${widths.map((w) => thumb(s, w)).join(' | ')} |`);
  return [
    START,
    '',
    `| page | ${widths.map((w) => `${w} px`).join(' | ')} |`,
    `| --- | ${widths.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    END,
  ].join('\n');
}

async function main(): Promise<void> {
  const site = await serve();
  const browser = await launch();
  mkdirSync(values.out, { recursive: true });
  try {
    for (const width of widths) {
      const height = HEIGHT(width);
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('pageerror', (e) => console.error(`gallery: page error: ${e.message}`));
      for (const shot of shots) {
        const search = [shot.search, values.query].filter(Boolean).join('&');
        await page.goto(`${site.url}${search ? `?${search}` : ''}`);
        await settled(page);
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        const tall = Math.min(full, height * (width < 640 ? screens : 1));
        const file = path.join(values.out, `${shot.id}-${width}.png`);
        const png = await page.screenshot({
          fullPage: tall > height,
          clip: { x: 0, y: 0, width, height: tall },
        });
        writeFileSync(file, toPalettePng(png));
        console.log(`gallery: ${path.relative(REPO, file)}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  if (!values['no-readme']) {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
    const next = readme.slice(0, from) + readmeSection() + readme.slice(to + END.length);
    // As `npm run check` wants it (Prettier aligns the table).
    const options = (await prettier.resolveConfig(README)) ?? {};
    writeFileSync(README, await prettier.format(next, { ...options, filepath: README }));
    console.log('gallery: README.md gallery section rewritten');
  }
}

await main();
