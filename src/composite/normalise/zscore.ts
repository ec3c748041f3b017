/** Z-score (COINr `n_zscore`): (x − mean)/sd·s + m, mean and sample sd (n − 1) over the observed values. */
import { accurateMean, sampleSd } from '../numeric.ts';
import type { ZscoreParams } from '../types.ts';
import { newColumn, type Column } from '../table.ts';

/** Standardises a direction-adjusted column to mean `mean` and standard deviation `sd` (defaults 0 and 1). */
export function zscore(x: Column, { mean = 0, sd = 1 }: ZscoreParams = {}): Column {
  const m = accurateMean(x);
  const s = sampleSd(x, m);
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) out[i] = ((x[i] - m) / s) * sd + mean;
  return out;
}

/** Checks `{mean, sd}` with sd > 0. */
export function validateZscore(p: ZscoreParams = {}): ZscoreParams {
  const { mean = 0, sd = 1 } = p;
  if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd <= 0) throw new Error(`zscore: need a finite mean and sd > 0, got ${JSON.stringify(p)}`);
  return { mean, sd };
}
