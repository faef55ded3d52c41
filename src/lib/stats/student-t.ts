/**
 * Quantiles of Student's t distribution, for mean intervals on small groups where the normal
 * approximation is too narrow. Computed from the regularised incomplete beta function.
 */

/** ln Γ(x) for x > 0; also the log-factorials of the exact test (exact.ts): ln n! = ln Γ(n + 1). */
export function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9): relative error below 1e-13 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xm = x - 1;
  let a = c[0]!;
  const t = xm + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xm + i);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

// Every mean on a page asks for the same 97.5% point at a few df: solved once per (p, df).
const quantiles = new Map<string, number>();

/** The t with P(T ≤ t) = p: Newton's method on the CDF, kept inside a bisection bracket. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new Error('tQuantile needs 0 < p < 1 and df > 0');
  const key = `${p}:${df}`;
  const known = quantiles.get(key);
  if (known !== undefined) return known;
  const t = solve(p, df);
  if (quantiles.size > 10_000) quantiles.clear();
  quantiles.set(key, t);
  return t;
}

/**
 * The CDF is monotone, so a bracket that always holds the root keeps the search safe; Newton's
 * steps (the density is the CDF's derivative) make it a few evaluations of the incomplete beta
 * instead of the fifty a bisection from ±1000 took, which a page's first figures felt.
 */
function solve(p: number, df: number): number {
  let lo = -1e3;
  let hi = 1e3;
  // The density of Student's t, its constant worked out once: ln Γ((df+1)/2) − ln Γ(df/2) − ½ ln(df π).
  const logScale = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (x: number) => Math.exp(logScale - ((df + 1) / 2) * Math.log(1 + (x * x) / df));
  // Start from the normal quantile's sign and a rough size: any start inside the bracket works.
  let t = p === 0.5 ? 0 : Math.sign(p - 0.5) * Math.min(10, 1 + 2 / Math.sqrt(df));
  for (let i = 0; i < 200; i++) {
    const f = tCdf(t, df) - p;
    if (f === 0) return t;
    if (f < 0) lo = t;
    else hi = t;
    const newton = t - f / density(t);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-13 * Math.max(1, Math.abs(t)) || hi - lo <= 1e-12) return next;
    t = next;
  }
  return t;
}
