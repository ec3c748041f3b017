/**
 * Sample skewness and excess kurtosis as COINr computes them (e1071 type 2, the Excel definitions), on the
 * non-missing values, and COINr's outlier test `check_SkewKurt`.
 */
import { accurateMean } from '../numeric.ts';
import type { SkewKurtCheck } from '../types.ts';

const SPLITTER = 134217729; // 2^27 + 1 (Dekker)

/**
 * Centred power sums Σd², Σd³, Σd⁴ (d = x − mean) in one pass. R forms d³ and d⁴ with `pow()`, which rounds
 * once; here they are built from exact products (Dekker) and rounded once too, then summed with compensation
 * as R's extended-precision `sum` does.
 */
function centredSums(x: ArrayLike<number>): { n: number; s2: number; s3: number; s4: number } {
  const m = accurateMean(x);
  let n = 0;
  let s2 = 0, c2 = 0, s3 = 0, c3 = 0, s4 = 0, c4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    n++;
    const d = v - m;
    // d² = p + e exactly
    let t = SPLITTER * d;
    const dh = t - (t - d);
    const dl = d - dh;
    const p = d * d;
    const e = dh * dh - p + 2 * dh * dl + dl * dl;
    // d³ = p·d + e·d, with p·d = q + f exactly
    t = SPLITTER * p;
    const ph = t - (t - p);
    const pl = p - ph;
    const q = p * d;
    const f = ph * dh - q + ph * dl + pl * dh + pl * dl;
    const d3 = q + (f + e * d);
    // d⁴ = p² + 2·p·e, with p² = r + g exactly
    const r = p * p;
    const g = ph * ph - r + 2 * ph * pl + pl * pl;
    const d4 = r + (g + 2 * p * e);
    // compensated accumulation of the three sums (Neumaier)
    t = s2 + p;
    c2 += Math.abs(s2) >= Math.abs(p) ? s2 - t + p : p - t + s2;
    s2 = t;
    t = s3 + d3;
    c3 += Math.abs(s3) >= Math.abs(d3) ? s3 - t + d3 : d3 - t + s3;
    s3 = t;
    t = s4 + d4;
    c4 += Math.abs(s4) >= Math.abs(d4) ? s4 - t + d4 : d4 - t + s4;
    s4 = t;
  }
  return { n, s2: s2 + c2, s3: s3 + c3, s4: s4 + c4 };
}

function skewFrom({ n, s2, s3 }: { n: number; s2: number; s3: number }): number {
  if (n < 3) return NaN;
  const y = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (y * Math.sqrt(n * (n - 1))) / (n - 2);
}

function kurtFrom({ n, s2, s4 }: { n: number; s2: number; s4: number }): number {
  if (n < 4) return NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Skewness (e1071 type 2); needs at least 3 values, else NaN. */
export function skewness(x: ArrayLike<number>): number {
  return skewFrom(centredSums(x));
}

/** Excess kurtosis (e1071 type 2); needs at least 4 values, else NaN. */
export function kurtosis(x: ArrayLike<number>): number {
  return kurtFrom(centredSums(x));
}

/** Passes when |skew| < skewThreshold OR kurt < kurtThreshold (COINr `check_SkewKurt`); NaN statistics pass. */
export function checkSkewKurt(x: ArrayLike<number>, skewThreshold = 2, kurtThreshold = 3.5): SkewKurtCheck {
  const sums = centredSums(x);
  const skew = skewFrom(sums);
  const kurt = kurtFrom(sums);
  // a constant or tiny column has no defined skew: COINr returns it untreated, so count it as passing
  const pass = !(Math.abs(skew) >= skewThreshold && kurt >= kurtThreshold);
  return { skew, kurt, pass };
}
