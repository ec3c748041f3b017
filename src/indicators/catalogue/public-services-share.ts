import { defineIndicator, shareOf } from '../define.ts';
import { EMPLOYED_TOTAL } from '../industry.ts';

const PARTS = ['employed_publicadmin_84', 'employed_education_85', 'employed_health_86_88'];

/** Share of employed residents in public administration, education and health (84–88). */
export const publicServicesShare = defineIndicator({
  id: 'public_services_share',
  name: { nb: 'Andel i offentlig tjenesteyting', en: 'Public services share' },
  description: {
    nb: 'Andelen sysselsatte bosatte i offentlig administrasjon, undervisning og helse- og sosialtjenester (næring 84–88).',
    en: 'Share of employed residents in public administration, education and health and social work (industries 84–88).',
  },
  theme: 'business',
  direction: 0,
  unit: 'share (0–1)',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['07984'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL, ...PARTS],
  formula: '(emp_84 + emp_85 + emp_86–88) / emp',
  note: {
    nb: 'Etter bosted; omfatter også private virksomheter i disse næringene.',
    en: 'Residence-based; includes private establishments in these industries.',
  },
  calculate: shareOf(PARTS, EMPLOYED_TOTAL),
});
