/** Min-max scaling (COINr `n_minmax`): (x − min)/(max − min)·(u − l) + l over the observed values. */
import type { MinmaxParams } from '../types.ts';

/** Scales a direction-adjusted column onto `range` (default [0, 100]); a constant column gives NaN (0/0). */
export function minmax(x: Float64Array, { range = [0, 100] }: MinmaxParams = {}): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) if (v === v) (min = v < min ? v : min), (max = v > max ? v : max);
  const [l, u] = range;
  // same operation order as COINr so the doubles agree
  return x.map((v) => ((v - min) / (max - min)) * (u - l) + l);
}

/** Checks `{range: [l, u]}`. */
export function validateMinmax(p: MinmaxParams = {}): MinmaxParams {
  const range = p.range ?? [0, 100];
  if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isFinite) || range[0] >= range[1]) {
    throw new Error(`minmax: range must be [lower, upper] with lower < upper, got ${JSON.stringify(p.range)}`);
  }
  return { range: [range[0], range[1]] };
}
