import { getItem } from '../lib/codebook/columns';
import type { Codebook, Lang } from '../lib/codebook/types';
import { isCoded } from '../lib/codebook/types';
import type { PanelRow } from '../lib/figures/panel';
import { t } from './i18n';

export function codeLabel(codebook: Codebook, itemId: string, code: string, lang: Lang): string {
  const item = getItem(codebook, itemId);
  const value = isCoded(item) ? item.values.find((v) => v.code === code) : undefined;
  return value ? value.label[lang] : code;
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

export function rowLabel(
  codebook: Codebook,
  row: PanelRow<unknown>,
  compare: string | null,
  filters: Partial<Record<string, string>>,
  lang: Lang,
): string {
  if (row.kind === 'benchmark') return t(lang, 'allRespondents');
  if (row.kind === 'group' && compare && row.group)
    return codeLabel(codebook, compare, row.group, lang);
  return selectionLabel(codebook, filters, lang);
}
