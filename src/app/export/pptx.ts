import type { DeckInput } from '../../lib/export/deck';
import { download } from './capture';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Makes and downloads the PowerPoint deck of some charts (deck.ts, deck-pptx.ts): native charts
 * with their figures, the wording on the slides, every figure in the speaker notes. pptxgenjs is
 * loaded only when a deck is asked for, so it never weighs on the dashboard's first load.
 */
export async function downloadDeck(input: DeckInput, fileName: string): Promise<void> {
  const [{ buildDeck }, { writeDeck }] = await Promise.all([
    import('../../lib/export/deck'),
    import('../../lib/export/deck-pptx'),
  ]);
  const bytes = await writeDeck(buildDeck(input));
  download(new Blob([bytes as BlobPart], { type: PPTX }), fileName);
}
