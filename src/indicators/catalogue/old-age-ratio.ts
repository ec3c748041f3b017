import { defineIndicator, shareOf } from '../define.ts';

/** Residents aged 67 and over per resident aged 20–66. */
export const oldAgeRatio = defineIndicator({
  id: 'old_age_ratio',
  name: { nb: 'Eldrebyrde', en: 'Old-age ratio' },
  description: {
    nb: 'Innbyggere 67 år og over per innbygger 20–66 år.',
    en: 'Residents aged 67 and over per resident aged 20–66.',
  },
  theme: 'demography',
  direction: -1,
  unit: 'ratio',
  referenceTime: 'year t = population on 1 January t',
  tables: ['07459'],
  data: 'online',
  inputs: ['population_67_plus', 'population_20_66'],
  formula: 'pop_67+ / pop_20–66',
  calculate: shareOf(['population_67_plus'], 'population_20_66'),
});
