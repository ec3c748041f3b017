/**
 * The full national recompute after the data is loaded: every indicator for 357 municipalities and the own regions
 * in every year, then the composite and ranks of every year with a strength indicator.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { CATALOGUE, computeIndicators, lookupFromValues, ownRegionLookup, unavailableReason } from '../src/indicators/index.ts';
import { parseOwnRegions } from '../src/regions/own-regions.ts';
import { loadHarmonisedSeries } from '../src/service/harmonised-series.ts';
import { DEFAULT_REGIONS_FILE } from '../src/service/monitor.ts';
import { compositeYears, scoredIndicators, scoreMunicipalities } from '../src/service/scoring.ts';
import { ensureSnapshotLoaded } from '../src/sources/snapshot.ts';
import { Store } from '../src/store/store.ts';
import type { BenchRow } from './types.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchRecompute(): Promise<BenchRow[]> {
  const store = await Store.open(':memory:');
  await ensureSnapshotLoaded(store);
  const series = await loadHarmonisedSeries(store);
  store.close();
  const codes = series.municipalities.map((m) => m.code);
  const own = parseOwnRegions(readFileSync(DEFAULT_REGIONS_FILE, 'utf8'), 'regions.json', new Set(codes));
  const years = [...new Set(series.values.map((v) => v.year))].sort((a, b) => a - b);

  const indicatorTimes: number[] = [];
  const compositeTimes: number[] = [];
  const totals: number[] = [];
  let compositeYearCount = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const lookup = ownRegionLookup(lookupFromValues(series.values, series.flows), own);
    const results = computeIndicators(lookup, { regions: [...codes, ...own.map((r) => r.id)], years, referenceRegions: codes });
    const t1 = performance.now();
    const scored = scoredIndicators(CATALOGUE, (id) => !unavailableReason(CATALOGUE.find((d) => d.id === id)!, lookup));
    const cyears = compositeYears(results, scored, codes);
    for (const year of cyears) scoreMunicipalities(results, scored, codes, year, 'styrkeanalysen');
    const t2 = performance.now();
    compositeYearCount = cyears.length;
    indicatorTimes.push(t1 - t0);
    compositeTimes.push(t2 - t1);
    totals.push(t2 - t0);
  }
  return [
    { name: `indicators: ${CATALOGUE.length} × ${codes.length + own.length} units × ${years.length} years (median of 7)`, value: median(indicatorTimes), unit: 'ms' },
    { name: `composite + ranks, ${compositeYearCount} years (median of 7)`, value: median(compositeTimes), unit: 'ms' },
    { name: 'full national recompute, target < 300 ms (median of 7)', value: median(totals), unit: 'ms' },
  ];
}
