/**
 * Data availability: a unit is scored only if it has observed values for at least a set share (default 2/3) of
 * the scored indicators. Counted on the data before imputation, so imputed values never make a unit rankable,
 * and context indicators (weight 0) never count.
 */
import type { Table } from './table.ts';
import type { Coverage } from './types.ts';

/** Default share of scored indicators a unit needs values for. */
export const DEFAULT_AVAILABILITY_THRESHOLD = 2 / 3;

const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** Coverage of every unit over the columns flagged in `scored`, judged against `threshold`. */
export function computeCoverage(t: Table, units: string[], scored: boolean[], threshold: number): Coverage[] {
  const columns = t.cols.filter((_, j) => scored[j]);
  const expected = columns.length;
  return units.map((unit, u) => {
    let observed = 0;
    for (const c of columns) if (c[u] === c[u]) observed++;
    const share = expected === 0 ? 0 : observed / expected;
    // integer comparison with a little slack so that e.g. 14 of 21 meets a 2/3 threshold
    const scoredUnit = expected > 0 && observed >= threshold * expected - 1e-9;
    const c: Coverage = { unit, observed, expected, share, scored: scoredUnit };
    if (!scoredUnit) {
      c.reason = expected === 0
        ? 'no scored indicators'
        : `values for ${observed} of ${expected} scored indicators (${percent(share)}), below the threshold of ${percent(threshold)}`;
    }
    return c;
  });
}
