import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';
import { EMPLOYED_TOTAL, readResidenceMix, RESIDENCE_GROUPS } from '../industry.ts';

/** Share of employed residents in the largest of the five named 07984 industry groups. */
export const largestIndustryShare = defineIndicator({
  id: 'largest_industry_share',
  name: { nb: 'Største nærings andel', en: 'Largest industry share' },
  description: {
    nb: 'Andelen sysselsatte i den største næringen (bransjespesialisering, som hos Telemarksforsking).',
    en: "Share of employment in the largest industry (Telemarksforsking's industry specialisation).",
  },
  theme: 'business',
  direction: -1,
  unit: 'share (0–1)',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['07984'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL, ...RESIDENCE_GROUPS.map((g) => g.variable)],
  formula: 'max_i emp_i / emp, i = the 5 named groups',
  note: {
    nb: 'Grov: største av fem næringsgrupper etter bosted; «resten» er mange næringer samlet og regnes ikke som én.',
    en: 'Coarse: the largest of five residence-based groups; the "rest" is many industries together and is not counted as one.',
  },
  calculate(r, { region, year }) {
    const mix = readResidenceMix(r, region, year);
    const named = mix.shares.slice(0, RESIDENCE_GROUPS.length);
    let best = 0;
    named.forEach((s, i) => {
      if (s > named[best]) best = i;
    });
    const value = named.some(Number.isNaN) ? NaN : named[best];
    return r.result(value, () => `${f(mix.counts[best])} / ${f(mix.total)} (${RESIDENCE_GROUPS[best].label})`);
  },
});
