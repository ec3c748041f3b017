import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

const DWELLING_M2 = 80;
const MEDIAN = 'median_household_income_after_tax_nok';

/** Years of median household income an 80 m² home costs. */
export const priceToIncome = defineIndicator({
  id: 'price_to_income',
  name: { nb: 'Boligpris i forhold til inntekt', en: 'Price to income' },
  description: {
    nb: 'Hva en bolig på 80 m² koster, målt i år med medianinntekt etter skatt for husholdninger.',
    en: 'What an 80 m² home costs, in years of median household income after tax.',
  },
  theme: 'housing',
  direction: -1,
  unit: 'years of income',
  referenceTime: 'year t = mean price in calendar year t over the median income of year t',
  tables: ['06035', '06944'],
  data: 'online',
  inputs: ['price_per_m2_nok', MEDIAN],
  formula: `price per m² × ${DWELLING_M2} / median income`,
  note: {
    nb: 'SSB publiserer kvadratmeterpris bare for større kommuner; de andre vises som manglende.',
    en: 'SSB publishes prices per m² for larger municipalities only; the others are shown as missing.',
  },
  calculate(r, { region, year }) {
    const price = r.get('price_per_m2_nok', region, year);
    const income = r.get(MEDIAN, region, year);
    const value = r.divideBy(price * DWELLING_M2, income, MEDIAN, region, year);
    return r.result(value, () => `${f(price)} × ${DWELLING_M2} / ${f(income)}`);
  },
});
