import type { Socket } from 'node:net';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Throttle {
  /** Download and upload bandwidth in bits per second. */
  bitsPerSecond: number;
  /** Round-trip time added to every exchange, in milliseconds. */
  latencyMs: number;
}

/**
 * A TCP proxy that makes 127.0.0.1 behave like a slow connection: one shared downlink of the
 * given bandwidth (all connections queue behind each other, as on a real line) and half the
 * round-trip time added in each direction. Used instead of CDP network emulation because
 * Chromium applies that to the page only, not to DuckDB's worker, which fetches the 34 MB wasm.
 */
export async function throttleProxy(
  target: { host: string; port: number },
  t: Throttle,
): Promise<{ port: number; close: () => Promise<void> }> {
  const oneWay = t.latencyMs / 2;
  const bytesPerMs = t.bitsPerSecond / 8 / 1000;
  let downlinkFree = 0;
  let uplinkFree = 0;
  const sockets = new Set<Socket>();

  /** Sends a chunk over a link: queued behind earlier chunks, then delayed by the latency. */
  const send = (chunk: Buffer, to: Socket, from: Socket, down: boolean) => {
    const now = performance.now();
    const start = Math.max(now, down ? downlinkFree : uplinkFree);
    const done = start + chunk.length / bytesPerMs;
    if (down) downlinkFree = done;
    else uplinkFree = done;
    // Keep at most about a second of data in flight: the sender waits, as TCP would make it.
    if (done - now > 1000) from.pause();
    setTimeout(
      () => {
        if (!to.destroyed) to.write(chunk);
        if (from.isPaused() && (down ? downlinkFree : uplinkFree) - performance.now() < 500)
          from.resume();
      },
      done + oneWay - now,
    );
  };

  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => send(chunk, upstream, client, false));
    upstream.on('data', (chunk) => send(chunk, client, upstream, true));
    // Close the other side only after the data already in flight has been delivered.
    const closeLater = (s: Socket) => () =>
      setTimeout(
        () => s.end(),
        Math.max(downlinkFree, uplinkFree) - performance.now() + oneWay + 1,
      );
    client.on('end', closeLater(upstream));
    upstream.on('end', closeLater(client));
    for (const s of [client, upstream]) {
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  return { port: (server.address() as AddressInfo).port, close };
}
