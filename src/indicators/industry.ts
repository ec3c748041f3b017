/**
 * Industry groupings the business-structure indicators share: the five residence-based groups of the bundled 07984
 * series (plus "rest" = total − the five), and the workplace groups (SSB's 17 SN2007 groups) for shift-share.
 */
import type { InputReader } from './input-reader.ts';

export interface IndustryGroup {
  variable: string;
  label: string;
}

/** Employed residents, all industries (07984, 4th quarter). */
export const EMPLOYED_TOTAL = 'employed_total_00_99';

/** The five industry groups 07984 is bundled with. */
export const RESIDENCE_GROUPS: readonly IndustryGroup[] = [
  { variable: 'employed_agri_01_03', label: 'agriculture, forestry, fishing (01–03)' },
  { variable: 'employed_manuf_10_33', label: 'manufacturing (10–33)' },
  { variable: 'employed_publicadmin_84', label: 'public administration (84)' },
  { variable: 'employed_education_85', label: 'education (85)' },
  { variable: 'employed_health_86_88', label: 'health and social work (86–88)' },
];

/**
 * Jobs by workplace in SSB's 17 SN2007 industry groups (the grouping of SSB's municipal workplace tables).
 * Variable ids `jobs_<NACE range>`; `jobs_00` is "unknown industry", kept so the groups add up to all jobs.
 */
export const WORKPLACE_GROUPS: readonly IndustryGroup[] = [
  ['01_03', 'agriculture, forestry, fishing'],
  ['05_09', 'mining and quarrying'],
  ['10_33', 'manufacturing'],
  ['35_39', 'electricity, water, waste'],
  ['41_43', 'construction'],
  ['45_47', 'wholesale and retail trade'],
  ['49_53', 'transport and storage'],
  ['55_56', 'accommodation and food'],
  ['58_63', 'information and communication'],
  ['64_66', 'finance and insurance'],
  ['68_75', 'real estate, professional and technical services'],
  ['77_82', 'administrative and support services'],
  ['84', 'public administration and defence'],
  ['85', 'education'],
  ['86_88', 'health and social work'],
  ['90_99', 'personal services'],
  ['00', 'unknown industry'],
].map(([code, label]) => ({ variable: `jobs_${code}`, label: `${label} (${code.replace('_', '–')})` }));

/** Employment of one unit split into the five groups and the rest. */
export interface IndustryMix {
  total: number;
  /** The five groups, in RESIDENCE_GROUPS order, then the rest (total − the five). */
  counts: number[];
  /** counts / total; NaN when the mix could not be read. */
  shares: number[];
}

/**
 * Reads the residence-based industry mix of `region` in `year`. NaN shares when an input is unusable, the total is
 * zero, or the five groups exceed the total (a transcription slip: the reader records why).
 */
export function readResidenceMix(r: InputReader, region: string, year: number): IndustryMix {
  const total = r.get(EMPLOYED_TOTAL, region, year);
  const counts = RESIDENCE_GROUPS.map((g) => r.get(g.variable, region, year));
  const five = counts.reduce((a, b) => a + b, 0);
  const rest = total - five;
  if (rest < 0) r.fail('missing', `the five industry groups (${five}) exceed ${EMPLOYED_TOTAL} (${total}) for ${region} in ${year}`);
  counts.push(rest < 0 ? NaN : rest);
  const shares = counts.map((c) => r.divideBy(c, total, EMPLOYED_TOTAL, region, year));
  return { total, counts, shares };
}

/** Herfindahl–Hirschman index Σ s_i² (1/n for an even split, 1 for one industry). */
export function herfindahl(shares: number[]): number {
  let h = 0;
  for (const s of shares) h += s * s;
  return h;
}
