import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

/** Norges Bank's "byggeoverskudd": growth of the dwelling stock beyond the growth in households, over five years. */
export const buildingSurplus5y = defineIndicator({
  id: 'building_surplus_5y',
  name: { nb: 'Byggeoverskudd, 5 år', en: 'Building surplus, 5 years' },
  description: {
    nb: 'Økningen i boligmassen minus økningen i antall husholdninger over fem år, i forhold til husholdningene ved start (Norges Banks byggeoverskudd). Over 0: tilbudet holder følge med etterspørselen.',
    en: "Increase in the dwelling stock minus the increase in households over five years, relative to households at the start (Norges Bank's building surplus). Above 0: supply keeps up with demand.",
  },
  theme: 'housing',
  direction: 1,
  unit: 'share of households at the start',
  referenceTime: 'year t = dwellings on 1 January t and households in year t, against t−5',
  tables: ['06265', '06944'],
  data: 'online',
  inputs: ['dwellings_total', 'households'],
  formula: '((dwellings_t − dwellings_{t−5}) − (households_t − households_{t−5})) / households_{t−5}',
  calculate(r, { region, year }) {
    const d1 = r.get('dwellings_total', region, year);
    const d0 = r.get('dwellings_total', region, year - 5);
    const h1 = r.get('households', region, year);
    const h0 = r.get('households', region, year - 5);
    const value = r.divideBy(d1 - d0 - (h1 - h0), h0, 'households', region, year - 5);
    return r.result(value, () => `((${f(d1)} − ${f(d0)}) − (${f(h1)} − ${f(h0)})) / ${f(h0)}`);
  },
});
