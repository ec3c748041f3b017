import type { ReferenceSet } from '../reference-set.ts';
import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

const MEDIAN = 'median_household_income_after_tax_nok';

/** The national reference: household-weighted mean of the municipal medians (the national median is not bundled). */
export function incomeReference(ref: ReferenceSet): { value: number; municipalities: number } | undefined {
  return ref.shared('income_level:reference', () => {
    let weighted = 0;
    let households = 0;
    let municipalities = 0;
    for (const region of ref.regions) {
      const median = ref.valueOf(MEDIAN, region, ref.year);
      const hh = ref.valueOf('households', region, ref.year);
      if (median === undefined || hh === undefined) continue;
      weighted += median * hh;
      households += hh;
      municipalities++;
    }
    return households > 0 ? { value: weighted / households, municipalities } : undefined;
  });
}

/** Median household income after tax relative to the national reference (1 = national level). */
export const incomeLevel = defineIndicator({
  id: 'income_level',
  name: { nb: 'Inntektsnivå', en: 'Income level' },
  description: {
    nb: 'Medianinntekt etter skatt for husholdninger, i forhold til landet (1 = landsnivå).',
    en: 'Median household income after tax relative to the country (1 = national level).',
  },
  theme: 'business',
  direction: 1,
  unit: 'ratio to national reference',
  referenceTime: 'year t = calendar year t',
  tables: ['06944'],
  data: 'bundled',
  inputs: [MEDIAN, 'households'],
  formula: 'median / reference, reference = Σ_k households_k × median_k / Σ_k households_k',
  note: {
    nb: 'Landsmedianen er ikke med i de medfølgende dataene; referansen er det husholdningsveide gjennomsnittet av kommunemedianene, som ligger nær, men ikke er lik, landsmedianen.',
    en: 'The national median is not in the bundled data; the reference is the household-weighted mean of the municipal medians, which is close to but not the same as the national median.',
  },
  calculate(r, { region, year, reference }) {
    const median = r.get(MEDIAN, region, year);
    const national = incomeReference(reference);
    if (!national) r.fail('missing', `no municipal medians with households in ${year} for the national reference`);
    const value = r.divide(median, national?.value ?? NaN, () => `the national income reference for ${year}`);
    return r.result(value, () => `${f(median)} / ${f(national?.value)} (reference over ${national?.municipalities ?? 0} municipalities)`);
  },
});
