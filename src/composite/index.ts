/**
 * The composite-indicator engine: pure steps over units × indicators with a hierarchy and weights, COINr-compatible
 * methods, named profiles. This file names the public API; everything else in the folder is internal.
 */
export type {
  AggregateMeta,
  AggregateMethod,
  AggregateOptions,
  Coverage,
  Dataset,
  GoalpostsParams,
  ImputeMethod,
  ImputeOptions,
  IndicatorMeta,
  Matrix,
  MinmaxParams,
  NormaliseMethod,
  NormaliseOptions,
  NormaliseSpec,
  PipelineResult,
  Profile,
  ProfilePatch,
  ReportTransform,
  SkewKurtCheck,
  StepLogEntry,
  TreatmentDetail,
  TreatOptions,
  WinsoriseParams,
  ZscoreParams,
} from './types.ts';
export { runPipeline, compileDataset, computeScores, columnOf } from './pipeline.ts';
export type { CompiledDataset, LayerCache } from './pipeline.ts';
export { PROFILES, DEFAULT_PROFILE, getProfile, resolveProfile, applyPatch } from './profiles.ts';
export { rankDescending, rankDescendingMin, rankAscendingMin } from './rank.ts';
export { accurateMean, accurateSum, sampleSd } from './numeric.ts';
export { NORMALISERS } from './normalise/index.ts';
export { AGGREGATORS } from './aggregate/index.ts';
export { DEFAULT_AVAILABILITY_THRESHOLD } from './availability.ts';
export { skewness, kurtosis, checkSkewKurt, WINSORISE_DEFAULTS } from './treat/index.ts';
export { resolveWeights, perturbWeights, weightsToRecord } from './weights.ts';
export type { Weights, WeightNoise } from './weights.ts';
export type { Hierarchy } from './hierarchy.ts';
export { parseCoinrInput } from './coinr-format.ts';
export { buildExampleDataset } from './example.ts';
export type { ExampleOptions } from './example.ts';
export type { CoinrInput } from './coinr-format.ts';
