/**
 * The read model that the presentation layers (CLI, HTTP server, web app) see. `Monitor` (monitor.ts) implements it
 * over the store, the harmoniser, the indicator catalogue and the composite engine. Plain JSON-serialisable shapes.
 */
import type { ValueStatus } from '../types.ts';

export type Lang = 'nb' | 'en';
export type Theme = 'business' | 'housing' | 'demography';
/** The themes of the catalogue, each with its own sub-index (same rule as the styrkeindikator, over its indicators). */
export const THEMES: Theme[] = ['business', 'housing', 'demography'];
export type Direction = 1 | -1 | 0; // 0 = context indicator: shown, weight 0

export interface RegionInfo {
  code: string; // 4-digit municipality code, or an own region's id (e.g. 'romsdal')
  name: string;
  kind: 'municipality' | 'own';
  countyCode?: string;
  countyName?: string;
  members?: string[]; // own regions only
  city?: string; // own regions only: the central municipality
}

export interface IndicatorInfo {
  id: string;
  name: Record<Lang, string>;
  description: Record<Lang, string>;
  theme: Theme;
  direction: Direction;
  unit: string;
  formula: string;
  referenceTime: string;
  /** SSB tables the indicator is computed from. */
  tables: string[];
  /** 'bundled' = computable from the bundled snapshot; 'online' = needs series fetched by `regionmonitor update`. */
  data: 'bundled' | 'online';
  /** Whether the store holds the series it needs; when false, `missingReason` says what is absent. */
  available: boolean;
  missingReason?: string;
  note?: Record<Lang, string>;
}

export interface IndicatorValue {
  region: string;
  indicator: string;
  year: number;
  value: number | null;
  /** Percentile position p = 1 − prank (0 = the most robust unit), null when value is missing or context. */
  position: number | null;
  status: ValueStatus;
  reason?: string;
}

export interface RankRow {
  rank: number | null; // 1 = strongest; null when coverage is below the threshold
  region: string;
  name: string;
  score_pct: number | null; // styrkeindikator in %, lower is stronger
  coverage: number; // share of the scored indicators with a value, 0..1
  band: [number, number] | null; // 5–95 % rank band from the uncertainty analysis
  reason?: string; // why a unit is not ranked
}

export interface ProfileYear {
  year: number;
  score_pct: number | null;
  rank: number | null;
  n: number;
}

export interface ProfileIndicator {
  indicator: string;
  latest: IndicatorValue;
  series: { year: number; value: number | null; position: number | null; status: ValueStatus }[];
}

/** A theme sub-index of one unit and year; `score_pct` null (with a reason) when the theme cannot be scored. */
export interface ThemeScore {
  theme: Theme;
  score_pct: number | null;
  rank: number | null;
  of: number;
  indicators: number; // scored indicators of the theme with data in the store
  reason?: string;
}

export interface Profile {
  region: RegionInfo;
  year: number;
  ranking: RankRow | null;
  /** Sub-indices by theme (business structure, housing, demography) for `year`. */
  themes: ThemeScore[];
  trend: ProfileYear[];
  indicators: ProfileIndicator[];
  strengths: IndicatorValue[]; // best positions first
  weaknesses: IndicatorValue[]; // worst positions first
  missing: IndicatorValue[];
  /** Own regions only: the city ↔ hinterland measures of the domain brief. */
  cityHinterland?: { indicator: string; name: Record<Lang, string>; value: number | null; status: ValueStatus; reason?: string; explanation: Record<Lang, string> }[];
}

/** One raw input of an indicator value, traced to its SSB table and vintage. */
export interface ExplainInput {
  variable: string;
  region: string; // the 2024 code (or own region) it was summed for
  year: number;
  value: number | null;
  status: ValueStatus;
  table: string;
  vintageId: number | null;
  vintageLoadedAt: string | null;
  source: string;
  /** Source codes valid in `year` that were renamed, summed or apportioned into it. */
  from: { code: string; share: number; value: number | null }[];
  /** For commuting flows: the workplace (`region` is then the residence). */
  counterpart?: string;
}

export interface ExplainIndicatorStep {
  indicator: string;
  name: Record<Lang, string>;
  inputs: ExplainInput[];
  formula: string; // symbolic
  formulaFilled: string; // with the numbers put in
  value: number | null;
  status: ValueStatus;
  reason?: string;
  direction: Direction;
  rank: number | null; // r of n, ascending after direction (1 = most vulnerable), ties share the lowest
  n: number;
  prank: number | null; // (r − 1)/(n − 1)
  position: number | null; // 1 − prank
  weight: number; // normalised weight in the composite (0 for context indicators)
  contribution: number | null; // weight × prank, the indicator's share of the composite score
}

export interface ExplainChain {
  region: RegionInfo;
  year: number;
  profile: string;
  steps: ExplainIndicatorStep[];
  composite: { score: number | null; score_pct: number | null; coverage: number; formula: string };
  rank: { rank: number | null; of: number };
}

export interface MonitorMeta {
  years: number[]; // years with a composite score
  latestYear: number;
  profiles: string[];
  attribution: Record<Lang, string>;
}

/** What the presentation layers may ask. Implemented by `Monitor` in monitor.ts (open with `Monitor.open`). */
export interface MonitorApi {
  meta(): Promise<MonitorMeta>;
  regions(): Promise<RegionInfo[]>;
  indicators(): Promise<IndicatorInfo[]>;
  /** All indicator values of a year (all municipalities and own regions), optionally one indicator only. */
  values(year: number, options?: { indicator?: string }): Promise<IndicatorValue[]>;
  ranking(year: number, options?: { profile?: string; set?: 'municipalities' | 'regions'; theme?: Theme }): Promise<RankRow[]>;
  profile(code: string, options?: { year?: number; profile?: string }): Promise<Profile>;
  explain(code: string, year: number, options?: { indicator?: string; profile?: string }): Promise<ExplainChain>;
  /** Path of the bundled municipality boundaries (TopoJSON, object `Kommuner`, property `kommunenummer`). */
  geometryPath(): string;
}
