import { defineIndicator, growthOf } from '../define.ts';

/** Growth in jobs located in the municipality over five years (11618, workplace-based). */
export const jobsGrowth5y = defineIndicator({
  id: 'jobs_growth_5y',
  name: { nb: 'Arbeidsplassvekst, 5 år', en: 'Jobs growth, 5 years' },
  description: {
    nb: 'Vekst i sysselsatte med arbeidssted i kommunen (arbeidsplasser) over fem år.',
    en: 'Growth in employed persons working in the municipality (jobs) over five years.',
  },
  theme: 'business',
  direction: 1,
  unit: 'growth (fraction; 0.05 = 5 %)',
  referenceTime: 'year t = 4th quarter of t against 4th quarter of t−5',
  tables: ['11618'],
  data: 'online',
  inputs: ['employed_15_74_workplace'],
  formula: 'jobs_t / jobs_{t−5} − 1',
  calculate: growthOf('employed_15_74_workplace', 5),
});
