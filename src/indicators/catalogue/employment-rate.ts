import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';
import { EMPLOYED_TOTAL } from '../industry.ts';

/** Employed residents per 100 inhabitants (proxy for the employment rate; all ages in the denominator). */
export const employmentRate = defineIndicator({
  id: 'employment_rate',
  name: { nb: 'Sysselsatte per 100 innbyggere', en: 'Employed residents per 100 inhabitants' },
  description: {
    nb: 'Sysselsatte bosatte (15–74 år, 4. kvartal) per 100 innbyggere i alle aldre.',
    en: 'Employed residents (15–74, 4th quarter) per 100 inhabitants of all ages.',
  },
  theme: 'business',
  direction: 1,
  unit: 'per 100 inhabitants',
  referenceTime: 'year t = employment 4th quarter of t over the population on 1 January t+1 (the count closest to the 4th quarter)',
  tables: ['07984', '06913'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL, 'population_jan1'],
  formula: '100 × emp_t / pop_jan1_{t+1}',
  note: {
    nb: 'Tilnærming: nevneren er hele befolkningen, ikke 15–74 år, så kommuner med mange barn eller eldre kommer lavt ut.',
    en: 'Proxy: the denominator is the whole population, not ages 15–74, so municipalities with many children or elderly score low.',
  },
  calculate(r, { region, year }) {
    const emp = r.get(EMPLOYED_TOTAL, region, year);
    const pop = r.get('population_jan1', region, year + 1);
    const value = 100 * r.divideBy(emp, pop, 'population_jan1', region, year + 1);
    return r.result(value, () => `100 × ${f(emp)} / ${f(pop)}`);
  },
});
