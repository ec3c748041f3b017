/**
 * Converts the shared bundle (`../shared/data/bundle/`, real SSB and Kartverket data) into the project's committed
 * snapshot in `data/snapshot/`: one gzipped long CSV per SSB table, the municipality registry and crosswalk, the
 * boundaries, and a manifest with checksums and attribution. Re-running it on the same input gives identical files.
 *
 * Usage: npm run build:snapshot [-- --from DIR]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatCsv, parseCsvObjects } from '../src/common/csv.ts';
import { COUNTY_NAMES } from '../src/regions/counties.ts';

const REPO = resolve(import.meta.dirname, '..');
const fromIdx = process.argv.indexOf('--from');
const BUNDLE = fromIdx > 0 ? resolve(process.argv[fromIdx + 1]) : resolve(REPO, '../shared/data/bundle');
const OUT = join(REPO, 'data/snapshot');

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const read = (name: string) => parseCsvObjects(readFileSync(join(BUNDLE, name), 'utf8'));

interface TableSpec {
  table: string;
  file: string;
  title: string;
  referenceTime: string;
  note: string;
}

const SSB_TABLES: TableSpec[] = [
  { table: '06913', file: 'ssb_06913_population_change.csv', title: 'Population and population changes', referenceTime: 'population 1 January; changes calendar year', note: 'Merged municipalities summed to 2024 codes; 18 codes around the 2018–2024 splits kept on their old codes.' },
  { table: '06944', file: 'ssb_06944_income_households.csv', title: 'Income and households', referenceTime: 'calendar year', note: 'Medians of merged units stay on their old codes (medians cannot be summed).' },
  { table: '07984', file: 'ssb_07984_employment_residence.csv', title: 'Employed persons by place of residence and industry (SN2007), 4th quarter', referenceTime: '4th quarter', note: 'Five industry groups plus total; residence-based, not workplace.' },
];

function writeGz(rel: string, text: string): { file: string; sha256: string; bytes: number } {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(join(OUT, rel), gz);
  return { file: rel, sha256: sha256(text), bytes: gz.length };
}

function convertTable(spec: TableSpec) {
  const rows = read(spec.file).map(({ row, line }) => {
    const value = row.value === '' ? null : Number(row.value);
    if (value !== null && !Number.isFinite(value)) throw new Error(`${spec.file}:${line}: value '${row.value}' is not a number`);
    if (!/^\d{4}$/.test(row.region)) throw new Error(`${spec.file}:${line}: region '${row.region}' is not a 4-digit code`);
    return { region: row.region, year: Number(row.year), variable: row.variable, value, status: value === null ? 'missing' : 'ok' };
  });
  rows.sort((a, b) => a.variable.localeCompare(b.variable) || a.region.localeCompare(b.region) || a.year - b.year);
  const out = writeGz(`tables/${spec.table}.csv.gz`, formatCsv(['region', 'year', 'variable', 'value', 'status'], rows));
  const variables = [...new Set(rows.map((r) => r.variable))].sort();
  const years = rows.map((r) => r.year);
  return {
    ...out,
    table: spec.table,
    source: 'Statistics Norway (SSB), statbank table ' + spec.table,
    url: `https://www.ssb.no/statbank/table/${spec.table}`,
    title: spec.title,
    referenceTime: spec.referenceTime,
    note: spec.note,
    variables,
    rows: rows.length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    license: 'CC BY 4.0',
  };
}

/** Centrality is one edition on the 2024 codes: kept as year 2024 so it needs no harmonisation. */
function convertCentrality(municipalityCodes: Set<string>) {
  const rows = read('ssb_klass_centrality.csv')
    .filter(({ row }) => municipalityCodes.has(row.code))
    .flatMap(({ row }) => [
      { region: row.code, year: 2024, variable: 'centrality_class', value: Number(row.centrality_class), status: 'ok' },
      { region: row.code, year: 2024, variable: 'centrality_index', value: Number(row.centrality_index), status: 'ok' },
    ]);
  rows.sort((a, b) => a.variable.localeCompare(b.variable) || a.region.localeCompare(b.region));
  const out = writeGz('tables/klass-2682.csv.gz', formatCsv(['region', 'year', 'variable', 'value', 'status'], rows));
  return {
    ...out,
    table: 'klass-2682',
    source: 'Statistics Norway (SSB), KLASS classification 2682 (centrality index), 2020 edition',
    url: 'https://www.ssb.no/klass/klassifikasjoner/128',
    title: 'Centrality index and class (2020 edition), on the 2024 municipality codes',
    referenceTime: '2020 edition (stored as year 2024, the code structure it is given on)',
    note: 'Class bounds 925/870/775/670/565.',
    variables: ['centrality_class', 'centrality_index'],
    rows: rows.length,
    firstYear: 2024,
    lastYear: 2024,
    license: 'CC BY 4.0',
  };
}

/** KLASS writes '?' for some Sami letters; Kartverket's file has them, so take its spelling when the rest matches. */
function repairName(klassName: string, kartverketName: string | undefined): string {
  if (!klassName.includes('?') || !kartverketName) return klassName;
  const [before, after] = [klassName.slice(0, klassName.indexOf('?')), klassName.slice(klassName.lastIndexOf('?') + 1)];
  return kartverketName.startsWith(before) && kartverketName.endsWith(after) ? kartverketName : klassName;
}

function main() {
  mkdirSync(join(OUT, 'tables'), { recursive: true });
  mkdirSync(join(OUT, 'registry'), { recursive: true });
  mkdirSync(join(OUT, 'geo'), { recursive: true });

  const geoFile = join(BUNDLE, 'geo/kartverket_kommuner_2024_s.topojson');
  const topo = JSON.parse(readFileSync(geoFile, 'utf8'));
  const geoNames = new Map<string, string>(
    topo.objects.Kommuner.geometries.map((g: { properties: { kommunenummer: string; kommunenavn: string } }) => [g.properties.kommunenummer, g.properties.kommunenavn]),
  );
  copyFileSync(geoFile, join(OUT, 'geo/kommuner_2024.topojson'));

  const municipalities = read('klass_131_municipalities_2026.csv').map(({ row, line }) => {
    const countyName = COUNTY_NAMES[row.county_code];
    if (!countyName) throw new Error(`klass_131_municipalities_2026.csv:${line}: unknown county_code '${row.county_code}'`);
    return { code: row.code, name: repairName(row.name, geoNames.get(row.code)), county_code: row.county_code, county_name: countyName };
  });
  writeFileSync(join(OUT, 'registry/municipalities.csv'), formatCsv(['code', 'name', 'county_code', 'county_name'], municipalities));

  const crosswalk = read('code_crosswalk_by_year_1986_2026.csv').map(({ row }) => ({
    code: row.kode, year: Number(row.aar), target: row.kom2024, share: Number(row.andel), population: row.befolkning === '' ? null : Number(row.befolkning), method: row.metode,
  }));
  const crosswalkOut = writeGz('registry/crosswalk.csv.gz', formatCsv(['code', 'year', 'target', 'share', 'population', 'method'], crosswalk));
  const history = read('code_history_1986_2024.csv').map(({ row }) => ({
    code: row.gammelt_nr, name: row.navn, start_year: row.start_yr, end_year: row.end_yr, code_2024: row.nr_2024,
  }));
  writeFileSync(join(OUT, 'registry/code_history.csv'), formatCsv(['code', 'name', 'start_year', 'end_year', 'code_2024'], history));

  const tables = [...SSB_TABLES.map(convertTable), convertCentrality(new Set(municipalities.map((m) => m.code)))];
  const manifest = {
    description: 'regionmonitor bundled snapshot: real SSB statistics and Kartverket boundaries, converted by scripts/build-snapshot.ts',
    attribution: {
      statistics: 'Source: Statistics Norway (SSB), statbank and KLASS — CC BY 4.0',
      boundaries: 'Municipality boundaries © Kartverket (Geonorge), CC BY 4.0; simplified TopoJSON from github.com/robhop/fylker-og-kommuner',
    },
    tables,
    registry: {
      municipalities: { file: 'registry/municipalities.csv', rows: municipalities.length, source: 'SSB KLASS 131, valid 2024–2026' },
      crosswalk: { ...crosswalkOut, rows: crosswalk.length, source: 'per-year crosswalk built from SSB code lists and populations; split shares are estimates' },
      codeHistory: { file: 'registry/code_history.csv', rows: history.length, source: 'derived from KLASS change tables (131), 1986–2024' },
    },
    geometry: { file: 'geo/kommuner_2024.topojson', sha256: sha256(readFileSync(geoFile)), source: 'Kartverket, simplified (S) 2024 boundaries' },
  };
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`snapshot written to ${OUT}: ${tables.map((t) => `${t.table} (${t.rows} rows)`).join(', ')}; ${municipalities.length} municipalities`);
}

main();
