import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

/** Share of dwellings that are not detached houses: homes for young and old, not only families. */
export const dwellingMix = defineIndicator({
  id: 'dwelling_mix',
  name: { nb: 'Boligmiks', en: 'Dwelling mix' },
  description: {
    nb: 'Andelen boliger som ikke er eneboliger: boliger for unge og eldre, ikke bare for barnefamilier.',
    en: 'Share of dwellings that are not detached houses: homes for young and old, not only for families.',
  },
  theme: 'housing',
  direction: 1,
  unit: 'share (0–1)',
  referenceTime: 'year t = dwelling stock on 1 January t',
  tables: ['06265'],
  data: 'online',
  inputs: ['dwellings_total', 'dwellings_detached'],
  formula: '1 − detached / dwellings',
  calculate(r, { region, year }) {
    const detached = r.get('dwellings_detached', region, year);
    const total = r.get('dwellings_total', region, year);
    if (detached > total) r.fail('missing', `dwellings_detached (${detached}) exceeds dwellings_total (${total}) for ${region} in ${year}`);
    const value = 1 - r.divideBy(detached, total, 'dwellings_total', region, year);
    return r.result(value, () => `1 − ${f(detached)} / ${f(total)}`);
  },
});
