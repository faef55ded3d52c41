import { isAsked } from '../codebook/asked';
import { getItem } from '../codebook/columns';
import type { Codebook, Item, Text } from '../codebook/types';
import type { Engine } from '../db/engine';
import type { Panel, PanelRow } from '../figures/panel';
import { itemPanel, viewSource } from '../figures/panel';
import type { Figure } from '../figures/types';
import { isSuppressed } from '../privacy/threshold';
import { respondents } from '../query/respondents';
import type { Selection } from '../query/selection';
import type { ViewResults } from '../query/shipped';
import { servesCodebook } from '../query/shipped';

/**
 * The report of one specialty: every question of the codebook, topic by topic in the codebook's
 * order (which is the order of the junior boards' article: who took part, pride, overtime, …,
 * support), the specialty set against the rest of the wave with the same panels, tests and
 * Benjamini–Hochberg correction as the dashboard's charts. No words here: sentences.ts writes them.
 */
export interface SpecialtyReport {
  /** The specialty's code (a value of the codebook's `specialty` dimension). */
  specialty: string;
  label: Text;
  wave: number;
  weighted: boolean;
  /** Respondents of the specialty in the wave (unweighted rows). */
  respondents: number;
  /** Respondents of the wave. */
  total: number;
  /**
   * False when the specialty has fewer than 10 respondents (MIN_N): then nothing of it is shown
   * and `sections` is empty, so no figure of it can be shown by accident.
   */
  shown: boolean;
  sections: ReportSection[];
}

interface ReportSection {
  /** A codebook topic id. */
  topic: string;
  label: Text;
  items: ReportItem[];
  /** Questions of the topic that the wave did not ask. */
  notAsked: Item[];
}

export interface ReportItem {
  /** The item as asked in the wave. */
  item: Item;
  /**
   * The specialty and the rest of the wave: rows [selection, benchmark "the rest"]. The selection
   * row's `comparison` is its test against the rest (null: too few to compare); its figure is
   * hidden (value null, n 0) below 10 valid answers, as on the dashboard.
   */
  panel: Panel;
  /** All respondents of the wave (the specialty included), as the article also quotes them. */
  all: Figure;
}

/**
 * A question without a single measure (who took part, a multi-select question) has no test: its
 * rows carry none, so nothing (a chart's table included) can read "too few to compare" into it.
 */
function singleTested(panel: Panel): Panel {
  if (panel.type === 'mean' || (panel.type === 'share' && panel.item.headline)) return panel;
  const rows: PanelRow[] = panel.rows.map(({ kind, group, figure }) => ({ kind, group, figure }));
  return { ...panel, rows } as Panel;
}

/** The dimension a report is of. */
export const REPORT_DIMENSION = 'specialty';

export interface ReportOptions {
  wave: number;
  /** Post-stratified figures (only where the wave has trainee counts; the caller decides). */
  weighted?: boolean;
  /**
   * Every topic's statements answered at build time (shipped.ts): a report then asks DuckDB
   * nothing (weighted, with the weights set), and `engine` may be one that is still starting.
   */
  shipped?: ViewResults | null;
}

/**
 * The figures of one specialty's report, computed on the engine as the dashboard computes its
 * charts. Throws for a code that is not a specialty of the codebook.
 */
export async function specialtyReport(
  engine: Engine,
  codebook: Codebook,
  specialty: string,
  { wave, weighted = false, shipped = null }: ReportOptions,
): Promise<SpecialtyReport> {
  const dimension = getItem(codebook, REPORT_DIMENSION);
  const value = 'values' in dimension ? dimension.values.find((v) => v.code === specialty) : null;
  if (!value) throw new Error(`Unknown specialty "${specialty}"`);
  const everyone: Selection = { wave, filters: {}, weighted };
  const given = shipped && servesCodebook(shipped, codebook) ? shipped : null;
  const counts = (await respondents(engine, codebook, given?.respondents))(
    everyone,
    REPORT_DIMENSION,
  );
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const own = counts.get(specialty) ?? 0;
  const base = { specialty, label: value.label, wave, weighted, respondents: own, total };
  if (isSuppressed(own)) return { ...base, shown: false, sections: [] };

  const selection: Selection = { wave, filters: { [REPORT_DIMENSION]: [specialty] }, weighted };
  // Every question but the specialty itself (the selection: 100% of it by definition).
  const items = codebook.items.filter((i) => i.id !== REPORT_DIMENSION);
  const asked = items.filter((i) => isAsked(codebook, i, wave));
  const source = await viewSource(
    engine,
    codebook,
    asked.map((i) => i.id),
    weighted,
    given,
  );
  const computed = await Promise.all(
    asked.map(async (item): Promise<ReportItem> => {
      const [panel, whole] = await Promise.all([
        itemPanel(source, codebook, item.id, selection, { compare: null, benchmark: 'rest' }),
        itemPanel(source, codebook, item.id, everyone, { compare: null, benchmark: 'all' }),
      ]);
      return { item: panel.item, panel: singleTested(panel), all: whole.rows[0]!.figure };
    }),
  );
  const byId = new Map(computed.map((r) => [r.item.id, r]));
  const sections = codebook.topics.map((topic) => ({
    topic: topic.id,
    label: topic.label,
    items: asked.filter((i) => i.topic === topic.id).map((i) => byId.get(i.id)!),
    notAsked: items.filter((i) => i.topic === topic.id && !isAsked(codebook, i, wave)),
  }));
  return { ...base, shown: true, sections };
}
