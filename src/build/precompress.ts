/**
 * Vite plugin: writes `.br` and `.gz` copies beside every text, wasm and DuckDB file of 1 KB and more in
 * the build, so that a static host can serve them pre-compressed (the e2e and bench servers do).
 *
 * Brotli's best quality takes about 100 s on DuckDB's 34 MB wasm, so files over 1 MB (only the
 * two wasm files) get brotli quality 7 and gzip level 6: 2.7 CPU-s for the eh wasm instead of
 * 6 s at quality 9 and level 9, for 1.5% more bytes (6.01 MB against 5.92). Compressed copies of
 * files over 64 KB (DuckDB's wasm and workers, the data, the larger chunks) are kept in
 * node_modules/.cache by content hash, so a build pays only for what changed: about 0.5 CPU-s
 * when only the app changed, 11 CPU-s on a fresh checkout. Compression runs on libuv's thread
 * pool (zlib's async API), off the build's main thread.
 */

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|csv|wasm|duckdb|svg|txt|map)$/;
const MIN_SIZE = 1024;
const CACHED_FROM = 64 * 1024;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function cached(
  cacheDir: string | null,
  key: string,
  make: () => Promise<Buffer>,
): Promise<Buffer> {
  if (!cacheDir) return make();
  const file = path.join(cacheDir, key);
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const made = await make();
  await mkdir(cacheDir, { recursive: true });
  // Renamed into place, so that builds side by side never read half an entry.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, made);
  await rename(partial, file);
  return made;
}

async function compress(file: string, cacheDir: string): Promise<void> {
  const bytes = await readFile(file);
  const big = bytes.length > 2 ** 20;
  const quality = big ? 7 : 11;
  const level = big ? 6 : 9;
  const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const cache = bytes.length >= CACHED_FROM ? cacheDir : null;
  const [b, g] = await Promise.all([
    cached(cache, `${key}.q${quality}.br`, () =>
      br(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    ),
    cached(cache, `${key}.l${level}.gz`, () => gz(bytes, { level })),
  ]);
  // A copy that saves too little is not worth a second request path.
  if (b.length < bytes.length * 0.9) await writeFile(`${file}.br`, b);
  if (g.length < bytes.length * 0.9) await writeFile(`${file}.gz`, g);
}

/** Pre-compresses the build's output (see above); `cacheDir` holds the copies of large files. */
export function precompress(
  cacheDir = path.resolve('node_modules/.cache/djs-precompress'),
): Plugin {
  let outDir = '';
  return {
    name: 'djs-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const todo: string[] = [];
      for (const f of await filesUnder(outDir))
        if (COMPRESSIBLE.test(f) && (await stat(f)).size >= MIN_SIZE) todo.push(f);
      await Promise.all(todo.map((f) => compress(f, cacheDir)));
    },
  };
}
