import type { SqlValue } from './engine';

const ID = /^[a-z][a-z0-9_]*$/;

/**
 * Quotes an identifier. Identifiers only ever come from the validated codebook, so this check is
 * a guard against a programming error, not a sanitiser for user input (which is always bound).
 */
export function ident(name: string): string {
  if (!ID.test(name)) throw new Error(`Not a safe SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `?, ?, ?` for a list of bound values. */
export function placeholders(values: readonly SqlValue[]): string {
  if (values.length === 0) throw new Error('An IN list needs at least one value');
  return values.map(() => '?').join(', ');
}

/** Joins SQL fragments with their parameters, keeping placeholders and values in step. */
export interface Fragment {
  sql: string;
  params: SqlValue[];
}

export function and(parts: Fragment[]): Fragment {
  if (parts.length === 0) return { sql: 'TRUE', params: [] };
  return {
    sql: parts.map((p) => `(${p.sql})`).join(' AND '),
    params: parts.flatMap((p) => p.params),
  };
}
