/**
 * Aggregate step: computes every aggregate, level by level, as a weighted mean of its children for each unit.
 * Missing children are skipped and the remaining weights re-scaled (COINr `a_amean`/`a_gmean`); children with
 * weight 0 (context) never count. A unit with no scored child present gets a missing aggregate.
 */
import type { Hierarchy } from '../hierarchy.ts';
import type { AggregateMethod } from '../types.ts';
import { newColumn, type Column } from '../table.ts';

/** Weighted mean of `x[0..n)` with weights `w` (all present, weights > 0). */
export type AggregatorFn = (x: Column, w: Column, n: number) => number;

/** COINr `a_amean`: w ← w/Σw, then Σ w·x, summed with error compensation. */
export function amean(x: Column, w: Column, n: number): number {
  let ws = 0;
  let wc = 0;
  for (let i = 0; i < n; i++) {
    const t = ws + w[i];
    const bp = t - ws;
    wc += ws - (t - bp) + (w[i] - bp);
    ws = t;
  }
  const wsum = ws + wc;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const p = (w[i] / wsum) * x[i];
    const t = s + p;
    const bp = t - s;
    c += s - (t - bp) + (p - bp);
    s = t;
  }
  return s + c;
}

/** COINr `a_gmean`: exp(Σ w·log x / Σ w). Zero or negative values are an error, as in COINr. */
export function gmean(x: Column, w: Column, n: number): number {
  let s = 0;
  let c = 0;
  let ws = 0;
  let wc = 0;
  for (let i = 0; i < n; i++) {
    if (!(x[i] > 0)) throw new Error(`gmean needs values > 0, got ${x[i]}: use minmax with a range starting above 0, e.g. [1, 100]`);
    const p = w[i] * Math.log(x[i]);
    let t = s + p;
    let bp = t - s;
    c += s - (t - bp) + (p - bp);
    s = t;
    t = ws + w[i];
    bp = t - ws;
    wc += ws - (t - bp) + (w[i] - bp);
    ws = t;
  }
  return Math.exp((s + c) / (ws + wc));
}

/** The registry: method name → weighted mean. */
export const AGGREGATORS: Record<AggregateMethod, AggregatorFn> = { amean, gmean };

/** Looks up a method, throwing `unknown aggregation method: …` for anything else. */
export function getAggregator(method: string): AggregatorFn {
  const f = Object.hasOwn(AGGREGATORS, method) ? AGGREGATORS[method as AggregateMethod] : undefined;
  if (!f) throw new Error(`unknown aggregation method: ${method} (known: ${Object.keys(AGGREGATORS).join(', ')})`);
  return f;
}

/**
 * Aggregates all levels. `normalised` holds the indicator columns, `weights` the resolved weights.
 * Returns one column per aggregate (hierarchy order). Units with `scored[u] === false` get NaN everywhere.
 */
export function aggregateAll(
  h: Hierarchy,
  normalised: Column[],
  weights: { indicators: ArrayLike<number>; aggregates: ArrayLike<number> },
  method: AggregateMethod,
  rows: number,
  scored?: ArrayLike<boolean>,
  units?: string[],
): Column[] {
  const f = getAggregator(method);
  const out: Column[] = h.aggregates.map(() => newColumn(rows));
  const x = newColumn(64);
  const w = newColumn(64);
  let xb = x;
  let wb = w;
  for (let a = 0; a < h.aggregates.length; a++) {
    // children with weight 0 are context: they never enter the mean
    const cols: Column[] = [];
    const cw: number[] = [];
    for (const i of h.childIndicators[a]) if (weights.indicators[i] > 0) cols.push(normalised[i]), cw.push(weights.indicators[i]);
    for (const b of h.childAggregates[a]) if (weights.aggregates[b] > 0) cols.push(out[b]), cw.push(weights.aggregates[b]);
    if (cols.length > xb.length) (xb = newColumn(cols.length)), (wb = newColumn(cols.length));
    const col = out[a];
    for (let u = 0; u < rows; u++) {
      if (scored && !scored[u]) {
        col[u] = NaN;
        continue;
      }
      let n = 0;
      for (let k = 0; k < cols.length; k++) {
        const v = cols[k][u];
        if (v === v) (xb[n] = v), (wb[n] = cw[k]), n++;
      }
      try {
        col[u] = n === 0 ? NaN : f(xb, wb, n);
      } catch (err) {
        throw new Error(`aggregate ${h.aggregates[a].code}, unit ${units?.[u] ?? u}: ${(err as Error).message}`);
      }
    }
  }
  return out;
}
