/**
 * Checks a released wave file before it may be published: the site's own loader (codebook
 * columns and values), no columns beyond the codebook, hours top-coded, and the k / l rules
 * (anonymity.ts, strict: a blank is a value of its own). Used by `npm run check-data`, which `npm run build` runs first, and by
 * `npm run release` on its own output.
 */

import { waveColumns } from '../codebook/asked';
import type { Codebook } from '../codebook/types';
import { isNumeric } from '../codebook/types';
import { readTable } from '../data/csv';
import { DataFileError } from '../data/issues';
import { loadWave } from '../data/load-wave';
import type { Engine } from '../db/engine';
import type { AnonymityAssessment, PrivacyRules } from './anonymity';
import { DEFAULT_RULES, assessAnonymity, describeClass } from './anonymity';

/** How many offending classes a report lists before "… and N more". */
const LIST = 10;

export interface FileCheck {
  file: string;
  ok: boolean;
  rows: number;
  problems: string[];
  assessment?: AnonymityAssessment;
}

export async function checkReleasedFile(
  engine: Engine,
  codebook: Codebook,
  file: string,
  bytes: Uint8Array,
  year: number,
  rules: PrivacyRules = DEFAULT_RULES,
): Promise<FileCheck> {
  const problems: string[] = [];
  try {
    await loadWave(engine, codebook, year, file, bytes);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return { file, ok: false, rows: 0, problems: error.message.split('\n').slice(1) };
  }
  const { header, rows: fileRows } = readTable(new TextDecoder('utf-8').decode(bytes));
  // The wave's columns under their names in the file; the rows under the codebook's names.
  const inWave = waveColumns(codebook, year);
  const columns = inWave.map((c) => c.file);
  const rows = fileRows.map((r) =>
    Object.fromEntries(inWave.map((c) => [c.column, r[c.file] ?? ''])),
  );
  const extra = header.filter((h) => !columns.includes(h));
  if (extra.length > 0)
    problems.push(
      `columns not in the codebook: ${extra.join(', ')} (identifiers, free text or dates must ` +
        'not be published; `npm run release` drops them)',
    );
  for (const item of codebook.items.filter(isNumeric)) {
    if (item.top_code === undefined || item.formula !== undefined) continue;
    const over = rows.filter((r) => Number((r[item.id] ?? '').replace(',', '.')) > item.top_code!);
    if (over.length > 0)
      problems.push(
        `${item.id}: ${over.length} value(s) above the top code ${item.top_code} (extreme hours ` +
          'identify people; `npm run release` caps them)',
      );
  }
  const assessment = assessAnonymity(codebook, rows, rules);
  const list = (
    classes: AnonymityAssessment['tooSmall'],
    what: (c: (typeof classes)[0]) => string,
  ) => {
    for (const c of classes.slice(0, LIST))
      problems.push(`  ${describeClass(c.values)}: ${what(c)}`);
    if (classes.length > LIST) problems.push(`  … and ${classes.length - LIST} more`);
  };
  if (assessment.tooSmall.length > 0) {
    problems.push(
      `k-anonymity: ${assessment.tooSmall.length} class(es) — rows sharing one vector of ` +
        `quasi-identifiers, a blank counting as its own value — hold fewer than k = ${rules.k} ` +
        `rows (smallest: ${assessment.smallestClass})`,
    );
    list(assessment.tooSmall, (c) => `${c.rows} row(s)`);
  }
  if (assessment.notDiverse.length > 0) {
    problems.push(
      `l-diversity: ${assessment.notDiverse.length} class(es) with fewer than l = ${rules.l} ` +
        'distinct answers on a sensitive item',
    );
    list(assessment.notDiverse, (c) => `one answer on ${c.notDiverse.join(', ')}`);
  }
  return { file, ok: problems.length === 0, rows: rows.length, problems, assessment };
}
