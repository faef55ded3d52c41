import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  /** The build's .gz copy, or gzip -9 of the file when the build wrote none. */
  gzip: number;
  /** The build's .br copy, if any. */
  brotli?: number;
  /** Whether the build wrote the compressed copies a static host serves. */
  precompressed: boolean;
}

interface Total {
  raw: number;
  gzip: number;
  brotli: number;
  files: FileSize[];
}

export interface Sizes {
  /** Every .js the build emitted except DuckDB's own worker scripts. */
  appJs: Total;
  /**
   * What the first view cannot do without: index.html's module script and everything it imports
   * statically, transitively. Chunks imported dynamically (DuckDB's, the explorer's, the upload's)
   * are fetched beside or after it and are not waited for by the first chart.
   */
  firstViewJs: Total;
  duckdbWorkerJs: FileSize[];
  wasm: FileSize[];
  data: FileSize[];
  css: Total;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

function sizeOf(dist: string, file: string): FileSize {
  const raw = statSync(file).size;
  const gz = existsSync(`${file}.gz`);
  const size: FileSize = {
    file: path.relative(dist, file),
    raw,
    gzip: gz ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length,
    precompressed: gz,
  };
  if (existsSync(`${file}.br`)) size.brotli = statSync(`${file}.br`).size;
  return size;
}

function total(files: FileSize[]): Total {
  const sum = (f: (s: FileSize) => number) => files.reduce((n, s) => n + f(s), 0);
  return {
    raw: sum((s) => s.raw),
    gzip: sum((s) => s.gzip),
    // A file without a .br copy is served gzipped.
    brotli: sum((s) => s.brotli ?? s.gzip),
    files,
  };
}

/** Transfer sizes of a built site, from its files and the compressed copies beside them. */
export function siteSizes(dist: string): Sizes {
  const files = walk(dist).filter((f) => !/\.(gz|br)$/.test(f));
  const isWorker = (f: string) => /duckdb-browser-[^/]*\.js$/.test(f);
  return {
    appJs: total(
      files.filter((f) => f.endsWith('.js') && !isWorker(f)).map((f) => sizeOf(dist, f)),
    ),
    firstViewJs: total(staticClosure(dist).map((f) => sizeOf(dist, f))),
    duckdbWorkerJs: files.filter(isWorker).map((f) => sizeOf(dist, f)),
    wasm: files.filter((f) => f.endsWith('.wasm')).map((f) => sizeOf(dist, f)),
    data: dataSizes(dist),
    css: total(files.filter((f) => f.endsWith('.css')).map((f) => sizeOf(dist, f))),
  };
}

/** The entry script of index.html and its static imports (`import … from "./x.js"`), as files. */
function staticClosure(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dist}/index.html: no module script`);
  const seen = new Set<string>();
  const todo = [path.join(dist, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Minified static imports: `import{a as b}from"./x.js"` or `import"./x.js"`; never `import(`.
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(
      /\bimport\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ))
      todo.push(path.join(path.dirname(file), spec!));
  }
  return [...seen];
}

/** Sizes of the data files only (they are what changes between scale-ups). */
export function dataSizes(dist: string): FileSize[] {
  return walk(dist)
    .filter((f) => /\.(csv|json|duckdb)$/.test(f))
    .map((f) => sizeOf(dist, f));
}
