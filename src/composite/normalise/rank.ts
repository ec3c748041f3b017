/** Rank and Borda normalisation (COINr `n_rank`, `n_borda`): sport ranks 1..n (Borda 0..n − 1), best = highest. */
import { rankAscendingMin } from '../rank.ts';

/** Ranks of a direction-adjusted column, 1 for the lowest value; NaN stays NaN. */
export function rank(x: Float64Array): Float64Array {
  return rankAscendingMin(x);
}

/** Borda scores: rank − 1. */
export function borda(x: Float64Array): Float64Array {
  return rankAscendingMin(x).map((r) => r - 1);
}
