import { serveStatic } from '../e2e/support/static-server';
import type { Throttle } from './throttle-proxy';
import { throttleProxy } from './throttle-proxy';

/** One response the server sent: its path, its Content-Encoding and its body's bytes. */
export interface Sent {
  path: string;
  encoding: string | null;
  bytes: number;
}

export interface Served {
  url: string;
  /** Every response so far, in order: a load's are the ones after its start. */
  sent: Sent[];
  close: () => Promise<void>;
}

/**
 * The e2e static server (which serves the build's .br/.gz copies), logging what it sends, behind
 * the throttling proxy when asked for.
 */
export async function serve(
  root: string,
  mount: string,
  throttle: Throttle | null,
): Promise<Served> {
  const { url, server } = await serveStatic(root, mount);
  const sent: Sent[] = [];
  server.on('request', (req, res) => {
    res.on('finish', () => {
      const encoding = res.getHeader('content-encoding');
      sent.push({
        path: new URL(req.url ?? '/', 'http://x').pathname,
        encoding: typeof encoding === 'string' ? encoding : null,
        bytes: Number(res.getHeader('content-length') ?? 0),
      });
    });
  });
  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  if (!throttle) return { url, sent, close: closeServer };
  const target = new URL(url);
  const proxy = await throttleProxy({ host: target.hostname, port: Number(target.port) }, throttle);
  target.port = String(proxy.port);
  return {
    url: target.href,
    sent,
    close: async () => {
      await proxy.close();
      await closeServer();
    },
  };
}

/** What a load transferred, by kind of file (response bodies, as sent: compressed or not). */
export interface Transfer {
  total: number;
  js: number;
  wasm: number;
  data: number;
  other: number;
  requests: number;
  /** Responses sent compressed (Content-Encoding br or gzip). */
  compressed: number;
  /** The paths of the JavaScript files sent. */
  jsFiles: string[];
}

export function transfer(sent: readonly Sent[]): Transfer {
  const t: Transfer = {
    total: 0,
    js: 0,
    wasm: 0,
    data: 0,
    other: 0,
    requests: 0,
    compressed: 0,
    jsFiles: [],
  };
  for (const s of sent) {
    t.total += s.bytes;
    t.requests++;
    if (s.encoding) t.compressed++;
    if (/\.m?js$/.test(s.path)) {
      t.js += s.bytes;
      t.jsFiles.push(s.path);
    } else if (s.path.endsWith('.wasm')) t.wasm += s.bytes;
    else if (/\.(csv|json|duckdb)$/.test(s.path)) t.data += s.bytes;
    else t.other += s.bytes;
  }
  return t;
}
