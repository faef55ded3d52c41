import { getItem } from '../lib/codebook/columns';
import type { Codebook, Lang } from '../lib/codebook/types';
import { isCoded, isMulti } from '../lib/codebook/types';
import type { PanelRow } from '../lib/figures/panel';
import type { ViewState } from '../lib/view/state';
import { t } from './i18n';

/** The label of a code of a coded item, or of an option of a multi-select item. */
export function codeLabel(codebook: Codebook, itemId: string, code: string, lang: Lang): string {
  const item = getItem(codebook, itemId);
  const values = isCoded(item) ? item.values : isMulti(item) ? item.options : [];
  return values.find((v) => v.code === code)?.label[lang] ?? code;
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
  return parts.length > 0 ? parts.join(' · ') : t(lang, 'allRespondents');
}

export function benchmarkLabel(codebook: Codebook, state: ViewState): string {
  const { lang } = state;
  if (state.benchmark === 'rest') return t(lang, 'rest');
  const hospital = state.filters.hospital_type;
  if (state.benchmark === 'hospital_type' && hospital)
    return t(lang, 'sameHospitalType', {
      label: codeLabel(codebook, 'hospital_type', hospital, lang),
    });
  return t(lang, 'allRespondents');
}

export function rowLabel(codebook: Codebook, row: PanelRow, state: ViewState): string {
  if (row.kind === 'benchmark') return benchmarkLabel(codebook, state);
  if (row.kind === 'group' && state.compare && row.group)
    return codeLabel(codebook, state.compare, row.group, state.lang);
  return selectionLabel(codebook, state.filters, state.lang);
}
