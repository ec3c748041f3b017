import type { InputReader } from '../input-reader.ts';
import { defineIndicator, pooledRateText, readPooledRate } from '../define.ts';

/** Net migration per 1 000 residents pooled over calendar years t−2..t (shared with settlement_attractiveness). */
export function readNetMigrationRate(r: InputReader, region: string, year: number) {
  return readPooledRate(r, 'net_migration', region, year, 3);
}

/** Net migration (domestic and international) per 1 000 residents, three-year mean. */
export const netMigrationRate = defineIndicator({
  id: 'net_migration_rate',
  name: { nb: 'Nettoinnflytting per 1 000', en: 'Net migration per 1 000' },
  description: {
    nb: 'Innflytting minus utflytting (innenlands og fra utlandet) per 1 000 innbyggere, gjennomsnitt over tre år.',
    en: 'In-migration minus out-migration (domestic and international) per 1 000 residents, three-year mean.',
  },
  theme: 'demography',
  direction: 1,
  unit: 'per 1 000 residents per year',
  referenceTime: 'year t = net migration in calendar years t−2..t over the population on 1 January of the same years',
  tables: ['06913'],
  data: 'bundled',
  inputs: ['net_migration', 'population_jan1'],
  formula: '1000 × Σ_{y=t−2}^{t} netmig_y / Σ_{y=t−2}^{t} pop_jan1_y',
  note: {
    nb: 'Tre års snitt fordi enkeltår svinger mye i små kommuner (f.eks. ved mottak av flyktninger).',
    en: 'A three-year mean because single years swing in small municipalities (e.g. when refugees are settled).',
  },
  calculate(r, { region, year }) {
    const rate = readNetMigrationRate(r, region, year);
    return r.result(rate.value, () => pooledRateText(rate));
  },
});
