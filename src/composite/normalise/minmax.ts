/** Min-max scaling (COINr `n_minmax`): (x − min)/(max − min)·(u − l) + l over the observed values. */
import type { MinmaxParams } from '../types.ts';
import { newColumn, type Column } from '../table.ts';

/** Scales a direction-adjusted column onto `range` (default [0, 100]); a constant column gives NaN (0/0). */
export function minmax(x: Column, { range = [0, 100] }: MinmaxParams = {}): Column {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) if (v === v) (min = v < min ? v : min), (max = v > max ? v : max);
  const [l, u] = range;
  // same operation order as COINr so the doubles agree
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) out[i] = ((x[i] - min) / (max - min)) * (u - l) + l;
  return out;
}

/** Checks `{range: [l, u]}`. */
export function validateMinmax(p: MinmaxParams = {}): MinmaxParams {
  const range = p.range ?? [0, 100];
  if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isFinite) || range[0] >= range[1]) {
    throw new Error(`minmax: range must be [lower, upper] with lower < upper, got ${JSON.stringify(p.range)}`);
  }
  return { range: [range[0], range[1]] };
}
