/**
 * What an attacker needs to check a released file, written apart from the release code (no import
 * from src/lib/privacy): the codebook read as plain JSON, the rule's constants, and SQL that reads
 * a quasi-identifier or a sensitive answer the way anyone reading the CSV would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './data';

/** DESIGN.md Privacy / reference rule D2: every class ≥ k rows, ≥ l distinct valid answers. */
export const K = 10;
export const L = 2;

/** The six quasi-identifiers the design names; the codebook must mark exactly these. */
export const SIX = ['specialty', 'hospital_type', 'gender', 'role', 'training_year', 'fulltime'];

/** Sensitive items today; the codebook may add more, never drop one of these. */
export const SENSITIVE_AT_LEAST = [
  'burnout',
  'burnout_cause',
  'considered_quitting',
  'quitting_discussed',
  'not_discussed_reason',
];

interface JsonValue {
  code: string;
  excluded?: boolean;
  /** The coarser code this one generalises to (e.g. a specialty's cluster). */
  parent?: string;
}

interface JsonItem {
  id: string;
  type: string;
  quasi_identifier?: boolean;
  sensitive?: boolean;
  formula?: string;
  values?: JsonValue[];
  options?: { code: string }[];
}

export interface JsonCodebook {
  waves: { year: number; file: string }[];
  items: JsonItem[];
}

/** data/codebook.json as it is on disk, not through the project's validator. */
export function jsonCodebook(): JsonCodebook {
  return JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')) as JsonCodebook;
}

export function quasiIdentifierIds(codebook: JsonCodebook): string[] {
  return codebook.items.filter((i) => i.quasi_identifier === true).map((i) => i.id);
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const column = (id: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`unexpected column name ${id}`);
  return `"${id}"`;
};

/** A cell as text, NULL when blank: the same for the all-text CSV and the typed table. */
export const cell = (id: string) => `NULLIF(trim(CAST(${column(id)} AS VARCHAR)), '')`;

export interface SensitiveAnswer {
  id: string;
  /** The answer as text, NULL where there is none (blank, not asked, or an excluded code). */
  sql: string;
}

/**
 * How to read each sensitive item's valid answer: a coded item's code unless blank or marked
 * `excluded` (weet niet, n.v.t.); a multi-select item's pattern of its 0/1 option columns, for
 * anyone who filled in any of them; a number as it stands.
 */
export function sensitiveAnswers(codebook: JsonCodebook): SensitiveAnswer[] {
  return codebook.items
    .filter((i) => i.sensitive === true)
    .map((item) => {
      if (item.type === 'multi') {
        const options = (item.options ?? []).map((o) => cell(`${item.id}_${o.code}`));
        return {
          id: item.id,
          sql:
            `CASE WHEN ${options.map((o) => `${o} IS NULL`).join(' AND ')} THEN NULL ` +
            `ELSE concat(${options.map((o) => `coalesce(${o}, '0')`).join(', ')}) END`,
        };
      }
      const excluded = (item.values ?? []).filter((v) => v.excluded).map((v) => quote(v.code));
      return {
        id: item.id,
        sql: excluded.length
          ? `CASE WHEN ${cell(item.id)} IN (${excluded.join(', ')}) THEN NULL ELSE ${cell(item.id)} END`
          : cell(item.id),
      };
    });
}

/** The codes a value may be released as: itself, then each coarser code up its `parent` chain. */
export function generalisations(codebook: JsonCodebook, qi: string): Map<string, string[]> {
  const values = codebook.items.find((i) => i.id === qi)?.values ?? [];
  const parent = new Map(values.map((v) => [v.code, v.parent]));
  return new Map(
    values.map((v) => {
      const chain = [v.code];
      for (let up = v.parent; up !== undefined && !chain.includes(up); up = parent.get(up))
        chain.push(up);
      return [v.code, chain];
    }),
  );
}

/** "specialty=radiologie, hospital_type=(blank), …": a class as a reader of the CSV sees it. */
export function describeVector(qis: readonly string[], values: readonly unknown[]): string {
  return qis.map((q, i) => `${q}=${values[i] == null ? '(blank)' : String(values[i])}`).join(', ');
}

/** At most `max` lines of a list, then how many more. */
export function listed(lines: readonly string[], max = 25): string {
  const shown = lines.slice(0, max).map((l) => `  ${l}`);
  if (lines.length > max) shown.push(`  … and ${lines.length - max} more`);
  return shown.join('\n');
}
