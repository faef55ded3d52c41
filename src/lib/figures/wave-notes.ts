import { historyIn, isAsked, wavesNotAsked } from '../codebook/asked';
import { getItem } from '../codebook/columns';
import type { Codebook, Item } from '../codebook/types';
import type { Message } from '../i18n/translate';
import { message } from '../i18n/translate';

/**
 * What a trend chart says under it of a questionnaire that changed (src/lib/codebook/asked.ts):
 * the waves that did not ask the item, which it skips ("Niet gevraagd in 2022."), and, for each
 * wave that asked it differently, the codebook's note on how it is compared.
 */
export function trendNotes(codebook: Codebook, itemId: string): Message[] {
  const item = getItem(codebook, itemId);
  const missing = wavesNotAsked(codebook, item).map(String);
  const years = new Set(codebook.waves.map((w) => w.year));
  const changed = (item.history ?? [])
    .filter((h) => years.has(h.wave))
    .sort((a, b) => a.wave - b.wave)
    .map((h) => message('askedDifferently', { wave: String(h.wave), note: h.note }));
  return [...(missing.length > 0 ? [message('notAskedIn', { waves: missing })] : []), ...changed];
}

/** What a chart of one wave says: how the item was asked differently then, if it was. */
export function waveNotes(codebook: Codebook, itemId: string, wave: number): Message[] {
  const then = historyIn(getItem(codebook, itemId), wave);
  return then ? [message('askedDifferently', { wave: String(wave), note: then.note })] : [];
}

/** The items of a topic not asked in the wave: a topic page names them instead of a chart. */
export function itemsNotAsked(codebook: Codebook, topic: string, wave: number): Item[] {
  return codebook.items.filter((i) => i.topic === topic && !isAsked(codebook, i, wave));
}
