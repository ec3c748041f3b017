/**
 * Builders for small constructed series in the indicator tests: a handful of regions and years written as a table.
 * Not used by production code.
 */
import type { HarmonisedValue, OwnRegion, ValueStatus } from '../types.ts';
import { indicatorDefinition } from './catalogue/index.ts';
import { FLOW_VARIABLE, lookupFromValues, ownRegionLookup, type HarmonisedFlow } from './lookup.ts';
import { ReferenceSet } from './reference-set.ts';
import type { IndicatorResult } from './types.ts';

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

export interface RunOptions {
  flows?: Record<number, Record<string, Cell>>;
  /** Reference municipalities; defaults to every region in the table. */
  reference?: string[];
  ownRegions?: OwnRegion[];
}

/** Runs one catalogue indicator on a constructed table, with every region of the table as the reference set. */
export function runIndicator(id: string, table: SeriesTable, region: string, year: number, options: RunOptions = {}): IndicatorResult {
  const base = lookupFromValues(valuesFrom(table), options.flows ? flowsFrom(options.flows) : []);
  const lookup = options.ownRegions ? ownRegionLookup(base, options.ownRegions) : base;
  const reference = options.reference ?? [...new Set(Object.values(table).flatMap((byRegion) => Object.keys(byRegion)))];
  return indicatorDefinition(id).compute({ lookup, region, year, reference: new ReferenceSet(lookup, reference, year) });
}
