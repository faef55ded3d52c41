import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openExplorer, useBrowserPage } from './support/browser';

/**
 * The charts as a reader sees them, at a phone's 360 px and a laptop's 1280 px (issue 17): every
 * defect found by looking, each with the test that would have caught it, read off the drawn SVG.
 */

const site = inject('siteUrl');
const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

const WIDTHS = [360, 1280] as const;

/** Opens a topic at a width, with every chart drawn (those below the fold too). */
async function open(query: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site}${query}`);
  // Attached, not visible: a topic of dimensions only (the profile) has no headline tiles.
  await page.locator('[data-testid="headlines"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('section[data-busy="false"]').waitFor({ timeout: 60_000 });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => !document.querySelector('[data-plot][data-stale]'));
}

/**
 * Made available in the page as `charts()` before it loads: the Plot SVGs (not the legend's
 * swatches), each with the chart it belongs to.
 */
declare global {
  interface Window {
    charts: () => { chart: string; svg: SVGSVGElement }[];
  }
}
beforeEach(async () => {
  await page.addInitScript(() => {
    window.charts = () =>
      [...document.querySelectorAll('[data-plot]')].flatMap((host) => {
        const chart = host.closest('[data-testid^="chart-"]')?.getAttribute('data-testid') ?? '?';
        const svg = host.querySelector(':scope > svg, :scope > figure > svg');
        return svg instanceof SVGSVGElement ? [{ chart, svg }] : [];
      });
  });
});

// ---------------------------------------------------------------------------------------------

// Each opens several views at two widths.
describe('tick labels', { timeout: 240_000 }, () => {
  it('of every chart are distinct (no nine ticks reading "7,3", no trend axis 7,4 / 7,4)', async () => {
    for (const width of WIDTHS)
      for (const query of ['?topic=balance', '?topic=safety&compare=hospital_type']) {
        await open(query, width);
        const repeated = await page.evaluate(() => {
          const bad: string[] = [];
          for (const { chart, svg } of window.charts())
            // Plot writes the tick labels of a numeric axis in tabular figures, and only those.
            for (const axis of svg.querySelectorAll('g[font-variant="tabular-nums"]')) {
              const ticks = [...axis.querySelectorAll('text')].map((t) => ({
                label: t.textContent!,
                x: t.getBoundingClientRect().left,
              }));
              // A diverging axis reads 50% on both sides of its 0%: told apart by the side.
              const zero = ticks.find((t) => /^0(%|,0)?$/.test(t.label));
              const labels = ticks.map((t) => (zero && t.x < zero.x - 1 ? `-${t.label}` : t.label));
              if (new Set(labels).size !== labels.length) bad.push(`${chart}: ${labels.join(' ')}`);
              if (labels.length < 2) bad.push(`${chart}: only ${labels.join(' ')}`);
            }
          return bad;
        });
        expect(repeated, `${query} at ${width}px`).toEqual([]);
      }
    expect(errors).toEqual([]);
  });

  it('a 1–10 mark on its whole scale, hours on an axis that shows differences and says so', async () => {
    await open('?topic=balance', 1280);
    const marks = await page
      .locator('[data-testid="chart-job_rating"] [data-plot]')
      .first()
      .locator('g[font-variant="tabular-nums"] text')
      .allTextContents();
    expect(marks).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

    await open('?topic=overtime&compare=specialty', 1280);
    const hours = page.locator('[data-testid="chart-hours_worked"] [data-plot]').first();
    const ticks = (
      await hours.locator('g[font-variant="tabular-nums"] text').allTextContents()
    ).map((s) => Number(s.replace(',', '.')));
    expect(ticks[0]).toBeGreaterThan(0);
    await expect(hours.textContent()).resolves.toContain('de as begint niet bij 0');
    // The groups' means are spread over the plot, not squashed into its last tenth.
    const spread = await hours.evaluate((host) => {
      const xs = [...host.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
      const grid = [...host.querySelectorAll('line')].map((l) => Number(l.getAttribute('x1')));
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...grid) - Math.min(...grid));
    });
    expect(spread).toBeGreaterThan(0.3);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

type RGB = [number, number, number];
/** CIE L* and b* (yellow–blue) of a #rrggbb colour, computed here, apart from the app's palette. */
function lab(hex: string): { l: number; b: number } {
  const [r, g, bl] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as RGB;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
  return { l: 116 * y - 16, b: 200 * (y - z) };
}
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const decreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x < xs[i - 1]!);

/** A chart's legend, in its order: each answer and the fill of its swatch. */
async function legend(chart: string, plot = 0) {
  return page
    .locator(`[data-testid="chart-${chart}"] [data-plot]`)
    .nth(plot)
    .evaluate((host) =>
      [...host.querySelectorAll(':scope > figure > div svg[fill]')].map((swatch) => ({
        answer: swatch.parentElement!.textContent!.trim(),
        fill: swatch.getAttribute('fill')!,
      })),
    );
}

describe('colours of ordered answers', { timeout: 240_000 }, () => {
  it('run from light to dark in L*, blue where higher is better, orange where it is worse', async () => {
    await open('?topic=balance', 1280);
    // "Te laag … Te hoog", counted as "te hoog" (worse): orange, darkest at "Te hoog".
    const workload = await legend('workload');
    expect(workload.map((s) => s.answer)).toEqual([
      'Te laag',
      'Goed',
      'Hoog, maar acceptabel',
      'Te hoog',
    ]);
    expect(decreasing(workload.map((s) => lab(s.fill).l))).toBe(true);
    expect(lab(workload.at(-1)!.fill).b).toBeGreaterThan(0);
    // The marks 1–10 beside the mean (higher is better): blue, darkest at 10.
    const marks = await legend('job_rating', 1);
    expect(marks.map((s) => s.answer)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(decreasing(marks.map((s) => lab(s.fill).l))).toBe(true);
    expect(lab(marks.at(-1)!.fill).b).toBeLessThan(0);
    expect(errors).toEqual([]);
  });

  it('diverge: darker away from the middle on each side, favourable blue, neutral seen on white', async () => {
    for (const [query, chart] of [
      ['?topic=balance', 'wlb_satisfaction'],
      ['?topic=overtime', 'home_on_time'],
      ['?topic=safety', 'handover_safe'],
    ] as const) {
      await open(query, 1280);
      const swatches = await legend(chart);
      const l = swatches.map((s) => lab(s.fill).l);
      const lightest = l.indexOf(Math.max(...l));
      expect(increasing(l.slice(0, lightest + 1)), chart).toBe(true);
      expect(decreasing(l.slice(lightest)), chart).toBe(true);
      // Higher is better on these three: "Zeer ontevreden" / "Nooit" orange, the top blue.
      expect(lab(swatches[0]!.fill).b, chart).toBeGreaterThan(0);
      expect(lab(swatches.at(-1)!.fill).b, chart).toBeLessThan(0);
      // A neutral answer, where drawn, is grey, darker than the page, with an outline.
      const neutral = await page
        .locator(`[data-testid="chart-${chart}"] [data-plot]`)
        .first()
        .evaluate((host) => {
          const g = host.querySelector('g.neutral');
          const rect = g?.querySelector('rect');
          return rect
            ? { fill: rect.getAttribute('fill')!, stroke: g!.getAttribute('stroke') }
            : null;
        });
      if (chart === 'wlb_satisfaction') {
        expect(neutral).not.toBeNull();
        expect(lab(neutral!.fill).l).toBeLessThan(90);
        expect(neutral!.stroke).toMatch(/^#[0-6]/);
      }
    }
    expect(errors).toEqual([]);
  });

  it('in the explorer too ("Neutraal" is not red)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openExplorer(page, `${site}?view=explore&q=wlb_satisfaction&by=hospital_type`);
    const swatches = await legend('crosstab');
    expect(swatches.map((s) => s.answer)).toContain('Neutraal');
    const l = swatches.map((s) => lab(s.fill).l);
    const lightest = l.indexOf(Math.max(...l));
    expect(swatches[lightest]!.answer).toBe('Neutraal');
    expect(increasing(l.slice(0, lightest + 1))).toBe(true);
    expect(decreasing(l.slice(lightest))).toBe(true);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a diverging bar', { timeout: 240_000 }, () => {
  it('draws on its headline’s side of zero exactly the headline share', async () => {
    for (const [query, chart] of [
      ['?topic=overtime&compare=hospital_type', 'home_on_time'],
      ['?topic=balance&compare=hospital_type', 'wlb_satisfaction'],
      ['?topic=safety&specialty=radiologie', 'handover_safe'],
      ['?topic=breaks&compare=gender', 'pause_frequency'],
    ] as const)
      for (const width of WIDTHS) {
        await open(query, width);
        const root = page.locator(`[data-testid="chart-${chart}"]`).first();
        const drawn = await root.locator('[data-headline-side]').evaluate((box) => {
          const side = box.getAttribute('data-headline-side');
          const zero = Number(box.querySelector('g.zero line')!.getAttribute('x1'));
          const rows = new Map<string, { total: number; headline: number }>();
          for (const g of box.querySelectorAll('g.segments, g.neutral'))
            for (const rect of g.querySelectorAll('rect')) {
              const y = rect.getAttribute('y')!;
              const x = Number(rect.getAttribute('x'));
              const w = Number(rect.getAttribute('width'));
              const row = rows.get(y) ?? { total: 0, headline: 0 };
              row.total += w;
              // Plot offsets marks by half a pixel; the neutral answer counts on neither side.
              const right = x + w / 2 > zero;
              if (g.classList.contains('segments') && (side === 'right') === right)
                row.headline += w;
              rows.set(y, row);
            }
          return {
            side,
            shares: [...rows.entries()]
              .sort((a, b) => Number(a[0]) - Number(b[0]))
              .map(([, r]) => r.headline / r.total),
          };
        });
        expect(drawn.side, chart).not.toBe('none');
        const table = await root
          .locator('details.table')
          .first()
          .evaluate((details) =>
            [...details.querySelectorAll('tbody tr')].flatMap((tr) => {
              const cells = [...tr.querySelectorAll('td')];
              // The headline's column: "72% (70%–74%)", before n (and the comparison).
              const headline = cells.find((td) => /^\d+% \(/.test(td.textContent!.trim()));
              return headline ? [Number(/^(\d+)%/.exec(headline.textContent!.trim())![1])] : [];
            }),
          );
        expect(drawn.shares.length, `${chart} at ${width}px`).toBe(table.length);
        drawn.shares.forEach((share, i) =>
          expect(Math.abs(share * 100 - table[i]!), `${chart} row ${i} at ${width}px`).toBeLessThan(
            0.6,
          ),
        );
      }
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('on a phone and a laptop', { timeout: 240_000 }, () => {
  const QUERIES = [
    '?topic=overtime&specialty=radiologie&compare=hospital_type',
    '?topic=balance',
    '?topic=burnout&compare=specialty',
    '?topic=profile',
    '?topic=safety&specialty=radiologie',
  ];

  /** The explorer's chart too (7,5 px on a phone, labels cut at the left). */
  const EXPLORER = [
    '?view=explore&q=wlb_satisfaction&by=specialty',
    '?view=explore&q=burnout_cause&by=hospital_type',
  ];

  it('no chart text is smaller than 12 px, and none runs out of its chart', async () => {
    for (const width of WIDTHS)
      for (const query of [...QUERIES, ...EXPLORER]) {
        if (EXPLORER.includes(query)) {
          await page.setViewportSize({ width, height: 900 });
          await openExplorer(page, `${site}${query}`);
        } else await open(query, width);
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          for (const { chart, svg } of window.charts()) {
            const box = svg.getBoundingClientRect();
            // Drawn smaller than its viewBox, every text in it shrinks with it.
            const scale = box.width / Number(svg.getAttribute('width'));
            for (const text of svg.querySelectorAll('text')) {
              const r = text.getBoundingClientRect();
              if (r.width === 0) continue;
              const size = parseFloat(getComputedStyle(text).fontSize) * scale;
              const name = `${chart} "${text.textContent!.slice(0, 30)}"`;
              if (size < 11.95) out.push(`${name}: ${size.toFixed(1)}px`);
              if (
                r.left < box.left - 0.5 ||
                r.right > box.right + 0.5 ||
                r.top < box.top - 0.5 ||
                r.bottom > box.bottom + 0.5
              )
                out.push(`${name}: outside its chart`);
            }
            // The legend's swatches are chart text too.
            for (const label of svg.parentElement!.querySelectorAll(':scope > div span'))
              if (parseFloat(getComputedStyle(label).fontSize) < 11.95)
                out.push(`${chart} legend "${label.textContent}"`);
          }
          return out;
        });
        expect(problems, `${query} at ${width}px`).toEqual([]);
      }
    expect(errors).toEqual([]);
  });

  it('no two texts of a chart overlap (the axis title is not over "100%")', async () => {
    for (const width of WIDTHS)
      for (const query of QUERIES) {
        await open(query, width);
        const overlaps = await page.evaluate(() => {
          const out: string[] = [];
          for (const { chart, svg } of window.charts()) {
            const boxes = [...svg.querySelectorAll('text')]
              .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }))
              .filter((b) => b.r.width > 0);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i]!.r, boxes[j]!.r];
                const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 1 && h > 2) out.push(`${chart}: "${boxes[i]!.text}" × "${boxes[j]!.text}"`);
              }
          }
          return out;
        });
        expect(overlaps, `${query} at ${width}px`).toEqual([]);
      }
    expect(errors).toEqual([]);
  });

  it('row labels stand in full above the bars on a phone, on the axis on a laptop', async () => {
    for (const width of WIDTHS) {
      await open('?topic=overtime&specialty=radiologie&compare=hospital_type', width);
      const root = page.locator('[data-testid="chart-home_on_time"]').first();
      const table = await root
        .locator('details.table tbody th')
        .allTextContents()
        .then((labels) => labels.map((l) => l.trim()));
      const texts = await root.locator('[data-plot] svg text').allTextContents();
      for (const label of table) expect(texts, `${label} at ${width}px`).toContain(label);
    }
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

/** A chart's data table: each row's label and the number of one of its columns. */
async function tableOf(chart: string, column: number) {
  return page
    .locator(`[data-testid="chart-${chart}"] details.table`)
    .first()
    .evaluate(
      (details, col) =>
        [...details.querySelectorAll('tbody tr')].map((tr) => {
          const cell = tr.querySelectorAll('td')[col]?.textContent?.trim() ?? '';
          const number = /^-?\d+(,\d+)?/.exec(cell);
          return {
            label: tr.querySelector('th')!.textContent!.trim(),
            value: number ? Number(number[0].replace(',', '.')) : null,
            comparison: tr.querySelector('td:last-child')!.textContent!.trim(),
          };
        }),
      column,
    );
}

describe('comparisons', { timeout: 240_000 }, () => {
  it('are ranked by value, and alphabetical on request, kept in the link', async () => {
    await open('?topic=overtime&compare=specialty', 1280);
    for (const [chart, column] of [
      ['hours_worked', 0],
      ['home_on_time', 5],
    ] as const) {
      const rows = await tableOf(chart, column);
      expect(rows[0]!.label).toBe('Alle respondenten');
      const groups = rows.slice(1).filter((r) => r.value !== null);
      expect(groups.length).toBeGreaterThan(10);
      const values = groups.map((r) => r.value!);
      expect(values, chart).toEqual([...values].sort((a, b) => b - a));
      // Those too small to show come last.
      expect(rows.slice(1 + groups.length).every((r) => r.value === null)).toBe(true);
      // The chart draws its rows in the table's order.
      const drawn = await page
        .locator(`[data-testid="chart-${chart}"] [data-plot]`)
        .first()
        .evaluate(
          (host, labels) => {
            const texts = [...host.querySelectorAll('svg text')].filter((t) =>
              labels.includes(t.textContent!),
            );
            return texts
              .map((t) => ({ label: t.textContent!, y: t.getBoundingClientRect().top }))
              .sort((a, b) => a.y - b.y)
              .map((t) => t.label);
          },
          rows.map((r) => r.label),
        );
      expect(drawn).toEqual(rows.map((r) => r.label));
    }
    // One line: the highest and the lowest group, not every group in a paragraph.
    const summary = (await page.getByTestId('summary-hours_worked').textContent())!;
    expect(summary).toMatch(/^Gewerkte uren, .*: hoogst .+ \(n = \d+\), laagst .+ \(n = \d+\)\.$/);
    expect(summary.length).toBeLessThan(140);

    await page.getByTestId('order').locator('button[data-order="alpha"]').click();
    await page.waitForFunction(() => location.search.includes('order=alpha'));
    await page.locator('section[data-busy="false"]').waitFor();
    const labels = (await tableOf('hours_worked', 0)).slice(1).map((r) => r.label);
    const named = labels.filter((l) => l !== 'Afgeschermd of onbekend');
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'nl')));
    await page.reload();
    await page.locator('section[data-busy="false"]').waitFor();
    await expect(
      page.getByTestId('order').locator('button[aria-pressed="true"]').textContent(),
    ).resolves.toBe('alfabetisch');
    expect(errors).toEqual([]);
  });

  it('mark a significant difference by shape and words, with its size and interval', async () => {
    for (const width of WIDTHS) {
      await open('?topic=overtime&compare=specialty', width);
      for (const chart of ['hours_worked', 'home_on_time', 'overtime_compensation']) {
        const rows = await tableOf(chart, 0);
        const significant = rows.filter((r) => /gunstiger dan de rest/.test(r.comparison));
        expect(significant.length, chart).toBeGreaterThan(0);
        const marks = await page
          .locator(`[data-testid="chart-${chart}"] [data-plot]`)
          .first()
          .evaluate((host) =>
            [...host.querySelectorAll('svg text')].flatMap((t) => {
              const title = t.querySelector('title')?.textContent ?? '';
              const own = [...t.childNodes]
                .filter((n) => n.nodeType === Node.TEXT_NODE)
                .map((n) => n.textContent)
                .join('');
              return title ? [{ own, title }] : [];
            }),
          );
        for (const row of significant) {
          const mark = marks.find((m) => m.title === `${row.label}: ${row.comparison}`);
          expect(mark, `${chart}: ${row.label}`).toBeDefined();
          // The difference and its interval in the tooltip; the direction in shape and words.
          expect(mark!.title).toMatch(/95%-BI -?\+?\d/);
          const up = row.comparison.startsWith('+');
          expect(mark!.own, `${chart}: ${row.label}`).toContain(up ? '▲ hoger' : '▼ lager');
        }
        // No mark on a row without a significant difference.
        for (const m of marks.filter((m) => /[▲▼]/.test(m.own)))
          expect(m.title, chart).toMatch(/gunstiger dan de rest/);
        // The legend says what the marks and colours mean; teal is not called green.
        const legendText = await page
          .locator(`[data-testid="chart-${chart}"] [data-testid="flag-legend"]`)
          .textContent();
        expect(legendText).toContain('▲ hoger');
        expect(legendText).toContain('geen aantoonbaar verschil');
        const caption = await page
          .locator(`[data-testid="chart-${chart}"] figcaption`)
          .textContent();
        expect(caption).not.toMatch(/\bgroen\b/);
      }
    }
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('many categories', { timeout: 240_000 }, () => {
  it('a multi-select split by group: a block per option, full labels, options by value', async () => {
    for (const width of WIDTHS) {
      await open('?topic=burnout&specialty=radiologie&compare=hospital_type', width);
      const root = page.locator('[data-testid="chart-burnout_cause"]').first();
      const texts = await root.locator('[data-plot] svg text').allTextContents();
      expect(texts.some((s) => s.includes(' · ') && !s.startsWith('Radiologie'))).toBe(false);
      const headings = await root.locator('[data-plot] svg g.heading text').allTextContents();
      // The options as blocks, by the selection's share, largest first.
      const selection = (await tableOf('burnout_cause', 0))[0]!;
      expect(selection.label).toBe('Radiologie');
      const options = await root.locator('details.table thead th').allTextContents();
      // The columns after "Groep", up to n, are the options.
      const count = options.indexOf('n') - 1;
      const shares = await root
        .locator('details.table tbody tr')
        .first()
        .evaluate(
          (tr, k) =>
            [...tr.querySelectorAll('td')].slice(0, k).map((td) => parseInt(td.textContent!, 10)),
          count,
        );
      const ranked = options
        .slice(1, 1 + count)
        .map((label, i) => ({ label, share: shares[i]! }))
        .sort((a, b) => b.share - a.share)
        .map((o) => o.label);
      expect(headings).toEqual(ranked);
    }
    expect(errors).toEqual([]);
  });

  it('the headline tiles of a multi-select are its three largest options', async () => {
    await open('?topic=breaks', 1280);
    const tiles = await page
      .locator('[data-testid^="headline-heavy_day_"] .value')
      .allTextContents()
      .then((values) => values.map((v) => parseInt(v, 10)));
    const options = await page
      .locator('[data-testid="chart-heavy_day"] details.table thead th')
      .allTextContents();
    const shares = await page
      .locator('[data-testid="chart-heavy_day"] details.table tbody tr')
      .first()
      .evaluate(
        (tr, k) =>
          [...tr.querySelectorAll('td')].slice(0, k).map((td) => parseInt(td.textContent!, 10)),
        options.indexOf('n') - 1,
      );
    expect(tiles).toEqual([...shares].sort((a, b) => b - a).slice(0, 3));
    expect(errors).toEqual([]);
  });

  it('"Specialisme" is ranked bars, not one bar of 30 segments in repeating colours', async () => {
    for (const width of WIDTHS) {
      await open('?topic=profile', width);
      const host = page.locator('[data-testid="chart-specialty"] [data-plot]').first();
      const drawn = await host.evaluate((h) => ({
        swatches: h.querySelectorAll(':scope > figure > div svg[fill]').length,
        bars: [...h.querySelectorAll('svg rect')]
          .map((r) => ({ y: Number(r.getAttribute('y')), w: Number(r.getAttribute('width')) }))
          .sort((a, b) => a.y - b.y)
          .map((r) => r.w),
      }));
      expect(drawn.swatches).toBe(0);
      expect(drawn.bars.length).toBeGreaterThan(20);
      expect(drawn.bars).toEqual([...drawn.bars].sort((a, b) => b - a));
    }
    expect(errors).toEqual([]);
  });
});
