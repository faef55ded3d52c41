import Papa from 'papaparse';
import type { Codebook } from '../../lib/codebook/types';
import { suggestMapping } from '../../lib/upload/mapping';
import type { Prepared } from '../../lib/upload/normalise';
import { normalise, prepare } from '../../lib/upload/normalise';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Reads an upload off the main thread: decoding, the header and a preview, then every row checked
 * and converted to the codebook CSV, with progress. Nothing here touches the network.
 */
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
};

let current: { prepared: Prepared; codebook: Codebook } | null = null;

function preview(prepared: Prepared): string[][] {
  if (prepared.fatal.length > 0) return [];
  const parsed = Papa.parse<string[]>(prepared.text.slice(0, 64 * 1024), {
    delimiter: prepared.delimiter,
    preview: 6,
    skipEmptyLines: true,
  });
  return parsed.data.slice(1);
}

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
          preview: preview(prepared),
          suggested: suggestMapping(message.codebook, header),
        },
      });
    } else if (current) {
      const { csv, ...result } = normalise(
        current.codebook,
        current.prepared,
        message.mapping,
        (done, total) => scope.postMessage({ type: 'progress', done, total }),
      );
      const bytes = new TextEncoder().encode(csv).buffer as ArrayBuffer;
      scope.postMessage({ type: 'normalised', result, csv: bytes }, [bytes]);
    }
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
