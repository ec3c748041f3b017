/**
 * The pipeline: denominate → impute → screen → treat → normalise → aggregate → availability → ranks, each a
 * pure step over the previous layer. `runPipeline` keeps every layer for tracing; `computeScores` is the lean
 * path for repeated runs (uncertainty analysis) that re-uses the weight-independent layers through a cache.
 */
import { effectiveWeights } from './aggregate/effective-weights.ts';
import { aggregateAll } from './aggregate/index.ts';
import { computeCoverage } from './availability.ts';
import { denominate } from './denominate.ts';
import { compileHierarchy, type Hierarchy } from './hierarchy.ts';
import { impute } from './impute.ts';
import { negate, normalise } from './normalise/index.ts';
import { resolveProfile } from './profiles.ts';
import { rankAscendingMin, rankDescendingMin } from './rank.ts';
import { screenUnits } from './screen.ts';
import { newColumn, selectRows, tableFromRows, tableToMatrix, type Column, type Table } from './table.ts';
import { treat } from './treat/index.ts';
import type { Dataset, Matrix, PipelineResult, Profile, StepLogEntry, TreatmentDetail } from './types.ts';
import { resolveWeights, scoredIndicators, type Weights } from './weights.ts';

/** A validated dataset with its compiled hierarchy: compile once, run many profiles. */
export interface CompiledDataset {
  dataset: Dataset;
  hierarchy: Hierarchy;
  raw: Table;
  codes: string[];
}

/** Validates `ds` and prepares it for repeated runs. */
export function compileDataset(ds: Dataset): CompiledDataset {
  const hierarchy = compileHierarchy(ds);
  return { dataset: ds, hierarchy, raw: tableFromRows(ds.values, ds.indicators.length), codes: ds.indicators.map((m) => m.code) };
}

/** The weight-independent layers of one run. */
interface Layers {
  keep: number[];
  units: string[];
  screenedOut: string[];
  raw: Table;
  denominated: Table | null;
  /** Observed values (after denomination, before imputation): what availability is judged on. */
  observed: Table;
  imputed: Table;
  treated: Table;
  normalised: Table;
  imputedCells: { row: number; col: number; value: number }[];
  treatment: { details: TreatmentDetail[]; flags: string[][] } | null;
  warnings: string[];
  log: StepLogEntry[];
}

function computeLayers(c: CompiledDataset, p: Profile): Layers {
  const { dataset: ds, codes } = c;
  const warnings: string[] = [];
  const log: StepLogEntry[] = [];
  let observed = c.raw;
  let denominated: Table | null = null;
  if (p.denominate) {
    const d = denominate(c.raw, ds.indicators, ds.denominators);
    denominated = observed = d.table;
    warnings.push(...d.warnings);
    log.push({ step: 'denominate', options: true, details: { applied: d.applied } });
  }
  const imp = impute(observed, p.impute, ds.groups, codes);
  warnings.push(...imp.warnings);
  log.push({ step: 'impute', options: p.impute, details: { filled: imp.cells.length } });

  let keep = ds.units.map((_, u) => u);
  let screenedOut: string[] = [];
  if (p.screen) {
    const s = screenUnits(imp.table, p.screen.minAvailability);
    keep = s.keep;
    screenedOut = s.removed.map((u) => ds.units[u]);
    log.push({ step: 'screen', options: p.screen, details: { removed: screenedOut } });
  }
  const position = new Map(keep.map((u, k) => [u, k]));
  const imputedCells = imp.cells.filter((cell) => position.has(cell.row)).map((cell) => ({ ...cell, row: position.get(cell.row)! }));
  const imputed = selectRows(imp.table, keep);

  let treated = imputed;
  let treatment: Layers['treatment'] = null;
  if (p.treat.method !== 'none') {
    const t = treat(imputed, p.treat, codes);
    treated = t.table;
    treatment = { details: t.details, flags: t.flags };
    warnings.push(...t.warnings);
    const changed = t.details.filter((d) => d.nwin || d.logTransformed).map((d) => d.indicator);
    log.push({ step: 'treat', options: p.treat, details: { treated: changed } });
  }
  const norm = normalise(treated, ds.indicators, p.normalise);
  warnings.push(...norm.warnings);
  log.push({ step: 'normalise', options: p.normalise });
  return {
    keep,
    units: keep.map((u) => ds.units[u]),
    screenedOut,
    raw: selectRows(c.raw, keep),
    denominated: denominated && selectRows(denominated, keep),
    observed: selectRows(observed, keep),
    imputed,
    treated,
    normalised: norm.table,
    imputedCells,
    treatment,
    warnings,
    log,
  };
}

/** The options that decide the weight-independent layers, as a cache key. */
function layersKey(p: Profile): string {
  return JSON.stringify([p.denominate, p.impute, p.screen, p.treat, p.normalise]);
}

/** Aggregates with availability applied: the scored mask, coverage and one column per aggregate. */
function scoreLayers(c: CompiledDataset, layers: Layers, p: Profile, w: Weights) {
  const h = c.hierarchy;
  const scoredInd = scoredIndicators(h, w);
  const coverage = computeCoverage(layers.observed, layers.units, scoredInd, p.availabilityThreshold!);
  const scored = coverage.map((cv) => cv.scored);
  const aggregated = aggregateAll(h, layers.normalised.cols, w, p.aggregate.method, layers.units.length, scored, layers.units);
  return { coverage, aggregated };
}

/** Cache of weight-independent layers, keyed by the options that produce them. Use one per dataset. */
export type LayerCache = Map<string, Layers>;

/**
 * Scores only: every aggregate column (hierarchy order, NaN = missing) for the resolved profile. Layers that do
 * not depend on weights are taken from `cache` when an earlier call computed them with the same options.
 */
export function computeScores(c: CompiledDataset, profileInput: Profile | string, cache?: LayerCache): { units: string[]; aggregates: Column[] } {
  const profile = resolveProfile(profileInput);
  const key = cache && layersKey(profile);
  let layers = key !== undefined ? cache!.get(key) : undefined;
  if (!layers) {
    layers = computeLayers(c, profile);
    if (key !== undefined) cache!.set(key, layers);
  }
  const w = resolveWeights(c.hierarchy, profile.weights);
  return { units: layers.units, aggregates: scoreLayers(c, layers, profile, w).aggregated };
}

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
interface RunState {
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

/**
 * Runs the whole pipeline and keeps every layer. All steps run at once; the per-unit matrices of the result
 * (layers, ranks, positions, effective weights…) are built from the computed columns when first read, so a
 * caller pays only for the presentation it uses.
 * @example const r = runPipeline(ds, 'styrkeanalysen'); r.aggregated[u][r.aggregates.indexOf(r.root)]
 */
export function runPipeline(ds: Dataset | CompiledDataset, profileInput: Profile | string): PipelineResult {
  const c = 'hierarchy' in ds ? ds : compileDataset(ds);
  const h = c.hierarchy;
  const p = resolveProfile(profileInput);
  const layers = computeLayers(c, p);
  const w = resolveWeights(h, p.weights);
  const { coverage, aggregated } = scoreLayers(c, layers, p, w);
  const log = [
    ...layers.log,
    { step: 'aggregate', options: p.aggregate, details: { weights: p.weights ?? 'meta' } },
    { step: 'availability', options: { threshold: p.availabilityThreshold }, details: { unscored: coverage.filter((cv) => !cv.scored).map((cv) => cv.unit) } },
  ];
  const result = {
    profile: p,
    log,
    units: layers.units,
    screenedOut: layers.screenedOut,
    indicators: c.codes,
    aggregates: h.aggregates.map((a) => a.code),
    root: h.aggregates[h.root].code,
    weights: { indicators: Array.from(w.indicators), aggregates: Array.from(w.aggregates) },
    coverage,
    treatment: layers.treatment?.details ?? null,
    treatedFlags: layers.treatment?.flags ?? null,
    warnings: [...new Set(layers.warnings)],
  };
  const state: RunState = { c, p, layers, aggregated, w, rows: layers.units.length };
  Object.defineProperty(result, STATE, { value: state, enumerable: false });
  return Object.defineProperties(result, LAZY_DESCRIPTORS) as PipelineResult;
}

function countObserved(col: Column): number {
  let n = 0;
  for (let i = 0; i < col.length; i++) if (col[i] === col[i]) n++;
  return n;
}

/** The values of one indicator (normalised) or aggregate column of a result, per unit. */
export function columnOf(result: PipelineResult, code: string): (number | null)[] {
  const a = result.aggregates.indexOf(code);
  if (a >= 0) return result.aggregated.map((row) => row[a]);
  const i = result.indicators.indexOf(code);
  if (i >= 0) return result.normalised.map((row) => row[i]);
  throw new Error(`unknown code: ${code}`);
}
