/**
 * The release pipeline: a raw survey export → microdata safe to publish (DESIGN.md Privacy, D2).
 *
 * 1. Keep only the codebook's columns (drops names, e-mail addresses, free text, dates, ids).
 * 2. Top-code hours at the codebook's `top_code`.
 * 3. Generalise: merge the smallest specialties into a named group until each has ≥ mergeBelow.
 * 4. Locally suppress quasi-identifier values until, for every respondent, ≥ k released rows
 *    could be them and those rows hold ≥ l distinct answers on each sensitive item they answered
 *    (local-suppression.ts); rare categories such as anios stay visible.
 * 6. Sort the rows, so that the export's order (time of submission) is not published.
 *
 * Pure and deterministic: the same input always gives the same file and report.
 */

import { csvColumns } from '../codebook/columns';
import type { Codebook } from '../codebook/types';
import { isCoded, isNumeric } from '../codebook/types';
import type { AnonymityAssessment, PrivacyRules, Row } from './anonymity';
import {
  DEFAULT_RULES,
  assessAnonymity,
  describeClass,
  quasiIdentifiers,
  sensitiveItems,
  suppressionOrder,
} from './anonymity';
import { suppressLocally } from './local-suppression';

export interface ReleaseOptions extends PrivacyRules {
  /** Specialty code that small specialties are merged into (must be in the codebook). */
  group: string;
  /** Specialties with fewer rows than this are merged into the group; default 2k. */
  mergeBelow?: number;
  /** Refuse when more than this share of any quasi-identifier column would be suppressed. */
  maxSuppressedShare: number;
}

export const DEFAULT_RELEASE: Readonly<ReleaseOptions> = {
  ...DEFAULT_RULES,
  group: 'overig',
  maxSuppressedShare: 0.75,
};

export interface ColumnLoss {
  column: string;
  /** Cells changed in this column (suppressed, merged or top-coded). */
  cells: number;
  /** cells / rows. */
  share: number;
  how: 'suppressed' | 'merged' | 'top-coded';
}

export interface DisclosureReport {
  rules: PrivacyRules;
  group: string;
  mergeBelow: number;
  rowsIn: number;
  rowsOut: number;
  columnsKept: number;
  /** Raw columns not in the codebook, removed. */
  columnsDropped: string[];
  topCoded: { item: string; topCode: number; cells: number }[];
  merges: { from: string; into: string; rows: number; reason: string }[];
  /** Cells emptied per quasi-identifier to reach k and l. */
  suppressed: Record<string, number>;
  /** Of those, emptied only to keep each specialty's shares as in the unsuppressed file. */
  forBalance: Record<string, number>;
  suppressedCells: number;
  /** Respondents with fewer than k look-alikes (or one answer among them) before suppression. */
  atRisk: number;
  /** After release: the fewest rows that could be any one respondent, by their true values. */
  smallestCrowd: number;
  /** Rows with at least one value changed. */
  recordsChanged: number;
  informationLoss: ColumnLoss[];
  /** The released file's classes. */
  classes: number;
  smallestClass: number;
  ok: boolean;
}

export class ReleaseError extends Error {
  constructor(
    message: string,
    readonly report?: DisclosureReport,
  ) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export interface Release {
  columns: string[];
  rows: Row[];
  report: DisclosureReport;
  assessment: AnonymityAssessment;
}

/** Applies the release pipeline to raw rows (keyed by the raw header's names). */
export function releaseRows(
  codebook: Codebook,
  header: readonly string[],
  rawRows: readonly Row[],
  options: Partial<ReleaseOptions> = {},
): Release {
  const opts: ReleaseOptions = { ...DEFAULT_RELEASE, ...options };
  const { k, l } = opts;
  if (!Number.isInteger(k) || k < 2) throw new ReleaseError(`k must be an integer ≥ 2, got ${k}`);
  if (!Number.isInteger(l) || l < 1) throw new ReleaseError(`l must be an integer ≥ 1, got ${l}`);
  const mergeBelow = Math.max(k, opts.mergeBelow ?? 2 * k);
  const columns = csvColumns(codebook);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new ReleaseError(
      `The raw export lacks ${missing.length} codebook column(s): ${missing.join(', ')}`,
    );
  const qis = quasiIdentifiers(codebook);
  const specialty = codebook.items.find((i) => i.id === 'specialty');
  if (specialty && isCoded(specialty) && !specialty.values.some((v) => v.code === opts.group))
    throw new ReleaseError(
      `The merge group "${opts.group}" is not a specialty code in the codebook; add it there first`,
    );

  // 1. Only codebook columns survive; cells are trimmed.
  const rows: Row[] = rawRows.map((raw) =>
    Object.fromEntries(columns.map((c) => [c, (raw[c] ?? '').trim()])),
  );
  const changed = new Set<number>();
  const n = rows.length;
  if (n < k)
    throw new ReleaseError(
      `Cannot reach k = ${k}: the file has only ${n} respondent(s), so any class is smaller than k`,
    );

  // 2. Top-coding.
  const topCoded: DisclosureReport['topCoded'] = [];
  for (const item of codebook.items.filter(isNumeric)) {
    if (item.top_code === undefined || item.formula !== undefined) continue;
    let cells = 0;
    rows.forEach((row, i) => {
      const value = Number((row[item.id] ?? '').replace(',', '.'));
      if (row[item.id] !== '' && Number.isFinite(value) && value > item.top_code!) {
        row[item.id] = String(item.top_code);
        cells++;
        changed.add(i);
      }
    });
    topCoded.push({ item: item.id, topCode: item.top_code, cells });
  }

  // 3. Generalisation: merge into the group every specialty that is small, or in which everyone
  // who answered a sensitive item gave the same answer (no suppression within it could hide that).
  const sensitive = sensitiveItems(codebook);
  const merges: DisclosureReport['merges'] = [];
  if (qis.includes('specialty')) {
    const members = new Map<string, Row[]>();
    for (const row of rows)
      if (row.specialty) members.set(row.specialty, [...(members.get(row.specialty) ?? []), row]);
    const oneAnswer = (list: readonly Row[]) =>
      sensitive.find((s) => {
        const seen = new Set(list.map((r) => s.answer(r)).filter((a) => a !== undefined));
        return seen.size > 0 && seen.size < l;
      })?.id;
    const order = [...members.entries()]
      .filter(([code]) => code !== opts.group)
      .sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]));
    const reasons = new Map<string, string>();
    for (const [code, list] of order) {
      const item = oneAnswer(list);
      if (list.length < mergeBelow) reasons.set(code, `fewer than ${mergeBelow} respondents`);
      else if (item) reasons.set(code, `one answer on ${item}`);
    }
    // The group itself must pass too: keep merging the next smallest until it does.
    const group = () => [
      ...(members.get(opts.group) ?? []),
      ...[...reasons.keys()].flatMap((c) => members.get(c)!),
    ];
    for (const [code] of order) {
      const g = group();
      if (g.length === 0 || (g.length >= k && oneAnswer(g) === undefined)) break;
      if (!reasons.has(code)) reasons.set(code, `to bring "${opts.group}" to k and l`);
    }
    for (const [code, reason] of reasons) {
      merges.push({ from: code, into: opts.group, rows: members.get(code)!.length, reason });
      rows.forEach((row, i) => {
        if (row.specialty === code) {
          row.specialty = opts.group;
          changed.add(i);
        }
      });
    }
  }

  // 4–5. Local suppression for k and l (local-suppression.ts). Specialty is never emptied:
  // merging already left every specialty with ≥ k rows, and every figure is per specialty.
  const before = rows.map((row) => qis.map((q) => row[q]));
  const order = suppressionOrder(codebook);
  const local = suppressLocally({
    rows,
    qis,
    cost: Object.fromEntries(order.map((q, i) => [q, q === 'specialty' ? Infinity : 2 ** i])),
    sensitive,
    k,
    l,
    balanceWithin: qis.includes('specialty') ? 'specialty' : undefined,
  });
  rows.forEach((row, i) => {
    if (qis.some((q, c) => row[q] !== before[i]![c])) changed.add(i);
  });

  // 6. Row order carries no information.
  const sorted = rows
    .map((row) => ({ row, key: columns.map((c) => row[c]).join('\u0001') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.row);

  const assessment = assessAnonymity(codebook, sorted, { k, l });
  const informationLoss: ColumnLoss[] = [];
  for (const q of qis) {
    const cells = local.suppressed[q] ?? 0;
    informationLoss.push({ column: q, cells, share: cells / n, how: 'suppressed' });
  }
  if (merges.length > 0) {
    const cells = merges.reduce((s, m) => s + m.rows, 0);
    informationLoss.push({ column: 'specialty', cells, share: cells / n, how: 'merged' });
  }
  for (const t of topCoded)
    informationLoss.push({ column: t.item, cells: t.cells, share: t.cells / n, how: 'top-coded' });

  const report: DisclosureReport = {
    rules: { k, l },
    group: opts.group,
    mergeBelow,
    rowsIn: rawRows.length,
    rowsOut: sorted.length,
    columnsKept: columns.length,
    columnsDropped: header.filter((h) => !columns.includes(h)),
    topCoded,
    merges,
    suppressed: local.suppressed,
    forBalance: local.forBalance,
    suppressedCells: Object.values(local.suppressed).reduce((s, v) => s + v, 0),
    atRisk: local.atRisk,
    smallestCrowd: local.smallestCrowd,
    recordsChanged: changed.size,
    informationLoss,
    classes: assessment.classes,
    smallestClass: assessment.smallestClass,
    ok: assessment.ok,
  };
  if (!assessment.ok)
    throw new ReleaseError(
      `Cannot reach k = ${k} and l = ${l}: ${assessment.tooSmall.length} class(es) below k, ` +
        `${assessment.notDiverse.length} not diverse` +
        [...assessment.tooSmall, ...assessment.notDiverse]
          .slice(0, 5)
          .map(
            (c) =>
              `\n  ${describeClass(c.values)}: ${c.matching} matching` +
              (c.notDiverse.length ? `, one answer on ${c.notDiverse.join(', ')}` : ''),
          )
          .join(''),
      report,
    );
  const tooMuch = qis.filter((q) => {
    return (local.suppressed[q] ?? 0) / n > opts.maxSuppressedShare;
  });
  if (tooMuch.length > 0)
    throw new ReleaseError(
      `Cannot reach k = ${k} without suppressing more than ` +
        `${Math.round(100 * opts.maxSuppressedShare)}% of ${tooMuch.join(', ')} ` +
        `(${tooMuch.map((q) => `${q}: ${local.suppressed[q] ?? 0} of ${n}`).join('; ')}). ` +
        'Merge more specialties (--merge-below), lower k only if the data owner accepts it, ' +
        'or raise --max-suppressed.',
      report,
    );
  return { columns, rows: sorted, report, assessment };
}
