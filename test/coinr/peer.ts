/**
 * Helpers for the COINr conformance suite: locate `../shared/data/peers/coinr` at run time (it is never copied
 * into the repo), load ASEM as a Dataset, read reference CSVs and compare numbers with a relative tolerance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/common/csv.ts';
import { parseCoinrInput, type Dataset, type Profile } from '../../src/composite/index.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Where the COINr reference outputs live (outside the repo). */
export const PEER_DIR = resolve(repoRoot, '../shared/data/peers/coinr');
/** Message for `t.skip` when the reference data is absent. */
export const SKIP_REASON = `skipped: COINr reference data not found at ${PEER_DIR}`;
export const peerAvailable = (): boolean => existsSync(join(PEER_DIR, 'README.md'));

/** Recommended comparison tolerance (README: about 1e-12 relative). */
export const REL_TOL = 1e-12;

export function loadAsem(): Dataset {
  return parseCoinrInput(readFileSync(join(PEER_DIR, 'asem_idata.csv'), 'utf8'), readFileSync(join(PEER_DIR, 'asem_imeta.csv'), 'utf8'), {
    idataName: 'asem_idata.csv',
    imetaName: 'asem_imeta.csv',
  }).dataset;
}

export interface RefTable {
  header: string[];
  /** rows in file order; cells as strings ('' = NA) */
  rows: string[][];
}

export function readRef(relPath: string): RefTable {
  const [head, ...rows] = parseCsv(readFileSync(join(PEER_DIR, relPath), 'utf8'));
  return { header: head.fields, rows: rows.map((r) => r.fields) };
}

export const num = (s: string): number | null => (s === '' ? null : Number(s));

/** Relative difference with an absolute floor for exact zeros. */
export function relDiff(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Compares reference cells with computed values; returns a list of mismatches (empty = equal within `tol`).
 * `get(unit, column)` supplies the computed value.
 */
export function compareTable(ref: RefTable, get: (unit: string, column: string) => number | null, tol = REL_TOL): string[] {
  const bad: string[] = [];
  for (const row of ref.rows) {
    const unit = row[0];
    ref.header.slice(1).forEach((col, k) => {
      const want = num(row[k + 1]);
      const got = get(unit, col);
      if (want === null || got === null || got === undefined) {
        if (want !== got) bad.push(`${unit}/${col}: want ${want}, got ${got}`);
      } else if (!(relDiff(want, got) <= tol)) bad.push(`${unit}/${col}: want ${want}, got ${got} (rel ${relDiff(want, got).toExponential(2)})`);
    });
  }
  return bad;
}

/** The profiles of the eight COINr pipelines (no availability threshold: COINr's Aggregate had none). */
export const PIPELINES: Record<string, Profile> = {
  P1_prank_amean: { name: 'P1', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'prank' }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
  P2_minmax_amean: { name: 'P2', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'minmax', params: { range: [0, 100] } }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
  P3_minmax1_gmean: { name: 'P3', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'minmax', params: { range: [1, 100] } }, aggregate: { method: 'gmean' }, availabilityThreshold: 0 },
  P4_zscore_amean: { name: 'P4', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'zscore', params: { mean: 0, sd: 1 } }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
  P5_impute_treat_minmax_amean: { name: 'P5', impute: { method: 'mean' }, treat: { method: 'winsorise' }, normalise: { method: 'minmax', params: { range: [0, 100] } }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
  P5x_build_example_coin: {
    name: 'P5x',
    denominate: true,
    impute: { method: 'mean', byGroup: 'EurAsia_group' },
    screen: { minAvailability: 0.9 },
    treat: { method: 'winsorise', params: { winmax: 5 } },
    normalise: { method: 'minmax', params: { range: [0, 100] } },
    aggregate: { method: 'amean' },
    availabilityThreshold: 0,
  },
  P6a_rank_amean: { name: 'P6a', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'rank' }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
  P6b_borda_amean: { name: 'P6b', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'borda' }, aggregate: { method: 'amean' }, availabilityThreshold: 0 },
};
