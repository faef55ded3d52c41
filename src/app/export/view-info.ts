import { dimensions } from '../../lib/codebook/columns';
import type { Codebook, Lang } from '../../lib/codebook/types';
import type { AggregateTable } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/filename';
import type { Coverage } from '../../lib/figures/coverage';
import { knownPercent } from '../../lib/figures/coverage';
import { formatNumber } from '../../lib/format/number';
import type { ViewState } from '../../lib/view/state';
import { t } from '../../lib/i18n/translate';
import { MIN_N } from '../../lib/privacy/threshold';
import { benchmarkLabel, selectionLabel } from '../labels';

/** "Bron: DJS enquête 2024 — synthetische demodata": on every chart, slide and export. */
export function sourceLine(codebook: Codebook, state: ViewState): string {
  const wave = codebook.waves.find((w) => w.year === state.wave);
  if (wave?.uploaded) return t(state.lang, 'sourceOwn', { file: wave.uploaded });
  return `${t(state.lang, 'source', { wave: String(state.wave) })}${wave?.synthetic ? ` — ${t(state.lang, 'sourceDemo')}` : ''}`;
}

/** The filter codes in the codebook's dimension order, as in the URL. */
function filterCodes(codebook: Codebook, state: ViewState): string[] {
  return dimensions(codebook).flatMap((d) => {
    const code = state.filters[d.id];
    return code ? [code] : [];
  });
}

export function fileName(codebook: Codebook, state: ViewState, subject: string, ext: string) {
  return exportFileName(
    { subject, filters: filterCodes(codebook, state), compare: state.compare, wave: state.wave },
    ext,
  );
}

/**
 * "Gender bekend voor 66%; Type ziekenhuis bekend voor 74%": how many respondents have a value of
 * each dimension a view filters or splits by. Null when the view uses none.
 */
export function coverageLine(codebook: Codebook, coverage: Coverage[], lang: Lang): string | null {
  const parts = coverage.flatMap((c) => {
    const percent = knownPercent(c);
    const dim = dimensions(codebook).find((d) => d.id === c.dimension);
    if (percent === null || !dim) return [];
    const label = dim.label[lang];
    return [t(lang, 'known', { label, percent: `${formatNumber(percent, lang, 0)}%` })];
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * Who the figures are of, what they are set against, n, and how many have a value of the
 * dimensions the view uses: printed under an exported chart.
 */
export function selectionLines(
  codebook: Codebook,
  state: ViewState,
  n: number | null,
  coverage: Coverage[] = [],
): string[] {
  const { lang } = state;
  const known = coverageLine(codebook, coverage, lang);
  const filtered = Object.values(state.filters).some(Boolean);
  const compare = state.compare ? dimensions(codebook).find((d) => d.id === state.compare) : null;
  return [
    t(lang, 'footerSelection', {
      label: selectionLabel(codebook, state.filters, lang),
      // Hidden figures carry no count (n = 0): say why there is none.
      n: n ? t(lang, 'n', { n }) : t(lang, 'tooFew', { min: MIN_N }),
    }),
    ...(filtered ? [t(lang, 'footerBenchmark', { label: benchmarkLabel(codebook, state) })] : []),
    ...(compare ? [t(lang, 'footerCompare', { label: compare.label[lang] })] : []),
    ...(known ? [known] : []),
  ];
}

/** What a chart needs to be downloaded: its file name, the lines printed under it, its table. */
export interface ChartExports {
  lang: Lang;
  fileName: (extension: string) => string;
  footer: string[];
  /** Made when asked for: the table's code is loaded with the download's. */
  table: () => Promise<AggregateTable> | AggregateTable;
}
