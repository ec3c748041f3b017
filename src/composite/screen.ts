/**
 * Screen step (COINr `Screen(unit_screen = "byNA")`): keeps the units whose share of non-missing indicator
 * values is at least `minAvailability`. Unlike the availability threshold, screened-out units leave the
 * reference set altogether (they are not normalised against).
 */
import type { Table } from './table.ts';

/** Indices of the rows to keep, and of those removed, by data availability over all columns. */
export function screenUnits(t: Table, minAvailability: number): { keep: number[]; removed: number[] } {
  if (!(minAvailability >= 0 && minAvailability <= 1)) throw new Error(`screen: minAvailability must be in [0, 1], got ${minAvailability}`);
  const keep: number[] = [];
  const removed: number[] = [];
  for (let u = 0; u < t.rows; u++) {
    let missing = 0;
    for (const c of t.cols) if (c[u] !== c[u]) missing++;
    (1 - missing / t.cols.length < minAvailability ? removed : keep).push(u);
  }
  return { keep, removed };
}
