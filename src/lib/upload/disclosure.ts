/**
 * The release's disclosure report as the upload panel shows it. The only place that reads the
 * report's fields for the upload, so that a change of the report (src/lib/privacy/release.ts)
 * is adjusted here alone.
 */

import type { DisclosureReport } from '../privacy/release';

interface KeptShare {
  /** The quasi-identifier's codebook id. */
  column: string;
  /** Shares of the released rows (0–1): own value, a coarser value, blank. */
  kept: number;
  coarsened: number;
  withheld: number;
}

export interface ReleaseSummary {
  k: number;
  l: number;
  /** Respondents released (every valid row: the release removes none). */
  rows: number;
  /** The fewest released rows sharing one vector of quasi-identifiers (≥ k). */
  smallestClass: number;
  /** Per quasi-identifier, in codebook order. */
  kept: KeptShare[];
  /**
   * Values merged whole into a coarser one (a specialty into its cluster); `to` '' = withheld.
   * Without counts, as are the capped answers: most are below k, and the panel, like every view,
   * shows no count of fewer than k respondents.
   */
  merges: { column: string; from: string; to: string }[];
  /** Items with answers capped at the codebook's top code. */
  topCoded: { item: string; topCode: number }[];
  /** Sensitive items emptied in a specialty where everyone gave one answer (without counts). */
  masked: { column: string; value: string; items: string[] }[];
}

export function summariseRelease(report: DisclosureReport): ReleaseSummary {
  const n = Math.max(1, report.rowsOut);
  return {
    k: report.rules.k,
    l: report.rules.l,
    rows: report.rowsOut,
    smallestClass: report.smallestClass,
    kept: report.kept.map((q) => ({
      column: q.column,
      kept: q.kept / n,
      coarsened: q.coarsened / n,
      withheld: q.withheld / n,
    })),
    merges: report.merges.map((m) => ({ column: m.column, from: m.from, to: m.to })),
    topCoded: report.topCoded
      .filter((t) => t.cells > 0)
      .map((t) => ({ item: t.item, topCode: t.topCode })),
    masked: report.masked.map((m) => ({ column: m.column, value: m.value, items: m.items })),
  };
}

/** The smallest class a failed release reached, when it got as far as a report. */
export function smallestClassOf(report: DisclosureReport | undefined): number | null {
  return report ? report.smallestClass : null;
}
