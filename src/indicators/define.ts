/**
 * Shared building blocks of catalogue entries: the availability check (is the series there at all?) and the
 * recurring formula shapes (growth over a span, part / whole, per-1 000 rates pooled over years).
 */
import { variableDefinition } from '../sources/variables.ts';
import { f, InputReader } from './input-reader.ts';
import type { SeriesLookup } from './lookup.ts';
import type { IndicatorContext, IndicatorDefinition, IndicatorResult } from './types.ts';

/**
 * Why an indicator cannot be computed at all with this lookup (a required variable has no value anywhere), e.g.
 * "needs SSB table 11618 (employed_15_74_workplace) — run `regionmonitor update`"; undefined when it can.
 */
export function unavailableReason(def: Pick<IndicatorDefinition, 'inputs'>, lookup: SeriesLookup): string | undefined {
  const absent = def.inputs.filter((v) => !lookup.has(v));
  if (absent.length === 0) return undefined;
  const tables = [...new Set(absent.map((v) => variableDefinition(v).table))];
  const names = absent.length > 3 ? `${absent.slice(0, 3).join(', ')} and ${absent.length - 3} more` : absent.join(', ');
  return `needs SSB table ${tables.join(', ')} (${names}) — run \`regionmonitor update\``;
}

/** The result every unit gets when the indicator's series are absent. */
export function unavailableResult(def: Pick<IndicatorDefinition, 'formula'>, reason: string): IndicatorResult {
  return { value: null, status: 'missing', reason, inputs: [], formulaFilled: `${def.formula} = —` };
}

/**
 * Completes a catalogue entry: `compute` first checks that the series exist (else: missing, "needs SSB table …"),
 * then runs the entry's own `calculate` with a fresh InputReader.
 */
export function defineIndicator(
  def: Omit<IndicatorDefinition, 'compute'> & { calculate(r: InputReader, ctx: IndicatorContext): IndicatorResult },
): IndicatorDefinition {
  const { calculate, ...meta } = def;
  return {
    ...meta,
    compute(ctx) {
      const reason = unavailableReason(meta, ctx.lookup);
      if (reason) return unavailableResult(meta, reason);
      return calculate(new InputReader(ctx.lookup), ctx);
    },
  };
}

/** Reads x_t / x_{t−span} − 1 and a renderer of it with the numbers in. */
export function readGrowth(r: InputReader, variable: string, region: string, year: number, span: number) {
  const end = r.get(variable, region, year);
  const start = r.get(variable, region, year - span);
  const value = r.divide(end, start, `${variable} for ${region} in ${year - span}`) - 1;
  return { value, filled: () => `${f(end)} / ${f(start)} − 1` };
}

/** calculate() of a plain growth indicator: x_t / x_{t−span} − 1. */
export function growthOf(variable: string, span: number) {
  return (r: InputReader, { region, year }: IndicatorContext) => {
    const g = readGrowth(r, variable, region, year, span);
    return r.result(g.value, g.filled);
  };
}

/** calculate() of a share: Σ parts / whole (same region and year), times `scale`. */
export function shareOf(parts: string[], whole: string, scale = 1) {
  return (r: InputReader, { region, year }: IndicatorContext) => {
    const values = parts.map((p) => r.get(p, region, year));
    const total = r.get(whole, region, year);
    const sum = values.reduce((a, b) => a + b, 0);
    const value = scale * r.divide(sum, total, `${whole} for ${region} in ${year}`);
    const numerator = values.length > 1 ? `(${values.map(f).join(' + ')})` : f(values[0]);
    return r.result(value, () => `${scale !== 1 ? `${f(scale)} × ` : ''}${numerator} / ${f(total)}`);
  };
}

/**
 * Reads 1 000 × Σ_{y=t−years+1..t} x_y / Σ population_jan1_y: a per-1 000 rate pooled over `years` years (equal to
 * the mean of the annual rates when the population is steady, and robust to one odd year).
 */
export function readPooledRate(r: InputReader, variable: string, region: string, year: number, years: number) {
  const xs: number[] = [];
  const pops: number[] = [];
  for (let y = year - years + 1; y <= year; y++) {
    xs.push(r.get(variable, region, y));
    pops.push(r.get('population_jan1', region, y));
  }
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
  const value = 1000 * r.divide(sum(xs), sum(pops), `population_jan1 for ${region} in ${year - years + 1}–${year}`);
  return {
    value,
    filled: () =>
      years === 1 ? `1 000 × ${f(xs[0])} / ${f(pops[0])}` : `1 000 × (${xs.map(f).join(' + ')}) / (${pops.map(f).join(' + ')})`,
  };
}
