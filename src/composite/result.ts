/**
 * Presentation of a run: the per-unit matrices of `PipelineResult` (layers, ranks, positions, effective weights,
 * contributions, reported values), built from the computed columns the first time each is read.
 */
import { effectiveWeights } from './aggregate/effective-weights.ts';
import type { CompiledDataset, Layers } from './layers.ts';
import { negate } from './normalise/index.ts';
import { rankAscendingMin, rankDescendingMin } from './rank.ts';
import { newColumn, tableToMatrix, type Column } from './table.ts';
import type { Matrix, PipelineResult, Profile } from './types.ts';
import type { Weights } from './weights.ts';

function multiply(a: Column, b: Column): Column {
  const out = newColumn(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * b[i];
  return out;
}

/** Styrkeanalysen's reporting: 100 × (1 − score), so lower is stronger. */
function strengthIndicator(score: Column): Column {
  const out = newColumn(score.length);
  for (let i = 0; i < score.length; i++) out[i] = 100 * (1 - score[i]);
  return out;
}

function columnsToMatrix(cols: Column[], rows: number): Matrix {
  return tableToMatrix({ rows, cols });
}

/** What the matrices of a result are built from. */
export interface RunState {
  c: CompiledDataset;
  p: Profile;
  layers: Layers;
  aggregated: Column[];
  w: Weights;
  rows: number;
  ew?: Column[];
}

const STATE = Symbol('run state');

function effective(s: RunState): Column[] {
  return (s.ew ??= effectiveWeights(s.c.hierarchy, s.layers.normalised.cols, s.aggregated, s.w, s.rows));
}

/** How each per-unit matrix of a result is built from the computed columns. */
const BUILDERS: { [K in keyof PipelineResult]?: (s: RunState) => PipelineResult[K] } = {
  raw: (s) => tableToMatrix(s.layers.raw),
  denominated: (s) => s.layers.denominated && tableToMatrix(s.layers.denominated),
  imputed: (s) => tableToMatrix(s.layers.imputed),
  treated: (s) => tableToMatrix(s.layers.treated),
  normalised: (s) => tableToMatrix(s.layers.normalised),
  aggregated: (s) => columnsToMatrix(s.aggregated, s.rows),
  ranks: (s) => columnsToMatrix(s.aggregated.map((col) => rankDescendingMin(col)), s.rows),
  positions: (s) => ({
    rank: columnsToMatrix(s.layers.treated.cols.map((col, i) => rankAscendingMin(s.c.hierarchy.indicators[i].direction === 1 ? col : negate(col))), s.rows),
    count: s.layers.treated.cols.map(countObserved),
  }),
  effectiveWeights: (s) => columnsToMatrix(effective(s), s.rows),
  contributions: (s) =>
    s.p.aggregate.method === 'amean' ? columnsToMatrix(effective(s).map((col, i) => multiply(col, s.layers.normalised.cols[i])), s.rows) : null,
  reported: (s) => columnsToMatrix(s.p.report === 'styrkeindikator' ? s.aggregated.map(strengthIndicator) : s.aggregated, s.rows),
  imputedCells: (s) => s.layers.imputedCells.map((cell) => ({ unit: s.layers.units[cell.row], indicator: s.c.codes[cell.col], value: cell.value })),
};

// One shared getter per matrix: on first read it builds the value and replaces itself with a plain enumerable
// property, so JSON and clones see every layer. Shared getters keep every result on the same hidden class.
const LAZY_DESCRIPTORS: PropertyDescriptorMap = Object.fromEntries(
  Object.entries(BUILDERS).map(([key, build]) => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: PipelineResult & { [STATE]: RunState }) {
        const value = (build as (s: RunState) => unknown)(this[STATE]);
        Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    },
  ]),
);

function countObserved(col: Column): number {
  let n = 0;
  for (let i = 0; i < col.length; i++) if (col[i] === col[i]) n++;
  return n;
}

/** Adds the matrices to `result` as properties built on first read (then plain enumerable data). */
export function attachMatrices(result: object, state: RunState): PipelineResult {
  Object.defineProperty(result, STATE, { value: state, enumerable: false });
  return Object.defineProperties(result, LAZY_DESCRIPTORS) as PipelineResult;
}
