/**
 * Computes the whole catalogue for many units and years in one pass. Values and statuses go into typed arrays laid
 * out so that one indicator in one year (what the composite scores) is a contiguous slice; the result objects with
 * their trace (reason, inputs, filled-in formula) are made only for the values someone asks about. National
 * aggregates are computed once per year (one ReferenceSet per year).
 */
import type { ValueStatus } from '../types.ts';
import { CATALOGUE } from './catalogue/index.ts';
import { calculationOf, TracedResult, unavailableReason, unavailableResult } from './define.ts';
import { InputReader } from './input-reader.ts';
import type { SeriesLookup } from './lookup.ts';
import { ReferenceSet } from './reference-set.ts';
import type { IndicatorContext, IndicatorDefinition, IndicatorResult } from './types.ts';

export interface ComputeOptions {
  /** Units to compute: 2024 municipality codes and/or own-region ids (the lookup must resolve them). */
  regions: string[];
  years: number[];
  /** The municipalities national aggregates are taken over (normally all 357 2024 codes). */
  referenceRegions: string[];
  /** Defaults to the whole catalogue. */
  indicators?: readonly IndicatorDefinition[];
}

const STATUSES: readonly ValueStatus[] = [
  'ok',
  'estimated',
  'missing',
  'not_available',
  'not_applicable',
  'confidential',
  'not_comparable',
  'incomplete_merge',
  'not_additive',
];
const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));

/** The results of computeIndicators: a dense indicator × year × region table. */
export class IndicatorResults {
  private readonly indicatorIndex: Map<string, number>;
  private readonly regionIndex: Map<string, number>;
  private readonly yearIndex: Map<number, number>;

  /** @internal built by computeIndicators */
  constructor(
    readonly indicators: readonly IndicatorDefinition[],
    readonly regions: readonly string[],
    readonly years: readonly number[],
    private readonly lookup: SeriesLookup,
    private readonly references: readonly ReferenceSet[],
    /** [((indicator × years) + year) × regions + region]; NaN = missing */
    private readonly valueArray: Float64Array,
    private readonly statusArray: Uint8Array,
    /** Per indicator: the shared result when its series are absent. */
    private readonly absent: readonly (IndicatorResult | undefined)[],
    /** Results of indicators without a fast path, kept as computed. */
    private readonly kept: Map<number, IndicatorResult>,
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

  private columnOffset(indicator: string, year: number): number {
    const base = this.offset(indicator, year);
    if (base === undefined) throw new Error(`not computed: indicator ${indicator} year ${year}`);
    return base;
  }

  private resultAt(k: number): IndicatorResult {
    const R = this.regions.length;
    const Y = this.years.length;
    const i = Math.floor(k / (R * Y));
    const absent = this.absent[i];
    if (absent) return absent;
    const kept = this.kept.get(k);
    if (kept) return kept;
    // Made afresh on each call (not cached): a bulk read then leaves only short-lived garbage.
    const y = Math.floor(k / R) % Y;
    const ctx: IndicatorContext = { lookup: this.lookup, region: this.regions[k % R], year: this.years[y], reference: this.references[y] };
    const v = this.valueArray[k];
    return new TracedResult(Number.isNaN(v) ? null : v, STATUSES[this.statusArray[k]], calculationOf(this.indicators[i])!, ctx);
  }

  /**
   * One result, or undefined for an indicator, region or year not computed. Its `reason`, `inputs` and
   * `formulaFilled` are traced on first read (a few µs); keep the object if you read them repeatedly.
   */
  get(indicator: string, region: string, year: number): IndicatorResult | undefined {
    const base = this.offset(indicator, year);
    const r = this.regionIndex.get(region);
    return base === undefined || r === undefined ? undefined : this.resultAt(base + r);
  }

  /** The value (null = missing) of one indicator for one region and year, without building a result object. */
  value(indicator: string, region: string, year: number): number | null {
    const base = this.offset(indicator, year);
    const r = this.regionIndex.get(region);
    if (base === undefined || r === undefined) return null;
    const v = this.valueArray[base + r];
    return Number.isNaN(v) ? null : v;
  }

  /** The values (null = missing) of one indicator in one year, aligned with `regions`. */
  values(indicator: string, year: number): (number | null)[] {
    const base = this.columnOffset(indicator, year);
    const out: (number | null)[] = new Array(this.regions.length);
    for (let r = 0; r < out.length; r++) {
      const v = this.valueArray[base + r];
      out[r] = Number.isNaN(v) ? null : v;
    }
    return out;
  }

  /** The statuses of one indicator in one year, aligned with `regions`. */
  statuses(indicator: string, year: number): ValueStatus[] {
    const base = this.columnOffset(indicator, year);
    return Array.from(this.statusArray.subarray(base, base + this.regions.length), (c) => STATUSES[c]);
  }

  /** The results of one indicator in one year, aligned with `regions`. */
  column(indicator: string, year: number): IndicatorResult[] {
    const base = this.columnOffset(indicator, year);
    return this.regions.map((_, r) => this.resultAt(base + r));
  }

  /** Every result with its keys, indicator by indicator, year by year, region by region. */
  *entries(): Generator<{ indicator: string; region: string; year: number; result: IndicatorResult }> {
    let k = 0;
    for (const def of this.indicators)
      for (const year of this.years) for (const region of this.regions) yield { indicator: def.id, region, year, result: this.resultAt(k++) };
  }
}

/**
 * Computes every indicator for every region and year.
 *
 * @example
 * const results = computeIndicators(lookup, { regions: codes, years: [2020, 2024], referenceRegions: codes });
 * results.values('employment_growth_5y', 2024); // aligned with codes
 * results.get('employment_growth_5y', '1506', 2024)?.formulaFilled; // '16 807 / 16 103 − 1 = 0.0437'
 */
export function computeIndicators(lookup: SeriesLookup, options: ComputeOptions): IndicatorResults {
  const { regions, years, referenceRegions, indicators = CATALOGUE } = options;
  const acrossYears = new Map<string, unknown>();
  const references = years.map((year) => new ReferenceSet(lookup, referenceRegions, year, acrossYears));
  const size = indicators.length * years.length * regions.length;
  const values = new Float64Array(size).fill(NaN);
  const statuses = new Uint8Array(size).fill(STATUS_CODE.get('missing')!);
  const absent: (IndicatorResult | undefined)[] = [];
  const kept = new Map<number, IndicatorResult>();
  // One fast reader and one context object serve every value: the fast path is synchronous and keeps neither.
  const reader = new InputReader(lookup);
  const ctx: IndicatorContext = { lookup, region: '', year: 0, reference: references[0] };
  let k = 0;
  for (const def of indicators) {
    const reason = unavailableReason(def, lookup);
    absent.push(reason === undefined ? undefined : unavailableResult(def, reason));
    if (reason !== undefined) {
      k += years.length * regions.length;
      continue;
    }
    const calculate = calculationOf(def);
    for (let y = 0; y < years.length; y++) {
      ctx.year = years[y];
      ctx.reference = references[y];
      for (const region of regions) {
        ctx.region = region;
        if (calculate) {
          reader.reset(lookup);
          calculate(reader, ctx);
          if (reader.resultValue !== null) values[k] = reader.resultValue;
          statuses[k] = STATUS_CODE.get(reader.resultStatus)!;
        } else {
          // A hand-written definition: keep its result object as it is.
          const result = def.compute({ ...ctx });
          if (result.value !== null) values[k] = result.value;
          statuses[k] = STATUS_CODE.get(result.status)!;
          kept.set(k, result);
        }
        k++;
      }
    }
  }
  return new IndicatorResults(indicators, regions, years, lookup, references, values, statuses, absent, kept);
}
