/**
 * Strict k-anonymity and l-diversity of a released file (DESIGN.md Privacy, reference rule D2).
 *
 * A class is the rows that share one vector of quasi-identifiers, a blank counting as its own
 * value ("afgeschermd of onbekend"), exactly as anyone reading the CSV sees it. Every class holds
 * ≥ k rows, and, on each sensitive item anyone in it answered, ≥ l distinct valid answers. There is
 * no "a blank could be anyone" (wildcard) convention: with it, the one full row among blanked
 * look-alikes is the rare respondent.
 *
 * Pure: no Node or DOM imports, so the release, check-data, the upload worker and tests share it.
 */

import { optionColumn } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { isCoded, isMulti } from '../codebook/types';

export type Row = Record<string, string>;

export interface PrivacyRules {
  /** Every class holds at least k rows. */
  k: number;
  /** Every class holds at least l distinct valid answers on each sensitive item. */
  l: number;
}

export const DEFAULT_RULES: Readonly<PrivacyRules> = { k: 10, l: 2 };

/** The codebook's quasi-identifiers, in codebook order. */
export function quasiIdentifiers(codebook: Codebook): string[] {
  return codebook.items.filter((i) => isCoded(i) && i.quasi_identifier === true).map((i) => i.id);
}

/** A sensitive item and how to read one respondent's valid answer to it. */
export interface SensitiveItem {
  id: string;
  /** The CSV columns holding the answer (one, or one per option of a multi-select item). */
  columns: string[];
  /** The answer as text, or undefined when it is missing, not asked or excluded ("weet niet"). */
  answer(row: Row): string | undefined;
}

export function sensitiveItems(codebook: Codebook): SensitiveItem[] {
  const out: SensitiveItem[] = [];
  for (const item of codebook.items) {
    if (item.sensitive !== true) continue;
    if (isCoded(item)) {
      const excluded = new Set(item.values.filter((v) => v.excluded).map((v) => v.code));
      out.push({
        id: item.id,
        columns: [item.id],
        answer: (row) => {
          const v = row[item.id] ?? '';
          return v === '' || excluded.has(v) ? undefined : v;
        },
      });
    } else if (isMulti(item)) {
      const columns = item.options.map((o) => optionColumn(item, o));
      // A multi-select answer is the pattern of chosen options of someone who answered.
      out.push({
        id: item.id,
        columns,
        answer: (row) => {
          const values = columns.map((c) => row[c] ?? '');
          return values.every((v) => v === '') ? undefined : values.map((v) => v || '0').join('');
        },
      });
    } else {
      out.push({
        id: item.id,
        columns: [item.id],
        answer: (row) => ((row[item.id] ?? '') === '' ? undefined : row[item.id]),
      });
    }
  }
  return out;
}

function tupleOf(row: Row, qis: readonly string[]): string[] {
  return qis.map((q) => row[q] ?? '');
}

/** One class: the rows sharing one vector of quasi-identifier values. */
interface EquivalenceClass {
  /** The quasi-identifier values ('' = withheld or unknown, a value of its own). */
  values: Row;
  /** Rows in the class. */
  rows: number;
  /** Sensitive items on which the class holds fewer than l distinct valid answers. */
  notDiverse: string[];
  /** Indices of the class's rows. */
  rowIndices: number[];
}

export interface AnonymityAssessment {
  rules: PrivacyRules;
  rows: number;
  quasiIdentifiers: string[];
  /** Distinct vectors of quasi-identifier values. */
  classes: number;
  /** The smallest class (0 for an empty file). */
  smallestClass: number;
  /** Classes with fewer than k rows. */
  tooSmall: EquivalenceClass[];
  /** Classes with fewer than l distinct answers on a sensitive item. */
  notDiverse: EquivalenceClass[];
  ok: boolean;
  all: EquivalenceClass[];
}

/** Groups rows by their quasi-identifier tuple (in order of first appearance). */
function groupByTuple(
  rows: readonly Row[],
  qis: readonly string[],
): { tuple: string[]; indices: number[] }[] {
  const groups = new Map<string, { tuple: string[]; indices: number[] }>();
  rows.forEach((row, i) => {
    const tuple = tupleOf(row, qis);
    const key = tuple.join('\u0001');
    const group = groups.get(key);
    if (group) group.indices.push(i);
    else groups.set(key, { tuple, indices: [i] });
  });
  return [...groups.values()];
}

/** Checks a file's rows against the strict k and l rules. */
export function assessAnonymity(
  codebook: Codebook,
  rows: readonly Row[],
  rules: PrivacyRules = DEFAULT_RULES,
): AnonymityAssessment {
  const qis = quasiIdentifiers(codebook);
  const sensitive = sensitiveItems(codebook);
  const all: EquivalenceClass[] = groupByTuple(rows, qis).map((g) => ({
    values: Object.fromEntries(qis.map((q, i) => [q, g.tuple[i]!])),
    rows: g.indices.length,
    notDiverse: sensitive
      .filter((s) => {
        const seen = new Set<string>();
        for (const i of g.indices) {
          const a = s.answer(rows[i]!);
          if (a !== undefined) seen.add(a);
        }
        return seen.size > 0 && seen.size < rules.l;
      })
      .map((s) => s.id),
    rowIndices: g.indices,
  }));
  const tooSmall = all.filter((c) => c.rows < rules.k);
  const notDiverse = all.filter((c) => c.notDiverse.length > 0);
  return {
    rules,
    rows: rows.length,
    quasiIdentifiers: qis,
    classes: all.length,
    smallestClass: all.reduce((m, c) => Math.min(m, c.rows), all.length ? Infinity : 0),
    tooSmall,
    notDiverse,
    ok: tooSmall.length === 0 && notDiverse.length === 0,
    all,
  };
}

/** A class as text for messages: "specialty=radiologie, gender=man, role=(withheld)". */
export function describeClass(values: Row): string {
  return Object.entries(values)
    .map(([q, v]) => `${q}=${v === '' ? '(withheld)' : v}`)
    .join(', ');
}
