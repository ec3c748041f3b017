/**
 * Series for own regions (named sets of municipalities), built from their members so that a region's indicator is
 * computed from summed components, never by averaging the members' ratios.
 */
import type { HarmonisedValue, OwnRegion, ValueStatus } from '../types.ts';
import { variableDefinition } from '../sources/variables.ts';
import type { SeriesLookup } from './lookup.ts';

const USABLE = new Set<ValueStatus>(['ok', 'estimated']);

/** The weights tried, in order, for the mean of a non-additive variable (medians, prices, indices). */
const WEIGHT_VARIABLES = ['households', 'population_jan1'] as const;

type Part = { code: string; value: HarmonisedValue };

/** Why a member value cannot be used, or undefined when it can. */
function unusable(member: string, variable: string, year: number, hv: HarmonisedValue | undefined) {
  if (hv === undefined) return { status: 'missing' as ValueStatus, reason: `member ${member} has no value of ${variable} in ${year}` };
  if (hv.value === null || !USABLE.has(hv.status)) {
    const status: ValueStatus = hv.status === 'ok' ? 'missing' : hv.status;
    return { status, reason: `member ${member}: ${variable} ${year} is ${status}${hv.reason ? ` (${hv.reason})` : ''}` };
  }
  return undefined;
}

function sourceCodes(parts: Part[]): HarmonisedValue['from'] {
  return parts.flatMap(({ code, value }) => (value.from.length ? value.from : [{ code, share: 1, value: value.value }]));
}

function common<T>(values: T[]): T | undefined {
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

function combined(region: string, variable: string, year: number, parts: Part[], value: number, status: ValueStatus, reason?: string): HarmonisedValue {
  const hv: HarmonisedValue = { region, year, variable, value, status, from: sourceCodes(parts) };
  if (reason) hv.reason = reason;
  const vintage = common(parts.map((p) => p.value.vintageId));
  const table = common(parts.map((p) => p.value.table));
  if (vintage !== undefined) hv.vintageId = vintage;
  if (table !== undefined) hv.table = table;
  return hv;
}

const failed = (region: string, variable: string, year: number, status: ValueStatus, reason: string): HarmonisedValue => ({
  region,
  year,
  variable,
  value: null,
  status,
  reason,
  from: [],
});

function estimatedReason(parts: Part[]): string | undefined {
  const estimated = parts.filter((p) => p.value.status === 'estimated').map((p) => p.code);
  return estimated.length ? `built on estimated values of member${estimated.length > 1 ? 's' : ''} ${estimated.join(', ')}` : undefined;
}

/** Reads every member (`labels` name them in reasons); returns the parts or the first member's failure. */
function readMembers(labels: string[], read: (i: number) => HarmonisedValue | undefined, variable: string, year: number) {
  const parts: Part[] = [];
  for (let i = 0; i < labels.length; i++) {
    const code = labels[i];
    const value = read(i);
    const problem = unusable(code, variable, year, value);
    if (problem) return { problem };
    parts.push({ code, value: value! });
  }
  return { parts };
}

function sumOf(region: string, members: string[], variable: string, year: number, base: SeriesLookup): HarmonisedValue {
  const { parts, problem } = readMembers(members, (i) => base.get(variable, members[i], year), variable, year);
  if (problem) return failed(region, variable, year, problem.status, problem.reason);
  let sum = 0;
  for (const p of parts) sum += p.value.value!;
  const reason = estimatedReason(parts);
  return combined(region, variable, year, parts, sum, reason ? 'estimated' : 'ok', reason);
}

function weightedMeanOf(region: string, members: string[], variable: string, year: number, base: SeriesLookup): HarmonisedValue {
  const { parts, problem } = readMembers(members, (i) => base.get(variable, members[i], year), variable, year);
  if (problem) return failed(region, variable, year, problem.status, problem.reason);
  const tried: string[] = [];
  for (const weightVariable of WEIGHT_VARIABLES) {
    const weights = readMembers(members, (i) => base.get(weightVariable, members[i], year), weightVariable, year);
    if (weights.problem) {
      tried.push(weights.problem.reason);
      continue;
    }
    let total = 0;
    let weighted = 0;
    weights.parts.forEach((w, i) => {
      total += w.value.value!;
      weighted += w.value.value! * parts[i].value.value!;
    });
    if (total <= 0) {
      tried.push(`${weightVariable} ${year} sums to ${total}`);
      continue;
    }
    const reason =
      `${weightVariable === 'households' ? 'household' : 'population'}-weighted mean of the members' ${variable} ` +
      `(${variable} cannot be summed: an estimate, not an official figure)`;
    return combined(region, variable, year, parts, weighted / total, 'estimated', reason);
  }
  return failed(region, variable, year, 'missing', `no weights for the mean of non-additive ${variable}: ${tried.join('; ')}`);
}

/**
 * Wraps a lookup so that own-region ids (e.g. 'romsdal') read as the union of their members; municipality codes pass
 * through unchanged. Additive variables are summed (missing if any member is missing, naming it); non-additive ones
 * (medians, prices, centrality) become the household-weighted mean of the members (population-weighted when
 * households are absent), with status 'estimated'. Flows to/from an own region sum over member pairs.
 *
 * @example
 * const lookup = ownRegionLookup(base, [{ id: 'romsdal', name: 'Romsdal', members: ['1506', '1535'], city: '1506' }]);
 * lookup.get('population_jan1', 'romsdal', 2024); // sum of the two members
 */
export function ownRegionLookup(base: SeriesLookup, regions: OwnRegion[]): SeriesLookup {
  const membersOf = new Map<string, string[]>();
  for (const r of regions) {
    if (r.members.length === 0) throw new Error(`own region ${r.id}: no members`);
    if (membersOf.has(r.id)) throw new Error(`own region ${r.id}: defined twice`);
    membersOf.set(r.id, [...r.members]);
  }
  const cache = new Map<string, HarmonisedValue>();
  const expand = (code: string) => membersOf.get(code) ?? [code];

  return {
    get(variable, region, year) {
      const members = membersOf.get(region);
      if (!members) return base.get(variable, region, year);
      const key = `${variable}\u0000${region}\u0000${year}`;
      let hv = cache.get(key);
      if (!hv) {
        hv = variableDefinition(variable).additive
          ? sumOf(region, members, variable, year, base)
          : weightedMeanOf(region, members, variable, year, base);
        cache.set(key, hv);
      }
      return hv;
    },
    flow(from, to, year) {
      if (!membersOf.has(from) && !membersOf.has(to)) return base.flow(from, to, year);
      const key = `\u0001${from}\u0000${to}\u0000${year}`;
      let hv = cache.get(key);
      if (!hv) {
        const pairs = expand(from).flatMap((f) => expand(to).map((t) => [f, t] as const));
        const label = `commuting ${from} → ${to}`;
        const read = readMembers(
          pairs.map(([f, t]) => `${f}→${t}`),
          (i) => base.flow(pairs[i][0], pairs[i][1], year),
          'commuting flow',
          year,
        );
        if (read.problem) hv = failed(from, label, year, read.problem.status, read.problem.reason);
        else {
          let sum = 0;
          for (const p of read.parts) sum += p.value.value!;
          const reason = estimatedReason(read.parts);
          hv = combined(from, read.parts[0]?.value.variable ?? 'commuters', year, read.parts, sum, reason ? 'estimated' : 'ok', reason);
        }
        cache.set(key, hv);
      }
      return hv;
    },
    has: (variable) => base.has(variable),
  };
}
