/**
 * The indicator catalogue and its computation (pure: no store, no files, no network).
 *
 * @example
 * const lookup = ownRegionLookup(lookupFromValues(values, flows), ownRegions);
 * const results = computeIndicators(lookup, { regions: [...codes, 'romsdal'], years, referenceRegions: codes });
 * results.get('population_growth_5y', 'romsdal', 2024);
 */
export type { Bilingual, IndicatorContext, IndicatorDefinition, IndicatorDirection, IndicatorInput, IndicatorResult, Theme } from './types.ts';
export type { HarmonisedFlow, SeriesLookup } from './lookup.ts';
export { FLOW_VARIABLE, lookupFromValues, ownRegionLookup } from './lookup.ts';
export { ReferenceSet } from './reference-set.ts';
export type { NationalTotal } from './reference-set.ts';
export { CATALOGUE, indicatorDefinition } from './catalogue/index.ts';
export { computeIndicators, IndicatorResults } from './compute.ts';
export type { ComputeOptions } from './compute.ts';
export { unavailableReason } from './define.ts';
export { cityHinterlandMeasures } from './city-hinterland.ts';
export type { CityHinterlandMeasure } from './city-hinterland.ts';
export { RESIDENCE_GROUPS, WORKPLACE_GROUPS } from './industry.ts';
// National aggregates (computed once per ReferenceSet = once per year), for showing the reference next to a value.
export { incomeReference } from './catalogue/income-level.ts';
export { attractivenessFit } from './catalogue/settlement-attractiveness.ts';
export type { AttractivenessFit } from './catalogue/settlement-attractiveness.ts';
export { centralityClass } from './catalogue/centrality.ts';
export { formatNumber } from './format.ts';
