/**
 * Questionnaires change between waves: an item may be asked in some waves only (`waves`), and
 * renamed, reworded or rescaled in an earlier wave (`history`). Everything that reads an item for
 * one wave — the loader, the figures, the trend — asks here, so that a wave is always read with
 * its own column, scale and headline.
 */

import { getItem, isStored, optionColumn } from './columns';
import { parseFormula } from './formula';
import type { Codebook, Item, ItemHistory } from './types';
import { isCoded, isMulti, isNumeric } from './types';

/** Whether the item was asked in the wave; a derived metric, where all of its items were. */
export function isAsked(codebook: Codebook, item: Item, wave: number): boolean {
  if (isNumeric(item) && item.formula !== undefined) {
    const terms = parseFormula(item.formula);
    return (
      typeof terms !== 'string' &&
      terms.every((t) => isAsked(codebook, getItem(codebook, t.item), wave))
    );
  }
  return item.waves === undefined || item.waves.includes(wave);
}

/** The codebook's waves in which the item was not asked, oldest first. */
export function wavesNotAsked(codebook: Codebook, item: Item): number[] {
  return codebook.waves
    .map((w) => w.year)
    .filter((year) => !isAsked(codebook, item, year))
    .sort((a, b) => a - b);
}

/** How the item was asked in the wave, if that differs from now. */
export function historyIn(item: Item, wave: number): ItemHistory | undefined {
  return item.history?.find((h) => h.wave === wave);
}

/**
 * The item as asked in the wave — that wave's wording, scale and headline codes — or null when
 * it was not asked then. Without a history entry for the wave, the item itself.
 */
export function itemInWave(codebook: Codebook, itemId: string, wave: number): Item | null {
  const item = getItem(codebook, itemId);
  if (!isAsked(codebook, item, wave)) return null;
  const then = historyIn(item, wave);
  if (!then) return item;
  const asked: Item = then.question ? { ...item, question: then.question } : item;
  if (!isCoded(asked) || (then.values === undefined && then.headline === undefined)) return asked;
  return {
    ...asked,
    values: then.values ?? asked.values,
    ...(asked.headline
      ? { headline: { ...asked.headline, codes: then.headline ?? asked.headline.codes } }
      : {}),
  };
}

/** A stored column and its name in one wave's file. */
export interface WaveColumn {
  /** The codebook's column (a column of `responses`). */
  column: string;
  /** Its name in that wave's file: the history's `column`, or the same. */
  file: string;
  item: string;
}

function ownColumns(item: Item): string[] {
  return isMulti(item) ? item.options.map((o) => optionColumn(item, o)) : [item.id];
}

/** The columns a wave's file must have: those of every stored item asked in it, in codebook order. */
export function waveColumns(codebook: Codebook, wave: number): WaveColumn[] {
  return codebook.items
    .filter((item) => isStored(item) && isAsked(codebook, item, wave))
    .flatMap((item) => {
      const renamed = historyIn(item, wave)?.column;
      return ownColumns(item).map((column) => ({
        column,
        file: renamed ?? column,
        item: item.id,
      }));
    });
}

/** The columns of stored items not asked in the wave: a file of that wave must not have them. */
export function notAskedColumns(codebook: Codebook, wave: number): WaveColumn[] {
  return codebook.items
    .filter((item) => isStored(item) && !isAsked(codebook, item, wave))
    .flatMap((item) => ownColumns(item).map((column) => ({ column, file: column, item: item.id })));
}

/** The codebook as for a file of today's questionnaire (a visitor's upload): every item as now. */
export function currentQuestionnaire(codebook: Codebook): Codebook {
  return {
    ...codebook,
    items: codebook.items.map((item) => {
      const copy = { ...item };
      delete copy.waves;
      delete copy.history;
      return copy;
    }),
  };
}

/**
 * The codebook as the questionnaire of one wave: only the items asked in it, each as asked then
 * (that wave's scale and headline). `npm run release` reads and releases an old wave's export with
 * it, so that its answers are checked against the scale they were given on.
 */
export function questionnaireIn(codebook: Codebook, wave: number): Codebook {
  return currentQuestionnaire({
    ...codebook,
    items: codebook.items.flatMap((item) => itemInWave(codebook, item.id, wave) ?? []),
  });
}
