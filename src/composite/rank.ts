/**
 * Ranking with "sport" ties (R's `rank(ties.method = "min")`): tied values share the lowest rank of their group,
 * i.e. rank = 1 + the number of strictly smaller (or, descending, strictly larger) values. Missing stays missing.
 */
import { newColumn, type Column } from './table.ts';

// scratch space for sorting, re-used between calls (a run ranks hundreds of short columns)
let scratch = new Float64Array(256);

/** Sorts a[lo..hi] ascending in place: quicksort with insertion sort for short runs (no NaN present). */
function sortRange(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const p = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // recurse into the smaller part, loop on the larger: bounded stack depth
    if (j - lo < hi - i) {
      sortRange(a, lo, j);
      lo = i;
    } else {
      sortRange(a, i, hi);
      hi = j;
    }
  }
  for (let k = lo + 1; k <= hi; k++) {
    const v = a[k];
    let m = k - 1;
    while (m >= lo && a[m] > v) {
      a[m + 1] = a[m];
      m--;
    }
    a[m + 1] = v;
  }
}

function sportRanks(x: ArrayLike<number>, descending: boolean): Column {
  if (scratch.length < x.length) scratch = new Float64Array(x.length * 2);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) scratch[n++] = x[i];
  const sorted = scratch;
  sortRange(sorted, 0, n - 1);
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    // ascending: 1 + #(values < v); descending: 1 + #(values > v), found by binary search
    let lo = 0;
    let hi = n;
    if (descending) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      out[i] = n - lo + 1;
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      out[i] = lo + 1;
    }
  }
  return out;
}

/** Ascending sport ranks of a column (NaN = missing stays NaN): 1 for the smallest value. */
export function rankAscendingMin(x: ArrayLike<number>): Column {
  return sportRanks(x, false);
}

/** Descending sport ranks of a column (NaN = missing stays NaN): 1 for the largest value. */
export function rankDescendingMin(x: ArrayLike<number>): Column {
  return sportRanks(x, true);
}

/**
 * Ranks scores so that 1 = best (highest score); tied scores share the better rank; null stays null.
 * @example rankDescending([0.5, 0.9, null, 0.5]) // [2, 1, null, 2]
 */
export function rankDescending(scores: (number | null)[]): (number | null)[] {
  const x = Array.from(scores, (v) => (v === null ? NaN : v));
  return Array.from(rankDescendingMin(x), (r) => (r === r ? r : null));
}
