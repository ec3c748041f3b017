/**
 * The pipeline: denominate → impute → screen → treat → normalise → aggregate → availability → ranks, each a
 * pure step over the previous layer. `runPipeline` keeps every layer for tracing; `computeScores` is the lean
 * path for repeated runs (uncertainty analysis) that re-uses the weight-independent layers through a cache.
 */
import { aggregateAll } from './aggregate/index.ts';
import { computeCoverage } from './availability.ts';
import { compileDataset, computeLayers, layersKey, type CompiledDataset, type Layers } from './layers.ts';
import { resolveProfile } from './profiles.ts';
import { attachMatrices } from './result.ts';
import type { Column } from './table.ts';
import type { Dataset, PipelineResult, Profile } from './types.ts';
import { resolveWeights, scoredIndicators, type Weights } from './weights.ts';

export { compileDataset, type CompiledDataset } from './layers.ts';

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
  return attachMatrices(result, { c, p, layers, aggregated, w, rows: layers.units.length });
}

/** The values of one indicator (normalised) or aggregate column of a result, per unit. */
export function columnOf(result: PipelineResult, code: string): (number | null)[] {
  const a = result.aggregates.indexOf(code);
  if (a >= 0) return result.aggregated.map((row) => row[a]);
  const i = result.indicators.indexOf(code);
  if (i >= 0) return result.normalised.map((row) => row[i]);
  throw new Error(`unknown code: ${code}`);
}
