/**
 * The release pipeline: a raw survey export → microdata safe to publish (DESIGN.md Privacy, D2).
 *
 * 1. Keep only the codebook's columns (drops names, e-mail addresses, free text, dates, ids).
 * 2. Top-code hours at the codebook's `top_code`.
 * 3. Partition the respondents into classes (partition.ts): recode along the codebook's
 *    generalisation hierarchies and withhold values until every vector of quasi-identifiers,
 *    a blank counting as its own value, is shared by ≥ k rows holding ≥ l distinct answers on
 *    every sensitive item answered in it.
 * 4. Sort the rows, so that the export's order (time of submission) is not published.
 * 5. Check the result with the same strict rule check-data and the build apply (anonymity.ts).
 *
 * Pure and deterministic: the same input always gives the same file and report, in Node, in the
 * browser's upload worker and in tests.
 */

import { csvColumns } from '../codebook/columns';
import type { Codebook, CodedItem } from '../codebook/types';
import { isNumeric } from '../codebook/types';
import type { AnonymityAssessment, PrivacyRules, Row } from './anonymity';
import {
  DEFAULT_RULES,
  assessAnonymity,
  describeClass,
  quasiIdentifiers,
  sensitiveItems,
} from './anonymity';
import { balance } from './balance';
import type { Mask } from './mask';
import { maskUndiverse } from './mask';
import type { Dimension } from './partition';
import { diversity, heaviest, partition } from './partition';

export type ReleaseOptions = PrivacyRules;

/** How far a known share may stray from the share among everyone in a specialty (balance.ts). */
const BALANCE_TOLERANCE = 0.005;

/** What the release did to one quasi-identifier, over all respondents. */
export interface Kept {
  column: string;
  /** Rows released with a respondent's own (not generalised) value. */
  kept: number;
  /** Rows released with a coarser value (a cluster, a wider band). */
  coarsened: number;
  /** Rows released blank ("afgeschermd of onbekend"), including answers missing in the export. */
  withheld: number;
  /** Of those, withheld only to keep the shares of known values as among everyone. */
  forBalance: number;
}

/** A value moved to a coarser one (or withheld), with how many respondents. */
interface Recode {
  column: string;
  from: string;
  /** '' = withheld. */
  to: string;
  rows: number;
  /** Only for values moved all together (a specialty into its cluster). */
  reason?: string;
}

export interface DisclosureReport {
  rules: PrivacyRules;
  rowsIn: number;
  rowsOut: number;
  columnsKept: number;
  /** Raw columns not in the codebook, removed. */
  columnsDropped: string[];
  topCoded: { item: string; topCode: number; cells: number }[];
  /** Per quasi-identifier, in codebook order. */
  kept: Kept[];
  /** Whole values moved to a coarser one: a small specialty into its cluster. */
  merges: Recode[];
  /** Every move of a value, merges included. */
  recodes: Recode[];
  /** Sensitive answers emptied in a specialty where they were all the same (mask.ts). */
  masked: Mask[];
  /** Rows with at least one value changed. */
  recordsChanged: number;
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
  /** For each released row, the index of the raw row it came from (never written anywhere). */
  source: number[];
}

/** FNV-1a over a row's content: a stable order that does not follow the export's order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The quasi-identifiers as the partition sees them: weight, hierarchy, whole or not. */
function releaseDimensions(codebook: Codebook): Dimension[] {
  return quasiIdentifiers(codebook).map((id) => {
    const item = codebook.items.find((i) => i.id === id) as CodedItem;
    return {
      id,
      weight: item.release?.weight ?? 1,
      whole: item.release?.whole === true,
      parent: new Map(
        item.values.filter((v) => v.parent !== undefined).map((v) => [v.code, v.parent!]),
      ),
    };
  });
}

/** The codes of a quasi-identifier that only the release makes (clusters, wider bands). */
function generalisedCodes(codebook: Codebook, column: string): Set<string> {
  const item = codebook.items.find((i) => i.id === column) as CodedItem;
  return new Set(item.values.filter((v) => v.generalised).map((v) => v.code));
}

/**
 * Per quasi-identifier: rows kept, coarsened and withheld, read off released rows alone (for a
 * previous release, whose true values are not at hand: a merged specialty counts as kept there).
 */
export function keptOf(codebook: Codebook, rows: readonly Row[]): Kept[] {
  return quasiIdentifiers(codebook).map((column) => {
    const generalised = generalisedCodes(codebook, column);
    const out: Kept = { column, kept: 0, coarsened: 0, withheld: 0, forBalance: 0 };
    for (const row of rows) {
      const v = row[column] ?? '';
      if (v === '') out.withheld++;
      else if (generalised.has(v)) out.coarsened++;
      else out.kept++;
    }
    return out;
  });
}

/** Applies the release pipeline to raw rows (keyed by the raw header's names). */
export function releaseRows(
  codebook: Codebook,
  header: readonly string[],
  rawRows: readonly Row[],
  options: Partial<ReleaseOptions> = {},
): Release {
  const { k, l } = { ...DEFAULT_RULES, ...options };
  if (!Number.isInteger(k) || k < 2) throw new ReleaseError(`k must be an integer ≥ 2, got ${k}`);
  if (!Number.isInteger(l) || l < 1) throw new ReleaseError(`l must be an integer ≥ 1, got ${l}`);
  const columns = csvColumns(codebook);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new ReleaseError(
      `The raw export lacks ${missing.length} codebook column(s): ${missing.join(', ')}`,
    );
  const qis = quasiIdentifiers(codebook);

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

  // 3. The classes: first mask what no split could make diverse within a specialty of ≥ k.
  const sensitive = sensitiveItems(codebook);
  const dims = releaseDimensions(codebook);
  const masked = dims
    .filter((d) => d.whole)
    .flatMap((d) => maskUndiverse(codebook, rows, d.id, sensitive, k, l));
  for (const m of masked)
    rows.forEach((row, i) => {
      if (row[m.column] === m.value) changed.add(i);
    });
  const truth = rows.map((row) => qis.map((q) => row[q] ?? ''));
  const answers = sensitive.map((s) => {
    const ids = new Map<string, number>();
    return rows.map((row) => {
      const a = s.answer(row);
      if (a === undefined) return -1;
      if (!ids.has(a)) ids.set(a, ids.size);
      return ids.get(a)!;
    });
  });
  const tiebreak = rows.map((row) => hash(Object.values(row).join('\u0001')));
  const parted = partition({
    truth,
    dims,
    answers,
    k,
    l,
    tiebreak,
  });
  if (!parted.ok)
    throw new ReleaseError(
      `Cannot reach k = ${k} and l = ${l}: even all ${n} respondents together hold fewer than ` +
        `${l} distinct answers on a sensitive item`,
    );
  const forBalance = balance({
    truth,
    released: parted.released,
    within: heaviest(dims),
    generalised: qis.map((q) => generalisedCodes(codebook, q)),
    tolerance: BALANCE_TOLERANCE,
    k,
    diverse: diversity(answers, l),
    tiebreak,
  });
  const recodeCounts = new Map<string, number>();
  rows.forEach((row, i) => {
    qis.forEach((q, c) => {
      const to = parted.released[i]![c]!;
      const from = truth[i]![c]!;
      if (to === from) return;
      row[q] = to;
      changed.add(i);
      const key = [q, from, to].join('\u0001');
      recodeCounts.set(key, (recodeCounts.get(key) ?? 0) + 1);
    });
  });
  const recodes: Recode[] = [...recodeCounts].map(([key, count]) => {
    const [column, from, to] = key.split('\u0001') as [string, string, string];
    return { column, from, to, rows: count };
  });
  const merges: Recode[] = [];
  for (const dim of dims.filter((d) => d.whole)) {
    const c = qis.indexOf(dim.id);
    for (const recode of recodes.filter((r) => r.column === dim.id)) {
      const group = rows.filter((_, i) => truth[i]![c] === recode.from);
      const reason =
        group.length < k
          ? `fewer than ${k} respondents`
          : `to bring "${recode.to || '(withheld)'}" to k and l`;
      merges.push({ ...recode, reason });
    }
  }

  // 4. Row order carries no information.
  const order = rows
    .map((row, i) => ({ i, key: columns.map((c) => row[c]).join('\u0001') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const sorted = order.map((o) => rows[o.i]!);

  // 5. The same check as check-data and the build.
  const assessment = assessAnonymity(codebook, sorted, { k, l });
  const report: DisclosureReport = {
    rules: { k, l },
    rowsIn: rawRows.length,
    rowsOut: sorted.length,
    columnsKept: columns.length,
    columnsDropped: header.filter((h) => !columns.includes(h)),
    topCoded,
    kept: qis.map((column, q) => {
      const kept: Kept = { column, kept: 0, coarsened: 0, withheld: 0, forBalance: forBalance[q]! };
      parted.released.forEach((r, i) => {
        if (r[q] === '') kept.withheld++;
        else if (r[q] === truth[i]![q]) kept.kept++;
        else kept.coarsened++;
      });
      return kept;
    }),
    merges,
    recodes,
    masked,
    recordsChanged: changed.size,
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
              `\n  ${describeClass(c.values)}: ${c.rows} row(s)` +
              (c.notDiverse.length ? `, one answer on ${c.notDiverse.join(', ')}` : ''),
          )
          .join(''),
      report,
    );
  return { columns, rows: sorted, report, assessment, source: order.map((o) => o.i) };
}
