import type { ReferenceSet } from '../reference-set.ts';
import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';
import { WORKPLACE_GROUPS } from '../industry.ts';

const SPAN = 5;

/** National growth t−5 → t per workplace industry group, and of all groups together. Computed once per year. */
interface NationalGrowth {
  total: number | undefined;
  byGroup: (number | undefined)[];
}

function nationalGrowth(ref: ReferenceSet): NationalGrowth {
  return ref.shared('shift_share_local:national', () => {
    let start = 0;
    let end = 0;
    const byGroup = WORKPLACE_GROUPS.map((g) => {
      const growth = ref.nationalGrowth(g.variable, SPAN);
      if (growth) {
        start += growth.start.value;
        end += growth.end.value;
      }
      return growth?.growth;
    });
    return { total: start > 0 ? end / start - 1 : undefined, byGroup };
  });
}

/**
 * Classic shift-share over five years: the unit's job growth minus national growth minus the industry-mix effect.
 * What remains is the local (competitive) component: growth the national trend and the industry mix do not explain.
 */
export const shiftShareLocal = defineIndicator({
  id: 'shift_share_local',
  name: { nb: 'Lokal vekstkomponent (shift-share)', en: 'Local growth component (shift-share)' },
  description: {
    nb: 'Arbeidsplassvekst over fem år minus nasjonal vekst minus bransjeeffekten: den veksten kommunen står for selv.',
    en: 'Job growth over five years minus national growth minus the industry-mix effect: the growth the municipality accounts for itself.',
  },
  theme: 'business',
  direction: 1,
  unit: 'growth (fraction; 0.05 = 5 %)',
  referenceTime: 'year t = 4th quarter of t against 4th quarter of t−5',
  // Employment by workplace in the 17 SN2007 groups, from 07984's by-workplace contents (src/sources/tables/07984.ts).
  tables: ['07984'],
  data: 'online',
  inputs: WORKPLACE_GROUPS.map((g) => g.variable),
  formula: 'Σ_i (E_i,t − E_i,t−5 (1 + G_i)) / E_t−5 = g − G − Σ_i E_i,t−5 (G_i − G) / E_t−5',
  note: {
    nb: 'Arbeidsplasser (arbeidssted) i SSBs 17 næringsgrupper; G = nasjonal vekst, G_i = nasjonal vekst i næring i.',
    en: "Jobs (by workplace) in SSB's 17 industry groups; G = national growth, G_i = national growth in industry i.",
  },
  calculate(r, { region, year, reference }) {
    const start = WORKPLACE_GROUPS.map((g) => r.get(g.variable, region, year - SPAN));
    const end = WORKPLACE_GROUPS.map((g) => r.get(g.variable, region, year));
    const national = nationalGrowth(reference);
    if (national.total === undefined) r.fail('missing', `no national jobs by industry for ${year - SPAN} and ${year}`);
    let e0 = 0;
    let e1 = 0;
    let expected = 0; // E_t−5 grown at each industry's national rate
    start.forEach((s, i) => {
      e0 += s;
      e1 += end[i];
      const gi = national.byGroup[i];
      if (gi === undefined && s !== 0) r.fail('missing', `no national growth for ${WORKPLACE_GROUPS[i].variable} ${year - SPAN}–${year}`);
      expected += s * (1 + (gi ?? 0));
    });
    const growth = r.divide(e1, e0, () => `jobs in all industries for ${region} in ${year - SPAN}`) - 1;
    const G = national.total ?? NaN;
    const mix = (expected - e0) / e0 - G;
    const local = growth - G - mix;
    return r.result(local, () => `${f(growth)} − ${f(G)} − ${f(mix)} (jobs ${f(e0)} → ${f(e1)}; at national industry rates ${f(expected)})`);
  },
});
