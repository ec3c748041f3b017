/**
 * Benchmarks of the composite engine on COINr's ASEM example (51 units × 49 indicators, 4 levels), read at run
 * time from `../shared/data/peers/coinr`. COINr 1.1.14 needs 87 ms to rebuild ASEM and 94 ms per uncertainty
 * replication on the reference machine; targets here are < 1 ms per rebuild and < 1 s for N = 1 000.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runUncertainty } from '../src/analysis/uncertainty.ts';
import type { BenchRow } from './types.ts';
import { compileDataset, computeScores, parseCoinrInput, runPipeline, type PipelineResult, type Profile } from '../src/composite/index.ts';


const PEER_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/data/peers/coinr');
const COINR_REBUILD_MS = 87.3; // timings.txt: Regen(P5 coin) × 100
const COINR_UA_MS_PER_REP = 93.9; // timings.txt: get_sensitivity UA, N = 500

const P5: Profile = {
  name: 'P5',
  impute: { method: 'mean' },
  treat: { method: 'winsorise' },
  normalise: { method: 'minmax', params: { range: [0, 100] } },
  aggregate: { method: 'amean' },
  availabilityThreshold: 0,
};
const P1: Profile = { ...P5, name: 'P1', impute: { method: 'none' }, treat: { method: 'none' }, normalise: { method: 'prank' } };

/** Touches every matrix of a result (they are built on first read). */
function readEveryLayer(r: PipelineResult): number {
  const layers = [r.raw, r.imputed, r.treated, r.normalised, r.aggregated, r.ranks, r.positions.rank, r.effectiveWeights, r.contributions, r.reported];
  return layers.length + r.imputedCells.length;
}

/** Median over `batches` of the mean time per call (ms), after `warmup` calls. */
function timePerCall(fn: () => unknown, { warmup = 200, batches = 7, perBatch = 200 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    perCall.push((performance.now() - t0) / perBatch);
  }
  return perCall.sort((a, b) => a - b)[batches >> 1];
}

/** Runs the composite benchmarks; returns one row per measurement. */
export async function benchComposite(): Promise<BenchRow[]> {
  if (!existsSync(join(PEER_DIR, 'asem_idata.csv'))) {
    return [{ name: `composite: skipped, COINr reference data not found at ${PEER_DIR}`, value: NaN, unit: '' }];
  }
  const ds = parseCoinrInput(readFileSync(join(PEER_DIR, 'asem_idata.csv'), 'utf8'), readFileSync(join(PEER_DIR, 'asem_imeta.csv'), 'utf8')).dataset;
  const rows: BenchRow[] = [];

  // a rebuild from the plain dataset: validation, every step, every layer computed (matrices built when read)
  const p5 = timePerCall(() => runPipeline(ds, P5));
  rows.push({ name: 'composite: ASEM rebuild P5 (impute, winsorise, min-max, amean)', value: p5, unit: 'ms' });
  rows.push({ name: 'composite: ASEM rebuild P5 vs COINr Regen (87 ms)', value: COINR_REBUILD_MS / p5, unit: '× faster' });
  rows.push({ name: 'composite: ASEM rebuild P5 and read every layer of the result', value: timePerCall(() => readEveryLayer(runPipeline(ds, P5))), unit: 'ms' });
  rows.push({ name: 'composite: ASEM rebuild P1 (percentile rank, amean)', value: timePerCall(() => runPipeline(ds, P1)), unit: 'ms' });
  const compiled = compileDataset(ds);
  rows.push({ name: 'composite: ASEM scores only P5 (computeScores, compiled dataset, no cache)', value: timePerCall(() => computeScores(compiled, P5)), unit: 'ms' });

  const ua = () =>
    runUncertainty(compiled, P5, {
      n: 1000,
      seed: 1,
      weightNoise: [{ level: 2, factor: 0.25 }, { level: 3, factor: 0.25 }],
      alternatives: [{}, { normalise: { method: 'zscore', params: { mean: 0, sd: 1 } } }],
    });
  const uaMs = timePerCall(ua, { warmup: 2, batches: 5, perBatch: 1 });
  rows.push({ name: 'composite: ASEM uncertainty N = 1000 (weights ±25 % at levels 2–3, min-max/z-score)', value: uaMs / 1000, unit: 's' });
  rows.push({ name: 'composite: ASEM uncertainty per replication', value: uaMs / 1000, unit: 'ms' });
  rows.push({ name: 'composite: ASEM uncertainty vs COINr get_sensitivity (94 ms/replication)', value: COINR_UA_MS_PER_REP / (uaMs / 1000), unit: '× faster' });
  return rows;
}
