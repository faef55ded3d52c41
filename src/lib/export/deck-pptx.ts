import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Deck, DeckChart, DeckSlide } from './deck';
import { TEXT_AREA } from './deck';

/**
 * Writes a deck (deck.ts) as a .pptx with pptxgenjs: native charts that hold their figures (and a
 * workbook to edit them in), text at projector sizes, speaker notes, and every run of text tagged
 * with the reader's language. Runs in the browser and in Node (the unit test opens the file).
 */

// LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9.
const W = 13.333;
const H = 7.5;
const M = 0.45;
const FONT = 'Arial';
const GREY = '595959';
/** Chart labels at 14 pt or more: legible from the back of a meeting room. */
const LABEL = 16;
const SMALL = 14;

type Slide = ReturnType<PptxGenJS['addSlide']>;

function chartOptions(
  chart: DeckChart,
  lang: string,
  box: { x: number; y: number; w: number; h: number },
) {
  const stacked = chart.grouping === 'percentStacked';
  const valueFormat = chart.percent ? '0"%"' : '0.0';
  const common = {
    ...box,
    lang,
    altText: chart.altText,
    chartColors: chart.colours,
    showValue: true,
    dataLabelFontSize: SMALL,
    dataLabelFontFace: FONT,
    dataLabelColor: '000000',
    dataLabelFormatCode: valueFormat,
    catAxisLabelFontSize: LABEL,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: SMALL,
    valAxisLabelFontFace: FONT,
    showValAxisTitle: true,
    valAxisTitle: chart.axisTitle,
    valAxisTitleFontSize: SMALL,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: GREY,
    showLegend: chart.series.length > 1,
    legendPos: 'b' as const,
    legendFontSize: SMALL,
    legendFontFace: FONT,
    valGridLine: { color: 'D9D9D9', size: 0.75 },
  };
  if (chart.type === 'line')
    return {
      ...common,
      lineSize: 3,
      lineDataSymbol: 'circle' as const,
      lineDataSymbolSize: 10,
      dataLabelPosition: 't' as const,
      valAxisLabelFormatCode: chart.percent ? '0"%"' : '0',
      ...(chart.percent ? { valAxisMinVal: 0, valAxisMaxVal: 100 } : { valAxisMinVal: 0 }),
    };
  return {
    ...common,
    barDir: 'bar' as const,
    barGrouping: chart.grouping,
    barGapWidthPct: 40,
    // The first row (the selection) on top, as on the dashboard, with the value axis below it:
    // PowerPoint's "categories in reverse order" and "axis crosses at the largest category", both
    // plain OOXML that pptxgenjs writes as given but leaves out of its types.
    catAxisOrientation: 'maxMin' as 'minMax',
    catAxisCrossesAt: 'max' as unknown as number,
    dataLabelPosition: stacked ? ('ctr' as const) : ('outEnd' as const),
    valAxisLabelFormatCode: stacked ? '0%' : chart.percent ? '0"%"' : '0',
    ...(stacked ? {} : { valAxisMinVal: 0 }),
    ...(chart.percent && !stacked ? { valAxisMaxVal: 100 } : {}),
  };
}

function addChart(
  pptx: PptxGenJS,
  slide: Slide,
  chart: DeckChart,
  lang: string,
  box: { x: number; y: number; w: number; h: number },
) {
  const type = chart.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
  // pptxgenjs takes a blank value as null; its types say number.
  const data = chart.series.map((s) => ({ ...s, values: s.values as number[] }));
  slide.addChart(type, data, chartOptions(chart, lang, box));
}

function text(lang: string, extra: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions {
  return { fontFace: FONT, lang, margin: 0, ...extra };
}

function addSlide(pptx: PptxGenJS, spec: DeckSlide, lang: string) {
  const slide = pptx.addSlide();
  if (spec.kind === 'title') {
    slide.background = { color: 'F3F6FA' };
    slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.25, h: H, fill: { color: '1D4F7C' } });
    slide.addText(
      spec.title,
      text(lang, {
        x: 1,
        y: 1.3,
        w: W - 2,
        h: 1.3,
        fontSize: 44,
        bold: true,
        color: '1D4F7C',
        valign: 'bottom',
      }),
    );
    slide.addText(
      spec.subtitle,
      text(lang, { x: 1, y: 2.8, w: W - 2, h: 0.8, fontSize: 26, color: '333333' }),
    );
    slide.addText(
      spec.lines.map((line) => ({ text: line, options: { breakLine: true } })),
      text(lang, {
        x: 1,
        y: 3.9,
        w: W - 2,
        h: 3,
        fontSize: 20,
        color: GREY,
        valign: 'top',
        paraSpaceAfter: 6,
      }),
    );
  } else if (spec.kind === 'text') {
    slide.addText(
      spec.title,
      text(lang, {
        x: M,
        y: 0.35,
        w: W - 2 * M,
        h: 0.8,
        fontSize: 32,
        bold: true,
        color: '1D4F7C',
      }),
    );
    slide.addText(
      spec.bullets.map((b) => ({ text: b, options: { bullet: true, breakLine: true } })),
      text(lang, {
        x: M,
        y: 1.35,
        ...TEXT_AREA,
        fontSize: spec.fontSize,
        valign: 'top',
        paraSpaceAfter: 12,
      }),
    );
  } else {
    // The takeaway in up to three lines, then the item and its question.
    slide.addText(
      spec.title,
      text(lang, {
        x: M,
        y: 0.25,
        w: W - 2 * M,
        h: 0.95,
        fontSize: 24,
        bold: true,
        color: '1D4F7C',
        valign: 'top',
        fit: 'shrink',
      }),
    );
    slide.addText(
      [
        { text: `${spec.label}: `, options: { bold: true } },
        { text: `“${spec.question}”`, options: { italic: true } },
      ],
      text(lang, {
        x: M,
        y: 1.2,
        w: W - 2 * M,
        h: 0.55,
        fontSize: 16,
        color: GREY,
        valign: 'top',
        fit: 'shrink',
      }),
    );
    // The chart fills the slide between the question and the footer; a trend takes the right third.
    const top = 1.8;
    const footer = 0.85;
    const box = { x: M, y: top, w: W - 2 * M, h: H - top - footer - 0.1 };
    if (spec.trend) {
      const gap = 0.3;
      const right = (box.w - gap) * 0.36;
      addChart(pptx, slide, spec.chart, lang, { ...box, w: box.w - gap - right });
      addChart(pptx, slide, spec.trend, lang, { ...box, x: box.x + box.w - right, w: right });
    } else addChart(pptx, slide, spec.chart, lang, box);
    slide.addText(
      spec.footer.map((line) => ({ text: line, options: { breakLine: true } })),
      text(lang, {
        x: M,
        y: H - footer,
        w: W - 2 * M,
        h: footer - 0.15,
        fontSize: SMALL,
        color: GREY,
        valign: 'bottom',
        fit: 'shrink',
      }),
    );
  }
  slide.addNotes(spec.notes.join('\n'));
}

/**
 * What pptxgenjs writes that does not fit this deck, put right in the XML: "en-US" wherever it
 * fixes the language (notes, masters, legends) and runs without one, speaker notes as one paragraph per line instead of
 * one run with line feeds, and blank chart points (a hidden row) as absent points.
 */
function fixPart(name: string, xml: string, lang: string): string {
  let out = xml
    .replace(/(\s)lang="en-US"/g, `$1lang="${lang}"`)
    // Runs written without a language (a chart's axis title) would take the reader's system's.
    .replace(/<a:(rPr|endParaRPr)(?![^>]*\slang=)(?=[\s/>])/g, `<a:$1 lang="${lang}"`);
  if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
    out = out.replace(
      /<a:p><a:r><a:rPr lang="([^"]+)" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="[^"]+" dirty="0"\/><\/a:p>/,
      (_, l: string, body: string) =>
        body
          .split('\n')
          .map((line) =>
            line
              ? `<a:p><a:r><a:rPr lang="${l}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`
              : `<a:p><a:endParaRPr lang="${l}" dirty="0"/></a:p>`,
          )
          .join(''),
    );
  }
  if (/^ppt\/charts\/chart\d+\.xml$/.test(name))
    out = out.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
  return out;
}

/**
 * A chart's workbook (what PowerPoint opens to edit the figures): a hidden row's blank cells are
 * written as empty values, which a spreadsheet reads as a broken number; leave them out.
 */
async function fixWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(bytes);
  const sheets = Object.values(book.files).filter((f) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name),
  );
  for (const sheet of sheets) {
    const xml = await sheet.async('string');
    book.file(sheet.name, xml.replace(/<c r="([A-Z]+\d+)"><v><\/v><\/c>/g, '<c r="$1"/>'));
  }
  return book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The deck as the bytes of a .pptx file. */
export async function writeDeck(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subject;
  pptx.author = deck.author;
  pptx.company = deck.company;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  for (const spec of deck.slides) addSlide(pptx, spec, deck.lang);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  await Promise.all(
    Object.values(zip.files).map(async (f) => {
      if (f.dir) return;
      if (f.name.endsWith('.xml'))
        zip.file(f.name, fixPart(f.name, await f.async('string'), deck.lang));
      else if (/^ppt\/embeddings\/.+\.xlsx$/.test(f.name))
        zip.file(f.name, await fixWorkbook(await f.async('uint8array')));
    }),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
