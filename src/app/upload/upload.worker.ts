import type { Codebook } from '../../lib/codebook/types';
import { suggestMapping } from '../../lib/upload/mapping';
import type { Prepared } from '../../lib/upload/normalise';
import { readExport, sheetNote } from '../../lib/upload/read-export';
import { checkAndRelease } from '../../lib/upload/release';
import { message as uploadMessage } from '../../lib/i18n/translate';
import { errorText, hasContent, readFailure } from './file-size';
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

/** The file read last, with the id of the request that read it. */
let current: { id: number; prepared: Prepared; codebook: Codebook } | null = null;
/** The newest `prepare` request: an older one still being read (a workbook) is dropped. */
let reading = 0;

scope.addEventListener('message', async (e) => {
  const message = e.data;
  const { id } = message;
  if (message.type === 'prepare') {
    current = null;
    reading = id;
    try {
      const bytes = new Uint8Array(message.bytes);
      const prepared = await readExport(message.file, bytes);
      if (reading !== id) return;
      // Bytes with text in them that decode to none were not read (a string too long for the
      // browser, say): that is no empty file.
      if (prepared.fatal.some((issue) => issue.kind === 'empty-file') && hasContent(bytes))
        throw new UnreadError();
      current = { id, prepared, codebook: message.codebook };
      const { file, header, encoding, delimiter, tool, headerRows, identifying, fatal } = prepared;
      scope.postMessage({
        type: 'prepared',
        id,
        info: {
          file,
          header,
          encoding,
          delimiter,
          tool,
          headerRows,
          identifying,
          sheetNote: prepared.sheet ? sheetNote(prepared.sheet) : null,
          fatal,
          suggested: suggestMapping(message.codebook, header),
        },
      });
    } catch (error) {
      const reason =
        error instanceof UnreadError ? uploadMessage('upload.noText') : errorText(error);
      scope.postMessage({
        type: 'error',
        id,
        message: readFailure(message.file, message.bytes.byteLength, reason),
      });
    }
    return;
  }
  const file = current?.prepared.file ?? '';
  try {
    if (!current || current.id !== message.prepared)
      throw new Error(`no file read for request ${message.prepared}`);
    const checked = checkAndRelease(current.codebook, current.prepared, message.mapping, {
      progress: (done, total) => scope.postMessage({ type: 'progress', id, done, total }),
      releasing: () => scope.postMessage({ type: 'releasing', id }),
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
      { type: 'normalised', id, result: checked.normalised, release: view, csv: bytes },
      bytes ? [bytes] : [],
    );
  } catch (error) {
    scope.postMessage({
      type: 'error',
      id,
      message: uploadMessage('upload.checkFailed', {
        file,
        reason: errorText(error),
      }),
    });
  }
});

/** Bytes that held text but gave none when decoded. */
class UnreadError extends Error {}
