import { defineIndicator, growthOf } from '../define.ts';

/** Population growth over five years (1 January to 1 January). */
export const populationGrowth5y = defineIndicator({
  id: 'population_growth_5y',
  name: { nb: 'Befolkningsvekst, 5 år', en: 'Population growth, 5 years' },
  description: {
    nb: 'Vekst i folkemengden over fem år.',
    en: 'Growth of the population over five years.',
  },
  theme: 'demography',
  direction: 1,
  unit: 'growth (fraction; 0.05 = 5 %)',
  referenceTime: 'year t = population 1 January t against 1 January t−5',
  tables: ['06913'],
  data: 'bundled',
  inputs: ['population_jan1'],
  formula: 'pop_jan1_t / pop_jan1_{t−5} − 1',
  calculate: growthOf('population_jan1', 5),
});
