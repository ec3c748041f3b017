/**
 * The indicator catalogue in display order, grouped by theme. Adding an indicator: one file in this folder and one
 * line here.
 */
import type { IndicatorDefinition } from '../types.ts';
import { buildingSurplus5y } from './building-surplus-5y.ts';
import { centrality } from './centrality.ts';
import { commutingIntegration } from './commuting-integration.ts';
import { completionsPer1000 } from './completions-per-1000.ts';
import { dwellingMix } from './dwelling-mix.ts';
import { employmentGrowth5y } from './employment-growth-5y.ts';
import { employmentRate } from './employment-rate.ts';
import { householdGrowth5y } from './household-growth-5y.ts';
import { incomeGrowth5y } from './income-growth-5y.ts';
import { incomeLevel } from './income-level.ts';
import { industryConcentration } from './industry-concentration.ts';
import { jobCoverage } from './job-coverage.ts';
import { jobsGrowth5y } from './jobs-growth-5y.ts';
import { largeEstablishmentShare } from './large-establishment-share.ts';
import { largestIndustryShare } from './largest-industry-share.ts';
import { manufacturingShare } from './manufacturing-share.ts';
import { naturalIncreaseRate } from './natural-increase-rate.ts';
import { netMigrationRate } from './net-migration-rate.ts';
import { oldAgeRatio } from './old-age-ratio.ts';
import { populationGrowth5y } from './population-growth-5y.ts';
import { priceToIncome } from './price-to-income.ts';
import { publicServicesShare } from './public-services-share.ts';
import { settlementAttractiveness } from './settlement-attractiveness.ts';
import { shiftShareLocal } from './shift-share-local.ts';

/** Every indicator of the domain brief (INDICATORS.md §3), in display order. */
export const CATALOGUE: readonly IndicatorDefinition[] = [
  // business structure
  employmentGrowth5y,
  employmentRate,
  jobsGrowth5y,
  commutingIntegration,
  jobCoverage,
  industryConcentration,
  largestIndustryShare,
  publicServicesShare,
  manufacturingShare,
  largeEstablishmentShare,
  shiftShareLocal,
  incomeLevel,
  incomeGrowth5y,
  centrality,
  // housing supply
  householdGrowth5y,
  completionsPer1000,
  buildingSurplus5y,
  dwellingMix,
  priceToIncome,
  // demography and attractiveness
  populationGrowth5y,
  netMigrationRate,
  naturalIncreaseRate,
  oldAgeRatio,
  settlementAttractiveness,
];

const BY_ID = new Map(CATALOGUE.map((d) => [d.id, d]));

/** The definition of indicator `id`; throws `unknown indicator: <id>` for ids not in the catalogue. */
export function indicatorDefinition(id: string): IndicatorDefinition {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown indicator: ${id}`);
  return def;
}
