/**
 * Colours of ordered answer scales. An ordered scale must read as ordered: its colours run from
 * light to dark in CIE L* (lightness), so that the order survives greyscale printing and colour
 * blindness, and the hue says which way is better: blue for the favourable end, orange for the
 * unfavourable one (as the comparison colours, teal and orange), purple where neither is.
 * Ramps are interpolated in CIELAB between a light and a dark end, so L* is linear in the step.
 */

type Lab = [number, number, number];

const WHITE = [0.95047, 1, 1.08883] as const;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
const fInverse = (t: number) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));

/** CIELAB (D65) of a #rrggbb colour. */
function lab(hex: string): Lab {
  const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [
    number,
    number,
    number,
  ];
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / WHITE[0]);
  const y = f((0.2126 * r + 0.7152 * g + 0.0722 * b) / WHITE[1]);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / WHITE[2]);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE L* of a #rrggbb colour: 0 black, 100 white. */
export function lightness(hex: string): number {
  return lab(hex)[0];
}

function hex([l, a, bb]: Lab): string {
  const y = (l + 16) / 116;
  const [x, z] = [y + a / 500, y - bb / 200];
  const [X, Y, Z] = [fInverse(x) * WHITE[0], fInverse(y) * WHITE[1], fInverse(z) * WHITE[2]];
  const rgb = [
    3.2406 * X - 1.5372 * Y - 0.4986 * Z,
    -0.9689 * X + 1.8758 * Y + 0.0415 * Z,
    0.0557 * X - 0.204 * Y + 1.057 * Z,
  ];
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, fromLinear(c))) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export type Hue = 'favourable' | 'unfavourable' | 'neutral';

/** Light and dark end of each ramp (ColorBrewer's Blues, Oranges and Purples). */
const ENDS: Record<Hue, [string, string]> = {
  favourable: ['#c6dbef', '#08306b'],
  unfavourable: ['#fdd0a2', '#7f2704'],
  neutral: ['#dadaeb', '#3f007d'],
};

/**
 * `count` colours of one hue from light to dark; `from` (0–1) is where on the ramp the lightest
 * starts: above 0 keeps it clearly coloured, apart from the neutral grey.
 */
export function ramp(hue: Hue, count: number, from = 0): string[] {
  const [light, dark] = ENDS[hue].map(lab) as [Lab, Lab];
  if (count <= 0) return [];
  if (count === 1) return [hex(dark)];
  return Array.from({ length: count }, (_, i) => {
    const t = from + ((1 - from) * i) / (count - 1);
    return hex(light.map((c, k) => c + (dark[k]! - c) * t) as Lab);
  });
}

/**
 * The middle answer of a diverging bar: a grey clearly darker than the page (#f7f7f7 vanished on
 * white), drawn with an outline of `NEUTRAL_STROKE`.
 */
export const NEUTRAL_FILL = '#cdcdcd';
export const NEUTRAL_STROKE = '#6e6e6e';

/** Categorical answers (no order): distinct colours, none of them suggesting good or bad. */
export const CATEGORICAL = [
  '#4e79a7',
  '#f28e2c',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
  '#e15759',
];
