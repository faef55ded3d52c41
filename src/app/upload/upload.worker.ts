import type { Codebook } from '../../lib/codebook/types';
import { suggestMapping } from '../../lib/upload/mapping';
import type { Prepared } from '../../lib/upload/normalise';
import { prepare } from '../../lib/upload/normalise';
import { checkAndRelease } from '../../lib/upload/release';
import type { FromWorker, ReleaseView, ToWorker } from './protocol';

/**
 * Reads an upload off the main thread: decoding and the header, then every row checked and
 * converted to the codebook CSV, with progress, then released (src/lib/upload/release.ts). Only
 * released rows are posted back: the page, and so every chart, table and export, never gets a
 * raw row. Nothing here touches the network.
 */
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
};

let current: { prepared: Prepared; codebook: Codebook } | null = null;

scope.addEventListener('message', (e) => {
  const message = e.data;
  try {
    if (message.type === 'prepare') {
      const prepared = prepare(message.file, new Uint8Array(message.bytes));
      current = { prepared, codebook: message.codebook };
      const { file, header, encoding, delimiter, fatal } = prepared;
      scope.postMessage({
        type: 'prepared',
        info: {
          file,
          header,
          encoding,
          delimiter,
          fatal,
          suggested: suggestMapping(message.codebook, header),
        },
      });
    } else if (current) {
      const checked = checkAndRelease(current.codebook, current.prepared, message.mapping, {
        progress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
        releasing: () => scope.postMessage({ type: 'releasing' }),
      });
      const { release } = checked;
      const view: ReleaseView | null =
        release === null
          ? null
          : release.ok
            ? { ok: true, summary: release.summary, ms: checked.releaseMs }
            : release;
      const bytes = release?.ok
        ? (new TextEncoder().encode(release.csv).buffer as ArrayBuffer)
        : null;
      scope.postMessage(
        { type: 'normalised', result: checked.normalised, release: view, csv: bytes },
        bytes ? [bytes] : [],
      );
    }
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
