/**
 * The read interface the indicators compute from: harmonised values (2024 codes) by variable, region and year, plus
 * the commuting matrix. Built once from the harmoniser's output; every get is a couple of Map reads.
 */
import type { HarmonisedValue } from '../types.ts';

export { ownRegionLookup } from './own-region-lookup.ts';

/** The variable id commuting flows are stored under (SSB table 03321). */
export const FLOW_VARIABLE = 'commuters';

/** A residence → workplace flow on 2024 codes: `region` is the residence, `counterpart` the workplace. */
export interface HarmonisedFlow extends HarmonisedValue {
  counterpart: string;
}

export interface SeriesLookup {
  /** A harmonised value, or undefined when the store has none (→ status 'missing'). */
  get(variable: string, region: string, year: number): HarmonisedValue | undefined;
  /** Commuting flow residence → workplace on 2024 codes (table 03321), or undefined when absent. */
  flow(from: string, to: string, year: number): HarmonisedValue | undefined;
  /** Variables that have at least one value (to say which indicators are available). */
  has(variable: string): boolean;
}

/** The values of one variable and region, indexed by year − first. */
interface YearSeries {
  first: number;
  values: (HarmonisedValue | undefined)[];
}

function putYear(series: YearSeries | undefined, v: HarmonisedValue, describe: () => string): YearSeries {
  if (!series) return { first: v.year, values: [v] };
  if (v.year < series.first) {
    const pad: undefined[] = new Array(series.first - v.year).fill(undefined);
    series.values = [...pad, ...series.values];
    series.first = v.year;
  }
  const i = v.year - series.first;
  if (series.values[i] !== undefined) throw new Error(`duplicate value for ${describe()}`);
  while (series.values.length < i) series.values.push(undefined);
  series.values[i] = v;
  return series;
}

const readYear = (series: YearSeries | undefined, year: number) =>
  series === undefined ? undefined : series.values[year - series.first];

/**
 * Indexes harmonised values (and optionally commuting flows) for fast reads.
 *
 * Flows: SSB's 03321 omits zero flows, so for a year that has any flows, a pair between two codes that appear in
 * that year's matrix but is not listed reads as 0 (status ok, reason saying so); a year without flows reads undefined.
 * Throws on two values for the same variable, region and year (the harmoniser must deliver one).
 *
 * @example
 * const lookup = lookupFromValues(values, flows);
 * lookup.get('population_jan1', '1506', 2024)?.value; // 32 816
 */
export function lookupFromValues(values: HarmonisedValue[], flows: HarmonisedFlow[] = []): SeriesLookup {
  const byVariable = new Map<string, Map<string, YearSeries>>();
  const withValue = new Set<string>();
  for (const v of values) {
    let byRegion = byVariable.get(v.variable);
    if (!byRegion) byVariable.set(v.variable, (byRegion = new Map()));
    byRegion.set(v.region, putYear(byRegion.get(v.region), v, () => `${v.variable} region ${v.region} year ${v.year}`));
    if (v.value !== null) withValue.add(v.variable);
  }

  const flowsByPair = new Map<string, Map<string, YearSeries>>(); // from → to → years
  const codesInYear = new Map<number, Set<string>>(); // codes that appear in each year's matrix
  for (const f of flows) {
    let byTo = flowsByPair.get(f.region);
    if (!byTo) flowsByPair.set(f.region, (byTo = new Map()));
    byTo.set(f.counterpart, putYear(byTo.get(f.counterpart), f, () => `flow ${f.region} → ${f.counterpart} year ${f.year}`));
    let codes = codesInYear.get(f.year);
    if (!codes) codesInYear.set(f.year, (codes = new Set()));
    codes.add(f.region).add(f.counterpart);
    if (f.value !== null) withValue.add(f.variable || FLOW_VARIABLE);
  }

  return {
    get: (variable, region, year) => readYear(byVariable.get(variable)?.get(region), year),
    flow(from, to, year) {
      const listed = readYear(flowsByPair.get(from)?.get(to), year);
      if (listed) return listed;
      const codes = codesInYear.get(year);
      if (!codes || !codes.has(from) || !codes.has(to)) return undefined;
      return {
        region: from,
        year,
        variable: FLOW_VARIABLE,
        value: 0,
        status: 'ok',
        reason: 'not listed in the commuting matrix: SSB omits zero flows',
        from: [],
      };
    },
    has: (variable) => withValue.has(variable),
  };
}
