/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // index.html lives in src/ so that the repository's top level stays as agreed (DESIGN.md).
  root: 'src',
  publicDir: '../public',
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [svelte()],
  // duckdb-wasm is self-hosted through ?url imports; pre-bundling would break its worker paths.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // Data files stay real files (never inlined) so they can be downloaded, cached and checked.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { fs: { allow: [projectRoot] } },
  test: {
    root: projectRoot,
    // Opening duckdb-wasm's node bundle takes about a second; loading both waves a few more.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
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
});
