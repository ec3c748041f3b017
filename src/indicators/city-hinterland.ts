/**
 * City ↔ hinterland measures for an own region with a central city: do the members' industries cover for each other,
 * how self-contained is the labour market, how strongly does the city pull the hinterland's commuters, and does the
 * hinterland house the city's new workers?
 */
import type { OwnRegion, ValueStatus } from '../types.ts';
import { growthText, readGrowth } from './define.ts';
import { formatNumber as f } from './format.ts';
import { herfindahl, readResidenceMix } from './industry.ts';
import { InputReader } from './input-reader.ts';
import type { SeriesLookup } from './lookup.ts';
import { ownRegionLookup } from './own-region-lookup.ts';
import type { Bilingual, IndicatorInput } from './types.ts';

/** One city ↔ hinterland measure of one own region and year. */
export interface CityHinterlandMeasure {
  id: 'diversification_gain' | 'self_containment' | 'city_pull' | 'housing_jobs_balance';
  name: Bilingual;
  value: number | null;
  status: ValueStatus;
  reason?: string;
  /** What the value says, with the numbers in. */
  explanation: Bilingual;
  formulaFilled: string;
  inputs: IndicatorInput[];
}

const NAMES: Record<CityHinterlandMeasure['id'], Bilingual> = {
  diversification_gain: { nb: 'Diversifiseringsgevinst', en: 'Diversification gain' },
  self_containment: { nb: 'Selvforsyning av arbeidskraft', en: 'Self-containment' },
  city_pull: { nb: 'Byens trekkraft', en: 'City pull' },
  housing_jobs_balance: { nb: 'Bolig–jobb-balanse', en: 'Housing–jobs balance' },
};

const pct = (x: number) => `${(100 * x).toFixed(1).replace('-', '\u2212')} %`;

function measure(
  id: CityHinterlandMeasure['id'],
  r: InputReader,
  value: number,
  filled: () => string,
  explain: (v: number) => Bilingual,
): CityHinterlandMeasure {
  const result = r.result(value, filled);
  const m: CityHinterlandMeasure = {
    id,
    name: NAMES[id],
    value: result.value,
    status: result.status,
    explanation:
      result.value === null
        ? { nb: `Kan ikke beregnes: ${result.reason}`, en: `Cannot be computed: ${result.reason}` }
        : explain(result.value),
    formulaFilled: result.formulaFilled,
    inputs: result.inputs,
  };
  if (result.reason) m.reason = result.reason;
  return m;
}

function diversificationGain(lookup: SeriesLookup, region: OwnRegion, year: number): CityHinterlandMeasure {
  const r = new InputReader(lookup, true);
  let weighted = 0;
  let employed = 0;
  const parts: string[] = [];
  for (const m of region.members) {
    const mix = readResidenceMix(r, m, year);
    const h = herfindahl(mix.shares);
    weighted += mix.total * h;
    employed += mix.total;
    parts.push(`${f(mix.total)} × ${f(h)}`);
  }
  const membersHhi = r.divide(weighted, employed, () => `employed residents of ${region.id} in ${year}`);
  const regionHhi = herfindahl(readResidenceMix(r, region.id, year).shares);
  return measure('diversification_gain', r, membersHhi - regionHhi, () => `(${parts.join(' + ')}) / ${f(employed)} − ${f(regionHhi)}`, (v) => ({
    nb: `Medlemmenes sysselsettingsveide HHI er ${f(membersHhi)}, regionens samlet ${f(regionHhi)}: gevinst ${f(v)}. Over 0 betyr at kommunenes næringer utfyller hverandre (grove næringsgrupper, etter bosted).`,
    en: `The members' employment-weighted HHI is ${f(membersHhi)}, the region's as a whole ${f(regionHhi)}: gain ${f(v)}. Above 0 means the members' industries cover for each other (coarse groups, by residence).`,
  }));
}

function selfContainment(lookup: SeriesLookup, region: OwnRegion, year: number): CityHinterlandMeasure {
  const r = new InputReader(lookup, true);
  const internal = r.flow(region.id, region.id, year);
  const residents = r.get('employed_15_74_residence', region.id, year);
  const value = r.divideBy(internal, residents, 'employed_15_74_residence', region.id, year);
  return measure('self_containment', r, value, () => `${f(internal)} / ${f(residents)}`, (v) => ({
    nb: `${pct(v)} av de sysselsatte som bor i regionen, jobber også i regionen.`,
    en: `${pct(v)} of the region's employed residents also work in the region.`,
  }));
}

/** The hinterland = the members other than the city, or a reason why there is none. */
function hinterlandOf(region: OwnRegion): { city: string; hinterland: string[] } | string {
  if (!region.city) return `own region ${region.id} has no city member`;
  if (!region.members.includes(region.city)) return `city ${region.city} is not a member of own region ${region.id}`;
  const hinterland = region.members.filter((m) => m !== region.city);
  if (hinterland.length === 0) return `own region ${region.id} has no members besides its city`;
  return { city: region.city, hinterland };
}

function cityPull(lookup: SeriesLookup, region: OwnRegion, hinterland: string, city: string, year: number): CityHinterlandMeasure {
  const r = new InputReader(lookup, true);
  const toCity = r.flow(hinterland, city, year);
  const stay = r.flow(hinterland, hinterland, year);
  const residents = r.get('employed_15_74_residence', hinterland, year);
  const value = r.divide(toCity, residents - stay, () => `out-commuters of the hinterland of ${region.id} in ${year}`);
  return measure('city_pull', r, value, () => `${f(toCity)} / (${f(residents)} − ${f(stay)})`, (v) => ({
    nb: `${pct(v)} av dem som bor i omlandet og jobber utenfor det, jobber i byen (${city}).`,
    en: `${pct(v)} of the hinterland's residents who work outside the hinterland work in the city (${city}).`,
  }));
}

function housingJobsBalance(lookup: SeriesLookup, region: OwnRegion, hinterland: string, city: string, year: number): CityHinterlandMeasure {
  const r = new InputReader(lookup, true);
  const jobs = readGrowth(r, 'employed_15_74_workplace', city, year, 5);
  const homes = readGrowth(r, 'households', hinterland, year, 5);
  return measure('housing_jobs_balance', r, homes.value - jobs.value, () => `(${growthText(homes)}) − (${growthText(jobs)})`, (v) => ({
    nb: `Husholdningene i omlandet økte ${pct(homes.value)} på fem år, arbeidsplassene i byen ${pct(jobs.value)}: forskjell ${f(v)}. Under 0 betyr at omlandet ikke holder tritt med byens nye arbeidsplasser.`,
    en: `Households in the hinterland grew ${pct(homes.value)} over five years, jobs in the city ${pct(jobs.value)}: difference ${f(v)}. Below 0 means the hinterland does not keep up with the city's new jobs.`,
  }));
}

function missingMeasure(id: CityHinterlandMeasure['id'], reason: string): CityHinterlandMeasure {
  return {
    id,
    name: NAMES[id],
    value: null,
    status: 'missing',
    reason,
    explanation: { nb: `Kan ikke beregnes: ${reason}`, en: `Cannot be computed: ${reason}` },
    formulaFilled: '—',
    inputs: [],
  };
}

/**
 * The four city ↔ hinterland measures of `region` in `year`, computed from the municipal series in `base`
 * (the region and its hinterland are summed from their members here).
 *
 * - diversification_gain = employment-weighted mean of the members' HHI − the region's HHI (4th quarter t, 07984)
 * - self_containment = residents working inside the region / employed residents (03321 + 11618)
 * - city_pull = hinterland → city commuters / hinterland residents working outside the hinterland
 * - housing_jobs_balance = hinterland household growth t−5→t − city jobs growth t−5→t
 *
 * @example
 * cityHinterlandMeasures(lookup, { id: 'romsdal', name: 'Romsdal', members: ['1506', '1535'], city: '1506' }, 2022);
 */
export function cityHinterlandMeasures(base: SeriesLookup, region: OwnRegion, year: number): CityHinterlandMeasure[] {
  const split = hinterlandOf(region);
  const hinterlandId = `${region.id}:hinterland`;
  const own: OwnRegion[] = [region];
  if (typeof split !== 'string') own.push({ id: hinterlandId, name: `${region.name} (hinterland)`, members: split.hinterland });
  const lookup = ownRegionLookup(base, own);
  return [
    diversificationGain(lookup, region, year),
    selfContainment(lookup, region, year),
    typeof split === 'string' ? missingMeasure('city_pull', split) : cityPull(lookup, region, hinterlandId, split.city, year),
    typeof split === 'string'
      ? missingMeasure('housing_jobs_balance', split)
      : housingJobsBalance(lookup, region, hinterlandId, split.city, year),
  ];
}
