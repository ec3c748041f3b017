/**
 * Shared domain types. Every stage (sources → store → indicators → composite → analysis → presentation)
 * speaks in these shapes, so they import nothing.
 */

/**
 * Why a value is what it is. `ok` = an official figure; `estimated` = derived by an estimate the user asked for
 * (population-share split); everything else means the value is missing, for the reason named.
 */
export type ValueStatus =
  | 'ok'
  | 'estimated'
  | 'missing' // not in the source at all
  | 'not_available' // SSB marker `..`: data not available
  | 'not_applicable' // SSB marker `.`: logically impossible
  | 'confidential' // SSB marker `:`: suppressed for confidentiality
  | 'not_comparable' // a municipality split makes years before it incomparable
  | 'incomplete_merge' // a merged unit whose parts are not all present that year
  | 'not_additive'; // a median or index of merged units cannot be summed

/** One value of one variable for one region and year, as it comes from a source (codes valid that year). */
export interface RawRow {
  region: string;
  year: number;
  variable: string;
  value: number | null;
  status?: ValueStatus;
  /** Second region of a flow (commuting: region = residence, counterpart = workplace). */
  counterpart?: string;
}

/** What a load or update hands to the store: one complete table from one source, committed as one vintage. */
export interface VintageInput {
  source: string; // 'ssb-pxweb' | 'snapshot' | 'import' …
  table: string; // SSB table id ('06913') or a file name for imports
  query: string; // the request or file that produced the rows, for provenance
  fetchedAt?: Date;
  rows: RawRow[];
}

export interface Vintage {
  id: number;
  source: string;
  table: string;
  query: string;
  fetchedAt: string | null;
  loadedAt: string;
  contentHash: string;
  rowCount: number;
}

/** A stored value with its provenance, still on the codes valid in its year. */
export interface StoredObservation extends RawRow {
  status: ValueStatus;
  vintageId: number;
  table: string;
}

/** A value on the 2024 municipality structure, with the source codes it was built from. */
export interface HarmonisedValue {
  region: string;
  year: number;
  variable: string;
  value: number | null;
  status: ValueStatus;
  reason?: string;
  /** Source codes (valid in `year`) that were renamed, summed or apportioned into this value. */
  from: { code: string; share: number; value: number | null }[];
  vintageId?: number;
  table?: string;
}

export interface Municipality {
  code: string;
  name: string; // as KLASS gives it, with Sami/Kven parallel forms ("Trondheim - Tråante")
  countyCode: string;
  countyName: string;
}

/** One row of the per-year crosswalk: `share` of code `code` (valid in `year`) lies in 2024 municipality `target`. */
export interface CrosswalkRow {
  code: string;
  year: number;
  target: string;
  share: number;
  method: string; // '2024-kode' | 'arvet' | 'eksakt' | 'eksakt-sum' | 'kjent 2020' | 'delt …'
}

/** A municipality code of any generation since 1986, with its years of validity and its 2024 successor. */
export interface CodeHistoryEntry {
  code: string;
  name: string;
  startYear: number | null;
  endYear: number | null;
  code2024: string | null;
}

/** A named set of municipalities the user defines (e.g. `romsdal`), optionally with its central city. */
export interface OwnRegion {
  id: string;
  name: string;
  members: string[];
  city?: string;
}
