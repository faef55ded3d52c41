/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { precomputeFigures } from './src/build/precompute-plugin';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes `.br` and `.gz` copies beside every text and wasm file of the build, so that a static
 * host can serve them pre-compressed (the e2e/bench server does). Brotli's best quality takes
 * about 100 s on DuckDB's 34 MB wasm, so files over 1 MB get quality 9 (2% larger), and the
 * compressed wasm is kept in node_modules/.cache by content hash: only the first build pays.
 */
export function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|json|csv|wasm|svg|txt|map)$/;
  const cacheDir = path.join(projectRoot, 'node_modules/.cache/djs-precompress');
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = '';
  async function files(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(
      entries.map((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
      ),
    );
    return nested.flat();
  }
  async function cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    const file = path.join(cacheDir, key);
    const hit = await readFile(file).catch(() => null);
    if (hit) return hit;
    const made = await make();
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, made);
    return made;
  }
  async function compress(file: string): Promise<void> {
    const bytes = await readFile(file);
    const big = bytes.length > 2 ** 20;
    const quality = big ? 9 : 11;
    const brotli = () =>
      br(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
    const gzipped = () => gz(bytes, { level: 9 });
    const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    const wasm = file.endsWith('.wasm');
    const [b, g] = await Promise.all([
      wasm ? cached(`${key}.q${quality}.br`, brotli) : brotli(),
      wasm ? cached(`${key}.gz`, gzipped) : gzipped(),
    ]);
    // A copy that saves too little is not worth a second request path.
    if (b.length < bytes.length * 0.9) await writeFile(`${file}.br`, b);
    if (g.length < bytes.length * 0.9) await writeFile(`${file}.gz`, g);
  }
  return {
    name: 'djs-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const all = await files(outDir);
      const todo: string[] = [];
      for (const f of all) if (compressible.test(f) && (await stat(f)).size >= 1024) todo.push(f);
      await Promise.all(todo.map(compress));
    },
  };
}

export default defineConfig({
  // index.html lives in src/ so that the repository's top level stays as agreed (DESIGN.md).
  root: 'src',
  publicDir: '../public',
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  // The default view of every topic, computed at build time so the first chart needs no DuckDB.
  plugins: [svelte(), precompress(), precomputeFigures(path.join(projectRoot, 'data'))],
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
