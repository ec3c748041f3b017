import { defineIndicator, shareOf } from '../define.ts';

/** Share of employees in establishments with 100 or more employees (proxy for dependence on cornerstone firms). */
export const largeEstablishmentShare = defineIndicator({
  id: 'large_establishment_share',
  name: { nb: 'Andel ansatte i store virksomheter', en: 'Large establishment share' },
  description: {
    nb: 'Andelen ansatte i virksomheter med minst 100 ansatte: en tilnærming til avhengighet av hjørnesteinsbedrifter.',
    en: 'Share of employees in establishments with at least 100 employees: a proxy for dependence on cornerstone firms.',
  },
  theme: 'business',
  direction: -1,
  unit: 'share (0–1)',
  referenceTime: 'year t = 1 January of t',
  tables: ['07091'],
  data: 'online',
  inputs: ['employees_in_100plus', 'employees_total'],
  formula: 'employees in establishments ≥ 100 / employees',
  note: {
    nb: 'I små kommuner kan én virksomhet avgjøre verdien. SSB-tabell 07091 teller virksomheter, ikke ansatte: ansatte etter virksomhetsstørrelse må importeres (`regionmonitor import`) til en åpen kilde er bekreftet.',
    en: 'In small municipalities one establishment can decide the value. SSB table 07091 counts establishments, not employees: employees by establishment size must be imported (`regionmonitor import`) until an open source is confirmed.',
  },
  calculate: shareOf(['employees_in_100plus'], 'employees_total'),
});
