/**
 * Uncertainty analysis of a composite's ranking: Monte Carlo over the weights (each ± a share, uniform, per
 * level, as COINr's `get_noisy_weights`) and over method choices (e.g. normalisation alternatives). Reports per
 * unit the nominal rank and the mean, median and 5–95 % band (quantile type 7) of its rank over the replications.
 * Seeded with an own PRNG (xoshiro128**), so a seed always gives the same result. `replayUncertainty` takes
 * explicit per-replication parameters instead (e.g. COINr's exported UA design) and samples nothing.
 */
import {
  accurateMean,
  applyPatch,
  compileDataset,
  computeScores,
  perturbWeights,
  rankDescendingMin,
  resolveProfile,
  resolveWeights,
  weightsToRecord,
  type CompiledDataset,
  type Dataset,
  type LayerCache,
  type Profile,
  type ProfilePatch,
  type WeightNoise,
} from '../composite/index.ts';

/** One replication: the weights (code → weight) and the method patch it runs with. */
export interface Replication {
  weights?: Record<string, number>;
  patch?: ProfilePatch;
  /** For sampled runs: the alternative drawn for each factor (index into its list). */
  choices?: Record<string, number>;
}

export interface UncertaintyOptions {
  /** Number of replications. */
  n: number;
  seed: number;
  /** ± share of every weight: a number applies to every level below the top aggregate; or per level. */
  weightNoise?: number | WeightNoise[];
  /** Method alternatives: a list of patches (one factor), or named factors; one alternative drawn per replication. */
  alternatives?: ProfilePatch[] | Record<string, ProfilePatch[]>;
  /** Aggregate to rank by (default: the top aggregate). */
  target?: string;
  /** Keep every replication's scores and ranks in the result. */
  keepReplications?: boolean;
}

export interface UnitRankStats {
  unit: string;
  nominal: number | null;
  mean: number | null;
  median: number | null;
  q05: number | null;
  q95: number | null;
}

export interface UncertaintyResult {
  target: string;
  perUnit: UnitRankStats[];
  replications: Replication[];
  nominalScores: (number | null)[];
  /** `[replication][unit]`, only with `keepReplications`. */
  scores?: (number | null)[][];
  ranks?: (number | null)[][];
}

/** xoshiro128** seeded through splitmix32; returns doubles in [0, 1) with 53 random bits. */
export function createRandom(seed: number): () => number {
  let h = seed >>> 0;
  const splitmix = () => {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const next = () => {
    const r = Math.imul(Math.imul(b, 5) << 7 | Math.imul(b, 5) >>> 25, 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = (d << 11) | (d >>> 21);
    return r;
  };
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}

/** Sample quantile, R's type 7 (linear interpolation between order statistics), of sorted values. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qs = sorted[lo - 1];
  const h = index - lo;
  // same form as R's quantile(): (1 − h)·x[lo] + h·x[hi]
  return index > lo && sorted[hi - 1] !== qs ? (1 - h) * qs + h * sorted[hi - 1] : qs;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

function targetIndex(c: CompiledDataset, target?: string): number {
  const h = c.hierarchy;
  if (target === undefined) return h.root;
  const a = h.aggregateIndex.get(target);
  if (a === undefined) throw new Error(`unknown target aggregate: ${target}`);
  return a;
}

/**
 * Runs the given replications and summarises the target's ranks. Layers that do not depend on the weights are
 * computed once per distinct method patch.
 */
export function replayUncertainty(
  ds: Dataset | CompiledDataset,
  profileInput: Profile | string,
  replications: Replication[],
  { target, keepReplications = false }: { target?: string; keepReplications?: boolean } = {},
): UncertaintyResult {
  const c = 'hierarchy' in ds ? ds : compileDataset(ds);
  const profile = resolveProfile(profileInput);
  const t = targetIndex(c, target);
  const cache: LayerCache = new Map();
  const nominal = computeScores(c, profile, cache);
  const units = nominal.units;
  const nominalScores = nominal.aggregates[t];
  const nominalRanks = rankDescendingMin(nominalScores);
  // ranks[unit][replication]
  const ranks = units.map(() => new Float64Array(replications.length));
  const keptScores: (number | null)[][] = [];
  const keptRanks: (number | null)[][] = [];
  replications.forEach((rep, r) => {
    let p = rep.patch ? applyPatch(profile, rep.patch) : profile;
    if (rep.weights) p = { ...p, weights: { ...p.weights, ...rep.weights } };
    const run = computeScores(c, p, cache);
    if (run.units.length !== units.length) throw new Error(`replication ${r + 1}: the unit set changed (screening differs between alternatives)`);
    const scores = run.aggregates[t];
    const rk = rankDescendingMin(scores);
    for (let u = 0; u < units.length; u++) ranks[u][r] = rk[u];
    if (keepReplications) {
      keptScores.push(Array.from(scores, finite));
      keptRanks.push(Array.from(rk, finite));
    }
  });
  const perUnit = units.map((unit, u) => {
    const sorted = ranks[u].filter((v) => v === v).sort();
    const stat = (v: number) => (sorted.length ? v : null);
    return {
      unit,
      nominal: finite(nominalRanks[u]),
      mean: stat(accurateMean(sorted)),
      median: stat(quantileType7(sorted, 0.5)),
      q05: stat(quantileType7(sorted, 0.05)),
      q95: stat(quantileType7(sorted, 0.95)),
    };
  });
  return {
    target: c.hierarchy.aggregates[t].code,
    perUnit,
    replications,
    nominalScores: Array.from(nominalScores, finite),
    ...(keepReplications ? { scores: keptScores, ranks: keptRanks } : {}),
  };
}

/**
 * Monte Carlo uncertainty analysis: draws `n` replications (noisy weights and one alternative per factor) from
 * the seed, then replays them.
 * @example runUncertainty(ds, 'styrkeanalysen', { n: 1000, seed: 1, weightNoise: 0.25, alternatives: [{}, { normalise: { method: 'minmax' } }] })
 */
export function runUncertainty(ds: Dataset | CompiledDataset, profileInput: Profile | string, options: UncertaintyOptions): UncertaintyResult {
  const { n, seed, weightNoise = 0, alternatives = [], target, keepReplications } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  const c = 'hierarchy' in ds ? ds : compileDataset(ds);
  const profile = resolveProfile(profileInput);
  const h = c.hierarchy;
  const topLevel = h.aggregates[h.root].level;
  const noise: WeightNoise[] = typeof weightNoise === 'number'
    ? weightNoise > 0 ? Array.from({ length: topLevel - 1 }, (_, k) => ({ level: k + 1, factor: weightNoise })) : []
    : weightNoise;
  const factors = Array.isArray(alternatives) ? (alternatives.length ? { method: alternatives } : {}) : alternatives;
  for (const [name, list] of Object.entries(factors)) {
    if (!Array.isArray(list) || list.length === 0) throw new Error(`alternatives ${name}: need a non-empty list of profile patches`);
    list.forEach((patch) => resolveProfile(applyPatch(profile, patch))); // fail early on a bad alternative
  }
  const random = createRandom(seed);
  const nominalWeights = resolveWeights(h, profile.weights);
  const replications: Replication[] = [];
  for (let r = 0; r < n; r++) {
    const rep: Replication = {};
    if (noise.length) rep.weights = weightsToRecord(h, perturbWeights(h, nominalWeights, noise, random));
    const entries = Object.entries(factors);
    if (entries.length) {
      rep.choices = {};
      rep.patch = {};
      for (const [name, list] of entries) {
        const k = Math.min(list.length - 1, Math.floor(random() * list.length));
        rep.choices[name] = k;
        Object.assign(rep.patch, list[k]);
      }
    }
    replications.push(rep);
  }
  return replayUncertainty(c, profile, replications, { target, keepReplications });
}
