import { getItem } from '../codebook/columns';
import type { Codebook, Lang, Text } from '../codebook/types';
import { isCoded, isMulti } from '../codebook/types';
import type { ViewState } from '../view/state';
import type { PanelRow } from './panel';

/** The few words a row label needs beyond the codebook's value labels. */
const WORDS = {
  allRespondents: { nl: 'Alle respondenten', en: 'All respondents' },
  rest: { nl: 'De rest', en: 'The rest' },
  sameHospitalType: { nl: 'Alle respondenten, {label}', en: 'All respondents, {label}' },
  withheld: { nl: 'Afgeschermd of onbekend', en: 'Withheld or unknown' },
} satisfies Record<string, Text>;

function word(lang: Lang, key: keyof typeof WORDS, label = ''): string {
  return WORDS[key][lang].replace('{label}', label);
}

/** The label of a code of a coded item, or of an option of a multi-select item. */
export function codeLabel(codebook: Codebook, itemId: string, code: string, lang: Lang): string {
  const item = getItem(codebook, itemId);
  const values = isCoded(item) ? item.values : isMulti(item) ? item.options : [];
  return values.find((v) => v.code === code)?.label[lang] ?? code;
}

/**
 * Those whose value of a dimension is blank: withheld on release (to keep them unrecognisable) or
 * never given. A split shows them as a group of their own.
 */
export function withheldLabel(lang: Lang): string {
  return word(lang, 'withheld');
}

/** "Radiologie · UMC", or "All respondents" when nothing is filtered. */
export function selectionLabel(
  codebook: Codebook,
  filters: Partial<Record<string, string>>,
  lang: Lang,
): string {
  const parts = Object.entries(filters)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([dim, code]) => codeLabel(codebook, dim, code, lang));
  return parts.length > 0 ? parts.join(' · ') : word(lang, 'allRespondents');
}

export function benchmarkLabel(codebook: Codebook, state: ViewState): string {
  const { lang } = state;
  if (state.benchmark === 'rest') return word(lang, 'rest');
  const hospital = state.filters.hospital_type;
  if (state.benchmark === 'hospital_type' && hospital)
    return word(lang, 'sameHospitalType', codeLabel(codebook, 'hospital_type', hospital, lang));
  return word(lang, 'allRespondents');
}

/**
 * A chart row's label: the selection, a group of the compare dimension (its blanks included), or
 * the benchmark.
 */
export function rowLabel(codebook: Codebook, row: PanelRow, state: ViewState): string {
  if (row.kind === 'benchmark') return benchmarkLabel(codebook, state);
  if (row.kind === 'group' && state.compare)
    return row.group === null
      ? withheldLabel(state.lang)
      : codeLabel(codebook, state.compare, row.group, state.lang);
  return selectionLabel(codebook, state.filters, state.lang);
}
