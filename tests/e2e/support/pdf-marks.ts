import type { Page } from 'playwright-core';

/**
 * Where things land on the pages of a PDF that Chromium prints, without a PDF library: the page
 * is given invisible links (`https://mark.invalid/<kind>/<n>`) at the top and the foot of every
 * element to check, and Chromium writes each link as a plain annotation of the page it lands on,
 * with its rectangle. An element whose top and foot marks are on different pages was split; a
 * page whose lowest mark is high up was left partly blank.
 */
interface Mark {
  kind: 'top' | 'foot';
  /** The element's number, in document order. */
  n: number;
  /** 0-based page. */
  page: number;
  /** Distance from the top of the page, in points. */
  y: number;
}

export interface PdfPages {
  /** Page heights, in points. */
  heights: number[];
  marks: Mark[];
}

const HOST = 'mark.invalid';

/**
 * Puts a top and a foot mark in every element `selector` finds (for a table row, in its first
 * and last cell) and returns what each marked element is, by its number: its tag and classes
 * ("p.sentence", "div.plot[data-plot]", "tr").
 */
export async function markElements(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, host }) => {
      const mark = (kind: string, n: number) => {
        const a = document.createElement('a');
        a.href = `https://${host}/${kind}/${n}`;
        a.className = 'pdf-mark';
        a.textContent = '.';
        a.setAttribute('aria-hidden', 'true');
        a.tabIndex = -1;
        a.style.cssText =
          'display:block;width:1px;height:1px;overflow:hidden;font-size:1px;line-height:1px;color:transparent;margin:0;padding:0';
        return a;
      };
      const elements = [...document.querySelectorAll<HTMLElement>(selector)];
      elements.forEach((el, n) => {
        const cells = el.tagName === 'TR' ? [...el.children] : [];
        const first = (cells[0] as HTMLElement | undefined) ?? el;
        const last = (cells.at(-1) as HTMLElement | undefined) ?? el;
        first.prepend(mark('top', n));
        last.append(mark('foot', n));
      });
      return elements.map(
        (el) =>
          // Svelte's scoping classes (svelte-…) left out.
          `${el.tagName.toLowerCase()}${[...el.classList]
            .filter((c) => !c.startsWith('svelte-'))
            .map((c) => `.${c}`)
            .join('')}` + (el.hasAttribute('data-plot') ? '[data-plot]' : ''),
      );
    },
    { selector, host: HOST },
  );
}

/** The objects of a PDF by number, as text (Chromium writes page and link objects uncompressed). */
function objects(pdf: Buffer): Map<number, string> {
  const text = pdf.toString('latin1');
  const found = new Map<number, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\nendobj/g))
    found.set(Number(m[1]), m[2]!);
  return found;
}

const refs = (s: string | undefined) =>
  [...(s ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The marks of a printed PDF, page by page in reading order. */
export function pdfMarks(pdf: Buffer): PdfPages {
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o));
  if (!catalog) throw new Error('No catalog in the PDF');
  const root = Number(/\/Pages\s+(\d+) 0 R/.exec(catalog)![1]);
  const pages: number[] = [];
  const walk = (id: number) => {
    const o = objs.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(o))
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1])) walk(kid);
    else pages.push(id);
  };
  walk(root);
  const heights: number[] = [];
  const marks: Mark[] = [];
  pages.forEach((id, page) => {
    const o = objs.get(id)!;
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(o)![1]!.trim().split(/\s+/).map(Number);
    const height = box[3]! - box[1]!;
    heights.push(height);
    let annots = /\/Annots\s*\[([^\]]*)\]/.exec(o)?.[1];
    const indirect = /\/Annots\s+(\d+) 0 R/.exec(o);
    if (!annots && indirect) annots = objs.get(Number(indirect[1]))?.replace(/[[\]]/g, '');
    for (const a of refs(annots)) {
      const annot = objs.get(a) ?? '';
      const uri = new RegExp(
        `/URI\\s*\\(https://${HOST.replace('.', '\\.')}/(top|foot)/(\\d+)\\)`,
      ).exec(annot);
      if (!uri) continue;
      const rect = /\/Rect\s*\[([^\]]*)\]/.exec(annot)![1]!.trim().split(/\s+/).map(Number);
      marks.push({
        kind: uri[1] as Mark['kind'],
        n: Number(uri[2]),
        page,
        y: height - Math.max(rect[1]!, rect[3]!),
      });
    }
  });
  return { heights, marks };
}

/** The elements whose top and foot marks are on different pages (or missing from the PDF). */
export function splitElements({ marks }: PdfPages, count: number): number[] {
  const split: number[] = [];
  for (let n = 0; n < count; n++) {
    const top = marks.find((m) => m.n === n && m.kind === 'top');
    const foot = marks.find((m) => m.n === n && m.kind === 'foot');
    if (!top || !foot || top.page !== foot.page) split.push(n);
  }
  return split;
}

/**
 * How far down each page its content reaches, as a share of the page's height (by its lowest
 * mark); the last page is left out, it may end anywhere.
 */
export function filledShares({ heights, marks }: PdfPages): number[] {
  return heights.slice(0, -1).map((height, page) => {
    const lowest = Math.max(0, ...marks.filter((m) => m.page === page).map((m) => m.y));
    return lowest / height;
  });
}
