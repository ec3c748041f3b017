/**
 * What the per-table query files share: the definition shape, and helpers that build a selection from a table's
 * metadata (so a query only asks for codes the table has, and fails with a clear message when SSB renames one) and
 * turn the fetched cells into store rows. Pure: no I/O.
 */
import { cells, type JsonStatCell, type JsonStatDataset, type JsonStatDimension } from '../pxweb/json-stat.ts';
import type { Selection } from '../pxweb/selection.ts';
import type { RawRow, ValueStatus } from '../../types.ts';

/** One SSB table as `regionmonitor update` fetches it. */
export interface TableDefinition {
  /** SSB table id, e.g. '07984'. */
  table: string;
  title: string;
  /** The project variable ids (src/sources/variables.ts) the rows carry. */
  variables: string[];
  /** Builds the data selection from the table's metadata. */
  select(meta: JsonStatDataset): Selection;
  /** Turns every fetched part of the selection into store rows (region codes as SSB gives them, valid each year). */
  toRows(parts: JsonStatDataset[]): RawRow[];
}

/** Thrown when a table's metadata lacks what its query file expects: the file needs updating. */
export class TableShapeError extends Error {
  constructor(table: string, message: string) {
    super(`SSB table ${table}: ${message} (update src/sources/tables/${table}.ts)`);
    this.name = 'TableShapeError';
  }
}

/** A municipality code as SSB writes it (`1506`, or `K-1506`/`K_1506` in some tables) → the 4-digit code, or null. */
export function municipalityCode(code: string): string | null {
  let known = MUNICIPALITY_CODES.get(code);
  if (known === undefined) {
    const m = /^(?:K[-_])?(\d{4})$/.exec(code);
    MUNICIPALITY_CODES.set(code, (known = m ? m[1] : null));
  }
  return known;
}
/** Memo: this runs once per cell (millions per table) over a few thousand distinct codes. */
const MUNICIPALITY_CODES = new Map<string, string | null>();

export function dimension(meta: JsonStatDataset, table: string, id: string): JsonStatDimension {
  const d = meta.dimensions[id];
  if (!d) throw new TableShapeError(table, `no variable '${id}' in the metadata (it has ${meta.ids.join(', ')})`);
  return d;
}

/** Every municipality code of a region variable, of every generation (codes valid in each year). */
export function municipalityCodes(meta: JsonStatDataset, table: string, id = 'Region'): string[] {
  const codes = dimension(meta, table, id).codes.filter((c) => municipalityCode(c) !== null);
  if (codes.length === 0) throw new TableShapeError(table, `variable '${id}' has no municipality codes`);
  return codes;
}

/** The annual periods of a time variable, optionally from a first year. */
export function yearCodes(meta: JsonStatDataset, table: string, { id = 'Tid', from }: { id?: string; from?: number } = {}): string[] {
  const codes = dimension(meta, table, id).codes.filter((c) => /^\d{4}$/.test(c) && (from === undefined || Number(c) >= from));
  if (codes.length === 0) throw new TableShapeError(table, `variable '${id}' has no annual periods${from ? ` from ${from}` : ''}`);
  return codes;
}

/** The given codes, each of which must exist in the variable. */
export function requireCodes(meta: JsonStatDataset, table: string, id: string, wanted: string[]): string[] {
  const have = new Set(dimension(meta, table, id).codes);
  const missing = wanted.filter((c) => !have.has(c));
  if (missing.length) {
    const known = [...have].slice(0, 30).join(', ');
    throw new TableShapeError(table, `variable '${id}' has no code ${missing.join(', ')} (it has ${known}${have.size > 30 ? ', …' : ''})`);
  }
  return wanted;
}

/** The first of `alternatives` that the variable has (codes that differ between SSB tables for the same thing). */
export function firstCode(meta: JsonStatDataset, table: string, id: string, alternatives: string[]): string {
  const have = new Set(dimension(meta, table, id).codes);
  const found = alternatives.find((c) => have.has(c));
  if (found === undefined) requireCodes(meta, table, id, alternatives.slice(0, 1));
  return found!;
}

/** Checks that a code means what the query file assumes, by its label in the metadata. */
export function expectLabel(meta: JsonStatDataset, table: string, id: string, code: string, pattern: RegExp): void {
  const label = dimension(meta, table, id).labels[code] ?? '';
  if (!pattern.test(label)) throw new TableShapeError(table, `code '${code}' of '${id}' is labelled '${label}', expected ${pattern}`);
}

const TOTAL_LABEL = /\b(i alt|totalt?|alle)\b/i;

/** The code of a variable whose label marks it as the total ("I alt", "Total", "Alle …"), if there is one. */
export function totalCode(meta: JsonStatDataset, table: string, id: string): string | undefined {
  const d = dimension(meta, table, id);
  return d.codes.find((c) => TOTAL_LABEL.test(d.labels[c] ?? ''));
}

/**
 * How to get a variable's total: leave it out when SSB may eliminate it (SSB then sums or uses its total code), else
 * ask for its total code, else ask for every code and sum them in `toRows`. Returns the codes to select, or null to
 * leave the variable out of the query.
 */
export function totalSelection(meta: JsonStatDataset, table: string, id: string): string[] | null {
  const d = dimension(meta, table, id);
  if (d.elimination === true) return null;
  const total = totalCode(meta, table, id);
  return total !== undefined ? [total] : d.codes;
}

/** Every cell of every part. */
export function* allCells(parts: JsonStatDataset[]): Generator<JsonStatCell> {
  for (const part of parts) yield* cells(part);
}

/** A cell's code on a variable; throws when the response lacks the variable. */
export function codeOf(cell: JsonStatCell, table: string, id: string): string {
  const c = cell.codes[id];
  if (c === undefined) throw new TableShapeError(table, `the data response has no variable '${id}'`);
  return c;
}

/** The municipality and year of a cell, or null for a non-municipality region (county, whole country). */
export function regionYear(cell: JsonStatCell, table: string, regionId = 'Region', timeId = 'Tid'): { region: string; year: number } | null {
  const region = municipalityCode(codeOf(cell, table, regionId));
  if (region === null) return null;
  return { region, year: Number(codeOf(cell, table, timeId)) };
}

/** A row from a cell, keeping its value and missing-value reason. */
export function rowOf(cell: JsonStatCell, at: { region: string; year: number; counterpart?: string }, variable: string): RawRow {
  const row: RawRow = { region: at.region, year: at.year, variable, value: cell.value, status: cell.status };
  if (at.counterpart !== undefined) row.counterpart = at.counterpart;
  return row;
}

/**
 * Sums cells into rows. `keyOf` gives the row a cell belongs to (or null to skip it). A row with any missing member
 * is missing, with the first missing member's reason: a partial sum must not pass for a total.
 */
export function sumCells(cellsIn: Iterable<JsonStatCell>, keyOf: (cell: JsonStatCell) => { region: string; year: number; variable: string; counterpart?: string } | null): RawRow[] {
  const groups = new Map<string, { row: RawRow; missing: ValueStatus | null }>();
  for (const cell of cellsIn) {
    const key = keyOf(cell);
    if (!key) continue;
    const id = `${key.region}\t${key.counterpart ?? ''}\t${key.year}\t${key.variable}`;
    let g = groups.get(id);
    if (!g) {
      g = { row: { ...key, value: 0, status: 'ok' }, missing: null };
      groups.set(id, g);
    }
    if (cell.value === null) g.missing ??= cell.status;
    else g.row.value! += cell.value;
  }
  return [...groups.values()].map(({ row, missing }) => (missing ? { ...row, value: null, status: missing } : row));
}

/** `toRows` for tables whose only measured dimension is ContentsCode: one variable per contents code. */
export function rowsByContents(table: string, contents: Record<string, string>): (parts: JsonStatDataset[]) => RawRow[] {
  return (parts) => {
    const rows: RawRow[] = [];
    for (const cell of allCells(parts)) {
      const at = regionYear(cell, table);
      const variable = contents[codeOf(cell, table, 'ContentsCode')];
      if (at && variable) rows.push(rowOf(cell, at, variable));
    }
    return rows;
  };
}
