/**
 * Public shapes of the composite-indicator engine: the dataset it reads, the profile (serialisable options) that
 * says how to build a composite, and the result with every intermediate layer. Pure types, no code.
 */

/** One indicator (level 1 of the hierarchy). */
export interface IndicatorMeta {
  code: string;
  /** Code of the aggregate this indicator feeds; `''`/`null` = stands alone (shown, never scored). */
  parent: string | null;
  /** +1: higher is better (more robust); −1: lower is better. Applied before normalisation. */
  direction: 1 | -1;
  /** Relative weight among its siblings. 0 = context indicator: normalised and shown, never scored. */
  weight: number;
  /** Optional denominator variable (a key of `Dataset.denominators`), used by the `denominate` step. */
  denominator?: string;
}

/** One aggregate (theme, sub-index, index). Level 2 aggregates indicators, level k aggregates lower levels. */
export interface AggregateMeta {
  code: string;
  parent: string | null;
  level: number;
  weight: number;
}

/**
 * Units × indicators with the hierarchy. `values[unitIndex][indicatorIndex]`, `null` = missing.
 * `groups[variable][unitIndex]` = the unit's group label (e.g. centrality class), used by group imputation.
 * `denominators[variable][unitIndex]` = a denominator value (population, area…), used by `denominate`.
 */
export interface Dataset {
  units: string[];
  indicators: IndicatorMeta[];
  aggregates: AggregateMeta[];
  values: (number | null)[][];
  groups?: Record<string, (string | null)[]>;
  denominators?: Record<string, (number | null)[]>;
}

export type ImputeMethod = 'none' | 'mean' | 'median';
/** Fill missing values per indicator column; `byGroup` names a `Dataset.groups` variable to impute within groups. */
export interface ImputeOptions {
  method: ImputeMethod;
  byGroup?: string;
}

/** COINr's winsorisation defaults: winmax 5, |skew| threshold 2, kurtosis threshold 3.5, log fallback on. */
export interface WinsoriseParams {
  winmax?: number;
  skewThreshold?: number;
  kurtThreshold?: number;
  /** Winsorise up to `winmax` points even when the column passes. */
  forceWin?: boolean;
  /** If winsorisation cannot fix the column, log-transform the original column instead (COINr `log_CT`). */
  logFallback?: boolean;
}
export interface TreatOptions {
  method: 'none' | 'winsorise';
  params?: WinsoriseParams;
  /** Indicator codes left untreated. */
  skip?: string[];
}

export type NormaliseMethod = 'prank' | 'minmax' | 'zscore' | 'rank' | 'borda' | 'goalposts';
export interface MinmaxParams {
  range?: [number, number];
}
export interface ZscoreParams {
  mean?: number;
  sd?: number;
}
export interface GoalpostsParams {
  /** Per indicator `[lower, upper]` on the raw scale; for direction −1 the lower value is the best. */
  posts: Record<string, [number, number]>;
  scale?: number;
  /** Clip scores to [0, 1] before scaling (default true). */
  truncate?: boolean;
}
export interface NormaliseSpec {
  method: NormaliseMethod;
  params?: MinmaxParams | ZscoreParams | GoalpostsParams | Record<string, never>;
}
export interface NormaliseOptions extends NormaliseSpec {
  /** Exceptions to the global method, by indicator code. */
  perIndicator?: Record<string, NormaliseSpec>;
}

export type AggregateMethod = 'amean' | 'gmean';
export interface AggregateOptions {
  method: AggregateMethod;
}

/** How aggregates are reported: as scores, or as Styrkeanalysen's strength indicator 100 × (1 − score). */
export type ReportTransform = 'score' | 'styrkeindikator';

/**
 * A named, serialisable recipe for a composite. Steps run in a fixed order:
 * denominate → impute → screen → treat → normalise → aggregate → availability → ranks.
 */
export interface Profile {
  name: string;
  description?: string;
  denominate?: boolean;
  impute: ImputeOptions;
  /** Drop units whose share of non-missing indicator values (after imputation) is below `minAvailability`. */
  screen?: { minAvailability: number };
  treat: TreatOptions;
  normalise: NormaliseOptions;
  aggregate: AggregateOptions;
  /** Weight overrides by indicator or aggregate code (relative within siblings). */
  weights?: Record<string, number>;
  /** A unit with observed values for fewer than this share of scored indicators gets no aggregates (default 2/3). */
  availabilityThreshold?: number;
  report?: ReportTransform;
}

/** A partial profile merged key by key over a base profile (used for uncertainty alternatives). */
export type ProfilePatch = Partial<Omit<Profile, 'name'>>;

/** `matrix[unitIndex][columnIndex]`, `null` = missing. */
export type Matrix = (number | null)[][];

/** Data coverage of one unit over the scored indicators (weight > 0 all the way up), on observed values. */
export interface Coverage {
  unit: string;
  observed: number;
  expected: number;
  share: number;
  scored: boolean;
  reason?: string;
}

/** Skewness and kurtosis of a column and whether it passes (|skew| < threshold OR kurt < threshold). */
export interface SkewKurtCheck {
  skew: number;
  kurt: number;
  pass: boolean;
}

/** What the treatment did to one indicator. */
export interface TreatmentDetail {
  indicator: string;
  before: SkewKurtCheck | null;
  /** Number of points winsorised (COINr `nwin`), null when no winsorisation was tried. */
  nwin: number | null;
  afterWinsorise: SkewKurtCheck | null;
  logTransformed: boolean;
  afterLog: SkewKurtCheck | null;
  note?: string;
}

export interface StepLogEntry {
  step: string;
  options: unknown;
  details?: Record<string, unknown>;
}

/** Everything a pipeline run produced, with each layer kept for tracing ("tallenes vandring"). */
export interface PipelineResult {
  /** The profile with every default filled in. */
  profile: Profile;
  log: StepLogEntry[];
  /** Units in the result (after screening), in dataset order. */
  units: string[];
  screenedOut: string[];
  indicators: string[];
  /** Aggregate codes ordered by level, then dataset order. */
  aggregates: string[];
  /** The top aggregate (the index). */
  root: string;
  raw: Matrix;
  denominated: Matrix | null;
  imputed: Matrix;
  treated: Matrix;
  /** Normalised indicator values, direction applied (higher = better). */
  normalised: Matrix;
  /** `[unit][aggregate]` in `aggregates` order; null for units below the availability threshold. */
  aggregated: Matrix;
  /** Rank of each aggregate among units: 1 = best, ties share the better rank, null stays null. */
  ranks: Matrix;
  /** Ascending sport rank r of each value after direction (1 = weakest) and the count n of values per indicator. */
  positions: { rank: Matrix; count: number[] };
  /** Nominal weights after profile overrides. */
  weights: { indicators: number[]; aggregates: number[] };
  /**
   * Weight of each indicator in its top aggregate for this unit: the product down the tree of the weights
   * re-scaled over the children present. Null where the indicator is missing or not scored.
   */
  effectiveWeights: Matrix;
  /** Effective weight × normalised value (amean only: they sum to the top score); null for gmean. */
  contributions: Matrix | null;
  coverage: Coverage[];
  imputedCells: { unit: string; indicator: string; value: number }[];
  treatment: TreatmentDetail[] | null;
  /** Per cell: '' untreated, 'winhi', 'winlo' or 'log'. Null when the profile does not treat. */
  treatedFlags: string[][] | null;
  /** Aggregates transformed by `profile.report` (e.g. styrkeindikator); same shape as `aggregated`. */
  reported: Matrix;
  warnings: string[];
}
