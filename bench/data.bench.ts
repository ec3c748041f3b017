/** Benchmarks of the data foundation: loading the bundled snapshot into a fresh store, and harmonising it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { harmoniseObservations, loadCrosswalk } from '../src/service/harmonised-series.ts';
import { ensureSnapshotLoaded } from '../src/sources/snapshot.ts';
import { Store } from '../src/store/store.ts';
import type { BenchRow } from './types.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchData(): Promise<BenchRow[]> {
  const loads: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'rm-bench-'));
    const t0 = performance.now();
    const store = await Store.open(join(dir, 'b.duckdb'));
    await ensureSnapshotLoaded(store);
    loads.push(performance.now() - t0);
    rows = (await store.vintages()).reduce((s, v) => s + v.rowCount, 0);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const store = await Store.open(':memory:');
  await ensureSnapshotLoaded(store);
  const reads: number[] = [];
  const harmonisations: number[] = [];
  let values = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const { crosswalk } = await loadCrosswalk(store);
    const observations = await store.observations();
    const t1 = performance.now();
    values = harmoniseObservations(observations, crosswalk).values.length;
    reads.push(t1 - t0);
    harmonisations.push(performance.now() - t1);
  }
  store.close();
  return [
    { name: `snapshot load into a fresh DuckDB file (${rows} rows, median of 3)`, value: median(loads), unit: 'ms' },
    { name: 'read current observations + crosswalk from the store (median of 5)', value: median(reads), unit: 'ms' },
    { name: `harmonise all series to 2024 codes (${values} values, median of 5)`, value: median(harmonisations), unit: 'ms' },
  ];
}
