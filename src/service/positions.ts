/**
 * Percentile positions of every indicator value, as Styrkeanalysen reports them: p = 1 − prank with
 * prank = (r − 1)/(n − 1), r the ascending sport rank after direction among the municipalities (0 = the most robust).
 * Own regions are placed in the municipalities' distribution as one more unit.
 */
import { prank } from '../composite/normalise/prank.ts';

export interface PositionedColumn {
  /** p per municipality, aligned with the input; null for missing values. */
  municipalities: (number | null)[];
  /** p of any outside value (an own region) measured against the municipalities. */
  placeOutside(value: number | null): number | null;
}

/** Positions of one indicator-year column; `direction` +1 or −1 (context indicators have none). */
export function positionColumn(values: (number | null)[], direction: 1 | -1): PositionedColumn {
  const x = values.map((v) => (v === null ? Number.NaN : v * direction));
  const p = prank(x);
  const sorted = x.filter((v) => v === v).sort((a, b) => a - b);
  return {
    municipalities: p.map((v, i) => (values[i] === null || v !== v ? null : 1 - v)),
    placeOutside(value) {
      if (value === null || sorted.length === 0) return null;
      // r = 1 + values strictly below; n = municipalities + this unit; prank = (r − 1)/(n − 1) = below / n_m.
      const v = value * direction;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      return 1 - lo / sorted.length;
    },
  };
}
