import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/app/charts/plot-style';
import { TONE_COLOURS } from '../../src/app/comparison';

type RGB = [number, number, number];
const linear = (hex: string): RGB =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as RGB;
const luminance = ([r, g, b]: RGB) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
/** WCAG 2 contrast ratio against white. */
const contrast = (hex: string) => 1.05 / (luminance(linear(hex)) + 0.05);

/** Machado, Oliveira & Fernandes (2009), severity 1, in linear RGB. */
const SIMULATE: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};
const simulate = (rgb: RGB, m: number[][]) =>
  m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, w, j) => s + w * rgb[j]!, 0),
      ),
    ),
  ) as RGB;

function lab([r, g, b]: RGB): RGB {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(luminance([r, g, b]));
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('chart palette', () => {
  it('gives every text and mark colour at least 4.5:1 contrast on white', () => {
    for (const [name, hex] of Object.entries({ ...COLOURS, ...TONE_COLOURS }))
      expect(contrast(hex), name).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps better and worse clearly apart for red-green colour-blind readers', () => {
    const { better, worse, different } = TONE_COLOURS;
    for (const [kind, m] of Object.entries(SIMULATE)) {
      const seen = (hex: string) => lab(simulate(linear(hex), m));
      // ΔE (CIE76) of 30 and more reads as two different colours at a glance.
      expect(deltaE(seen(better), seen(worse)), kind).toBeGreaterThan(30);
      expect(deltaE(seen(better), seen(different)), kind).toBeGreaterThan(20);
      expect(deltaE(seen(worse), seen(different)), kind).toBeGreaterThan(20);
    }
  });
});
