/**
 * The dashboard's words in Norwegian bokmål (default) and English, and the current language. Switching language
 * re-renders the page; the choice is remembered in localStorage.
 */
import type { Lang } from './api-types.ts';

const STRINGS = {
  appTitle: { nb: 'Regionmonitor', en: 'Regionmonitor' },
  tagline: {
    nb: 'Robusthet og sårbarhet i næringsstruktur og boligtilbud i norske kommuner',
    en: 'Robustness and vulnerability of business structure and housing supply in Norwegian municipalities',
  },
  navOverview: { nb: 'Oversikt', en: 'Overview' },
  navCompare: { nb: 'Sammenlign', en: 'Compare' },
  navMethod: { nb: 'Metode', en: 'Method' },
  switchTo: { nb: 'English', en: 'Norsk' },
  switchToLabel: { nb: 'Switch to English', en: 'Bytt til norsk' },
  skipToContent: { nb: 'Hopp til innholdet', en: 'Skip to content' },
  credits: {
    nb: 'Kilde: Statistisk sentralbyrå (SSB), lisens CC BY 4.0. Kommunegrenser: © Kartverket, lisens CC BY 4.0.',
    en: 'Source: Statistics Norway (SSB), licence CC BY 4.0. Municipal boundaries: © Kartverket, licence CC BY 4.0.',
  },
  loading: { nb: 'Laster …', en: 'Loading …' },
  errorTitle: { nb: 'Noe gikk galt', en: 'Something went wrong' },
  notFound: { nb: 'Fant ikke siden', en: 'Page not found' },
  styrkeindikator: { nb: 'Styrkeindikator', en: 'Strength indicator' },
  styrkeHint: {
    nb: 'Gjennomsnittlig persentilposisjon over indikatorene. Lavere er sterkere: 13 % betyr i snitt blant de 13 % beste.',
    en: 'Mean percentile position over the indicators. Lower is stronger: 13 % means on average among the best 13 %.',
  },
  year: { nb: 'År', en: 'Year' },
  indicator: { nb: 'Indikator', en: 'Indicator' },
  mapTitle: { nb: 'Kart over kommunene', en: 'Map of the municipalities' },
  mapLabel: { nb: 'Kart over Norges kommuner farget etter', en: 'Map of Norway’s municipalities coloured by' },
  legend: { nb: 'Tegnforklaring', en: 'Legend' },
  noData: { nb: 'Mangler data', en: 'No data' },
  stronger: { nb: 'sterkere', en: 'stronger' },
  weaker: { nb: 'svakere', en: 'weaker' },
  moreRobust: { nb: 'mer robust', en: 'more robust' },
  moreVulnerable: { nb: 'mer sårbar', en: 'more vulnerable' },
  lower: { nb: 'lavere', en: 'lower' },
  higher: { nb: 'høyere', en: 'higher' },
  top10: { nb: 'De 10 sterkeste', en: 'The 10 strongest' },
  bottom10: { nb: 'De 10 mest sårbare', en: 'The 10 most vulnerable' },
  top10Indicator: { nb: 'De 10 mest robuste', en: 'The 10 most robust' },
  contextNotRanked: {
    nb: 'Kontekstindikator: vises, men inngår ikke i styrkeindikatoren og rangeres ikke.',
    en: 'Context indicator: shown, but not part of the strength indicator and not ranked.',
  },
  contextShort: { nb: 'kontekst', en: 'context' },
  ownRegions: { nb: 'Egne regioner', en: 'Own regions' },
  showTable: { nb: 'Vis som tabell', en: 'Show as table' },
  search: { nb: 'Søk etter kommune eller region', en: 'Search for a municipality or region' },
  searchPlaceholder: { nb: 'f.eks. Molde eller 1506', en: 'e.g. Molde or 1506' },
  searchNoMatch: { nb: 'Ingen treff', en: 'No match' },
  municipality: { nb: 'Kommune', en: 'Municipality' },
  region: { nb: 'Region', en: 'Region' },
  ownRegion: { nb: 'Egen region', en: 'Own region' },
  county: { nb: 'Fylke', en: 'County' },
  members: { nb: 'Medlemmer', en: 'Members' },
  value: { nb: 'Verdi', en: 'Value' },
  unit: { nb: 'Enhet', en: 'Unit' },
  rank: { nb: 'Rang', en: 'Rank' },
  rankOf: { nb: 'av', en: 'of' },
  notRanked: { nb: 'Ikke rangert', en: 'Not ranked' },
  rankBand: { nb: 'Usikkerhetsintervall (5–95 %)', en: 'Uncertainty band (5–95 %)' },
  rankBandText: { nb: 'rang {a}–{b}', en: 'rank {a}–{b}' },
  coverage: { nb: 'Datadekning', en: 'Data coverage' },
  coverageText: { nb: '{pct} av indikatorene har verdi', en: '{pct} of the indicators have a value' },
  trend: { nb: 'Utvikling over tid', en: 'Trend over the years' },
  trendAxis: { nb: 'Styrkeindikator (%) — opp er sterkere', en: 'Strength indicator (%) — up is stronger' },
  indicators: { nb: 'Indikatorer', en: 'Indicators' },
  strengths: { nb: 'Styrker', en: 'Strengths' },
  weaknesses: { nb: 'Svakheter', en: 'Weaknesses' },
  missingData: { nb: 'Manglende data', en: 'Missing data' },
  noneMissing: { nb: 'Ingen indikatorer mangler data.', en: 'No indicator lacks data.' },
  position: { nb: 'Persentilposisjon', en: 'Percentile position' },
  positionText: { nb: 'mer robust enn {pct} av kommunene', en: 'more robust than {pct} of the municipalities' },
  positionNote: {
    nb: 'I parentes: persentilposisjon, andelen kommuner som er minst like robuste (0 % = mest robust).',
    en: 'In brackets: percentile position, the share of municipalities at least as robust (0 % = the most robust).',
  },
  unavailableTitle: { nb: 'Trenger data fra SSB på nett', en: 'Needs data from SSB online' },
  unavailableIntro: {
    nb: 'Disse indikatorene bygger på SSB-tabeller som ikke er med i de innebygde dataene. Kjør «regionmonitor update» med internett for å hente dem.',
    en: 'These indicators use SSB tables that are not in the bundled data. Run “regionmonitor update” with internet access to fetch them.',
  },
  directionUp: { nb: '↑ høyere er mer robust', en: '↑ higher is more robust' },
  directionDown: { nb: '↓ lavere er mer robust', en: '↓ lower is more robust' },
  directionContext: { nb: 'kontekst (vekt 0)', en: 'context (weight 0)' },
  status: { nb: 'Status', en: 'Status' },
  reason: { nb: 'Årsak', en: 'Reason' },
  followNumber: { nb: 'Følg tallet tilbake til SSB', en: 'Follow the number back to SSB' },
  compareWith: { nb: 'Sammenlign med andre', en: 'Compare with others' },
  cityHinterland: { nb: 'By og omland', en: 'City and hinterland' },
  theme: { nb: 'Tema', en: 'Theme' },
  themeNoData: { nb: 'ingen indikator i temaet har data ennå: hent tabellene fra SSB med `regionmonitor update`', en: 'no indicator of this theme has data yet: fetch its SSB tables with `regionmonitor update`' },
  themeScores: { nb: 'Delindekser etter tema', en: 'Sub-indices by theme' },
  themeScoresIntro: { nb: 'Samme regel som styrkeindikatoren, over temaets indikatorer.', en: 'The same rule as the strength indicator, over the theme’s indicators.' },
  themes_business: { nb: 'Næringsstruktur', en: 'Business structure' },
  themes_housing: { nb: 'Boligtilbud', en: 'Housing supply' },
  themes_demography: { nb: 'Demografi og attraktivitet', en: 'Demography and attractiveness' },
  methodTitle: { nb: 'Tallenes vandring', en: 'Where the numbers come from' },
  methodIntro: {
    nb: 'Hvert tall kan følges tilbake: rådata fra SSB-tabell og årgang → indikatorverdi (formel med tallene satt inn) → persentilposisjon (rang r av n) → vekt → styrkeindikator → rang.',
    en: 'Every number can be traced back: raw data from an SSB table and vintage → indicator value (formula with the numbers put in) → percentile position (rank r of n) → weight → strength indicator → rank.',
  },
  methodPick: { nb: 'Velg en kommune eller region for å se regnestykket.', en: 'Pick a municipality or region to see the calculation.' },
  methodAll: { nb: 'Alle indikatorer (styrkeindikatoren)', en: 'All indicators (strength indicator)' },
  stepRaw: { nb: '1. Rådata fra SSB', en: '1. Raw data from SSB' },
  stepValue: { nb: '2. Indikatorverdi', en: '2. Indicator value' },
  stepPosition: { nb: '3. Persentilposisjon', en: '3. Percentile position' },
  stepWeight: { nb: '4. Vekt og bidrag', en: '4. Weight and contribution' },
  stepComposite: { nb: '5. Styrkeindikator og rang', en: '5. Strength indicator and rank' },
  variable: { nb: 'Variabel', en: 'Variable' },
  ssbTable: { nb: 'SSB-tabell', en: 'SSB table' },
  vintage: { nb: 'Årgang (innlasting)', en: 'Vintage (load)' },
  source: { nb: 'Kilde', en: 'Source' },
  fromCodes: { nb: 'Fra koder', en: 'From codes' },
  formula: { nb: 'Formel', en: 'Formula' },
  referenceTime: { nb: 'Referansetid', en: 'Reference time' },
  filledIn: { nb: 'Med tallene satt inn', en: 'With the numbers put in' },
  direction: { nb: 'Retning', en: 'Direction' },
  rankRofN: { nb: 'Rang r av n (1 = mest sårbar)', en: 'Rank r of n (1 = most vulnerable)' },
  prank: { nb: 'Persentilrang (r − 1)/(n − 1)', en: 'Percentile rank (r − 1)/(n − 1)' },
  positionP: { nb: 'Posisjon p = 1 − persentilrang (0 = mest robust)', en: 'Position p = 1 − percentile rank (0 = most robust)' },
  weight: { nb: 'Vekt', en: 'Weight' },
  contribution: { nb: 'Bidrag (vekt × persentilrang)', en: 'Contribution (weight × percentile rank)' },
  compositeScore: { nb: 'Vektet gjennomsnitt av persentilrang', en: 'Weighted mean of percentile ranks' },
  weightingProfile: { nb: 'Vektprofil', en: 'Weighting profile' },
  methodNote: {
    nb: 'Metoden følger Styrkeanalysen: persentilrang som i COINr (n_prank), vektet aritmetisk gjennomsnitt, rapportert som 100 × (1 − snitt).',
    en: 'The method follows Styrkeanalysen: percentile rank as in COINr (n_prank), weighted arithmetic mean, reported as 100 × (1 − mean).',
  },
  compareTitle: { nb: 'Sammenlign kommuner og regioner', en: 'Compare municipalities and regions' },
  compareHint: { nb: 'Velg to til seks kommuner eller regioner.', en: 'Pick two to six municipalities or regions.' },
  compareAdd: { nb: 'Legg til', en: 'Add' },
  compareRemove: { nb: 'Fjern {name}', en: 'Remove {name}' },
  compareFull: { nb: 'Du kan sammenligne høyst seks.', en: 'You can compare at most six.' },
  compareOverTime: { nb: 'Over tid', en: 'Over time' },
  table: { nb: 'Tabell', en: 'Table' },
  chartTableAlt: { nb: 'Tallene i diagrammet som tabell', en: 'The chart’s numbers as a table' },
  notAvailable: { nb: 'ikke tilgjengelig', en: 'not available' },
  estimated: { nb: 'estimert', en: 'estimated' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof STRINGS;

const STORAGE_KEY = 'regionmonitor.lang';
let current: Lang = 'nb';

/** The language in use. */
export function lang(): Lang {
  return current;
}

/** Reads the remembered language (default bokmål) and marks the document with it. */
export function initLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage may be disabled (private mode): fall back to the default
  }
  return setLang(stored === 'en' ? 'en' : 'nb');
}

/** Switches the language and remembers it. */
export function setLang(next: Lang): Lang {
  current = next;
  document.documentElement.lang = next === 'nb' ? 'nb' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, still switched
  }
  return next;
}

/** A message in the current language, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][current].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Picks the current language from a bilingual record the API sent (falls back to the other language). */
export function pick(text: Partial<Record<Lang, string>> | undefined): string {
  return text?.[current] ?? text?.nb ?? text?.en ?? '';
}
