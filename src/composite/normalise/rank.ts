/** Rank and Borda normalisation (COINr `n_rank`, `n_borda`): sport ranks 1..n (Borda 0..n − 1), best = highest. */
import { rankAscendingMin } from '../rank.ts';
import type { Column } from '../table.ts';

/** Ranks of a direction-adjusted column, 1 for the lowest value; NaN stays NaN. */
export function rank(x: Column): Column {
  return rankAscendingMin(x);
}

/** Borda scores: rank − 1. */
export function borda(x: Column): Column {
  const r = rankAscendingMin(x);
  for (let i = 0; i < r.length; i++) r[i] -= 1;
  return r;
}
