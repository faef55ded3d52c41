import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/check-upload';
import { main } from '../../src/cli/check-upload';
import { root } from './helpers/data';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: (file) => new Uint8Array(readFileSync(path.resolve(root, file))),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { io, out, err };
}
const fixture = (name: string) => `tests/fixtures/upload/${name}`;

describe('check-upload CLI', () => {
  it('passes a survey export and says how it was read', async () => {
    const { io: x, out, err } = io();
    const code = await main([fixture('english-labels-extra-columns.csv')], x);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^ok .*40 rows, 40 valid, 0 left out \(utf-8, delimiter ","\)/);
    expect(out).toContain('  ignored columns: StartDate, Progress, Opmerkingen');
  });

  it('lists every row problem with line, column, value and expectation, and fails', async () => {
    const { io: x, out, err } = io();
    expect(await main([fixture('errors.csv')], x)).toBe(1);
    expect(out[0]).toMatch(/20 rows, 14 valid, 6 left out/);
    expect(err).toContain(
      '  line 4, column "burnout": found "misschien", expected one of the codes ja, nee, weet_niet (or their labels)',
    );
    expect(err).toContain(
      '  line 7, column "hours_worked": found "150", expected a number from 0 to 120',
    );
    expect(err).toHaveLength(6);
  });

  it('fails a file that cannot be read at all, and takes a column mapping', async () => {
    const empty = io();
    expect(await main([fixture('empty.csv')], empty.io)).toBe(1);
    expect(empty.err.join('\n')).toMatch(/expected a CSV file with a header row/);
    const unmapped = io();
    expect(await main([fixture('needs-mapping.csv')], unmapped.io)).toBe(1);
    expect(unmapped.err.join('\n')).toMatch(
      /column "hospital_type".*map one of the file's columns/,
    );
    const mapped = io();
    expect(
      await main([fixture('needs-mapping.csv'), '--map', 'Ziekenhuis=hospital_type'], mapped.io),
    ).toBe(0);
    const usage = io();
    expect(await main([], usage.io)).toBe(2);
  });
});
