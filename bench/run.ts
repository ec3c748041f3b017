/**
 * `npm run bench`: runs every benchmark and prints one table. Benchmarks measure; they never pass or fail.
 * Usage: npm run bench [-- name-filter]
 */
import type { BenchRow } from './types.ts';

const SUITES: { name: string; load: () => Promise<() => Promise<BenchRow[]>> }[] = [
  { name: 'data', load: async () => (await import('./data.bench.ts')).benchData },
  { name: 'recompute', load: async () => (await import('./recompute.bench.ts')).benchRecompute },
  { name: 'composite', load: async () => (await import('./composite.bench.ts')).benchComposite },
  { name: 'http', load: async () => (await import('./http.bench.ts')).benchHttp },
  { name: 'page-load', load: async () => (await import('./page-load.bench.ts')).benchPageLoad },
];

async function main() {
  const filter = process.argv[2];
  const rows: (BenchRow & { suite: string })[] = [];
  for (const suite of SUITES.filter((s) => !filter || s.name.includes(filter))) {
    process.stderr.write(`running ${suite.name} …\n`);
    try {
      for (const row of await (await suite.load())()) rows.push({ ...row, suite: suite.name });
    } catch (err) {
      rows.push({ suite: suite.name, name: `failed: ${(err as Error).message}`, value: Number.NaN, unit: '' });
    }
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = Number.isFinite(r.value) ? (r.value >= 100 ? r.value.toFixed(0) : r.value.toPrecision(3)) : '–';
    process.stdout.write(`${r.suite.padEnd(10)} ${r.name.padEnd(width)}  ${value.padStart(8)} ${r.unit}\n`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
