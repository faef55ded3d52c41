/**
 * The survey file the build writes with DuckDB's native client (src/build/survey-file.ts), which
 * the site attaches instead of reading the waves: from a wave file as a survey tool might export
 * it (columns in another order, decimal commas in quoted fields, CRLF line ends, a column the
 * codebook does not know with quotes and commas in it), duckdb-wasm reads back exactly what it
 * loads from the CSVs, values written here by hand included; and a file on disk that is not the
 * one duckdb-wasm checked stops the build, with no survey file left behind.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSurveyFile } from '../../src/build/survey-file';
import type { OpenedDataSet } from '../../src/lib/data/data-set';
import { openDataSet } from '../../src/lib/data/data-set';
import { dataDirectory } from '../../src/lib/data/node-files';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { root } from './helpers/data';

/** A field as a survey tool quotes it: always, doubling quotes inside. */
const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;

/**
 * The committed 2024 wave rewritten: columns reversed, decimal points as commas, every field
 * quoted, CRLF, a free-text column; and one respondent of our own whose answers are known.
 */
function exported(csv: string): string {
  const [head, ...rows] = csv.trimEnd().split('\n');
  const header = head!.split(',');
  const own = header.map((name, i) => {
    if (name === 'hours_worked') return '52,25';
    if (name === 'outside_hours') return '3,5';
    return rows[0]!.split(',')[i]!;
  });
  const line = (fields: string[], note: string) =>
    [note, ...fields.map((f) => f.replace('.', ',')).reverse()].map(quoted).join(',');
  return (
    [
      line(header, 'opmerking'),
      ...rows.map((r, k) => line(r.split(','), k % 2 ? 'te veel "diensten", echt' : '')),
      line(own, 'zelf, "ingevuld"'),
    ].join('\r\n') + '\r\n'
  );
}

let dir: string;
let loaded: Engine;
let opened: OpenedDataSet;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'djs-survey-file-'));
  cpSync(path.join(root, 'data'), dir, { recursive: true });
  const wave = path.join(dir, 'waves/2024.csv');
  writeFileSync(wave, exported(readFileSync(wave, 'utf8')));
  loaded = await createNodeEngine();
  // Checked in full: no build vouches for these files.
  opened = await openDataSet(loaded, dataDirectory(dir), { weights: 'none' });
}, 120_000);
afterAll(() => loaded.close());

const everyRow = (engine: Engine) => engine.query('SELECT * FROM responses ORDER BY ALL');

describe('the survey file', () => {
  it('reads back in duckdb-wasm as exactly the rows it loads from the CSVs', async () => {
    const out = path.join(dir, 'survey.duckdb');
    await writeSurveyFile(loaded, opened.codebook, dir, opened.waves, out);
    const site = await createNodeEngine();
    try {
      await openDataSet(site, dataDirectory(dir), {
        codebook: opened.codebook,
        weights: 'none',
        built: { bytes: Promise.resolve(new Uint8Array(readFileSync(out))), waves: opened.waves },
      });
      const rows = await everyRow(site);
      expect(rows.length).toBe(opened.waves.reduce((n, w) => n + w.rows, 0));
      expect(rows).toStrictEqual(await everyRow(loaded));
      // Our own respondent, as written above: 52,25 hours, 3,5 outside them.
      const own = await site.query(
        'SELECT wave, outside_hours FROM responses WHERE hours_worked = 52.25',
      );
      expect(own).toStrictEqual([{ wave: 2024, outside_hours: 3.5 }]);
      // Not a table of its own: the view of the attached file (nothing copied into memory).
      const [{ type }] = (await site.query(
        "SELECT table_type AS type FROM information_schema.tables WHERE table_name = 'responses' " +
          "AND table_catalog = 'memory'",
      )) as [{ type: string }];
      expect(type).toBe('VIEW');
    } finally {
      await site.close();
    }
  });

  it('stops the build when a wave on disk is not the one duckdb-wasm checked', async () => {
    const changed = mkdtempSync(path.join(os.tmpdir(), 'djs-survey-changed-'));
    cpSync(dir, changed, { recursive: true });
    const wave = path.join(changed, 'waves/2024.csv');
    // Our own respondent's hours, still a valid answer: one row changed.
    writeFileSync(wave, readFileSync(wave, 'utf8').replace('"52,25"', '"52,5"'));
    const out = path.join(changed, 'other.duckdb');
    await expect(
      writeSurveyFile(loaded, opened.codebook, changed, opened.waves, out),
    ).rejects.toThrow('The built survey differs from the waves as loaded: 2024: 2 rows');
    expect(existsSync(out)).toBe(false);
  });
});
