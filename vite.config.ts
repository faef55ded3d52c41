/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, defineConfig } from 'vite';
import { earlyFetch } from './src/build/early-fetch.ts';
import { precompress } from './src/build/precompress.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// duckdb-wasm's workers ship source maps that name Arrow sources it does not ship: the dev
// server warns once per file (about 110 lines on the first page load), with nothing to act on.
const logger = createLogger();
const warnOnce = logger.warnOnce.bind(logger);
logger.warnOnce = (message, options) => {
  if (!(message.includes('@duckdb/duckdb-wasm') && message.includes('outside its package')))
    warnOnce(message, options);
};

export default defineConfig(({ command }) => ({
  // Only for the dev server: a build keeps the logLevel it is given (the e2e and bench builds).
  ...(command === 'serve' ? { customLogger: logger } : {}),
  // index.html lives in src/ so that the repository's top level stays as agreed (DESIGN.md).
  root: 'src',
  publicDir: '../public',
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  // The default view of every topic is computed before this runs (src/build/precompute.ts,
  // package.json): nothing here imports src/lib, so the dev server hot-reloads it.
  // earlyFetch: index.html asks for the first view's data while the JavaScript loads.
  plugins: [
    svelte(),
    earlyFetch(),
    precompress(path.join(projectRoot, 'node_modules/.cache/djs-precompress')),
  ],
  // duckdb-wasm is self-hosted through ?url imports; pre-bundling would break its worker paths.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // Data files stay real files (never inlined) so they can be downloaded, cached and checked.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      // Everything the first view imports statically in one chunk, not a dozen shared ones: no
      // import/export glue between them, names minified across the whole, one request (5 KB
      // gzip less). Pages, DuckDB and exports stay chunks of their own, loaded when used.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  // Module workers (they are started with type: 'module'): the upload worker's Excel reader
  // stays a chunk of its own, fetched only for an .xlsx (src/lib/upload/read-export.ts).
  worker: { format: 'es' },
  server: { fs: { allow: [projectRoot] } },
  test: {
    root: projectRoot,
    // Opening duckdb-wasm's node bundle takes about a second; loading both waves a few more.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // English is a chunk the site loads when needed; the tests use both languages from the start.
    setupFiles: ['tests/english.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Vitest's default (one worker per core less one) runs the files one by one on a
          // 2-core machine, leaving a core idle: each file spends its time in DuckDB's wasm.
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the site and serves it; the browser tests then share one server.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
}));
