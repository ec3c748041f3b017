/**
 * Named profiles: serialisable recipes for a composite, selectable by name. `styrkeanalysen` is the default and
 * reproduces the Styrkeanalysen convention (direction-adjusted percentile ranks, weighted arithmetic mean,
 * reported as 100 × (1 − score), lower = stronger). The others are the standard alternatives an analyst compares
 * it with. `resolveProfile` validates any profile (named or hand-written) and fills its defaults.
 */
import { DEFAULT_AVAILABILITY_THRESHOLD } from './availability.ts';
import { getAggregator } from './aggregate/index.ts';
import { resolveNormaliseSpec } from './normalise/index.ts';
import { WINSORISE_DEFAULTS } from './treat/index.ts';
import type { NormaliseSpec, Profile, ProfilePatch, ReportTransform } from './types.ts';

const base = {
  impute: { method: 'none' },
  treat: { method: 'none' },
  aggregate: { method: 'amean' },
  availabilityThreshold: DEFAULT_AVAILABILITY_THRESHOLD,
} as const;

/** The profile registry. Keys are the names users select. */
export const PROFILES: Record<string, Profile> = {
  styrkeanalysen: {
    name: 'styrkeanalysen',
    description: 'Styrkeanalysen: percentile rank (n_prank) per indicator, weighted arithmetic mean, reported as 100 × (1 − score); lower is stronger',
    ...base,
    normalise: { method: 'prank' },
    report: 'styrkeindikator',
  },
  'minmax-amean': {
    name: 'minmax-amean',
    description: 'min-max to [0, 100], weighted arithmetic mean',
    ...base,
    normalise: { method: 'minmax', params: { range: [0, 100] } },
  },
  'zscore-amean': {
    name: 'zscore-amean',
    description: 'z-scores (mean 0, sd 1), weighted arithmetic mean',
    ...base,
    normalise: { method: 'zscore', params: { mean: 0, sd: 1 } },
  },
  'minmax-gmean': {
    name: 'minmax-gmean',
    description: 'min-max to [1, 100] (the geometric mean needs values > 0), weighted geometric mean',
    ...base,
    normalise: { method: 'minmax', params: { range: [1, 100] } },
    aggregate: { method: 'gmean' },
  },
  'rank-amean': { name: 'rank-amean', description: 'ranks (1 = weakest), weighted arithmetic mean', ...base, normalise: { method: 'rank' } },
  'borda-amean': { name: 'borda-amean', description: 'Borda scores (rank − 1), weighted arithmetic mean', ...base, normalise: { method: 'borda' } },
  'treated-minmax': {
    name: 'treated-minmax',
    description: 'mean imputation, COINr winsorisation, min-max to [0, 100], weighted arithmetic mean',
    ...base,
    impute: { method: 'mean' },
    treat: { method: 'winsorise' },
    normalise: { method: 'minmax', params: { range: [0, 100] } },
  },
};

/** Name of the default profile. */
export const DEFAULT_PROFILE = 'styrkeanalysen';

/** Returns a copy of the named profile; throws `unknown profile: …` listing the known names. */
export function getProfile(name: string): Profile {
  if (!Object.hasOwn(PROFILES, name)) throw new Error(`unknown profile: ${name} (known: ${Object.keys(PROFILES).join(', ')})`);
  return structuredClone(PROFILES[name]);
}

/** Merges a patch over a profile, key by key (a patched step replaces that step's options entirely). */
export function applyPatch(profile: Profile, patch: ProfilePatch = {}): Profile {
  return { ...profile, ...patch, name: profile.name };
}

const REPORTS: ReportTransform[] = ['score', 'styrkeindikator'];

/**
 * Validates a profile and fills every default (methods' params included), so the result is the complete,
 * serialisable record of what a run did. Accepts a profile name too.
 */
export function resolveProfile(input: Profile | string): Profile {
  const p = typeof input === 'string' ? getProfile(input) : input;
  if (!p || typeof p !== 'object') throw new Error('profile must be an object or a profile name');
  const impute = p.impute ?? { method: 'none' };
  if (!['none', 'mean', 'median'].includes(impute.method)) throw new Error(`unknown imputation method: ${impute.method}`);
  const treat = p.treat ?? { method: 'none' };
  if (!['none', 'winsorise'].includes(treat.method)) throw new Error(`unknown treatment method: ${treat.method}`);
  if (!p.normalise) throw new Error('profile needs normalise: {method}');
  const perIndicator: Record<string, NormaliseSpec> = {};
  for (const [code, spec] of Object.entries(p.normalise.perIndicator ?? {})) perIndicator[code] = resolveNormaliseSpec(spec);
  const aggregate = p.aggregate ?? { method: 'amean' };
  getAggregator(aggregate.method);
  const availabilityThreshold = p.availabilityThreshold ?? DEFAULT_AVAILABILITY_THRESHOLD;
  if (!(availabilityThreshold >= 0 && availabilityThreshold <= 1)) throw new Error(`availabilityThreshold must be in [0, 1], got ${availabilityThreshold}`);
  const report = p.report ?? 'score';
  if (!REPORTS.includes(report)) throw new Error(`unknown report transform: ${report} (known: ${REPORTS.join(', ')})`);
  if (p.screen && !(p.screen.minAvailability >= 0 && p.screen.minAvailability <= 1)) {
    throw new Error(`screen.minAvailability must be in [0, 1], got ${p.screen.minAvailability}`);
  }
  const out: Profile = {
    name: p.name ?? 'custom',
    ...(p.description ? { description: p.description } : {}),
    denominate: p.denominate ?? false,
    impute: { ...impute },
    ...(p.screen ? { screen: { minAvailability: p.screen.minAvailability } } : {}),
    treat: treat.method === 'winsorise' ? { ...treat, params: { ...WINSORISE_DEFAULTS, ...treat.params } } : { method: 'none' },
    normalise: { ...resolveNormaliseSpec(p.normalise), ...(Object.keys(perIndicator).length ? { perIndicator } : {}) },
    aggregate: { method: aggregate.method },
    ...(p.weights ? { weights: { ...p.weights } } : {}),
    availabilityThreshold,
    report,
  };
  return out;
}
