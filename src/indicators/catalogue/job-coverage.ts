import { defineIndicator, shareOf } from '../define.ts';

/** Jobs located in the municipality per employed resident (context: > 1 means a net commuting destination). */
export const jobCoverage = defineIndicator({
  id: 'job_coverage',
  name: { nb: 'Arbeidsplassdekning', en: 'Job coverage' },
  description: {
    nb: 'Arbeidsplasser i kommunen per sysselsatt bosatt. Over 1: kommunen tar imot flere pendlere enn den sender ut.',
    en: 'Jobs located in the municipality per employed resident. Above 1: the municipality receives more commuters than it sends.',
  },
  theme: 'business',
  direction: 0,
  unit: 'ratio',
  referenceTime: 'year t = 4th quarter of t',
  tables: ['11618'],
  data: 'online',
  inputs: ['employed_15_74_workplace', 'employed_15_74_residence'],
  formula: 'jobs / employed residents',
  calculate: shareOf(['employed_15_74_workplace'], 'employed_15_74_residence'),
});
