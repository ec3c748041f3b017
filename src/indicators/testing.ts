/**
 * Builders for small constructed series in the indicator tests: a handful of regions and years written as a table.
 * Not used by production code.
 */
import type { HarmonisedValue, ValueStatus } from '../types.ts';
import { FLOW_VARIABLE, type HarmonisedFlow } from './lookup.ts';

/** A value as written in a test table: a number, null (missing value), or [value, status, reason?]. */
export type Cell = number | null | [number | null, ValueStatus, string?];

/** { variable: { region: { year: cell } } } */
export type SeriesTable = Record<string, Record<string, Record<number, Cell>>>;

function toValue(variable: string, region: string, year: number, cell: Cell): HarmonisedValue {
  const [value, status, reason] = Array.isArray(cell) ? cell : [cell, cell === null ? ('missing' as const) : ('ok' as const)];
  const hv: HarmonisedValue = { region, year, variable, value, status, from: [{ code: region, share: 1, value }], table: 'test', vintageId: 1 };
  if (reason) hv.reason = reason;
  return hv;
}

/** Flattens a SeriesTable into harmonised values. */
export function valuesFrom(table: SeriesTable): HarmonisedValue[] {
  const out: HarmonisedValue[] = [];
  for (const [variable, byRegion] of Object.entries(table))
    for (const [region, byYear] of Object.entries(byRegion))
      for (const [year, cell] of Object.entries(byYear)) out.push(toValue(variable, region, Number(year), cell));
  return out;
}

/** Flows from { year: { 'from>to': cell } }. */
export function flowsFrom(table: Record<number, Record<string, Cell>>): HarmonisedFlow[] {
  const out: HarmonisedFlow[] = [];
  for (const [year, pairs] of Object.entries(table))
    for (const [pair, cell] of Object.entries(pairs)) {
      const [from, to] = pair.split('>');
      out.push({ ...toValue(FLOW_VARIABLE, from, Number(year), cell), counterpart: to });
    }
  return out;
}

/** Years a..b inclusive mapped through fn (for series written as formulas of the year). */
export function years(a: number, b: number, fn: (y: number) => Cell): Record<number, Cell> {
  const out: Record<number, Cell> = {};
  for (let y = a; y <= b; y++) out[y] = fn(y);
  return out;
}
