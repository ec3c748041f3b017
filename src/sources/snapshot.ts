/**
 * The bundled snapshot (`data/snapshot/`, built by scripts/build-snapshot.ts from real SSB and Kartverket data): read
 * its manifest and files, and load them into a store. Loading is idempotent, so the first run of any command can call
 * `ensureSnapshotLoaded` and later runs pay only for a manifest check.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsvObjects } from '../common/csv.ts';
import type { Store } from '../store/store.ts';
import type { CodeHistoryEntry, CrosswalkRow, Municipality, RawRow, ValueStatus } from '../types.ts';

export const SNAPSHOT_DIR = resolve(import.meta.dirname, '../../data/snapshot');

export interface SnapshotTable {
  table: string;
  file: string;
  sha256: string;
  source: string;
  url: string;
  title: string;
  referenceTime: string;
  note: string;
  variables: string[];
  rows: number;
  firstYear: number;
  lastYear: number;
  license: string;
}

export interface SnapshotManifest {
  description: string;
  attribution: { statistics: string; boundaries: string };
  tables: SnapshotTable[];
  registry: Record<'municipalities' | 'crosswalk' | 'codeHistory', { file: string; rows: number; source: string }>;
  geometry: { file: string; sha256: string; source: string };
}

export function readManifest(dir = SNAPSHOT_DIR): SnapshotManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

function readText(dir: string, file: string): string {
  const buf = readFileSync(join(dir, file));
  return file.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

/** Reads one snapshot table as store rows; `file:line` names any malformed row. */
export function readSnapshotTable(table: SnapshotTable, dir = SNAPSHOT_DIR): RawRow[] {
  return parseCsvObjects(readText(dir, table.file)).map(({ row, line }) => {
    const value = row.value === '' ? null : Number(row.value);
    const year = Number(row.year);
    if ((value !== null && !Number.isFinite(value)) || !Number.isInteger(year)) {
      throw new Error(`${table.file}:${line}: malformed row (year '${row.year}', value '${row.value}')`);
    }
    return { region: row.region, year, variable: row.variable, value, status: (row.status || 'ok') as ValueStatus };
  });
}

export function readSnapshotRegistry(dir = SNAPSHOT_DIR): { municipalities: Municipality[]; crosswalk: CrosswalkRow[]; history: CodeHistoryEntry[] } {
  const m = readManifest(dir).registry;
  const num = (s: string) => (s === '' ? null : Number(s));
  return {
    municipalities: parseCsvObjects(readText(dir, m.municipalities.file)).map(({ row }) => ({
      code: row.code,
      name: row.name,
      countyCode: row.county_code,
      countyName: row.county_name,
    })),
    crosswalk: parseCsvObjects(readText(dir, m.crosswalk.file)).map(({ row }) => ({
      code: row.code,
      year: Number(row.year),
      target: row.target,
      share: Number(row.share),
      method: row.method,
    })),
    history: parseCsvObjects(readText(dir, m.codeHistory.file)).map(({ row }) => ({
      code: row.code,
      name: row.name,
      startYear: num(row.start_year),
      endYear: num(row.end_year),
      code2024: row.code_2024 || null,
    })),
  };
}

const snapshotQuery = (t: SnapshotTable) => `data/snapshot/${t.file} sha256=${t.sha256}`;

export interface SnapshotLoadReport {
  loaded: string[];
  unchanged: string[];
  registryLoaded: boolean;
}

/**
 * Loads every snapshot table whose exact file is not yet in the store (one vintage each), and the registry when the
 * store has none. Safe to call on every start.
 */
export async function ensureSnapshotLoaded(
  store: Store,
  { dir = SNAPSHOT_DIR, onTable }: { dir?: string; onTable?: (table: string) => void } = {},
): Promise<SnapshotLoadReport> {
  const manifest = readManifest(dir);
  const report: SnapshotLoadReport = { loaded: [], unchanged: [], registryLoaded: false };
  if ((await store.municipalities()).length === 0) {
    const reg = readSnapshotRegistry(dir);
    await store.replaceRegistry(reg.municipalities, reg.crosswalk, reg.history);
    report.registryLoaded = true;
  }
  const known = new Set((await store.vintages()).filter((v) => v.source === 'snapshot').map((v) => v.query));
  for (const table of manifest.tables) {
    if (known.has(snapshotQuery(table))) {
      report.unchanged.push(table.table);
      continue;
    }
    onTable?.(table.table);
    const result = await store.commitVintage({ source: 'snapshot', table: table.table, query: snapshotQuery(table), rows: readSnapshotTable(table, dir) });
    (result.unchanged ? report.unchanged : report.loaded).push(table.table);
  }
  return report;
}
