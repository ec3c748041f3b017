/** Percentile rank (COINr `n_prank`): (r − 1)/(n − 1) with sport-ranked r over the n observed values; in [0, 1]. */
import { rankAscendingMin } from '../rank.ts';
import type { Column } from '../table.ts';

/** Percentile ranks of a direction-adjusted column; NaN stays NaN. A single observed value gives NaN (0/0). */
export function prank(x: Column): Column {
  const r = rankAscendingMin(x);
  let n = 0;
  for (const v of x) if (v === v) n++;
  for (let i = 0; i < r.length; i++) r[i] = (r[i] - 1) / (n - 1);
  return r;
}
