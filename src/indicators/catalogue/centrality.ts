import type { SeriesLookup } from '../lookup.ts';
import type { ReferenceSet } from '../reference-set.ts';
import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

const INDEX = 'centrality_index';
const FIRST_YEAR = 1950;
const LAST_YEAR = 2050;

/**
 * The years the centrality classification is stored under (one per edition), found once per lookup by probing the
 * first reference municipalities: the classification is published as editions, not as a yearly series.
 */
function editionYears(ref: ReferenceSet): number[] {
  return ref.sharedAcrossYears('centrality:editions', () => {
    const years: number[] = [];
    const probe = ref.regions.slice(0, 10);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) if (probe.some((r) => ref.lookup.get(INDEX, r, y) !== undefined)) years.push(y);
    return years;
  });
}

/** The edition in force in `year`: the latest stored at or before it, else the earliest (applied backwards). */
export function centralityEdition(ref: ReferenceSet, year: number): number | undefined {
  const years = editionYears(ref);
  let chosen: number | undefined;
  for (const y of years) if (y <= year) chosen = y;
  return chosen ?? years[0];
}

/** Lower bounds of classes 1–5 (SSB, 2020 edition); below the last bound is class 6. */
const CLASS_BOUNDS = [925, 870, 775, 670, 565];

/** SSB's centrality class (1 most central … 6 least) of an index value. */
export function centralityClass(index: number): number {
  const i = CLASS_BOUNDS.findIndex((bound) => index >= bound);
  return i === -1 ? 6 : i + 1;
}

/** The stored class; for an own region (a weighted mean index, no stored class) the class of that index. */
function classText(lookup: SeriesLookup, region: string, year: number, index: number): string {
  const c = lookup.get('centrality_class', region, year);
  if (c && c.value !== null && c.status === 'ok') return `, class ${c.value}`;
  return Number.isFinite(index) ? `, class ${centralityClass(index)} by the class bounds` : '';
}

/** SSB's centrality index (0–1000) and class (1 most central … 6 least): context, defines peer groups. */
export const centrality = defineIndicator({
  id: 'centrality',
  name: { nb: 'Sentralitet', en: 'Centrality' },
  description: {
    nb: 'SSBs sentralitetsindeks (0–1000) og -klasse (1 mest sentral … 6 minst): hvor mange arbeidsplasser og tjenester som nås innen 90 minutter.',
    en: "SSB's centrality index (0–1000) and class (1 most central … 6 least): how many jobs and services can be reached within 90 minutes.",
  },
  theme: 'business',
  direction: 0,
  unit: 'index 0–1000',
  referenceTime: 'the edition in force (2020 edition, on 2024 codes); applied unchanged to earlier years',
  tables: ['klass-2682'],
  data: 'bundled',
  inputs: [INDEX],
  formula: 'centrality index',
  note: {
    nb: 'Én utgave (2020) brukes for alle år: endringer i sentralitet over tid vises ikke.',
    en: 'One edition (2020) is used for every year: changes in centrality over time are not shown.',
  },
  calculate(r, { lookup, region, year, reference }) {
    const edition = centralityEdition(reference, year);
    if (edition === undefined) r.fail('missing', `no edition of ${INDEX} in the store`);
    const value = edition === undefined ? NaN : r.get(INDEX, region, edition);
    return r.result(value, () => `${INDEX} (edition stored for ${edition ?? '—'}${edition === undefined ? '' : classText(lookup, region, edition, value)})`);
  },
});
