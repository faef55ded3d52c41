import { blobToDataUrl, download } from './capture';

export interface DeckSlide {
  title: string;
  question: string;
  /** The chart without title and question, at 2× its size. */
  png: Blob;
  width: number;
  height: number;
  /** Selection, benchmark, n, notes and source, as text on the slide. */
  footer: string[];
}

const WIDE = { w: 13.333, h: 7.5 };

/**
 * One PowerPoint deck, a chart per slide: title and question as slide text, the chart as a
 * native picture, the footer as small text. pptxgenjs is loaded only when a deck is asked for,
 * so it never weighs on the dashboard's first load.
 */
export async function downloadDeck(slides: DeckSlide[], fileName: string): Promise<void> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  for (const s of slides) {
    const slide = deck.addSlide();
    slide.addText(s.title, { x: 0.4, y: 0.25, w: WIDE.w - 0.8, h: 0.6, fontSize: 26, bold: true });
    slide.addText(`“${s.question}”`, {
      x: 0.4,
      y: 0.85,
      w: WIDE.w - 0.8,
      h: 0.5,
      fontSize: 14,
      italic: true,
      color: '595959',
    });
    // The picture keeps its proportions inside the space between question and footer.
    const box = { x: 0.4, y: 1.45, w: WIDE.w - 0.8, h: WIDE.h - 1.45 - 1.25 };
    const scale = Math.min(box.w / s.width, box.h / s.height);
    const w = s.width * scale;
    const h = s.height * scale;
    slide.addImage({
      data: await blobToDataUrl(s.png),
      x: box.x + (box.w - w) / 2,
      y: box.y,
      w,
      h,
      altText: s.title,
    });
    slide.addText(s.footer.join('\n'), {
      x: 0.4,
      y: WIDE.h - 1.15,
      w: WIDE.w - 0.8,
      h: 0.95,
      fontSize: 10,
      color: '595959',
      valign: 'bottom',
    });
  }
  const blob = (await deck.write({ outputType: 'blob' })) as Blob;
  download(blob, fileName);
}
