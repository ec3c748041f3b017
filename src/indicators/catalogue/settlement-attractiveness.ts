import type { ReferenceSet } from '../reference-set.ts';
import { f, InputReader } from '../input-reader.ts';
import { defineIndicator, growthText, pooledRateText, readGrowth } from '../define.ts';
import { readNetMigrationRate } from './net-migration-rate.ts';

const JOBS = 'employed_15_74_workplace';
/** Jobs growth is taken over the same three calendar years as the net migration rate (4th quarter t−3 → t). */
const SPAN = 3;
const MIN_POINTS = 10;

/** Net migration rate = a + b × jobs growth, fitted across the reference municipalities for one year. */
export interface AttractivenessFit {
  a: number;
  b: number;
  n: number;
}

/** Ordinary least squares of y on x; undefined when fewer than MIN_POINTS points or x does not vary. */
export function fitLine(xs: number[], ys: number[]): AttractivenessFit | undefined {
  const n = xs.length;
  if (n < MIN_POINTS) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return undefined;
  const b = sxy / sxx;
  return { a: my - b * mx, b, n };
}

function readPoint(ref: ReferenceSet, region: string, year: number): { x: number; y: number; failed: boolean } {
  const reader = new InputReader(ref.lookup);
  const x = readGrowth(reader, JOBS, region, year, SPAN).value;
  const y = readNetMigrationRate(reader, region, year).value;
  return { x, y, failed: reader.failed };
}

/** The cross-section regression of the year, fitted once over the reference municipalities with both values. */
export function attractivenessFit(ref: ReferenceSet): AttractivenessFit | undefined {
  return ref.shared('settlement_attractiveness:fit', () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const region of ref.regions) {
      const p = readPoint(ref, region, ref.year);
      if (p.failed) continue;
      xs.push(p.x);
      ys.push(p.y);
    }
    return fitLine(xs, ys);
  });
}

/**
 * Net migration beyond what job growth explains: the residual of a cross-section regression of the net migration
 * rate on jobs growth across all municipalities, fitted each year (the idea of Telemarksforsking's attractiveness
 * model, reduced to its core: one explanatory variable).
 */
export const settlementAttractiveness = defineIndicator({
  id: 'settlement_attractiveness',
  name: { nb: 'Bostedsattraktivitet', en: 'Settlement attractiveness' },
  description: {
    nb: 'Nettoinnflytting utover det arbeidsplassveksten skulle tilsi: over 0 betyr at kommunen trekker innbyggere av andre grunner enn jobber.',
    en: 'Net migration beyond what job growth predicts: above 0 means the municipality attracts residents for reasons other than jobs.',
  },
  theme: 'demography',
  direction: 1,
  unit: 'per 1 000 residents per year',
  referenceTime: 'year t = net migration in calendar years t−2..t against jobs growth 4th quarter t−3 → t',
  tables: ['06913', '11618'],
  data: 'online',
  inputs: ['net_migration', 'population_jan1', JOBS],
  formula: 'netmig_rate − (a + b × (jobs_t / jobs_{t−3} − 1)), a and b fitted across all municipalities each year',
  note: {
    nb: 'Modellen har bare arbeidsplassvekst som forklaring; Telemarksforskings modell kontrollerer også for størrelse og nabokommuners vekst.',
    en: "The model explains by job growth only; Telemarksforsking's model also controls for size and neighbouring municipalities' growth.",
  },
  calculate(r, { region, year, reference }) {
    const growth = readGrowth(r, JOBS, region, year, SPAN);
    const rate = readNetMigrationRate(r, region, year);
    const fit = attractivenessFit(reference);
    if (!fit) r.fail('missing', `too few municipalities (< ${MIN_POINTS}) with jobs growth and net migration in ${year} to fit the regression`);
    const value = fit ? rate.value - (fit.a + fit.b * growth.value) : NaN;
    return r.result(
      value,
      () => `${f(rate.value)} − (${f(fit?.a)} + ${f(fit?.b)} × ${f(growth.value)}) [rate: ${pooledRateText(rate)}; growth: ${growthText(growth)}; n = ${fit?.n ?? 0}]`,
    );
  },
});
