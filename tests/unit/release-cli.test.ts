import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvColumns, isStored, optionColumn } from '../../src/lib/codebook/columns';
import { isCoded, isMulti, isNumeric } from '../../src/lib/codebook/types';
import { generateWave } from '../../src/lib/demo/generate';
import { csvLine, readTable, writeCsv } from '../../src/lib/data/csv';
import { readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const tsx = path.join(root, 'node_modules/.bin/tsx');
const release = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(tsx, ['src/cli/release.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const committed2024 = () => readFileSync(path.join(root, 'data/waves/2024.csv'), 'utf8');

type Row = Record<string, string>;

/** A raw export as a survey tool gives it: the codebook's columns and an e-mail address. */
function rawExport(dir: string, rows = generateWave(codebook, 2024)): string {
  const file = path.join(dir, 'export-2024.csv');
  const withEmail = rows.map((r, i) => ({ ...r, email: `aios${i}@example.nl` }));
  writeFileSync(file, writeCsv([...csvColumns(codebook), 'email'], withEmail));
  return file;
}

/** Counts per answer of every column of a released file, e.g. "burnout=ja" → 812. */
function answerCounts(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of readTable(readFileSync(file, 'utf8')).rows)
    for (const [column, value] of Object.entries(row)) {
      const key = `${column}=${value}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

/**
 * The generated answers, with a multi-select question answered with every option "0" made
 * unanswered: one column of chosen options cannot tell "none chosen" from "not answered".
 */
function answers(): Row[] {
  return generateWave(codebook, 2024).map((row) => {
    const out: Row = { ...row };
    for (const item of codebook.items.filter(isMulti)) {
      const columns = item.options.map((o) => optionColumn(item, o));
      if (columns.every((c) => out[c] === '0')) for (const c of columns) out[c] = '';
    }
    return out;
  });
}

/**
 * One row as a survey tool exports it: coded answers as their Dutch labels (or, when `ascii`,
 * whichever of Dutch label, English label and code is plain ASCII), each multi-select question
 * as one column of chosen options separated by `;`, numbers with a decimal comma.
 */
function labelled(row: Row, ascii: boolean): string[] {
  const plain = (text: string) => !ascii || /^[\x20-\x7e]*$/.test(text);
  const cells: string[] = [];
  for (const item of codebook.items.filter(isStored)) {
    if (isCoded(item)) {
      const code = row[item.id] ?? '';
      const value = item.values.find((v) => v.code === code);
      cells.push(value ? ([value.label.nl, value.label.en].find(plain) ?? code) : code);
    } else if (isNumeric(item)) {
      const v = row[item.id] ?? '';
      cells.push(v === '' ? '' : v.includes('.') ? v.replace('.', ',') : `${v},0`);
    } else if (isMulti(item))
      cells.push(
        item.options
          .filter((o) => row[optionColumn(item, o)] === '1')
          .map((o) => [o.label.nl, o.label.en].find(plain) ?? o.code)
          .join(';'),
      );
  }
  return cells;
}

/** Text as Windows-1252 bytes (every character used here is in it). */
function windows1252(text: string): Uint8Array {
  // Written out: Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as latin-1.
  const high = [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ'];
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const at = high.indexOf(c);
    if (at < 0) throw new Error(`"${c}" is not in Windows-1252`);
    return 0x80 + at;
  });
}

/** The release reads exports in chunks of this many bytes (src/cli/release.ts CHUNK_BYTES). */
const CHUNK = 1 << 20;

/**
 * The answers as a survey tool's export in Windows-1252 with `;` and CRLF, its columns named
 * Q1, Q2, … (a mapping file says which is which), an e-mail address, a room number and a long
 * comment. The rows are labelled in ASCII up to one whose "é" (of "privé") falls on the last
 * byte of the first chunk, and in Dutch from there: the head the layout is read from looks
 * like UTF-8, so the release finds out only at the chunk boundary, and must start again.
 */
function toolExport(dir: string, rows: Row[]): { file: string; mapping: string } {
  const items = codebook.items.filter(isStored);
  const header = [...items.map((_, i) => `Q${i + 1}`), 'E-mailadres', 'Kamer', 'Opmerkingen'];
  const newline = '\r\n';
  const comment = (i: number, pad = 0) => `opmerking ${i}, met komma${'.'.repeat(400 + pad)}`;
  const line = (row: Row, i: number, ascii: boolean, pad = 0) =>
    csvLine([...labelled(row, ascii), `aios${i}@example.nl`, `K${i}`, comment(i, pad)], ';') +
    newline;
  // The row whose "é" can be moved onto the last byte of the first chunk by padding the one before.
  let offset = (csvLine(header, ';') + newline).length;
  let at: { row: number; pad: number } | null = null;
  rows.forEach((row, i) => {
    const dutch = line(row, i, false);
    const e = dutch.indexOf('é');
    const ascii = /^[\x20-\x7e]*$/.test(dutch.slice(0, e));
    if (e >= 0 && ascii && offset + e <= CHUNK - 1) at = { row: i, pad: CHUNK - 1 - (offset + e) };
    offset += line(row, i, true).length;
  });
  const { row: boundary, pad } = at!;
  const text =
    csvLine(header, ';') +
    newline +
    rows
      .map((row, i) =>
        i < boundary ? line(row, i, true, i === boundary - 1 ? pad : 0) : line(row, i, false),
      )
      .join('');
  const bytes = windows1252(text);
  expect(bytes[CHUNK - 1]).toBe(0xe9); // é, in Windows-1252
  expect(bytes.subarray(0, CHUNK - 1).every((b) => b < 0x80)).toBe(true);
  const file = path.join(dir, 'tool-export.csv');
  writeFileSync(file, bytes);
  const mapping = path.join(dir, 'mapping.json');
  writeFileSync(
    mapping,
    JSON.stringify({
      format: 'djs-enquete-mapping',
      version: 1,
      headerRows: 1,
      columns: [
        ...items.map((item, i) => ({
          header: `Q${i + 1}`,
          target: isMulti(item) ? `multi:${item.id}` : item.id,
        })),
        { header: 'Kamer', target: 'ignore', identifying: true },
        { header: 'Opmerkingen', target: 'ignore' },
      ],
    }),
  );
  return { file, mapping };
}

/** Writes lines through a stream, never holding the file. */
async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

describe('npm run release', () => {
  it('writes the committed demo file from the generator’s raw rows, and a report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const out = path.join(dir, '2024.csv');
    const report = path.join(dir, 'disclosure-2024.md');
    const first = release([rawExport(dir), '--wave', '2024', '--out', out, '--report', report]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(committed2024());
    expect(first.stdout).toContain('columns: 45 kept, 1 dropped (email)');
    expect(first.stdout).toContain('identifying columns, dropped unread: email');
    expect(readFileSync(report, 'utf8')).not.toContain('previous release');
    // Released again over its own output: the report compares with what it replaces.
    const second = release([rawExport(dir), '--wave', '2024', '--out', out, '--report', report]);
    expect(second.status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain(`## Compared with the previous release`);
    expect(readFileSync(report, 'utf8')).toContain('kept in the previous release');
  });

  it('writes nothing when k cannot be reached, and says why', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const out = path.join(dir, '2024.csv');
    const run = release([
      rawExport(dir, generateWave(codebook, 2024).slice(0, 6)),
      '--wave',
      '2024',
      '--out',
      out,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot reach k = 10: the file has only 6 respondent(s)');
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('releases a tool’s export (labels, one column per multi-select, Windows-1252) as the same answers in codes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const rows = answers();
    const codes = path.join(dir, 'codes.csv');
    writeFileSync(codes, writeCsv(csvColumns(codebook), rows));
    const { file, mapping } = toolExport(dir, rows);
    const outCodes = path.join(dir, 'from-codes.csv');
    const outTool = path.join(dir, 'from-tool.csv');
    const report = path.join(dir, 'report.md');
    const a = release([codes, '--wave', '2024', '--out', outCodes, '--report', report]);
    expect(a.stderr).toBe('');
    const b = release([
      file,
      '--wave',
      '2024',
      '--mapping',
      mapping,
      '--out',
      outTool,
      '--report',
      report,
    ]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(b.stdout).toContain(
      `read tool-export.csv: ${rows.length} respondent row(s), ${rows.length} valid (windows-1252, delimiter ";"`,
    );
    expect(b.stdout).toContain('identifying columns, dropped unread: E-mailadres, Kamer');
    expect(b.stdout).toContain('other columns not in the codebook, ignored: Opmerkingen');
    expect(b.stdout).toMatch(/\d+ number\(s\) with a decimal comma read as decimals/);
    expect(answerCounts(outTool)).toEqual(answerCounts(outCodes));
    expect(readFileSync(outTool, 'utf8')).toBe(readFileSync(outCodes, 'utf8'));
    expect(readFileSync(report, 'utf8')).toContain(
      '- identifying columns, dropped unread: E-mailadres, Kamer',
    );
  });

  it('refuses a ragged file, naming the file and every line, and writes nothing; --drop-invalid releases the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const columns = csvColumns(codebook);
    const lines = writeCsv(columns, generateWave(codebook, 2024)).split('\n');
    lines[4] = lines[4]!.slice(0, lines[4]!.lastIndexOf(',')); // line 5: a field short
    lines[8] = `${lines[8]},extra`; // line 9: a field too many
    const file = path.join(dir, 'ragged.csv');
    writeFileSync(file, lines.join('\n'));
    const out = path.join(dir, '2024.csv');
    const report = path.join(dir, 'report.md');
    const run = release([file, '--wave', '2024', '--out', out, '--report', report]);
    expect(run.status).toBe(1);
    const n = columns.length;
    expect(run.stderr).toContain(`${file}: line 5: found `);
    expect(run.stderr).toContain(`expected ${n} fields separated by "," (this line has ${n - 1})`);
    expect(run.stderr).toContain(`${file}: line 9: found `);
    expect(run.stderr).toContain(`expected ${n} fields separated by "," (this line has ${n + 1})`);
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);

    const dropped = release([
      file,
      '--wave',
      '2024',
      '--out',
      out,
      '--report',
      report,
      '--drop-invalid',
    ]);
    expect(dropped.stderr).toBe('');
    expect(dropped.status).toBe(0);
    const released = readTable(readFileSync(out, 'utf8')).rows.length;
    expect(released).toBe(lines.filter((l) => l !== '').length - 3);
    const text = readFileSync(report, 'utf8');
    expect(text).toContain('left out for a problem (--drop-invalid): 2 row(s), line(s) 5, 9');
    expect(text).toContain('- line 5: field-count');
  });

  it('refuses an unclosed quote, naming the file and the line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-cli-'));
    const lines = writeCsv(csvColumns(codebook), generateWave(codebook, 2024).slice(0, 40)).split(
      '\n',
    );
    lines[6] = lines[6]!.replace(',', ',"');
    const file = path.join(dir, 'quote.csv');
    writeFileSync(file, lines.join('\n'));
    const run = release([file, '--wave', '2024', '--out', path.join(dir, 'out.csv')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: line 7`);
    expect(run.stderr).toContain('Nothing was written.');
  });
});

describe('npm run release on a file larger than a string can hold', () => {
  it(
    'streams 600 MB of long comments to the committed file, and stops a file of too many rows at the cap',
    { timeout: 600_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'release-huge-'));
      try {
        const columns = [...csvColumns(codebook), 'email', 'comment'];
        const rows = generateWave(codebook, 2024);
        // An open answer of 300,000 characters per respondent, with commas and line breaks.
        const comment = 'Lange toelichting, met komma’s\nen regels. '.repeat(7300);
        const huge = path.join(dir, 'huge.csv');
        await writeLines(huge, [
          csvLine(columns) + '\n',
          ...rows.map(
            (r, i) =>
              csvLine(columns.map((c) => r[c] ?? (c === 'email' ? `a${i}@x.nl` : comment))) + '\n',
          ),
        ]);
        expect(statSync(huge).size).toBeGreaterThan(600 * 2 ** 20);
        const out = path.join(dir, '2024.csv');
        // A heap far smaller than the file: it can only pass by streaming (and with a row cap
        // that fits such a heap, or the release refuses to start).
        const report = path.join(dir, 'r.md');
        const run = release(
          [huge, '--wave', '2024', '--out', out, '--report', report, '--max-rows', '20000'],
          {
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=384`,
          },
        );
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(committed2024());
        expect(run.stdout).toContain(`${rows.length} respondent row(s), ${rows.length} valid`);
        rmSync(huge);

        // Millions of short rows: stopped at the row cap, at the line past it.
        const many = path.join(dir, 'many.csv');
        const block = writeCsv(csvColumns(codebook), rows).split('\n').slice(1).join('\n');
        const repeats = Math.ceil((560 * 2 ** 20) / block.length);
        await writeLines(many, [
          csvLine(csvColumns(codebook)) + '\n',
          ...Array.from({ length: repeats }, () => block),
        ]);
        expect(statSync(many).size).toBeGreaterThan(512 * 2 ** 20);
        const capped = release([many, '--wave', '2024', '--out', out]);
        expect(capped.status).toBe(1);
        expect(capped.stderr).toContain(
          `release: ${many}: line 200002: more than 200,000 respondent rows; the release handles up to 200,000`,
        );
        expect(capped.stderr).toContain('Nothing was written.');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
