import { optionColumn } from '../../lib/codebook/columns';
import type { Codebook, Lang } from '../../lib/codebook/types';
import { isCoded, isMulti } from '../../lib/codebook/types';
import { t } from '../../lib/i18n/translate';
import type { Mapping, Target } from '../../lib/upload/mapping';
import { targetKey } from '../../lib/upload/mapping';
import type { Unread } from '../../lib/upload/normalise';

/** A codebook value a column's own answer can be matched to, as the select offers it. */
export interface AnswerChoice {
  code: string;
  label: string;
}

/**
 * What a column's own answers can mean: the codes of its coded item, the options of its
 * multi-select question (one column of chosen options), or chosen / not chosen for one option's
 * column. Null where answers are not matched (numbers, an ignored column).
 */
export function answerChoices(
  codebook: Codebook,
  target: Target,
  lang: Lang,
): AnswerChoice[] | null {
  if (target.kind === 'ignore') return null;
  const labelled = (v: { code: string; label: { nl: string; en: string } }) => ({
    code: v.code,
    label: `${v.label[lang]} (${v.code})`,
  });
  if (target.kind === 'multi') {
    const item = codebook.items.find((i) => i.id === target.item);
    return item && isMulti(item) ? item.options.map(labelled) : null;
  }
  for (const item of codebook.items) {
    if (item.id === target.column) return isCoded(item) ? item.values.map(labelled) : null;
    if (isMulti(item) && item.options.some((o) => optionColumn(item, o) === target.column))
      return [
        { code: '1', label: t(lang, 'upload.answerChosen') },
        { code: '0', label: t(lang, 'upload.answerNotChosen') },
      ];
  }
  return null;
}

/** One answer of a column to match: how often the last check found it unread (null: matched). */
export interface AnswerRow {
  value: string;
  count: number | null;
}

const natural = new Intl.Collator('en', { numeric: true });

/**
 * The answers of column i to show for matching: those the last check could not read (while the
 * column still has the target it was checked with), and those the mapping already matches.
 */
export function answerRows(
  i: number,
  header: readonly string[],
  mapping: Mapping,
  checked: Mapping | null,
  unread: readonly Unread[],
): { rows: AnswerRow[]; capped: boolean } {
  const target: Target = mapping[i] ?? { kind: 'ignore' };
  if (target.kind === 'ignore') return { rows: [], capped: false };
  const same =
    checked !== null && targetKey(checked[i] ?? { kind: 'ignore' }) === targetKey(target);
  const found = same ? unread.find((u) => u.column === header[i]) : undefined;
  const rows = new Map<string, number | null>();
  for (const { value, count } of found?.values ?? []) rows.set(value, count);
  for (const value of Object.keys(target.answers ?? {}))
    if (!rows.has(value)) rows.set(value, null);
  return {
    rows: [...rows]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => natural.compare(a.value, b.value)),
    capped: found?.capped ?? false,
  };
}

/** The column's target with one answer matched to `code`, or unmatched when `code` is ''. */
export function withAnswer(target: Target, value: string, code: string): Target {
  if (target.kind === 'ignore') return target;
  const answers = Object.fromEntries(
    Object.entries(target.answers ?? {}).filter(([key]) => key !== value),
  );
  if (code !== '') answers[value] = code;
  if (Object.keys(answers).length > 0) return { ...target, answers };
  return target.kind === 'column'
    ? { kind: 'column', column: target.column }
    : { kind: 'multi', item: target.item };
}

/** `export.csv` → `export.mapping.json`: the mapping file's name beside its export. */
export function mappingFileName(file: string): string {
  return `${file.replace(/\.(csv|txt|tsv|xlsx)$/i, '') || 'export'}.mapping.json`;
}
