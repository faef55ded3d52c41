import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';

/** A small seeded generator (mulberry32): the same scale-up on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a synthetic scale-up of a wave CSV: the header, every respondent row once, then rows
 * drawn from them at random (seeded, with replacement) until `rows` rows are written. Resampling
 * keeps every value valid for the codebook and every group present (so privacy checks still
 * pass at least as often as on the original); shares and means stay close to the original's, only
 * the row count grows.
 */
export async function writeScaledCsv(source: string, target: string, rows: number): Promise<void> {
  const text = readFileSync(source, 'utf8').replace(/\r?\n$/, '');
  const [header, ...lines] = text.split(/\r?\n/);
  if (!header || lines.length === 0) throw new Error(`${source}: no rows to scale up`);
  if (rows < lines.length) throw new Error(`${source}: cannot scale ${lines.length} rows down`);
  const next = random(rows);
  const out = createWriteStream(target);
  // Write in blocks: a million single-line writes would be slow, one huge string wasteful.
  const block: string[] = [`${header}\n`];
  for (let i = 0; i < rows; i++) {
    const line = i < lines.length ? lines[i]! : lines[Math.floor(next() * lines.length)]!;
    block.push(`${line}\n`);
    if (block.length >= 10_000) {
      if (!out.write(block.join(''))) await once(out, 'drain');
      block.length = 0;
    }
  }
  out.end(block.join(''));
  await once(out, 'finish');
}
