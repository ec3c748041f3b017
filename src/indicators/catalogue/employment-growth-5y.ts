import { defineIndicator, growthOf } from '../define.ts';
import { EMPLOYED_TOTAL } from '../industry.ts';

/** Growth in employed residents over five years (07984, residence-based). */
export const employmentGrowth5y = defineIndicator({
  id: 'employment_growth_5y',
  name: { nb: 'Sysselsettingsvekst, 5 år', en: 'Employment growth, 5 years' },
  description: {
    nb: 'Vekst i sysselsatte bosatt i kommunen over fem år (4. kvartal).',
    en: 'Growth in employed residents of the municipality over five years (4th quarter).',
  },
  theme: 'business',
  direction: 1,
  unit: 'growth (fraction; 0.05 = 5 %)',
  referenceTime: 'year t = 4th quarter of t against 4th quarter of t−5',
  tables: ['07984'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL],
  formula: 'emp_t / emp_{t−5} − 1',
  note: {
    nb: 'Etter bosted: sysselsatte som bor i kommunen, uansett hvor de jobber.',
    en: 'Residence-based: employed people living in the municipality, wherever they work.',
  },
  calculate: growthOf(EMPLOYED_TOTAL, 5),
});
