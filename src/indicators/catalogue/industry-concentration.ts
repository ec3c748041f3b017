import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';
import { EMPLOYED_TOTAL, herfindahl, readResidenceMix, RESIDENCE_GROUPS } from '../industry.ts';

/** Herfindahl index of the industry mix of employed residents: five 07984 groups plus the rest. */
export const industryConcentration = defineIndicator({
  id: 'industry_concentration',
  name: { nb: 'Næringskonsentrasjon (HHI)', en: 'Industry concentration (HHI)' },
  description: {
    nb: 'Herfindahl-indeksen Σ s² over næringsandelene av de sysselsatte: høy verdi betyr at få næringer bærer sysselsettingen.',
    en: 'Herfindahl index Σ s² over the industry shares of employment: a high value means few industries carry employment.',
  },
  theme: 'business',
  direction: -1,
  unit: 'index 0–1',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['07984'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL, ...RESIDENCE_GROUPS.map((g) => g.variable)],
  formula: 'Σ_i (emp_i / emp)², i = 5 groups + rest',
  note: {
    nb: 'Grov: bare fem næringsgrupper pluss «resten» (alt annet samlet), og etter bosted, ikke arbeidssted.',
    en: 'Coarse: only five industry groups plus "rest" (everything else together), and by residence, not workplace.',
  },
  calculate(r, { region, year }) {
    const mix = readResidenceMix(r, region, year);
    return r.result(herfindahl(mix.shares), () => mix.counts.map((c) => `(${f(c)} / ${f(mix.total)})²`).join(' + '));
  },
});
