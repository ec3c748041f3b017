/**
 * Sample skewness and excess kurtosis as COINr computes them (e1071 type 2, the Excel definitions), on the
 * non-missing values, and COINr's outlier test `check_SkewKurt`.
 */
import { accurateMean, accurateSum } from '../numeric.ts';
import type { SkewKurtCheck } from '../types.ts';

function observed(x: ArrayLike<number>): Float64Array {
  const v: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) v.push(x[i]);
  return Float64Array.from(v);
}

/** Centred powers Σd², Σd³, Σd⁴ with d = x − mean(x), each summed accurately as R's extended-precision `sum`. */
function centredSums(v: Float64Array): { n: number; s2: number; s3: number; s4: number } {
  const m = accurateMean(v);
  const d2 = new Float64Array(v.length);
  const d3 = new Float64Array(v.length);
  const d4 = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const d = v[i] - m;
    d2[i] = d * d;
    d3[i] = d ** 3; // R's x^3 is pow(), not x*x*x: match its rounding
    d4[i] = d ** 4;
  }
  return { n: v.length, s2: accurateSum(d2), s3: accurateSum(d3), s4: accurateSum(d4) };
}

/** Skewness (e1071 type 2); needs at least 3 values, else NaN. */
export function skewness(x: ArrayLike<number>): number {
  const v = observed(x);
  if (v.length < 3) return NaN;
  const { n, s2, s3 } = centredSums(v);
  const y = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (y * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** Excess kurtosis (e1071 type 2); needs at least 4 values, else NaN. */
export function kurtosis(x: ArrayLike<number>): number {
  const v = observed(x);
  if (v.length < 4) return NaN;
  const { n, s2, s4 } = centredSums(v);
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Passes when |skew| < skewThreshold OR kurt < kurtThreshold (COINr `check_SkewKurt`); NaN statistics pass. */
export function checkSkewKurt(x: ArrayLike<number>, skewThreshold = 2, kurtThreshold = 3.5): SkewKurtCheck {
  const skew = skewness(x);
  const kurt = kurtosis(x);
  // a constant or tiny column has no defined skew: COINr returns it untreated, so count it as passing
  const pass = !(Math.abs(skew) >= skewThreshold && kurt >= kurtThreshold);
  return { skew, kurt, pass };
}
