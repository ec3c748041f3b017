/** `regionmonitor status`: what the store holds — series with coverage and vintage, and the municipality count. */
import type { Command } from 'commander';
import { CATALOGUE, unavailableReason } from '../../indicators/index.ts';
import { loadHarmonisedSeries } from '../../service/harmonised-series.ts';
import { parseAsOf, withStore } from '../context.ts';
import { printJson, printTable } from '../output.ts';

export function register(program: Command): void {
  program
    .command('status')
    .description('list the stored series (on 2024 municipality codes) with coverage, years and vintage')
    .option('--as-of <vintage|date>', 'read the data as it stood at a vintage number or date')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean; asOf?: string }, command: Command) => {
      await withStore(command, async (store) => {
        const asOf = parseAsOf(opts.asOf);
        const summaries = await store.seriesSummary(asOf);
        const vintages = new Map((await store.vintages()).map((v) => [v.id, v]));
        const { municipalities, values } = await loadHarmonisedSeries(store, { asOf });
        const coverage = new Map<string, { regions: Set<string>; years: number[] }>();
        for (const v of values) {
          if (v.value === null) continue;
          let c = coverage.get(v.variable);
          if (!c) coverage.set(v.variable, (c = { regions: new Set(), years: [] }));
          c.regions.add(v.region);
          c.years.push(v.year);
        }
        const series = summaries.map((s) => {
          const c = coverage.get(s.variable);
          const vintage = vintages.get(s.vintageId)!;
          return {
            id: s.variable,
            source: s.source,
            table: s.table,
            variable: s.variable,
            regions: c?.regions.size ?? 0,
            firstYear: c ? Math.min(...c.years) : s.firstYear,
            lastYear: c ? Math.max(...c.years) : s.lastYear,
            vintage: s.vintageId,
            vintageLoadedAt: vintage.loadedAt,
          };
        });
        const lookup = { get: () => undefined, flow: () => undefined, has: (v: string) => coverage.has(v) };
        const indicators = CATALOGUE.map((d) => {
          const reason = unavailableReason(d, lookup);
          return { id: d.id, data: d.data, available: reason === undefined, ...(reason ? { reason } : {}) };
        });
        if (opts.json) return printJson({ series, regions: municipalities.length, indicators });
        process.stdout.write(`${store.path}: ${municipalities.length} municipalities (2024 structure), ${series.length} series\n\n`);
        printTable(
          ['series', 'table', 'source', 'regions', 'years', 'vintage'],
          series.map((s) => [s.id, s.table, s.source, s.regions, `${s.firstYear}–${s.lastYear}`, `#${s.vintage} ${s.vintageLoadedAt}`]),
        );
        const missing = indicators.filter((i) => !i.available);
        process.stdout.write(`\nIndicators: ${indicators.length - missing.length} of ${indicators.length} computable from the stored series.\n`);
        for (const i of missing) process.stdout.write(`  missing ${i.id}: ${i.reason}\n`);
      });
    });
}
