import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWaveCsv } from '../../src/lib/demo/generate';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();

describe('the committed demo data', () => {
  it.each(codebook.waves.filter((w) => w.synthetic).map((w) => [w.file, w] as const))(
    '%s is exactly what `npm run demo-data` generates',
    (_, wave) => {
      const committed = readFileSync(path.join(root, 'data', wave.file), 'utf8');
      expect(generateWaveCsv(codebook, wave.year) === committed).toBe(true);
    },
  );
});
