import { deflateSync, inflateSync } from 'node:zlib';

/**
 * A screenshot as a palette PNG (8 bits a pixel, at most 256 colours): about a third of the
 * size of Chromium's true-colour PNG, so the gallery stays small in the repository. A page is
 * flat colours and antialiased text: the 256 most frequent colours are kept exactly, every other
 * pixel takes the nearest of them. Reads what Chromium writes (8-bit RGB or RGBA, not
 * interlaced); anything else is returned as it came.
 */
export function toPalettePng(png: Buffer): Buffer {
  const image = decode(png);
  if (!image) return png;
  const { width, height, pixels } = image;
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 3) {
    const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const palette = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([rgb]) => rgb);
  const index = new Map(palette.map((rgb, i) => [rgb, i]));
  const nearest = (rgb: number): number => {
    let best = 0;
    let distance = Infinity;
    palette.forEach((p, i) => {
      const dr = ((p >> 16) & 255) - ((rgb >> 16) & 255);
      const dg = ((p >> 8) & 255) - ((rgb >> 8) & 255);
      const db = (p & 255) - (rgb & 255);
      const d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < distance) [best, distance] = [i, d];
    });
    index.set(rgb, best);
    return best;
  };
  // One filter byte (none) before each row of indices.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = 3 * (y * width + x);
      const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      raw[y * (width + 1) + 1 + x] = index.get(rgb) ?? nearest(rgb);
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(3 * palette.length);
  palette.forEach((rgb, i) => plte.set([(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255], 3 * i));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (alpha dropped: screenshots are opaque). */
function decode(png: Buffer): { width: number; height: number; pixels: Uint8Array } | null {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return null;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) return null;
      channels = colour === 2 ? 3 : 4;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const filtered = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)]!;
    const line = filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[row + x - channels]! : 0;
      const b = y > 0 ? rows[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[row - stride + x - channels]! : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      rows[row + x] = (line[x]! + predicted) & 255;
    }
  }
  const pixels = new Uint8Array(3 * width * height);
  for (let i = 0, j = 0; i < rows.length; i += channels, j += 3)
    pixels.set(rows.subarray(i, i + 3), j);
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  let crc = 0xffffffff;
  for (const byte of [...head.subarray(4), ...body]) crc = CRC[(crc ^ byte) & 255]! ^ (crc >>> 8);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 0);
  return Buffer.concat([head, body, tail]);
}
