/**
 * The engine's internal layer: one column of doubles per code, NaN = missing. Column-major because every
 * preparation step works on one indicator at a time; converted to the public `Matrix` shape only at the end.
 * Columns are plain arrays: V8 stores them unboxed, and allocating one costs a fraction of a typed array's,
 * which matters because a run allocates hundreds of short columns.
 */
import type { Matrix } from './types.ts';

/** One column of a layer: a double per unit, NaN = missing. */
export type Column = number[];

/** A new column of `length` copies of `fill`. */
export function newColumn(length: number, fill = 0): Column {
  return new Array<number>(length).fill(fill);
}

export interface Table {
  /** Number of units (rows). */
  rows: number;
  cols: Column[];
}

/** Builds a table from `values[unit][column]` with null = missing. */
export function tableFromRows(values: (number | null)[][], columns: number): Table {
  const rows = values.length;
  const cols = Array.from({ length: columns }, () => newColumn(rows));
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
  return { rows: keep.length, cols: t.cols.map((c) => Array.from(keep, (u) => c[u])) };
}

/** Copies a column list so a step can write without touching its input. */
export function cloneTable(t: Table): Table {
  return { rows: t.rows, cols: t.cols.map((c) => c.slice()) };
}
