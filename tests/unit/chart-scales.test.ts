import { describe, expect, it } from 'vitest';
import { niceTicks, spanDomain, tickDecimals } from '../../src/app/charts/plot-style';
import type { CodedItem } from '../../src/lib/codebook/types';
import { answerColours } from '../../src/lib/figures/colours';
import { divergingLayout, divergingSegments } from '../../src/lib/figures/diverging';
import type { ShareFigure } from '../../src/lib/figures/kinds';
import { optionsByValue, orderPanel, orderRows } from '../../src/lib/figures/order';
import type { Panel, PanelRow } from '../../src/lib/figures/panel';
import type { Figure } from '../../src/lib/figures/types';
import { lightness, NEUTRAL_FILL, ramp } from '../../src/lib/format/palette';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const item = (id: string) => codebook.items.find((i) => i.id === id) as CodedItem;
const monotone = (xs: number[]) =>
  xs.every((x, i) => i === 0 || x < xs[i - 1]!) || xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('the diverging layout follows the headline (issue 17)', () => {
  const five = ['1', '2', '3', '4', '5'];
  it('a top-2 box keeps the middle answer neutral, split across zero (S6)', () => {
    expect(divergingLayout(five, ['4', '5'])).toEqual({ neutral: 2, split: 3, headline: 'right' });
    expect(divergingLayout(five, ['1', '2'])).toEqual({ neutral: 2, split: 3, headline: 'left' });
  });
  it('"regelmatig tot altijd" (3–5) puts zero below "regelmatig": nothing of it neutral', () => {
    const layout = divergingLayout(five, ['3', '4', '5']);
    expect(layout).toEqual({ neutral: null, split: 2, headline: 'right' });
    const segments = divergingSegments([0.1, 0.18, 0.34, 0.27, 0.11], layout);
    const right = segments.filter((s) => s.x1 >= 0).reduce((sum, s) => sum + s.x2 - s.x1, 0);
    expect(right).toBeCloseTo(0.34 + 0.27 + 0.11, 12);
    expect(segments[1]).toEqual({ index: 1, x1: -0.18, x2: 0 });
  });
  it('"altijd" alone: everything below it on the other side', () => {
    expect(divergingLayout(five, ['5'])).toEqual({ neutral: null, split: 4, headline: 'right' });
  });
  it('without a headline at an end: the middle answer, as before', () => {
    expect(divergingLayout(five)).toEqual({ neutral: 2, split: 3, headline: null });
    expect(divergingLayout(five, ['2', '4'])).toEqual({ neutral: 2, split: 3, headline: null });
    expect(divergingLayout(['1', '2', '3', '4'])).toEqual({
      neutral: null,
      split: 2,
      headline: null,
    });
  });
});

describe('colours of answers', () => {
  it('ramps are monotone in L*', () => {
    for (const hue of ['favourable', 'unfavourable', 'neutral'] as const)
      for (const n of [2, 4, 10]) {
        const l = ramp(hue, n).map(lightness);
        expect(
          l.every((x, i) => i === 0 || x < l[i - 1]!),
          `${hue} ${n}`,
        ).toBe(true);
      }
  });

  it('an ordered single choice and the marks 1–10 run light to dark', () => {
    const workload = answerColours(item('workload')).map(lightness);
    expect(workload).toHaveLength(4);
    expect(monotone(workload)).toBe(true);
    expect(workload[3]!).toBeLessThan(workload[0]!);
    const marks: CodedItem = {
      ...item('workload'),
      ordered: true,
      polarity: 'higher_is_better',
      headline: undefined,
      values: Array.from({ length: 10 }, (_, i) => ({
        code: String(i + 1),
        label: { nl: String(i + 1), en: String(i + 1) },
      })),
    };
    const l = answerColours(marks).map(lightness);
    expect(l.every((x, i) => i === 0 || x < l[i - 1]!)).toBe(true);
  });

  it('a diverging scale darkens away from zero on each side; the neutral is grey', () => {
    for (const id of ['proud', 'wlb_satisfaction', 'home_on_time', 'handover_safe']) {
      const it = item(id);
      const colours = answerColours(it);
      const l = colours.map(lightness);
      const layout = divergingLayout(
        it.values.filter((v) => !v.excluded).map((v) => v.code),
        it.headline?.codes,
      );
      const middle = layout.neutral ?? layout.split - 0.5;
      for (let i = 1; i < l.length; i++)
        if (i <= middle) expect(l[i]!, `${id} ${i}`).toBeGreaterThan(l[i - 1]!);
        else if (i - 1 >= middle) expect(l[i]!, `${id} ${i}`).toBeLessThan(l[i - 1]!);
      if (layout.neutral !== null) expect(colours[layout.neutral]).toBe(NEUTRAL_FILL);
    }
    expect(lightness(NEUTRAL_FILL)).toBeLessThan(90);
  });
});

describe('ticks and domains', () => {
  it('ticks are round and never read the same', () => {
    expect(niceTicks(-0.6, 0.6, 6)).toEqual([-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6]);
    expect(niceTicks(1, 10, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tickDecimals([7, 7.5, 8])).toBe(1);
    expect(tickDecimals([40, 45, 50])).toBe(0);
  });

  it('a domain spans at least what is asked, within the scale', () => {
    // A mark of 7,3 with a narrow interval: not nine ticks of "7,3".
    const marks = spanDomain([7.25, 7.35], 2, [1, 10]);
    expect(marks.domain[1] - marks.domain[0]).toBeGreaterThanOrEqual(2);
    expect(new Set(marks.ticks.map((x) => x.toFixed(tickDecimals(marks.ticks)))).size).toBe(
      marks.ticks.length,
    );
    // A share near 0 stays within 0–100%.
    expect(spanDomain([0.01, 0.03], 0.2, [0, 1]).domain).toEqual([0, 0.2]);
    // Hours of 43–52 are not drawn from 0.
    expect(spanDomain([43, 52], 4, [0, Infinity]).domain[0]).toBeGreaterThan(30);
  });
});

describe('ranking', () => {
  const share = (estimate: number | null): ShareFigure => ({
    group: null,
    n: estimate === null ? 0 : 50,
    excluded: 0,
    missing: 0,
    value: estimate === null ? null : { estimate, lo: estimate - 0.1, hi: estimate + 0.1 },
    parts: [],
  });
  const row = (kind: PanelRow['kind'], group: string | null, v: number | null) => ({
    kind,
    group,
    figure: share(v),
  });
  const rows: PanelRow<ShareFigure>[] = [
    row('selection', null, 0.5),
    row('group', 'b', 0.3),
    row('group', 'a', 0.7),
    row('group', null, 0.9),
    row('group', 'c', null),
    row('group', 'd', 0.4),
    row('benchmark', null, 0.45),
  ];
  const label = (r: PanelRow<Figure>) => (r.kind === 'group' ? (r.group ?? 'onbekend') : r.kind);

  it('by value: highest first, then "withheld", then those too small; selection and benchmark stay', () => {
    const ranked = orderRows(rows, (r) => r.figure.value?.estimate ?? null, 'value', label, 'nl');
    expect(ranked.map(label)).toEqual(['selection', 'a', 'd', 'b', 'c', 'onbekend', 'benchmark']);
  });

  it('by name on request', () => {
    const ranked = orderRows(rows, (r) => r.figure.value?.estimate ?? null, 'alpha', label, 'nl');
    expect(ranked.map(label)).toEqual(['selection', 'a', 'b', 'c', 'd', 'onbekend', 'benchmark']);
  });

  it('a panel without groups is left as it is; options rank by their share', () => {
    const panel = { type: 'share', item: item('burnout'), rows: rows.slice(0, 1) } as Panel;
    expect(orderPanel(panel, 'value', label, 'nl')).toBe(panel);
    const parts = [0.2, 0.49, 0.1, 0.6].map((estimate, i) => ({
      code: String(i),
      value: { estimate, lo: 0, hi: 1 },
    }));
    expect(optionsByValue({ ...share(null), parts })).toEqual([3, 1, 0, 2]);
  });
});
