/**
 * Computes the whole catalogue for many units and years in one pass: one ReferenceSet per year (national aggregates
 * computed once), one shared result per indicator whose series are absent, and a flat result array laid out so that
 * one indicator in one year (what the composite scores) is a contiguous slice.
 */
import { CATALOGUE } from './catalogue/index.ts';
import { unavailableReason, unavailableResult } from './define.ts';
import type { SeriesLookup } from './lookup.ts';
import { ReferenceSet } from './reference-set.ts';
import type { IndicatorDefinition, IndicatorResult } from './types.ts';

export interface ComputeOptions {
  /** Units to compute: 2024 municipality codes and/or own-region ids (the lookup must resolve them). */
  regions: string[];
  years: number[];
  /** The municipalities national aggregates are taken over (normally all 357 2024 codes). */
  referenceRegions: string[];
  /** Defaults to the whole catalogue. */
  indicators?: readonly IndicatorDefinition[];
}

/** The results of computeIndicators: a dense indicator × year × region table. */
export class IndicatorResults {
  private readonly indicatorIndex: Map<string, number>;
  private readonly regionIndex: Map<string, number>;
  private readonly yearIndex: Map<number, number>;

  constructor(
    readonly indicators: readonly IndicatorDefinition[],
    readonly regions: readonly string[],
    readonly years: readonly number[],
    /** results[((indicator × years) + year) × regions + region] */
    private readonly results: IndicatorResult[],
  ) {
    this.indicatorIndex = new Map(indicators.map((d, i) => [d.id, i]));
    this.regionIndex = new Map(regions.map((r, i) => [r, i]));
    this.yearIndex = new Map(years.map((y, i) => [y, i]));
  }

  private offset(indicator: string, year: number): number | undefined {
    const i = this.indicatorIndex.get(indicator);
    const y = this.yearIndex.get(year);
    if (i === undefined || y === undefined) return undefined;
    return (i * this.years.length + y) * this.regions.length;
  }

  /** One result, or undefined for an indicator, region or year that was not computed. */
  get(indicator: string, region: string, year: number): IndicatorResult | undefined {
    const base = this.offset(indicator, year);
    const r = this.regionIndex.get(region);
    return base === undefined || r === undefined ? undefined : this.results[base + r];
  }

  /** The results of one indicator in one year, aligned with `regions` (a copy of the slice). */
  column(indicator: string, year: number): IndicatorResult[] {
    const base = this.offset(indicator, year);
    if (base === undefined) throw new Error(`not computed: indicator ${indicator} year ${year}`);
    return this.results.slice(base, base + this.regions.length);
  }

  /** The values (null = missing) of one indicator in one year, aligned with `regions`. */
  values(indicator: string, year: number): (number | null)[] {
    return this.column(indicator, year).map((r) => r.value);
  }

  /** Every result with its keys, indicator by indicator, year by year. */
  *entries(): Generator<{ indicator: string; region: string; year: number; result: IndicatorResult }> {
    let k = 0;
    for (const def of this.indicators)
      for (const year of this.years) for (const region of this.regions) yield { indicator: def.id, region, year, result: this.results[k++] };
  }
}

/**
 * Computes every indicator for every region and year.
 *
 * @example
 * const results = computeIndicators(lookup, { regions: codes, years: [2020, 2024], referenceRegions: codes });
 * results.get('employment_growth_5y', '1506', 2024)?.formulaFilled; // '16 807 / 16 103 − 1 = 0.0437'
 */
export function computeIndicators(lookup: SeriesLookup, options: ComputeOptions): IndicatorResults {
  const { regions, years, referenceRegions, indicators = CATALOGUE } = options;
  const acrossYears = new Map<string, unknown>();
  const references = years.map((year) => new ReferenceSet(lookup, referenceRegions, year, acrossYears));
  const results: IndicatorResult[] = new Array(indicators.length * years.length * regions.length);
  let k = 0;
  for (const def of indicators) {
    const reason = unavailableReason(def, lookup);
    const absent = reason === undefined ? undefined : unavailableResult(def, reason);
    for (let y = 0; y < years.length; y++) {
      const year = years[y];
      const reference = references[y];
      for (const region of regions) results[k++] = absent ?? def.compute({ lookup, region, year, reference });
    }
  }
  return new IndicatorResults(indicators, regions, years, results);
}
