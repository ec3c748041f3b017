import { defineIndicator, growthOf } from '../define.ts';

const MEDIAN = 'median_household_income_after_tax_nok';

/** Nominal growth of the median household income after tax over five years. */
export const incomeGrowth5y = defineIndicator({
  id: 'income_growth_5y',
  name: { nb: 'Inntektsvekst, 5 år (nominell)', en: 'Income growth, 5 years (nominal)' },
  description: {
    nb: 'Vekst i medianinntekt etter skatt for husholdninger over fem år, i løpende kroner.',
    en: 'Growth of the median household income after tax over five years, in current kroner.',
  },
  theme: 'business',
  direction: 1,
  unit: 'growth (fraction; 0.05 = 5 %), nominal',
  referenceTime: 'year t = calendar year t against calendar year t−5',
  tables: ['06944'],
  data: 'bundled',
  inputs: [MEDIAN],
  formula: 'median_t / median_{t−5} − 1',
  note: {
    nb: 'Nominell: ikke justert for prisvekst. Sammenlign kommuner samme år, ikke vekst mellom perioder med ulik inflasjon.',
    en: 'Nominal: not adjusted for inflation. Compare municipalities within a year, not growth across periods with different inflation.',
  },
  calculate: growthOf(MEDIAN, 5),
});
