import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.duckdb': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Vite's output names: `name-<8 character hash>.ext`. */
const HASHED = /-[\w-]{8}\.[a-z0-9]+$/i;

/** The pre-compressed copy beside a file (written by the build) that the request accepts. */
function precompressed(file: string, accept: string): 'br' | 'gzip' | null {
  const accepts = (coding: string) =>
    accept.split(',').some((part) => {
      const [name, ...params] = part.trim().split(';');
      return name === coding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    });
  if (accepts('br') && existsSync(`${file}.br`)) return 'br';
  if (accepts('gzip') && existsSync(`${file}.gz`)) return 'gzip';
  return null;
}

/**
 * A plain static file server that mounts a folder under a sub-path, as a static host would:
 * proof that the built site needs nothing but files and works from any sub-path. Serves the
 * build's `.br` / `.gz` copies with Content-Encoding when the request accepts them.
 */
export async function serveStatic(
  root: string,
  mount: string,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(
      root,
      path.normalize(pathname.slice(mount.length)).replace(/^(\.\.[/\\])+/, ''),
    );
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const encoding = precompressed(file, String(req.headers['accept-encoding'] ?? ''));
      const body = encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file;
      const headers = {
        'content-type': type,
        'content-length': statSync(body).size,
        ...(encoding ? { 'content-encoding': encoding } : {}),
        vary: 'accept-encoding',
        // Hashed names never change content: cache them for a year; anything else revalidates.
        'cache-control': HASHED.test(path.basename(file))
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      };
      // setHeader, not writeHead(200, headers): listeners can then read what was sent.
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.writeHead(200);
      createReadStream(body).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${mount}`, server };
}
