import { itemInWave } from '../codebook/asked';
import { getItem } from '../codebook/columns';
import type { Codebook, Lang } from '../codebook/types';
import { isCoded, isMulti } from '../codebook/types';
import { t } from '../i18n/translate';
import type { Benchmark, PanelRow } from './panel';

/**
 * What a row's label reads of the view: the view state (view/state.ts, a layer above) has these
 * fields and more, so a ViewState can be passed as it is.
 */
interface LabelView {
  lang: Lang;
  filters: Partial<Record<string, string>>;
  compare: string | null;
  benchmark: Benchmark;
}

/**
 * The label of a code of a coded item, or of an option of a multi-select item; with a wave, of
 * the scale as asked then (src/lib/codebook/asked.ts).
 */
export function codeLabel(
  codebook: Codebook,
  itemId: string,
  code: string,
  lang: Lang,
  wave?: number,
): string {
  const item =
    (wave === undefined ? null : itemInWave(codebook, itemId, wave)) ?? getItem(codebook, itemId);
  const values = isCoded(item) ? item.values : isMulti(item) ? item.options : [];
  return values.find((v) => v.code === code)?.label[lang] ?? code;
}

/**
 * Those whose value of a dimension is blank: withheld on release (to keep them unrecognisable) or
 * never given. A split shows them as a group of their own.
 */
export function withheldLabel(lang: Lang): string {
  return t(lang, 'withheld');
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

export function benchmarkLabel(codebook: Codebook, state: LabelView): string {
  const { lang } = state;
  if (state.benchmark === 'rest') return t(lang, 'rest');
  const hospital = state.filters.hospital_type;
  if (state.benchmark === 'hospital_type' && hospital)
    return t(lang, 'sameHospitalType', {
      label: codeLabel(codebook, 'hospital_type', hospital, lang),
    });
  return t(lang, 'allRespondents');
}

/**
 * With the benchmark "same hospital type", what it and the selection's test are: that type's
 * respondents outside the selection (panel.ts): a note, or none where no such benchmark is drawn.
 */
export function benchmarkNote(codebook: Codebook, state: LabelView): string[] {
  const hospital = state.filters.hospital_type;
  const others = Object.entries(state.filters).some(([d, code]) => d !== 'hospital_type' && code);
  if (state.benchmark !== 'hospital_type' || !hospital || !others) return [];
  const label = codeLabel(codebook, 'hospital_type', hospital, state.lang);
  return [t(state.lang, 'benchmarkHospitalNote', { label })];
}

/**
 * A chart row's label: the selection, a group of the compare dimension (its blanks included), or
 * the benchmark.
 */
export function rowLabel(codebook: Codebook, row: PanelRow, state: LabelView): string {
  if (row.kind === 'benchmark') return benchmarkLabel(codebook, state);
  if (row.kind === 'group' && state.compare)
    return row.group === null
      ? withheldLabel(state.lang)
      : codeLabel(codebook, state.compare, row.group, state.lang);
  return selectionLabel(codebook, state.filters, state.lang);
}
