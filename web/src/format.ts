/**
 * Number and label formatting for the dashboard, by language. Pure (no DOM), so it is unit-tested in Node.
 */
import type { Lang, ValueStatus } from './api-types.ts';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** A plain number with grouping: `16 807`, `0,036` (nb) / `16,807`, `0.036` (en); `–` when missing. */
export function formatNumber(x: number | null | undefined, lang: Lang, maximumFractionDigits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return numberFormat(lang, { maximumFractionDigits }).format(x);
}

/** A number that is already in per cent: the styrkeindikator's `13 %`. */
export function formatPct(pct: number | null | undefined, lang: Lang, digits = 0): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '–';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(pct / 100);
}

/** Units whose values are fractions (0.036 = 3.6 %), shown as per cent. */
const FRACTION_UNIT = /\b(share|fraction|proportion|growth|andel|vekst)\b|^(%|percent|per cent)$/i;
/** Units per thousand residents. */
const PER_MILLE_UNIT = /(per\s*1\s?000|‰|per thousand|promille)/i;
const PER_HUNDRED_UNIT = /per\s*100\b(?!\s?000)/i;
const NOK_UNIT = /\b(NOK|kr)\b/;
const YEARS_UNIT = /^years\b/i;

/**
 * An indicator value for people: fractions as per cent with one decimal, per-thousand rates with ‰, per-hundred
 * rates as "52,3 per 100", kroner grouped, years as "år", other values (ratios, indices) as plain numbers.
 *
 * @example formatValue(0.0362, 'share (0–1)', 'nb') // '3,6 %'
 */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (FRACTION_UNIT.test(unit)) {
    return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  }
  if (PER_MILLE_UNIT.test(unit)) return `${formatNumber(value, lang, 1)} ‰`;
  if (PER_HUNDRED_UNIT.test(unit)) return `${formatNumber(value, lang, 1)} per 100`;
  if (NOK_UNIT.test(unit)) return `${formatNumber(Math.round(value), lang, 0)} kr`;
  if (YEARS_UNIT.test(unit)) return `${formatNumber(value, lang, 1)} ${lang === 'nb' ? 'år' : 'years'}`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 3;
  return formatNumber(value, lang, digits);
}

const UNIT_LABELS: [RegExp, Record<Lang, string>][] = [
  [/^growth/i, { nb: 'vekst i prosent', en: 'growth, per cent' }],
  [/^share of households/i, { nb: 'andel av husholdningene', en: 'share of households' }],
  [/^share/i, { nb: 'andel i prosent', en: 'share, per cent' }],
  [/per\s*1\s?000 residents per year/i, { nb: 'per 1 000 innbyggere per år', en: 'per 1,000 residents per year' }],
  [/per\s*1\s?000/i, { nb: 'per 1 000 innbyggere', en: 'per 1,000 residents' }],
  [/per 100 inhabitants/i, { nb: 'per 100 innbyggere', en: 'per 100 inhabitants' }],
  [/^ratio to national/i, { nb: 'forhold til landet (1 = som landet)', en: 'ratio to Norway (1 = as Norway)' }],
  [/^ratio$/i, { nb: 'forholdstall', en: 'ratio' }],
  [/^index 0–1000$/i, { nb: 'indeks 0–1000', en: 'index 0–1000' }],
  [/^index 0–1$/i, { nb: 'indeks 0–1', en: 'index 0–1' }],
  [/^years of income/i, { nb: 'årsinntekter', en: 'years of income' }],
];

/** The catalogue's unit (written in English for engineers) in words for the reader, e.g. `andel i prosent`. */
export function unitLabel(unit: string, lang: Lang): string {
  const hit = UNIT_LABELS.find(([re]) => re.test(unit));
  return hit ? hit[1][lang] + (/nominal/i.test(unit) ? (lang === 'nb' ? ', nominelt' : ', nominal') : '') : unit;
}

/** A percentile position p (0 = the most robust unit) as the share of units at least as robust: `20 %`. */
export function formatPosition(p: number | null | undefined, lang: Lang): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '–';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(Math.max(p, 0.01));
}

/** A rank with its set size: `12 av 357` / `12 of 357`. */
export function formatRank(rank: number | null | undefined, n: number | null | undefined, lang: Lang): string {
  if (rank === null || rank === undefined) return '–';
  return n ? `${rank} ${lang === 'nb' ? 'av' : 'of'} ${n}` : String(rank);
}

const STATUS_LABELS: Record<ValueStatus, Record<Lang, string>> = {
  ok: { nb: 'offisielt tall', en: 'official figure' },
  estimated: { nb: 'estimert', en: 'estimated' },
  missing: { nb: 'mangler i kilden', en: 'missing in the source' },
  not_available: { nb: 'ikke tilgjengelig hos SSB (..)', en: 'not available from SSB (..)' },
  not_applicable: { nb: 'ikke aktuelt (.)', en: 'not applicable (.)' },
  confidential: { nb: 'skjermet (:)', en: 'confidential (:)' },
  not_comparable: { nb: 'ikke sammenlignbart over en kommunedeling', en: 'not comparable across a municipal split' },
  incomplete_merge: { nb: 'ufullstendig sammenslåing', en: 'incomplete merger' },
  not_additive: { nb: 'kan ikke summeres over sammenslåtte kommuner', en: 'cannot be summed over merged municipalities' },
};

/** What a value status means, in words. */
export function statusLabel(status: ValueStatus, lang: Lang): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}

/** Folds case and diacritics so `alesund` finds Ålesund and `tromso` Tromsø. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
