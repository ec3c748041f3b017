import { f } from '../input-reader.ts';
import { defineIndicator } from '../define.ts';

/** How open the local labour market is: mean of the out-commuting and in-commuting shares. */
export const commutingIntegration = defineIndicator({
  id: 'commuting_integration',
  name: { nb: 'Pendlingsintegrasjon', en: 'Commuting integration' },
  description: {
    nb: 'Gjennomsnittet av andelen bosatte sysselsatte som pendler ut og andelen arbeidsplasser som fylles av innpendlere. Et integrert arbeidsmarked tar lettere opp lokale sjokk.',
    en: 'Mean of the share of employed residents who commute out and the share of jobs filled by in-commuters. An integrated labour market absorbs local shocks more easily.',
  },
  theme: 'business',
  direction: 1,
  unit: 'share (0–1)',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['03321', '11618'],
  data: 'online',
  inputs: ['commuters', 'employed_15_74_residence', 'employed_15_74_workplace'],
  formula: '((res − internal) / res + (jobs − internal) / jobs) / 2',
  note: {
    nb: 'internal = de som bor og jobber i kommunen (03321); res og jobs fra 11618. Utpendlere omfatter dem med ukjent eller utenlandsk arbeidssted.',
    en: 'internal = those living and working in the municipality (03321); res and jobs from 11618. Out-commuters include those working abroad or at an unknown workplace.',
  },
  calculate(r, { region, year }) {
    const internal = r.flow(region, region, year);
    const res = r.get('employed_15_74_residence', region, year);
    const jobs = r.get('employed_15_74_workplace', region, year);
    if (internal > res || internal > jobs)
      r.fail('missing', `internal commuting ${region} → ${region} in ${year} (${internal}) exceeds employed residents (${res}) or jobs (${jobs})`);
    const out = r.divideBy(res - internal, res, 'employed_15_74_residence', region, year);
    const inn = r.divideBy(jobs - internal, jobs, 'employed_15_74_workplace', region, year);
    return r.result((out + inn) / 2, () => `((${f(res)} − ${f(internal)}) / ${f(res)} + (${f(jobs)} − ${f(internal)}) / ${f(jobs)}) / 2`);
  },
});
