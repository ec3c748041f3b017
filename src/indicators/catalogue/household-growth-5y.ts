import { defineIndicator, growthOf } from '../define.ts';

/** Growth in private households over five years: the demand side of housing (context). */
export const householdGrowth5y = defineIndicator({
  id: 'household_growth_5y',
  name: { nb: 'Husholdningsvekst, 5 år', en: 'Household growth, 5 years' },
  description: {
    nb: 'Vekst i antall private husholdninger over fem år: etterspørselssiden i boligmarkedet.',
    en: 'Growth in the number of private households over five years: the demand side of housing.',
  },
  theme: 'housing',
  direction: 0,
  unit: 'growth (fraction; 0.05 = 5 %)',
  referenceTime: 'year t = households in (income) year t against year t−5',
  tables: ['06944'],
  data: 'bundled',
  inputs: ['households'],
  formula: 'households_t / households_{t−5} − 1',
  calculate: growthOf('households', 5),
});
