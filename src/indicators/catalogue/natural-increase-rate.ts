import { defineIndicator, pooledRateText, readPooledRate } from '../define.ts';

/** Births minus deaths in calendar year t per 1 000 residents on 1 January t. */
export const naturalIncreaseRate = defineIndicator({
  id: 'natural_increase_rate',
  name: { nb: 'Fødselsoverskudd per 1 000', en: 'Natural increase per 1 000' },
  description: {
    nb: 'Fødte minus døde i året per 1 000 innbyggere.',
    en: 'Births minus deaths in the year per 1 000 residents.',
  },
  theme: 'demography',
  direction: 1,
  unit: 'per 1 000 residents',
  referenceTime: 'year t = births − deaths in calendar year t over the population on 1 January t',
  tables: ['06913'],
  data: 'bundled',
  inputs: ['natural_increase', 'population_jan1'],
  formula: '1000 × natinc_t / pop_jan1_t',
  note: {
    nb: 'Ett år: i små kommuner kan noen få fødsler eller dødsfall flytte verdien mye.',
    en: 'A single year: in small municipalities a few births or deaths move the value a lot.',
  },
  calculate(r, { region, year }) {
    const rate = readPooledRate(r, 'natural_increase', region, year, 1);
    return r.result(rate.value, () => pooledRateText(rate));
  },
});
