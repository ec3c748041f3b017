/**
 * The shapes of the indicator catalogue: what an indicator declares about itself and what one computed value carries
 * so that it can be traced back to the raw series ("tallenes vandring").
 */
import type { HarmonisedValue, ValueStatus } from '../types.ts';
import type { SeriesLookup } from './lookup.ts';
import type { ReferenceSet } from './reference-set.ts';

export type Theme = 'business' | 'housing' | 'demography';
/** +1 higher is more robust, −1 lower is more robust, 0 context (shown, weight 0). */
export type IndicatorDirection = 1 | -1 | 0;

export interface Bilingual {
  nb: string;
  en: string;
}

/** Everything an indicator needs to compute one value: the series, the unit, the year and the national reference. */
export interface IndicatorContext {
  lookup: SeriesLookup;
  /** A 2024 municipality code or an own region's id. */
  region: string;
  year: number;
  /** The national reference for `year` (all municipalities), with aggregates computed once per year. */
  reference: ReferenceSet;
}

/** One raw series value an indicator value was computed from. */
export interface IndicatorInput {
  variable: string;
  region: string;
  year: number;
  /** undefined when the lookup had no value (the result is then missing). */
  value: HarmonisedValue | undefined;
  /** Set for commuting flows: the workplace of a residence → workplace flow (`region` is the residence). */
  counterpart?: string;
}

/** One indicator value for one unit and year, with its inputs and the formula with the numbers put in. */
export interface IndicatorResult {
  value: number | null;
  status: ValueStatus;
  /** Why the value is missing or estimated, naming the variable, region and year at fault. */
  reason?: string;
  inputs: IndicatorInput[];
  /** The formula with the numbers put in, e.g. `16 807 / 16 220 − 1 = 0.0362` (built on first read). */
  formulaFilled: string;
}

/** One entry of the catalogue. Adding an indicator = one file exporting one of these + one line in catalogue/index.ts. */
export interface IndicatorDefinition {
  id: string;
  name: Bilingual;
  description: Bilingual;
  theme: Theme;
  direction: IndicatorDirection;
  unit: string;
  /** What "year t" means for this indicator, e.g. "4th quarter of t vs 4th quarter of t−5". */
  referenceTime: string;
  /** SSB tables the inputs come from. */
  tables: string[];
  /** 'bundled' = computable from the bundled snapshot; 'online' = needs `regionmonitor update`. */
  data: 'bundled' | 'online';
  /** Variable ids (src/sources/variables.ts) the indicator cannot do without. */
  inputs: string[];
  /** Symbolic formula, e.g. `emp_t / emp_{t−5} − 1`. */
  formula: string;
  /** Reliability for small municipalities, proxies, nominal values. */
  note?: Bilingual;
  compute(ctx: IndicatorContext): IndicatorResult;
}
