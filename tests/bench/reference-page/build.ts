import path from 'node:path';
import { build } from 'vite';
import { precompress } from '../../../src/build/precompress';

/**
 * Builds the reference page (its own tiny Vite build, same duckdb-wasm and Plot) into `outDir`,
 * pre-compressed like the site, so that the comparison is about the page, not the hosting.
 */
export async function buildReferencePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [precompress()],
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
    build: {
      outDir: path.resolve(outDir),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      target: 'es2022',
      // One chunk of ~500 kB is what a plain page is: no warning about it.
      chunkSizeWarningLimit: 4096,
    },
  });
}
