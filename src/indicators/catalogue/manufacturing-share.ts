import { defineIndicator, shareOf } from '../define.ts';
import { EMPLOYED_TOTAL } from '../industry.ts';

/** Share of employed residents in manufacturing (10–33): exposure to export cycles. */
export const manufacturingShare = defineIndicator({
  id: 'manufacturing_share',
  name: { nb: 'Industriandel', en: 'Manufacturing share' },
  description: {
    nb: 'Andelen sysselsatte bosatte i industri (næring 10–33): eksponering for eksportkonjunkturer.',
    en: 'Share of employed residents in manufacturing (industries 10–33): exposure to export cycles.',
  },
  theme: 'business',
  direction: 0,
  unit: 'share (0–1)',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['07984'],
  data: 'bundled',
  inputs: [EMPLOYED_TOTAL, 'employed_manuf_10_33'],
  formula: 'emp_10–33 / emp',
  note: { nb: 'Etter bosted.', en: 'Residence-based.' },
  calculate: shareOf(['employed_manuf_10_33'], EMPLOYED_TOTAL),
});
