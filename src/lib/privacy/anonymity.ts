/**
 * k-anonymity and l-diversity of a released file (DESIGN.md Privacy, reference rules D1, D2), as
 * far as the file itself can tell.
 *
 * An empty (missing or suppressed) value could be anything, so a row's look-alikes are the rows
 * that agree with it wherever both have a value (the wildcard convention of sdcMicro). Every row
 * needs ≥ k look-alikes, and where it answered a sensitive item, those look-alikes hold ≥ l
 * distinct answers to it. For a file without empty values this is plain k-anonymity: every
 * combination present holds ≥ k rows.
 *
 * The file cannot say what an emptied value was. The release command, which has the true values,
 * checks the stronger rule (local-suppression.ts): whatever an attacker knows of a respondent,
 * ≥ k released rows could be them. A released file passes both; check-data and the build check
 * this one, so a raw or hand-edited file with a small class is refused.
 *
 * Pure: no Node or DOM imports, so the release command, check-data and tests share it.
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

/**
 * Which quasi-identifier loses its value first when a class is too small: the least informative
 * for the dashboard first (training year), specialty last. Quasi-identifiers not listed here
 * (a codebook may gain some) are suppressed before all of these.
 */
export const SUPPRESSION_ORDER = [
  'training_year',
  'fulltime',
  'gender',
  'hospital_type',
  'role',
  'specialty',
] as const;

/** The codebook's quasi-identifiers, in codebook order. */
export function quasiIdentifiers(codebook: Codebook): string[] {
  return codebook.items.filter((i) => isCoded(i) && i.quasi_identifier === true).map((i) => i.id);
}

/** The quasi-identifiers in the order in which they are suppressed. */
export function suppressionOrder(codebook: Codebook): string[] {
  const qis = quasiIdentifiers(codebook);
  const known: readonly string[] = SUPPRESSION_ORDER;
  return [...qis.filter((q) => !known.includes(q)), ...known.filter((q) => qis.includes(q))];
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

/** Whether two quasi-identifier tuples could be the same person ('' matches anything). */
export function compatible(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && x !== '' && y !== '') return false;
  }
  return true;
}

export function tupleOf(row: Row, qis: readonly string[]): string[] {
  return qis.map((q) => row[q] ?? '');
}

/** One distinct combination of quasi-identifier values in a file. */
export interface EquivalenceClass {
  /** The quasi-identifier values ('' = missing or suppressed). */
  values: Row;
  /** Rows with exactly these values. */
  rows: number;
  /** Rows that agree with this combination wherever both have a value: the k rule applies. */
  matching: number;
  /** Sensitive items on which the matching rows hold fewer than l distinct valid answers. */
  notDiverse: string[];
  /** Indices of the rows with exactly these values. */
  rowIndices: number[];
}

export interface AnonymityAssessment {
  rules: PrivacyRules;
  rows: number;
  quasiIdentifiers: string[];
  /** Distinct combinations of quasi-identifier values. */
  classes: number;
  /** The smallest number of rows that could be one person (0 for an empty file). */
  smallestClass: number;
  /** Classes with fewer than k matching rows. */
  tooSmall: EquivalenceClass[];
  /** Classes with fewer than l distinct answers on a sensitive item. */
  notDiverse: EquivalenceClass[];
  ok: boolean;
  all: EquivalenceClass[];
}

/** Groups rows by their quasi-identifier tuple (in order of first appearance). */
export function groupByTuple(
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

/** Checks a file's rows against the k and l rules. */
export function assessAnonymity(
  codebook: Codebook,
  rows: readonly Row[],
  rules: PrivacyRules = DEFAULT_RULES,
): AnonymityAssessment {
  const qis = quasiIdentifiers(codebook);
  const sensitive = sensitiveItems(codebook);
  const groups = groupByTuple(rows, qis);
  // Distinct valid answers per group and sensitive item.
  const answers = groups.map((g) =>
    sensitive.map((s) => {
      const set = new Set<string>();
      for (const i of g.indices) {
        const a = s.answer(rows[i]!);
        if (a !== undefined) set.add(a);
      }
      return set;
    }),
  );
  const all: EquivalenceClass[] = groups.map((g, gi) => {
    let matching = 0;
    const seen = sensitive.map(() => new Set<string>());
    groups.forEach((h, hi) => {
      if (!compatible(h.tuple, g.tuple)) return;
      matching += h.indices.length;
      sensitive.forEach((_, si) => {
        for (const a of answers[hi]![si]!) seen[si]!.add(a);
      });
    });
    return {
      values: Object.fromEntries(qis.map((q, i) => [q, g.tuple[i]!])),
      rows: g.indices.length,
      matching,
      notDiverse: sensitive
        .filter((_, si) => answers[gi]![si]!.size > 0 && seen[si]!.size < rules.l)
        .map((s) => s.id),
      rowIndices: g.indices,
    };
  });
  const tooSmall = all.filter((c) => c.matching < rules.k);
  const notDiverse = all.filter((c) => c.notDiverse.length > 0);
  return {
    rules,
    rows: rows.length,
    quasiIdentifiers: qis,
    classes: all.length,
    smallestClass: all.reduce((m, c) => Math.min(m, c.matching), all.length ? Infinity : 0),
    tooSmall,
    notDiverse,
    ok: tooSmall.length === 0 && notDiverse.length === 0,
    all,
  };
}

/** A class as text for reports: "specialty=radiologie, gender=man, role=(suppressed)". */
export function describeClass(values: Row): string {
  return Object.entries(values)
    .map(([q, v]) => `${q}=${v === '' ? '(empty)' : v}`)
    .join(', ');
}
