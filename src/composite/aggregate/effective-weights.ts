/**
 * Effective weights: how much each indicator weighs in its top aggregate for one unit, after the re-scaling
 * over the children that unit has values for. For the arithmetic mean, top score = Σ effective weight ×
 * normalised value, which is the "weight → contribution → composite" link of the traceability chain.
 */
import type { Hierarchy } from '../hierarchy.ts';
import { newColumn, type Column } from '../table.ts';

/**
 * Returns `[indicator][unit]` columns of effective weights (NaN where the indicator is missing, has weight 0,
 * has no parent, or the unit has no score). `aggregated` are the aggregate columns from `aggregateAll`.
 */
export function effectiveWeights(
  h: Hierarchy,
  normalised: Column[],
  aggregated: Column[],
  weights: { indicators: ArrayLike<number>; aggregates: ArrayLike<number> },
  rows: number,
): Column[] {
  const out = h.indicators.map(() => newColumn(rows, NaN));
  const ew = newColumn(h.aggregates.length);
  for (let u = 0; u < rows; u++) {
    // parents have higher levels, so they come later in hierarchy order: walk it backwards (top-down)
    for (let a = h.aggregates.length - 1; a >= 0; a--) {
      const p = h.aggregateParent[a];
      if (p === -1) ew[a] = aggregated[a][u] === aggregated[a][u] ? 1 : NaN;
      const base = ew[a];
      let total = 0;
      for (const i of h.childIndicators[a]) if (weights.indicators[i] > 0 && normalised[i][u] === normalised[i][u]) total += weights.indicators[i];
      for (const b of h.childAggregates[a]) if (weights.aggregates[b] > 0 && aggregated[b][u] === aggregated[b][u]) total += weights.aggregates[b];
      for (const i of h.childIndicators[a]) {
        out[i][u] = weights.indicators[i] > 0 && normalised[i][u] === normalised[i][u] ? (base * weights.indicators[i]) / total : NaN;
      }
      for (const b of h.childAggregates[a]) {
        ew[b] = weights.aggregates[b] > 0 && aggregated[b][u] === aggregated[b][u] ? (base * weights.aggregates[b]) / total : NaN;
      }
    }
  }
  return out;
}
