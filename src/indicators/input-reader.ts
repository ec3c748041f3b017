/**
 * The bookkeeping every indicator shares: read inputs while recording them, turn the first unusable input (or a zero
 * denominator) into a missing result naming the variable, region and year, and carry 'estimated' through.
 * Unusable inputs read as NaN so a formula can be written straight through and checked once at the end.
 */
import type { HarmonisedValue, ValueStatus } from '../types.ts';
import { formatNumber } from './format.ts';
import type { SeriesLookup } from './lookup.ts';
import { FLOW_VARIABLE } from './lookup.ts';
import type { IndicatorInput, IndicatorResult } from './types.ts';

const USABLE = new Set<ValueStatus>(['ok', 'estimated']);

/** Records the inputs of one indicator value and the first reason it cannot be computed. */
export class InputReader {
  readonly inputs: IndicatorInput[] = [];
  private failStatus: ValueStatus | undefined;
  private failReason = '';
  private estimated: string[] | undefined;

  constructor(readonly lookup: SeriesLookup) {}

  /** True once an input was unusable or a denominator was zero. */
  get failed(): boolean {
    return this.failStatus !== undefined;
  }

  /** Marks the value as not computable; the first reason wins (it names the earliest input at fault). */
  fail(status: ValueStatus, reason: string): void {
    if (this.failStatus === undefined) {
      this.failStatus = status;
      this.failReason = reason;
    }
  }

  private check(hv: HarmonisedValue | undefined, label: string): number {
    if (hv === undefined) {
      this.fail('missing', `no value of ${label}`);
      return NaN;
    }
    if (hv.value === null || !USABLE.has(hv.status)) {
      const status: ValueStatus = hv.status === 'ok' || hv.status === 'estimated' ? 'missing' : hv.status;
      this.fail(status, `${label} is ${status.replace(/_/g, ' ')}${hv.reason ? `: ${hv.reason}` : ''}`);
      return NaN;
    }
    if (hv.status === 'estimated') (this.estimated ??= []).push(`${label} is estimated${hv.reason ? `: ${hv.reason}` : ''}`);
    return hv.value;
  }

  /** The value of `variable` for `region` in `year`, or NaN when it is absent or unusable. */
  get(variable: string, region: string, year: number): number {
    const hv = this.lookup.get(variable, region, year);
    this.inputs.push({ variable, region, year, value: hv });
    return this.check(hv, `${variable} for ${region} in ${year}`);
  }

  /** The commuting flow residence → workplace in `year`, or NaN when absent or unusable. */
  flow(from: string, to: string, year: number): number {
    const hv = this.lookup.flow(from, to, year);
    this.inputs.push({ variable: FLOW_VARIABLE, region: from, counterpart: to, year, value: hv });
    return this.check(hv, `commuting ${from} → ${to} in ${year}`);
  }

  /** a / b; a zero `b` makes the value missing with the reason "<what> is zero". */
  divide(a: number, b: number, what: string): number {
    if (b === 0) {
      this.fail('missing', `${what} is zero: the ratio is undefined`);
      return NaN;
    }
    return a / b;
  }

  /**
   * The finished result. `filled` writes the formula's right-hand side with the numbers put in; it runs only when
   * `formulaFilled` is first read, so a national recompute does not format hundreds of thousands of strings.
   */
  result(value: number, filled: () => string): IndicatorResult {
    if (this.failStatus === undefined && !Number.isFinite(value)) this.fail('missing', 'the formula gives no finite value');
    const ok = this.failStatus === undefined;
    const shown = ok ? value : NaN;
    let text: string | undefined;
    const result: IndicatorResult = {
      value: ok ? value : null,
      status: ok ? (this.estimated ? 'estimated' : 'ok') : this.failStatus!,
      inputs: this.inputs,
      get formulaFilled() {
        return (text ??= `${filled()} = ${formatNumber(shown)}`);
      },
    };
    if (!ok) result.reason = this.failReason;
    else if (this.estimated) result.reason = this.estimated.join('; ');
    return result;
  }
}

/** Shorthand for formatNumber inside `filled` callbacks. */
export const f = formatNumber;
