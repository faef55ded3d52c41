/** The codebook: the single source of truth for every column, question and label (see DESIGN.md). */

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export type Text = Record<Lang, string>;

export type Polarity = 'higher_is_better' | 'lower_is_better' | 'neutral';

export interface ValueLabel {
  code: string;
  label: Text;
  /** "Weet niet" / not applicable: counted, but left out of the denominator. */
  excluded?: boolean;
  /**
   * A coarser value of the same item that the release may recode this one to (a generalisation
   * hierarchy: a specialty to its cluster, a training-year band to a wider band).
   */
  parent?: string;
  /** Made only by the release (a cluster or wider band): never a respondent's own answer. */
  generalised?: boolean;
}

/** How the release treats a quasi-identifier (PRIVACY.md). */
interface ReleaseRule {
  /** Weight of a kept value in the information the release keeps: the higher, the more kept. */
  weight: number;
  /**
   * Respondents of one value move to a coarser value only all together (a specialty is merged
   * whole into its cluster, never split between the two).
   */
  whole?: boolean;
}

/** Restricts an item to the respondents it was asked of, e.g. causes only for those with burnout. */
export type Universe =
  { item: string; in: string[]; label: Text } | { item: string; gt: number; label: Text };

interface Headline {
  codes: string[];
  label: Text;
  /** Polarity of the headline share when it differs from the item's (e.g. % "no compensation"). */
  polarity?: Polarity;
  /**
   * What the share says of the people in it, written after the percentage: "krijgt overwerk niet
   * gecompenseerd" ("78% krijgt …"). Slide titles and the report read it; without it they name the
   * item and its headline answers.
   */
  statement?: Text;
}

/**
 * How an item was asked in an earlier wave where that differs from now: another column name in
 * that wave's file, another scale, other wording (src/lib/codebook/asked.ts).
 */
export interface ItemHistory {
  wave: number;
  /** The item's column in that wave's file, read into the item's own column on load. */
  column?: string;
  /** The scale as asked then (coded items). */
  values?: ValueLabel[];
  /** The codes counted as the headline share in that wave; required with other `values`. */
  headline?: string[];
  question?: Text;
  /** How that wave is compared with the others, e.g. "asked on a 4-point scale; …". */
  note: Text;
}

interface ItemBase {
  id: string;
  topic: string;
  label: Text;
  question: Text;
  polarity: Polarity;
  universe?: Universe;
  sensitive?: boolean;
  /** The waves in which the item was asked; absent, every wave of the codebook. */
  waves?: number[];
  /** Changes of the question between waves (another column, scale or wording). */
  history?: ItemHistory[];
}

export interface CodedItem extends ItemBase {
  type: 'dimension' | 'single' | 'yesno' | 'likert5' | 'frequency5';
  values: ValueLabel[];
  headline?: Headline;
  /**
   * The answers are ordered, low to high (a single choice such as "te laag … te hoog"): drawn in
   * colours of one hue from light to dark. 5-point and frequency scales are ordered by their type.
   */
  ordered?: boolean;
  quasi_identifier?: boolean;
  /** Required on quasi-identifiers. */
  release?: ReleaseRule;
}

export interface NumericItem extends ItemBase {
  type: 'rating10' | 'hours';
  /** Valid range of a collected answer; absent on derived items. */
  min?: number;
  max?: number;
  /** Released files cap answers above this value (privacy: extreme hours identify people). */
  top_code?: number;
  /** Derived metric: column ids joined by + and -, e.g. "hours_worked - contract_hours". */
  formula?: string;
}

export interface MultiItem extends ItemBase {
  type: 'multi';
  /** Each option is one 0/1 CSV column named `<item id>_<option code>`. */
  options: ValueLabel[];
}

export type Item = CodedItem | NumericItem | MultiItem;

interface Topic {
  id: string;
  label: Text;
}

interface Wave {
  year: number;
  /** Path relative to data/. */
  file: string;
  synthetic: boolean;
  note: Text;
  /** Set (to the file name) for a visitor's own uploaded file: never part of the site's data. */
  uploaded?: string;
}

/** Where a published figure comes from: a publication, with its address when there is one. */
interface PublishedSource {
  label: Text;
  url?: string;
}

/** One headline number DJS published for an earlier wave (all respondents). */
interface PublishedFigure {
  item: string;
  /** A share (0–1) of `codes` for a coded item; the mean for a numeric item (hours, marks). */
  estimate: number;
  /** Published as "about", "nearly", "over", "one in five": shown with "≈". */
  approx?: true;
  /** The answer codes counted; absent, the item's headline codes. */
  codes?: string[];
  /** How the publication measured it, where that differed from the item (e.g. the UBOS). */
  definition?: Text;
  /** The published sentence. */
  text: Text;
  /** Overrides the wave's source. */
  source?: PublishedSource;
}

/** An earlier wave known only from its published figures: no data file, never filtered. */
interface PublishedWave {
  year: number;
  respondents: { n: number; note: Text };
  source: PublishedSource;
  figures: PublishedFigure[];
}

export interface Codebook {
  version: 1;
  title: Text;
  publisher: Text;
  waves: Wave[];
  /** Published figures of earlier waves (`waves` are the waves with data files). */
  published?: PublishedWave[];
  topics: Topic[];
  items: Item[];
}

export const CODED_TYPES = ['dimension', 'single', 'yesno', 'likert5', 'frequency5'] as const;
export const NUMERIC_TYPES = ['rating10', 'hours'] as const;

export function isCoded(item: Item): item is CodedItem {
  return (CODED_TYPES as readonly string[]).includes(item.type);
}

export function isNumeric(item: Item): item is NumericItem {
  return (NUMERIC_TYPES as readonly string[]).includes(item.type);
}

export function isMulti(item: Item): item is MultiItem {
  return item.type === 'multi';
}
