/**
 * Times the full national recompute of the indicator catalogue on the real bundled data (357 municipalities + the
 * own regions of config/regions.json, every year 1980–2026). The bundle files are on 2024 codes already (18 old split
 * codes stay on their old codes and are simply not asked for), so the lookup is built straight from the CSVs.
 *
 * Run alone: node --import tsx bench/indicators.bench.ts
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCsvObjects } from '../src/common/csv.ts';
import { computeIndicators, lookupFromValues, ownRegionLookup } from '../src/indicators/index.ts';
import type { HarmonisedValue, OwnRegion } from '../src/types.ts';
import type { BenchRow } from './types.ts';

const BUNDLE = fileURLToPath(new URL('../../shared/data/bundle/', import.meta.url));
const REGIONS_CONFIG = fileURLToPath(new URL('../config/regions.json', import.meta.url));

function readLong(file: string, table: string): HarmonisedValue[] {
  return parseCsvObjects(readFileSync(BUNDLE + file, 'utf8')).map(({ row, line }) => {
    const year = Number(row.year);
    if (!/^\d{4}$/.test(row.region) || !Number.isInteger(year)) throw new Error(`${file}:${line}: bad region or year`);
    const value = row.value === '' ? null : Number(row.value);
    if (value !== null && !Number.isFinite(value)) throw new Error(`${file}:${line}: value: not a number: ${row.value}`);
    return { region: row.region, year, variable: row.variable, value, status: value === null ? 'missing' : 'ok', from: [], table };
  });
}

function readCentrality(codes: Set<string>): HarmonisedValue[] {
  return parseCsvObjects(readFileSync(BUNDLE + 'ssb_klass_centrality.csv', 'utf8'))
    .filter(({ row }) => codes.has(row.code))
    .flatMap(({ row }) =>
      (['centrality_index', 'centrality_class'] as const).map((variable) => ({
        region: row.code,
        year: 2024, // the 2020 edition on 2024 codes, stored as the integrator's snapshot does
        variable,
        value: Number(row[variable]),
        status: 'ok' as const,
        from: [],
        table: 'klass-2682',
      })),
    );
}

/** Loads the bundle into harmonised values (2024 codes) plus the municipality list and own regions. */
export function loadBundle(): { values: HarmonisedValue[]; codes: string[]; ownRegions: OwnRegion[] } {
  const codes = parseCsvObjects(readFileSync(BUNDLE + 'klass_131_municipalities_2026.csv', 'utf8')).map(({ row }) => row.code);
  const values = [
    ...readLong('ssb_06913_population_change.csv', '06913'),
    ...readLong('ssb_06944_income_households.csv', '06944'),
    ...readLong('ssb_07984_employment_residence.csv', '07984'),
    ...readCentrality(new Set(codes)),
  ];
  const ownRegions = existsSync(REGIONS_CONFIG) ? (JSON.parse(readFileSync(REGIONS_CONFIG, 'utf8')).regions as OwnRegion[]) : [];
  return { values, codes, ownRegions };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall-clock and CPU milliseconds of one call (CPU time is steadier on a shared machine). */
function timed<T>(fn: () => T): { result: T; wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  const result = fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { result, wall, cpu: (d.user + d.system) / 1000 };
}

/** Timing rows: load, lookup build, full recompute (median of runs after warm-up), reasons and formulas of all values. */
export async function benchIndicators(): Promise<BenchRow[]> {
  if (!existsSync(BUNDLE)) return [{ name: `indicators: skipped, ${BUNDLE} not found`, value: 0, unit: '' }];
  const load = timed(loadBundle);
  const { values, codes, ownRegions } = load.result;
  const build = timed(() => ownRegionLookup(lookupFromValues(values), ownRegions));
  const lookup = build.result;

  const years = Array.from({ length: 2026 - 1980 + 1 }, (_, i) => 1980 + i);
  const regions = [...codes, ...ownRegions.map((r) => r.id)];
  const run = () => computeIndicators(lookup, { regions, years, referenceRegions: codes });
  for (let i = 0; i < 3; i++) run(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  let results = run();
  for (let i = 0; i < 10; i++) {
    const t = timed(run);
    results = t.result;
    walls.push(t.wall);
    cpus.push(t.cpu);
  }
  const all = [...results.entries()].map((e) => e.result);
  const withValue = all.filter((r) => r.value !== null).length;
  const reasons = timed(() => all.filter((r) => r.status !== 'ok' && r.reason).length);
  const formulas = timed(() => all.filter((r) => r.formulaFilled.length > 0).length);
  const shape = `${results.indicators.length} indicators × ${regions.length} units × ${years.length} years = ${all.length} values, ${withValue} with a value`;
  return [
    { name: 'indicators: read bundle CSVs', value: load.wall, unit: 'ms' },
    { name: 'indicators: build lookup (incl. own regions)', value: build.wall, unit: 'ms' },
    { name: `indicators: computeIndicators, ${shape} (median of 10, wall)`, value: median(walls), unit: 'ms' },
    { name: 'indicators: computeIndicators (median of 10, CPU)', value: median(cpus), unit: 'ms' },
    { name: `indicators: trace the reason of all ${reasons.result} missing/estimated values (CPU)`, value: reasons.cpu, unit: 'ms' },
    { name: `indicators: fill in all ${formulas.result} formulas (CPU)`, value: formulas.cpu, unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchIndicators().then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}`);
  });
}
