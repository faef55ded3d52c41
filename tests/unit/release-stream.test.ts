import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/codebook/columns';
import { writeCsv } from '../../src/lib/data/csv';
import { generateWave } from '../../src/lib/demo/generate';
import { suggestMapping } from '../../src/lib/upload/mapping';
import { normalise, prepare } from '../../src/lib/upload/normalise';
import { fromLatin1 } from '../../src/lib/upload/decode';
import { NotUtf8, TooManyRows, streamExport } from '../../src/lib/upload/stream';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();

/** The bytes in chunks of the given sizes (repeated), as a file stream gives them. */
async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/** The streamed rows and problems beside those of the upload's whole-file `normalise`. */
async function both(bytes: Uint8Array, sizes: number[], head = bytes, maxRows = 1e6) {
  const layout = prepare('export.csv', head);
  const mapping = suggestMapping(codebook, layout.header);
  const streamed = await streamExport(codebook, layout, mapping, chunked(bytes, sizes), {
    maxRows,
  });
  const { csv, ...whole } = normalise(codebook, prepare('export.csv', bytes), mapping);
  const rows = csv === '' ? [] : csv.trimEnd().split('\n').slice(1);
  return { streamed, whole, rows };
}

const rows = generateWave(codebook, 2024).slice(0, 60);
const columns = [...csvColumns(codebook), 'toelichting'];

describe('streamExport', () => {
  it('gives the rows and problems of the whole-file upload, a quoted line break on a cut', async () => {
    const comment = (i: number) => (i % 3 === 0 ? `regel één\r\nregel twee, "${i}"` : `kort ${i}`);
    const text = writeCsv(
      columns,
      rows.map((r, i) => ({
        ...r,
        toelichting: comment(i),
        burnout: i === 20 ? 'soms' : r.burnout,
      })),
    );
    const bytes = new TextEncoder().encode(text);
    for (const sizes of [[1], [7, 13], [100], [4096]]) {
      const { streamed, whole, rows: expected } = await both(bytes, sizes);
      expect(streamed.rows.map((r) => r.join(','))).toEqual(expected);
      expect(streamed.result).toEqual(whole);
      // The problem row's line counts every quoted line break above it.
      expect(streamed.result.issues.map((i) => i.line)).toEqual([2 + 20 + 7]);
      expect(streamed.invalidLines).toEqual([29]);
    }
  });

  it('decodes a UTF-8 character cut in two by a chunk', async () => {
    const text = writeCsv(
      columns,
      rows.map((r) => ({ ...r, toelichting: 'privé' })),
    );
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xc3); // the first byte of "é"
    const { streamed, whole } = await both(bytes, [at + 1, 5000]);
    expect(streamed.result).toEqual(whole);
    expect(streamed.result.encoding).toBe('utf-8');
  });

  it('says when a file whose head is UTF-8 is not, to be read again as Windows-1252', async () => {
    const ascii = new TextEncoder().encode(writeCsv(columns, rows));
    const bytes = new Uint8Array([...ascii, ...new TextEncoder().encode('x'), 0xe9, 0x0a]);
    const layout = prepare('export.csv', ascii);
    await expect(
      streamExport(
        codebook,
        layout,
        suggestMapping(codebook, layout.header),
        chunked(bytes, [999]),
        {
          maxRows: 1e6,
        },
      ),
    ).rejects.toThrow(NotUtf8);
  });

  it('reads the bytes Node’s Windows-1252 decoder gets wrong', () => {
    const latin1 = new TextDecoder('windows-1252').decode(new Uint8Array([0x4a, 0x96, 0x80, 0xe9]));
    expect(fromLatin1(latin1)).toBe('J–€é');
  });

  it('stops past the row cap at the line of the first row too many', async () => {
    const bytes = new TextEncoder().encode(writeCsv(columns, rows));
    await expect(both(bytes, [100], bytes, 25)).rejects.toThrow(new TooManyRows(27, 25));
  });
});
