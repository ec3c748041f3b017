/** Runs one catalogue indicator on a constructed table (test support, not production code). */
import { lookupFromValues, ownRegionLookup } from '../lookup.ts';
import { ReferenceSet } from '../reference-set.ts';
import { flowsFrom, valuesFrom, type Cell, type SeriesTable } from '../testing.ts';
import type { OwnRegion } from '../../types.ts';
import type { IndicatorResult } from '../types.ts';
import { indicatorDefinition } from './index.ts';

export interface RunOptions {
  flows?: Record<number, Record<string, Cell>>;
  /** Reference municipalities; defaults to every region in the table. */
  reference?: string[];
  ownRegions?: OwnRegion[];
}

export function runIndicator(id: string, table: SeriesTable, region: string, year: number, options: RunOptions = {}): IndicatorResult {
  const base = lookupFromValues(valuesFrom(table), options.flows ? flowsFrom(options.flows) : []);
  const lookup = options.ownRegions ? ownRegionLookup(base, options.ownRegions) : base;
  const reference = options.reference ?? [...new Set(Object.values(table).flatMap((byRegion) => Object.keys(byRegion)))];
  return indicatorDefinition(id).compute({ lookup, region, year, reference: new ReferenceSet(lookup, reference, year) });
}
