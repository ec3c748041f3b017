/**
 * The bookkeeping every indicator shares: read inputs, turn the first unusable input (or a zero denominator) into a
 * missing result naming the variable, region and year, and carry 'estimated' through. Unusable inputs read as NaN
 * so a formula can be written straight through and checked once at the end.
 *
 * Two modes, one code path: a *fast* reader (the national recompute) keeps only the value and status and builds no
 * strings; a *tracing* reader also records every input, the reasons and the filled-in formula. Indicators are pure,
 * so re-running one with a tracing reader reproduces the fast result exactly — that is how TracedResult fills in
 * `reason`, `inputs` and `formulaFilled` on first read.
 */
import type { HarmonisedValue, ValueStatus } from '../types.ts';
import { formatNumber } from './format.ts';
import type { SeriesLookup } from './lookup.ts';
import { FLOW_VARIABLE } from './lookup.ts';
import type { IndicatorInput, IndicatorResult } from './types.ts';

const USABLE = new Set<ValueStatus>(['ok', 'estimated']);

/** A label for reasons, built only when a reason is actually written. */
const label = (variable: string, region: string, year: number) => `${variable} for ${region} in ${year}`;
const describeInput = (variable: string, region: string, year: number, to?: string) =>
  to === undefined ? label(variable, region, year) : `commuting ${region} → ${to} in ${year}`;

export class InputReader {
  /** The inputs read (tracing readers only; empty otherwise). */
  readonly inputs: IndicatorInput[] = [];
  private failStatus: ValueStatus | undefined;
  private failReason = '';
  private estimated = false;
  private estimatedReasons: string[] | undefined;

  /**
   * @param lookup the series to read
   * @param tracing record inputs and write reasons (slower; for one value at a time)
   */
  constructor(
    readonly lookup: SeriesLookup,
    readonly tracing = false,
  ) {}

  /** True once an input was unusable or a denominator was zero. */
  get failed(): boolean {
    return this.failStatus !== undefined;
  }

  /**
   * Marks the value as not computable; the first reason wins (it names the earliest input at fault). `reason` may be
   * a function so the fast path never builds the string.
   */
  fail(status: ValueStatus, reason: string | (() => string)): void {
    if (this.failStatus !== undefined) return;
    this.failStatus = status;
    if (this.tracing) this.failReason = typeof reason === 'string' ? reason : reason();
  }

  private check(hv: HarmonisedValue | undefined, variable: string, region: string, year: number, to?: string): number {
    if (hv !== undefined && hv.value !== null && USABLE.has(hv.status)) {
      if (hv.status === 'estimated') {
        this.estimated = true;
        if (this.tracing) (this.estimatedReasons ??= []).push(`${describeInput(variable, region, year, to)} is estimated${hv.reason ? `: ${hv.reason}` : ''}`);
      }
      return hv.value;
    }
    if (this.failStatus !== undefined) return NaN; // the first problem is the one reported
    // Reasons are written only when tracing, so the fast path allocates no strings.
    if (hv === undefined) {
      this.failStatus = 'missing';
      if (this.tracing) this.failReason = `no value of ${describeInput(variable, region, year, to)}`;
    } else {
      const status: ValueStatus = hv.status === 'ok' || hv.status === 'estimated' ? 'missing' : hv.status;
      this.failStatus = status;
      if (this.tracing)
        this.failReason = `${describeInput(variable, region, year, to)} is ${status.replace(/_/g, ' ')}${hv.reason ? `: ${hv.reason}` : ''}`;
    }
    return NaN;
  }

  /** The value of `variable` for `region` in `year`, or NaN when it is absent or unusable. */
  get(variable: string, region: string, year: number): number {
    if (this.failStatus !== undefined && !this.tracing) return NaN; // the value is already lost: skip the read
    const hv = this.lookup.get(variable, region, year);
    if (this.tracing) this.inputs.push({ variable, region, year, value: hv });
    return this.check(hv, variable, region, year);
  }

  /** The commuting flow residence → workplace in `year`, or NaN when absent or unusable. */
  flow(from: string, to: string, year: number): number {
    if (this.failStatus !== undefined && !this.tracing) return NaN;
    const hv = this.lookup.flow(from, to, year);
    if (this.tracing) this.inputs.push({ variable: FLOW_VARIABLE, region: from, counterpart: to, year, value: hv });
    return this.check(hv, FLOW_VARIABLE, from, year, to);
  }

  /** a / b; a zero `b` makes the value missing with the reason "<what> is zero" (`what` built only when tracing). */
  divide(a: number, b: number, what: string | (() => string)): number {
    if (b === 0) {
      this.fail('missing', () => `${typeof what === 'string' ? what : what()} is zero: the ratio is undefined`);
      return NaN;
    }
    return a / b;
  }

  /** Like divide, for the common "denominator = variable for region in year" case. */
  divideBy(a: number, b: number, variable: string, region: string, year: number): number {
    if (b === 0) {
      this.fail('missing', () => `${label(variable, region, year)} is zero: the ratio is undefined`);
      return NaN;
    }
    return a / b;
  }

  /** After `result` on a fast reader: the value (null when missing) and status. */
  resultValue: number | null = null;
  resultStatus: ValueStatus = 'missing';

  /** Makes a fast reader ready for the next value (readers are reused on the hot path). */
  reset(lookup: SeriesLookup): void {
    if (this.tracing) throw new Error('a tracing reader records one value: create a new one');
    (this as { lookup: SeriesLookup }).lookup = lookup;
    this.failStatus = undefined;
    this.estimated = false;
    this.resultValue = null;
    this.resultStatus = 'missing';
  }

  /**
   * The finished result. A fast reader only sets `resultValue`/`resultStatus` and returns a placeholder (the caller
   * builds the result object); a tracing reader returns the whole result: reason, inputs and the formula with the
   * numbers put in (`filled` writes its right-hand side, and runs only here).
   */
  result(value: number, filled: () => string): IndicatorResult {
    if (this.failStatus === undefined && !Number.isFinite(value)) this.fail('missing', 'the formula gives no finite value');
    const ok = this.failStatus === undefined;
    this.resultValue = ok ? value : null;
    this.resultStatus = ok ? (this.estimated ? 'estimated' : 'ok') : this.failStatus!;
    if (!this.tracing) return FAST_PLACEHOLDER;
    const result: IndicatorResult = {
      value: this.resultValue,
      status: this.resultStatus,
      inputs: this.inputs,
      formulaFilled: `${filled()} = ${formatNumber(this.resultValue ?? NaN)}`,
    };
    if (!ok) result.reason = this.failReason;
    else if (this.estimatedReasons) result.reason = this.estimatedReasons.join('; ');
    return result;
  }
}

/** What a fast reader's `result` returns: callers read resultValue/resultStatus from the reader instead. */
const FAST_PLACEHOLDER: IndicatorResult = Object.freeze({ value: null, status: 'missing', inputs: [], formulaFilled: '' }) as IndicatorResult;

/** Shorthand for formatNumber inside `filled` callbacks. */
export const f = formatNumber;
