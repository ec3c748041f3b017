/**
 * The national reference for one year: all municipalities of the reference set, and the national aggregates some
 * indicators need (income reference, national growth by industry, the attractiveness regression). Each aggregate is
 * computed on first use and then kept, so it is computed once per year however many units are scored.
 */
import type { ValueStatus } from '../types.ts';
import type { SeriesLookup } from './lookup.ts';

/** A national total and how many reference municipalities it covers. */
export interface NationalTotal {
  value: number;
  /** Reference municipalities with a usable value. */
  covered: number;
  /** Reference municipalities without one (left out of the total). */
  lacking: number;
}

const USABLE = new Set<ValueStatus>(['ok', 'estimated']);

export class ReferenceSet {
  private readonly memo = new Map<string, unknown>();

  /**
   * @param lookup series on 2024 codes (own-region ids may also resolve; the reference uses `regions` only)
   * @param regions the reference municipalities (all 357 2024 codes for the national reference)
   * @param year the year the aggregates are for
   * @param acrossYears a memo shared by the reference sets of all years of one computation (for facts that do not
   *   depend on the year, such as which years an edition-based classification is stored under)
   */
  constructor(
    readonly lookup: SeriesLookup,
    readonly regions: readonly string[],
    readonly year: number,
    private readonly acrossYears: Map<string, unknown> = new Map(),
  ) {}

  /**
   * Returns the aggregate stored under `key`, building it on first use. Keys are namespaced by the caller (an
   * indicator id), so an indicator that needs a new aggregate adds it in its own file.
   */
  shared<T>(key: string, build: (ref: ReferenceSet) => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = build(this);
    this.memo.set(key, value);
    return value;
  }

  /** Like `shared`, but kept across the years of one computation. */
  sharedAcrossYears<T>(key: string, build: (ref: ReferenceSet) => T): T {
    if (this.acrossYears.has(key)) return this.acrossYears.get(key) as T;
    const value = build(this);
    this.acrossYears.set(key, value);
    return value;
  }

  /** The usable value of `variable` for reference municipality `region` in `year`, or undefined. */
  valueOf(variable: string, region: string, year: number): number | undefined {
    const hv = this.lookup.get(variable, region, year);
    return hv && hv.value !== null && USABLE.has(hv.status) ? hv.value : undefined;
  }

  /**
   * Σ of `variable` over the reference municipalities in `year`. With `pairedYear`, only municipalities that have a
   * value in both years count, so two totals taken with the same pair compare like with like.
   */
  nationalTotal(variable: string, year: number, pairedYear?: number): NationalTotal {
    return this.shared(`total:${variable}:${year}:${pairedYear ?? ''}`, () => {
      let value = 0;
      let covered = 0;
      for (const region of this.regions) {
        const v = this.valueOf(variable, region, year);
        if (v === undefined || (pairedYear !== undefined && this.valueOf(variable, region, pairedYear) === undefined)) continue;
        value += v;
        covered++;
      }
      return { value, covered, lacking: this.regions.length - covered };
    });
  }

  /**
   * National growth of `variable` from `year − span` to `year` (Σ_t / Σ_{t−span} − 1 over the municipalities with
   * both values), or undefined when no municipality has both or the start total is zero.
   */
  nationalGrowth(variable: string, span: number): { growth: number; start: NationalTotal; end: NationalTotal } | undefined {
    const start = this.nationalTotal(variable, this.year - span, this.year);
    const end = this.nationalTotal(variable, this.year, this.year - span);
    if (start.covered === 0 || start.value === 0) return undefined;
    return { growth: end.value / start.value - 1, start, end };
  }
}
