/**
 * Checks one survey export the way the site's upload does: `npx tsx src/cli/check-upload.ts
 * <file.csv> [--map "<header>=<column>"]…` (and `npm run check-data -- <file>`). Every problem is
 * printed with its line, column, the value found and what was expected; the valid rows are then
 * loaded with the site's own loader. Exits 0 when the whole file is usable, 1 otherwise.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../lib/codebook/types';
import { validateCodebook } from '../lib/codebook/validate';
import { loadWave } from '../lib/data/load-wave';
import { DataFileError, describeIssue } from '../lib/data/issues';
import { createNodeEngine } from '../lib/db/node';
import type { Mapping } from '../lib/upload/mapping';
import { suggestMapping, targets, targetKey } from '../lib/upload/mapping';
import { describeUploadIssue, normalise, prepare } from '../lib/upload/normalise';
import { invokedAsCommand } from './invoked';

export interface Io {
  readFile(file: string): Uint8Array;
  out(line: string): void;
  err(line: string): void;
}

const nodeIo: Io = {
  readFile: (file) => new Uint8Array(readFileSync(file)),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const USAGE = 'usage: check-upload <file.csv> [--map "<header>=<column>"]… [--codebook <path>]';

function mappingFor(codebook: Codebook, header: string[], maps: string[]): Mapping | string {
  const mapping = suggestMapping(codebook, header);
  const all = targets(codebook);
  for (const spec of maps) {
    const eq = spec.lastIndexOf('=');
    const name = spec.slice(0, eq);
    const to = spec.slice(eq + 1);
    const at = header.indexOf(name);
    if (eq < 1 || at < 0) return `--map ${spec}: expected "<a header of the file>=<column>"`;
    const target =
      to === 'ignore'
        ? ({ kind: 'ignore' } as const)
        : all.find((t) => targetKey(t) === to || targetKey(t) === `multi:${to}`);
    if (!target) return `--map ${spec}: "${to}" is not a codebook column (or "ignore")`;
    mapping[at] = target;
  }
  return mapping;
}

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const files: string[] = [];
  const maps: string[] = [];
  let codebookFile = path.join('data', 'codebook.json');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--map' && argv[i + 1] !== undefined) maps.push(argv[++i]!);
    else if (arg === '--codebook' && argv[i + 1] !== undefined) codebookFile = argv[++i]!;
    else if (arg.startsWith('--')) {
      io.err(`check-upload: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const file = files[0]!;
  let codebook: Codebook;
  let bytes: Uint8Array;
  try {
    const raw: unknown = JSON.parse(new TextDecoder().decode(io.readFile(codebookFile)));
    codebook = validateCodebook(raw, codebookFile);
    bytes = io.readFile(file);
  } catch (e) {
    io.err(`check-upload: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }

  const prepared = prepare(file, bytes);
  const mapping = mappingFor(codebook, prepared.header, maps);
  if (typeof mapping === 'string') {
    io.err(`check-upload: ${mapping}`);
    return 2;
  }
  const result = normalise(codebook, prepared, mapping);
  if (result.fatal.length > 0) {
    io.err(`FAIL  ${file}: cannot be read`);
    for (const issue of result.fatal) io.err(`  ${describeUploadIssue(issue)}`);
    return 1;
  }
  const left = result.rows - result.valid;
  io.out(
    `${left === 0 ? 'ok   ' : 'FAIL '} ${file}: ${result.rows} rows, ${result.valid} valid, ` +
      `${left} left out (${result.encoding}, delimiter "${result.delimiter === '\t' ? 'tab' : result.delimiter}")`,
  );
  if (result.ignored.length > 0) io.out(`  ignored columns: ${result.ignored.join(', ')}`);
  if (result.absent.length > 0)
    io.out(`  not in the file (left empty): ${result.absent.join(', ')}`);
  if (result.decimalCommas > 0)
    io.out(`  ${result.decimalCommas} numbers with a decimal comma read as decimals`);
  for (const issue of result.issues) io.err(`  ${describeUploadIssue(issue)}`);
  if (result.issueTotal > result.issues.length)
    io.err(`  … and ${result.issueTotal - result.issues.length} more`);

  // The valid rows must also pass the loader the site uses for its own data.
  if (result.valid > 0) {
    const engine = await createNodeEngine();
    try {
      const year = Math.max(...codebook.waves.map((w) => w.year));
      await loadWave(engine, codebook, year, file, new TextEncoder().encode(result.csv));
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      for (const issue of e.issues) io.err(`  ${describeIssue(issue)}`);
      return 1;
    } finally {
      await engine.close();
    }
  }
  return left === 0 && result.issueTotal === 0 ? 0 : 1;
}

if (invokedAsCommand(import.meta.url))
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`check-upload: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
