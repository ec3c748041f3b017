/**
 * Shared building blocks of catalogue entries: the availability check (is the series there at all?) and the
 * recurring formula shapes (growth over a span, part / whole, per-1 000 rates pooled over years).
 */
import { variableDefinition } from '../sources/variables.ts';
import type { ValueStatus } from '../types.ts';
import { f, InputReader } from './input-reader.ts';
import type { SeriesLookup } from './lookup.ts';
import type { IndicatorContext, IndicatorDefinition, IndicatorInput, IndicatorResult } from './types.ts';

/**
 * Why an indicator cannot be computed at all with this lookup (a required variable has no value anywhere), e.g.
 * "needs SSB table 11618 (employed_15_74_workplace) — run `regionmonitor update`"; undefined when it can.
 */
export function unavailableReason(def: Pick<IndicatorDefinition, 'inputs'>, lookup: SeriesLookup): string | undefined {
  let allPresent = true;
  for (const v of def.inputs) if (!lookup.has(v)) allPresent = false; // no allocation on the common path
  if (allPresent) return undefined;
  const absent = def.inputs.filter((v) => !lookup.has(v));
  const tables = [...new Set(absent.map((v) => variableDefinition(v).table))];
  const names = absent.length > 3 ? `${absent.slice(0, 3).join(', ')} and ${absent.length - 3} more` : absent.join(', ');
  return `needs SSB table ${tables.join(', ')} (${names}) — run \`regionmonitor update\``;
}

/** The result every unit gets when the indicator's series are absent. */
export function unavailableResult(def: Pick<IndicatorDefinition, 'formula'>, reason: string): IndicatorResult {
  return { value: null, status: 'missing', reason, inputs: [], formulaFilled: `${def.formula} = —` };
}

/** An indicator's own computation, run by `compute` with a fast reader and by TracedResult with a tracing one. */
export type Calculate = (r: InputReader, ctx: IndicatorContext) => IndicatorResult;

/**
 * An indicator value computed on the fast path: value and status at once; `reason`, `inputs` and `formulaFilled`
 * on first read, by re-running the (pure) indicator with a tracing reader. JSON.stringify gives all five fields.
 */
export class TracedResult implements IndicatorResult {
  #calculate: Calculate;
  #ctx: IndicatorContext;
  #trace: IndicatorResult | undefined;

  constructor(
    readonly value: number | null,
    readonly status: ValueStatus,
    calculate: Calculate,
    ctx: IndicatorContext,
  ) {
    this.#calculate = calculate;
    this.#ctx = ctx;
  }

  private trace(): IndicatorResult {
    this.#trace ??= this.#calculate(new InputReader(this.#ctx.lookup, true), this.#ctx);
    return this.#trace;
  }

  get reason(): string | undefined {
    return this.status === 'ok' ? undefined : this.trace().reason;
  }

  get inputs(): IndicatorInput[] {
    return this.trace().inputs;
  }

  get formulaFilled(): string {
    return this.trace().formulaFilled;
  }

  toJSON(): IndicatorResult {
    const { value, status, reason, inputs, formulaFilled } = this;
    return reason === undefined ? { value, status, inputs, formulaFilled } : { value, status, reason, inputs, formulaFilled };
  }
}

const CALCULATIONS = new WeakMap<IndicatorDefinition, Calculate>();

/** The fast-path computation of a catalogue entry made by defineIndicator (undefined for hand-written ones). */
export function calculationOf(def: IndicatorDefinition): Calculate | undefined {
  return CALCULATIONS.get(def);
}

/**
 * Completes a catalogue entry: `compute` first checks that the series exist (else: missing, "needs SSB table …"),
 * then runs the entry's own `calculate` with a fast reader and returns a TracedResult.
 */
export function defineIndicator(def: Omit<IndicatorDefinition, 'compute'> & { calculate: Calculate }): IndicatorDefinition {
  const { calculate, ...meta } = def;
  const definition: IndicatorDefinition = {
    ...meta,
    compute(ctx) {
      const reason = unavailableReason(meta, ctx.lookup);
      if (reason) return unavailableResult(meta, reason);
      const r = new InputReader(ctx.lookup);
      calculate(r, ctx);
      return new TracedResult(r.resultValue, r.resultStatus, calculate, ctx);
    },
  };
  CALCULATIONS.set(definition, calculate);
  return definition;
}

/** Reads x_t / x_{t−span} − 1 (NaN when unusable); `growthText` writes it with the numbers in. */
export function readGrowth(r: InputReader, variable: string, region: string, year: number, span: number) {
  const end = r.get(variable, region, year);
  const start = r.get(variable, region, year - span);
  return { value: r.divideBy(end, start, variable, region, year - span) - 1, end, start };
}

export const growthText = (g: { end: number; start: number }) => `${f(g.end)} / ${f(g.start)} − 1`;

// The calculate() factories below pass their formula writers inline as anonymous arrows: a named closure created per
// call costs a name definition under tsx (esbuild keepNames) on the hot path.

/** calculate() of a plain growth indicator: x_t / x_{t−span} − 1. */
export function growthOf(variable: string, span: number): Calculate {
  return (r, { region, year }) => {
    const g = readGrowth(r, variable, region, year, span);
    return r.result(g.value, () => growthText(g));
  };
}

/** calculate() of a share: Σ parts / whole (same region and year), times `scale`. */
export function shareOf(parts: string[], whole: string, scale = 1): Calculate {
  return (r, { region, year }) => {
    const values: number[] = [];
    let sum = 0;
    for (const p of parts) sum += values[values.push(r.get(p, region, year)) - 1];
    const total = r.get(whole, region, year);
    const value = scale * r.divideBy(sum, total, whole, region, year);
    return r.result(value, () => {
      const numerator = values.length > 1 ? `(${values.map(f).join(' + ')})` : f(values[0]);
      return `${scale !== 1 ? `${f(scale)} × ` : ''}${numerator} / ${f(total)}`;
    });
  };
}

/**
 * Reads 1 000 × Σ_{y=t−years+1..t} x_y / Σ population_jan1_y: a per-1 000 rate pooled over `years` years (equal to
 * the mean of the annual rates when the population is steady, and robust to one odd year). `pooledRateText` writes it.
 */
export function readPooledRate(r: InputReader, variable: string, region: string, year: number, years: number) {
  const xs: number[] = [];
  const pops: number[] = [];
  let sx = 0;
  let sp = 0;
  for (let y = year - years + 1; y <= year; y++) {
    const x = r.get(variable, region, y);
    const p = r.get('population_jan1', region, y);
    xs.push(x);
    pops.push(p);
    sx += x;
    sp += p;
  }
  const value = 1000 * r.divide(sx, sp, () => `population_jan1 for ${region} in ${year - years + 1}–${year}`);
  return { value, xs, pops };
}

export const pooledRateText = ({ xs, pops }: { xs: number[]; pops: number[] }) =>
  xs.length === 1 ? `1 000 × ${f(xs[0])} / ${f(pops[0])}` : `1 000 × (${xs.map(f).join(' + ')}) / (${pops.map(f).join(' + ')})`;
