import { defineIndicator, pooledRateText, readPooledRate } from '../define.ts';

/** Dwellings completed per 1 000 residents, pooled over three years. */
export const completionsPer1000 = defineIndicator({
  id: 'completions_per_1000',
  name: { nb: 'Fullførte boliger per 1 000 innbyggere', en: 'Dwellings completed per 1 000 residents' },
  description: {
    nb: 'Fullførte boliger per 1 000 innbyggere, gjennomsnitt over tre år.',
    en: 'Dwellings completed per 1 000 residents, three-year mean.',
  },
  theme: 'housing',
  direction: 1,
  unit: 'per 1 000 residents per year',
  referenceTime: 'year t = completions in calendar years t−2..t over the population on 1 January of the same years',
  tables: ['05940', '06913'],
  data: 'online',
  inputs: ['dwellings_completed', 'population_jan1'],
  formula: '1000 × Σ_{y=t−2}^{t} completed_y / Σ_{y=t−2}^{t} pop_jan1_y',
  note: {
    nb: 'Tre års snitt fordi ett enkelt boligprosjekt gir store utslag i små kommuner.',
    en: 'A three-year mean because a single housing project swings the value in small municipalities.',
  },
  calculate(r, { region, year }) {
    const rate = readPooledRate(r, 'dwellings_completed', region, year, 3);
    return r.result(rate.value, () => pooledRateText(rate));
  },
});
