/**
 * Accurate summation for the engine. R sums in 80-bit extended precision and corrects its means, so plain
 * left-to-right double sums drift from COINr by an ulp or two — and far more in relative terms when a sum
 * cancels (z-scores near zero). These helpers carry the rounding error of every addition (Ogita–Rump–Oishi
 * `Sum2`), which is as accurate as summing in twice the working precision and rounding once.
 * Missing values are NaN in the typed columns and are skipped.
 */

const SPLITTER = 134217729; // 2^27 + 1, Dekker's splitting constant

/** Compensated sum of the non-NaN values of `x`. */
export function accurateSum(x: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue; // NaN = missing
    const t = s + v;
    const bp = t - s;
    c += s - (t - bp) + (v - bp);
    s = t;
  }
  return s + c;
}

/** Compensated sum returned unrounded as `[hi, lo]` with hi + lo ≈ the exact sum to about 2⁻¹⁰⁶ relative. */
function sumPair(x: ArrayLike<number>): [number, number, number] {
  let s = 0;
  let c = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    n++;
    const t = s + v;
    const bp = t - s;
    c += s - (t - bp) + (v - bp);
    s = t;
  }
  const hi = s + c;
  const lo = c - (hi - s);
  return [hi, lo, n];
}

/** Exact product a·b as `[p, err]` (Dekker's TwoProduct, no FMA needed). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, al * bl - (p - ah * bh - al * bh - ah * bl)];
}

/** Mean of the non-NaN values, correctly rounded in practice (as R's two-pass `mean`). NaN when none. */
export function accurateMean(x: ArrayLike<number>): number {
  const [hi, lo, n] = sumPair(x);
  if (n === 0) return NaN;
  const m0 = hi / n;
  if (!Number.isFinite(m0)) return m0;
  const [p, pErr] = twoProduct(m0, n);
  // residual = (hi + lo) − m0·n, computed without cancellation error
  const residual = hi - p - pErr + lo;
  return m0 + residual / n;
}

/**
 * Sample standard deviation (divisor n − 1) of the non-NaN values, as R's `sd`: R forms each deviation, square
 * and the running sum in extended precision and rounds only the variance, so the squares here are exact
 * (TwoSum + TwoProduct) and the variance is rounded once. NaN when n < 2.
 */
export function sampleSd(x: ArrayLike<number>, mean = accurateMean(x)): number {
  let s = 0;
  let c = 0;
  let n = 0;
  const add = (q: number) => {
    const t = s + q;
    const bp = t - s;
    c += s - (t - bp) + (q - bp);
    s = t;
  };
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    n++;
    // d = v − mean exactly as dHi + dLo
    const dHi = v - mean;
    const bp = dHi - v;
    const dLo = v - (dHi - bp) + (-mean - bp);
    const [p, pErr] = twoProduct(dHi, dHi);
    add(p);
    add(pErr + 2 * dHi * dLo);
  }
  if (n < 2) return NaN;
  const hi = s + c;
  const lo = c - (hi - s);
  // variance rounded once: v0 plus the correction of its residual
  const v0 = hi / (n - 1);
  const [q, qErr] = twoProduct(v0, n - 1);
  return Math.sqrt(v0 + (hi - q - qErr + lo) / (n - 1));
}

/** Median of the non-NaN values (mean of the two middle values for an even count). NaN when none. */
export function median(x: ArrayLike<number>): number {
  const v: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) v.push(x[i]);
  if (v.length === 0) return NaN;
  v.sort((a, b) => a - b);
  const h = v.length >> 1;
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
}
