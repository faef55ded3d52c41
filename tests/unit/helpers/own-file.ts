import { csvColumns, isStored, optionColumn } from '../../../src/lib/codebook/columns';
import type { Codebook } from '../../../src/lib/codebook/types';
import { isCoded, isMulti, isNumeric } from '../../../src/lib/codebook/types';

export type Row = Record<string, string>;

export interface OwnFile {
  columns: string[];
  rows: Row[];
  /** The rows as a codebook CSV, as a survey tool might export them. */
  csv: string;
}

/**
 * A survey export made up for a test: `groups` says how many respondents each specialty has;
 * every other column varies from row to row (a fixed hash of row and column, no randomness), with every answer
 * a codebook value a respondent could give (never a cluster or band the release makes). `answer`
 * overrides a column for every row, e.g. to give everyone the same burnout answer.
 */
/** A well-spread whole number for row i, column j: columns do not move in step. */
function mix(i: number, j: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(j + 1, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}

export function ownFile(
  codebook: Codebook,
  groups: readonly { specialty: string; rows: number }[],
  answer: Record<string, (i: number) => string> = {},
): OwnFile {
  const columns = csvColumns(codebook);
  const specialties = groups.flatMap((g) => Array.from({ length: g.rows }, () => g.specialty));
  const rows = specialties.map((specialty, i) => {
    const row: Row = {};
    codebook.items.filter(isStored).forEach((item, j) => {
      const pick = <T>(values: readonly T[]) => values[mix(i, j) % values.length]!;
      if (isCoded(item))
        row[item.id] =
          item.id === 'specialty'
            ? specialty
            : pick(item.values.filter((v) => !v.generalised).map((v) => v.code));
      else if (isNumeric(item)) {
        const min = item.min ?? 0;
        const max = item.max ?? 10;
        row[item.id] = String(min + (mix(i, j) % (max - min + 1)));
      } else if (isMulti(item))
        item.options.forEach((o, k) => {
          row[optionColumn(item, o)] = mix(i, 100 * j + k) % 3 === 0 ? '1' : '0';
        });
    });
    for (const [column, value] of Object.entries(answer)) row[column] = value(i);
    return row;
  });
  const csv = [columns.join(','), ...rows.map((r) => columns.map((c) => r[c]).join(','))].join(
    '\n',
  );
  return { columns, rows, csv: `${csv}\n` };
}

/** The codes a value may be released as: itself and every coarser value above it. */
export function ancestors(codebook: Codebook, column: string, code: string): string[] {
  const item = codebook.items.find((i) => i.id === column);
  if (!item || !isCoded(item)) return [code];
  const out = [code];
  for (let at = code; ;) {
    const parent = item.values.find((v) => v.code === at)?.parent;
    if (parent === undefined || out.includes(parent)) return out;
    out.push(parent);
    at = parent;
  }
}
