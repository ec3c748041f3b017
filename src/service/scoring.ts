/**
 * Turns computed indicator values into the strength indicator of one year: which indicators are scored, the
 * composite dataset (units × scored indicators, flat under one index, as Styrkeanalysen weighs indicators equally),
 * and the pipeline run. Own regions are scored against the municipalities: each region is added to the national set
 * as one more unit, so its percentile positions mean the same as a municipality's.
 */
import { runPipeline, type Dataset, type PipelineResult, type Profile } from '../composite/index.ts';
import type { IndicatorDefinition, IndicatorResults } from '../indicators/index.ts';

export const INDEX_CODE = 'styrkeindikator';

/** Indicators that enter the composite: directional (not context) and with series in the store. */
export function scoredIndicators(catalogue: readonly IndicatorDefinition[], available: (id: string) => boolean): IndicatorDefinition[] {
  return catalogue.filter((d) => d.direction !== 0 && available(d.id));
}

/**
 * Years in which every scored indicator has values for at least half of the municipalities, so the composite of
 * each year is built from the same indicator set and years can be compared.
 */
export function compositeYears(results: IndicatorResults, scored: IndicatorDefinition[], municipalities: string[]): number[] {
  const isMunicipality = new Set(municipalities);
  const regionIndexes = results.regions.map((r, i) => (isMunicipality.has(r) ? i : -1)).filter((i) => i >= 0);
  return results.years.filter((year) =>
    scored.every((d) => {
      const values = results.values(d.id, year);
      let n = 0;
      for (const i of regionIndexes) if (values[i] !== null) n++;
      return n >= municipalities.length / 2;
    }),
  );
}

/** The composite dataset of one year: `units` × scored indicators, all under one index with equal weights. */
export function buildDataset(results: IndicatorResults, scored: IndicatorDefinition[], units: string[], year: number): Dataset {
  const columns = scored.map((d) => results.values(d.id, year));
  const regionIndex = new Map(results.regions.map((r, i) => [r, i]));
  return {
    units,
    indicators: scored.map((d) => ({ code: d.id, parent: INDEX_CODE, direction: d.direction as 1 | -1, weight: 1 })),
    aggregates: [{ code: INDEX_CODE, parent: null, level: 2, weight: 1 }],
    values: units.map((u) => {
      const i = regionIndex.get(u);
      if (i === undefined) throw new Error(`no indicator values computed for ${u}`);
      return columns.map((col) => col[i]);
    }),
  };
}

/** One unit's row of a pipeline result, with everything the explain chain and the ranking need. */
export interface UnitScore {
  unit: string;
  score: number | null; // the index score (0..1 for prank: higher is stronger)
  reported: number | null; // styrkeindikator in % for the default profile, the score otherwise
  rank: number | null;
  of: number; // units ranked
  coverage: number;
  scored: boolean;
  reason?: string;
  /** Per scored indicator (same order): normalised value, ascending sport rank r, count n, effective weight. */
  normalised: (number | null)[];
  positionRank: (number | null)[];
  positionCount: number[];
  weights: (number | null)[];
}

export function unitScore(result: PipelineResult, unit: string): UnitScore | undefined {
  const u = result.units.indexOf(unit);
  if (u < 0) return undefined;
  const root = result.aggregates.indexOf(result.root);
  const coverage = result.coverage[u];
  return {
    unit,
    score: result.aggregated[u][root],
    reported: result.reported[u][root],
    rank: result.ranks[u][root],
    of: result.ranks.filter((r) => r[root] !== null).length,
    coverage: coverage.share,
    scored: coverage.scored,
    reason: coverage.reason,
    normalised: result.normalised[u],
    positionRank: result.positions.rank[u],
    positionCount: result.positions.count,
    weights: result.effectiveWeights[u],
  };
}

/** Scores the municipalities of one year. */
export function scoreMunicipalities(results: IndicatorResults, scored: IndicatorDefinition[], municipalities: string[], year: number, profile: Profile | string): PipelineResult {
  return runPipeline(buildDataset(results, scored, municipalities, year), profile);
}

/** Scores one own region against the municipalities by adding it to the national set as one more unit. */
export function scoreRegionAgainstMunicipalities(
  results: IndicatorResults,
  scored: IndicatorDefinition[],
  municipalities: string[],
  region: string,
  year: number,
  profile: Profile | string,
): UnitScore | undefined {
  return unitScore(runPipeline(buildDataset(results, scored, [...municipalities, region], year), profile), region);
}
