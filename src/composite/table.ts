/**
 * The engine's internal layer: one Float64Array column per code, NaN = missing. Column-major because every
 * preparation step works on one indicator at a time; converted to the public `Matrix` shape only at the end.
 */
import type { Matrix } from './types.ts';

export interface Table {
  /** Number of units (rows). */
  rows: number;
  cols: Float64Array[];
}

/** Builds a table from `values[unit][column]` with null = missing. */
export function tableFromRows(values: (number | null)[][], columns: number): Table {
  const rows = values.length;
  const cols = Array.from({ length: columns }, () => new Float64Array(rows));
  for (let u = 0; u < rows; u++) {
    const row = values[u];
    for (let j = 0; j < columns; j++) {
      const v = row[j];
      cols[j][u] = v === null ? NaN : v;
    }
  }
  return { rows, cols };
}

/** Converts a table back to `matrix[unit][column]` with null for missing (and for non-finite results). */
export function tableToMatrix(t: Table): Matrix {
  const out: Matrix = [];
  for (let u = 0; u < t.rows; u++) {
    const row: (number | null)[] = new Array(t.cols.length);
    for (let j = 0; j < t.cols.length; j++) {
      const v = t.cols[j][u];
      row[j] = Number.isFinite(v) ? v : null;
    }
    out.push(row);
  }
  return out;
}

/** Keeps the given rows (unit indices) of every column. */
export function selectRows(t: Table, keep: number[]): Table {
  if (keep.length === t.rows) return t;
  return { rows: keep.length, cols: t.cols.map((c) => Float64Array.from(keep, (u) => c[u])) };
}

/** Copies a column list so a step can write without touching its input. */
export function cloneTable(t: Table): Table {
  return { rows: t.rows, cols: t.cols.map((c) => c.slice()) };
}
