/**
 * JSON-stat 2.0 as SSB's PxWeb API v2 returns it, for both data and metadata (metadata is a dataset with no values):
 * parse a response, walk its cells, and turn SSB's status markers into the project's missing-value reasons.
 * Pure: no I/O.
 */
import type { ValueStatus } from '../../types.ts';

/** One dimension (variable) of a dataset, with its category codes in cube order. */
export interface JsonStatDimension {
  id: string;
  label: string;
  /** Category codes ordered by `category.index` (the object's key order is not the cube order). */
  codes: string[];
  labels: Record<string, string>;
  /** From metadata responses: whether the variable may be left out of a query (SSB: `extension.elimination`). */
  elimination: boolean | undefined;
  /** Code lists (`agg_…`, `vs_…`) the variable offers, from metadata responses. */
  codelists: { id: string; label: string; type: string }[];
}

/** A parsed dataset: dimensions plus value and status accessors by flat (row-major) index. */
export interface JsonStatDataset {
  label: string;
  updated: string | undefined;
  /** Dimension ids in cube order: the last varies fastest. */
  ids: string[];
  sizes: number[];
  dimensions: Record<string, JsonStatDimension>;
  roles: { time: string[]; geo: string[]; metric: string[] };
  /** Product of `sizes`. */
  cellCount: number;
  value(index: number): number | null;
  /** The raw status marker of a cell (`..`, `.`, `:` …), if any. */
  marker(index: number): string | undefined;
}

/** One cell: its code on every dimension, its value and why it is missing (if it is). */
export interface JsonStatCell {
  codes: Record<string, string>;
  value: number | null;
  status: ValueStatus;
}

/**
 * SSB's standard symbols (ssb.no/diverse/standardtegn-i-tabeller) → ValueStatus. `..` data not available, `.` not
 * applicable (the category did not exist), `:` suppressed for confidentiality; the pre-2021 `...` (not yet
 * available) counts as not available. Other symbols (`-` nil, `*` provisional) qualify a number and keep it.
 */
export function statusFromMarker(marker: string | undefined, value: number | null): ValueStatus {
  switch (marker?.trim()) {
    case '..':
    case '...':
      return 'not_available';
    case '.':
      return 'not_applicable';
    case ':':
      return 'confidential';
    default:
      return value === null ? 'missing' : 'ok';
  }
}

const isMissingStatus = (s: ValueStatus) => s !== 'ok' && s !== 'estimated';

function fail(context: string, what: string): never {
  throw new Error(`${context}: not a JSON-stat2 dataset (${what})`);
}

function parseDimension(id: string, raw: any, size: number, context: string): JsonStatDimension {
  const category = raw?.category;
  if (!category || typeof category !== 'object') fail(context, `dimension ${id} has no category`);
  let codes: string[];
  if (Array.isArray(category.index)) codes = category.index.map(String);
  else if (category.index && typeof category.index === 'object') {
    codes = Array.from({ length: size }, () => undefined as unknown as string);
    for (const [code, pos] of Object.entries(category.index)) codes[Number(pos)] = code;
  } else if (category.label && typeof category.label === 'object') {
    // JSON-stat allows omitting the index when a dimension has a single category.
    codes = Object.keys(category.label);
  } else fail(context, `dimension ${id} has neither category.index nor category.label`);
  const known = codes.filter((c) => c !== undefined).length;
  if (codes.length !== size || known !== size) {
    fail(context, `dimension ${id} has ${known} categories but size says ${size}`);
  }
  const ext = raw.extension ?? {};
  // SSB spells it `codelists` in some responses and `codeLists` in others.
  const lists = ext.codelists ?? ext.codeLists ?? [];
  return {
    id,
    label: String(raw.label ?? id),
    codes,
    labels: { ...(category.label ?? {}) },
    elimination: typeof ext.elimination === 'boolean' ? ext.elimination : undefined,
    codelists: Array.isArray(lists) ? lists.map((l: any) => ({ id: String(l.id), label: String(l.label ?? l.id), type: String(l.type ?? '') })) : [],
  };
}

/**
 * Parses a JSON-stat2 dataset (a parsed JSON value). `context` names the response in error messages, e.g.
 * "SSB table 07984". Accepts dense or sparse `value` and `status` given as string, array or index-keyed object.
 */
export function parseJsonStat2(doc: unknown, context = 'response'): JsonStatDataset {
  const d = doc as any;
  if (!d || typeof d !== 'object') fail(context, 'not an object');
  if (d.class !== undefined && d.class !== 'dataset') fail(context, `class is '${d.class}'`);
  if (!Array.isArray(d.id) || !Array.isArray(d.size) || d.id.length !== d.size.length) fail(context, 'id/size missing or unequal');
  if (!d.dimension || typeof d.dimension !== 'object') fail(context, 'no dimension object');
  const ids: string[] = d.id.map(String);
  const sizes: number[] = d.size.map(Number);
  const dimensions: Record<string, JsonStatDimension> = {};
  ids.forEach((id, i) => (dimensions[id] = parseDimension(id, d.dimension[id], sizes[i], context)));
  const cellCount = sizes.reduce((a, b) => a * b, 1);

  // Dense (array) and sparse (index-keyed object) values read the same way.
  const rawValue = d.value ?? [];
  const value = (i: number): number | null => (typeof rawValue[i] === 'number' ? rawValue[i] : null);
  const rawStatus = d.status;
  const marker =
    rawStatus === undefined || rawStatus === null
      ? () => undefined
      : typeof rawStatus === 'string'
        ? () => rawStatus
        : (i: number) => {
            const m = rawStatus[i];
            return m === null || m === undefined ? undefined : String(m);
          };
  const roles = d.role ?? {};
  return {
    label: String(d.label ?? ''),
    updated: d.updated === undefined ? undefined : String(d.updated),
    ids,
    sizes,
    dimensions,
    roles: { time: roles.time ?? [], geo: roles.geo ?? [], metric: roles.metric ?? [] },
    cellCount,
    value,
    marker,
  };
}

/**
 * Walks every cell in cube order. A cell whose marker says it is missing gets value null, whatever the number slot
 * holds, so a marked cell can never be read as a figure.
 */
export function* cells(ds: JsonStatDataset): Generator<JsonStatCell> {
  const n = ds.ids.length;
  const pos = new Array<number>(n).fill(0);
  for (let i = 0; i < ds.cellCount; i++) {
    const codes: Record<string, string> = {};
    for (let k = 0; k < n; k++) codes[ds.ids[k]] = ds.dimensions[ds.ids[k]].codes[pos[k]];
    const raw = ds.value(i);
    const status = statusFromMarker(ds.marker(i), raw);
    yield { codes, value: isMissingStatus(status) ? null : raw, status };
    // odometer: the last dimension varies fastest
    for (let k = n - 1; k >= 0; k--) {
      if (++pos[k] < ds.sizes[k]) break;
      pos[k] = 0;
    }
  }
}
