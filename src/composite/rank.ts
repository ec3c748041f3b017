/**
 * Ranking with "sport" ties (R's `rank(ties.method = "min")`): tied values share the lowest rank of their group,
 * i.e. rank = 1 + the number of strictly smaller (or, descending, strictly larger) values. Missing stays missing.
 */

function sportRanks(x: ArrayLike<number>, descending: boolean): Float64Array {
  const out = new Float64Array(x.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) idx.push(i);
  idx.sort(descending ? (a, b) => x[b] - x[a] : (a, b) => x[a] - x[b]);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    // a value equal to its predecessor shares the predecessor's rank
    out[i] = k > 0 && x[i] === x[idx[k - 1]] ? out[idx[k - 1]] : k + 1;
  }
  return out;
}

/** Ascending sport ranks of a column (NaN = missing stays NaN): 1 for the smallest value. */
export function rankAscendingMin(x: ArrayLike<number>): Float64Array {
  return sportRanks(x, false);
}

/** Descending sport ranks of a column (NaN = missing stays NaN): 1 for the largest value. */
export function rankDescendingMin(x: ArrayLike<number>): Float64Array {
  return sportRanks(x, true);
}

/**
 * Ranks scores so that 1 = best (highest score); tied scores share the better rank; null stays null.
 * @example rankDescending([0.5, 0.9, null, 0.5]) // [2, 1, null, 2]
 */
export function rankDescending(scores: (number | null)[]): (number | null)[] {
  const x = Float64Array.from(scores, (v) => (v === null ? NaN : v));
  return Array.from(rankDescendingMin(x), (r) => (r === r ? r : null));
}
