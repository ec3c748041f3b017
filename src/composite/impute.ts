/**
 * Impute step: fills missing values of each indicator column with the column mean or median (COINr `i_mean`,
 * `i_median`), optionally within groups of units (`i_mean_grp`, `i_median_grp`). Units without a group label are
 * left as they are, as COINr does.
 */
import { accurateMean, median } from './numeric.ts';
import type { Table } from './table.ts';
import type { ImputeOptions } from './types.ts';

export interface ImputeResult {
  table: Table;
  /** One entry per filled cell. */
  cells: { row: number; col: number; value: number }[];
  warnings: string[];
}

const STATISTICS = { mean: accurateMean, median } as const;

/** Fills NaN cells per column; returns new columns only where something was filled. */
export function impute(t: Table, opts: ImputeOptions, groups: Record<string, (string | null)[]> = {}, codes: string[] = []): ImputeResult {
  const cells: ImputeResult['cells'] = [];
  const warnings: string[] = [];
  if (opts.method === 'none') return { table: t, cells, warnings };
  const statistic = STATISTICS[opts.method];
  if (!statistic) throw new Error(`unknown imputation method: ${opts.method}`);
  let labels: (string | null)[] | null = null;
  if (opts.byGroup !== undefined) {
    labels = groups[opts.byGroup];
    if (!labels) throw new Error(`unknown group variable: ${opts.byGroup}`);
  }
  // unit indices per group (one group of everything when not grouped)
  const members = new Map<string, number[]>();
  for (let u = 0; u < t.rows; u++) {
    const g = labels ? labels[u] : '';
    if (g === null || g === undefined) continue;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(u);
  }
  const cols = t.cols.map((col, j) => {
    if (!col.some((v) => v !== v)) return col;
    const out = col.slice();
    for (const [group, rows] of members) {
      const values = Array.from(rows, (u) => col[u]);
      if (!values.some((v) => v !== v)) continue;
      const fill = statistic(values);
      if (fill !== fill) {
        warnings.push(`impute: ${codes[j] ?? `column ${j}`} has no values${labels ? ` in group ${group}` : ''}; left missing`);
        continue;
      }
      for (const u of rows) {
        if (col[u] !== col[u]) {
          out[u] = fill;
          cells.push({ row: u, col: j, value: fill });
        }
      }
    }
    return out;
  });
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  return { table: { rows: t.rows, cols }, cells, warnings };
}
