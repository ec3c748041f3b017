/** `regionmonitor series VARIABLE --region CODE`: one series on 2024 codes, with each value's status. */
import type { Command } from 'commander';
import { loadHarmonisedSeries } from '../../service/harmonised-series.ts';
import { CliError } from '../errors.ts';
import { parseAsOf, withStore } from '../context.ts';
import { printJson, printTable } from '../output.ts';

export function register(program: Command): void {
  program
    .command('series')
    .description('print one variable for one municipality on the 2024 structure (not-comparable years are flagged)')
    .argument('<variable>', 'variable id, e.g. population_jan1')
    .requiredOption('--region <code>', '2024 municipality code, e.g. 1506')
    .option('--year <year>', 'one year only')
    .option('--estimate-splits', 'apportion municipalities that were later split by population share (labelled estimated)')
    .option('--as-of <vintage|date>', 'read the data as it stood at a vintage number or date')
    .option('--json', 'machine-readable output')
    .action(async (variable: string, opts: { region: string; year?: string; estimateSplits?: boolean; asOf?: string; json?: boolean }, command: Command) => {
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && !Number.isInteger(year)) throw new CliError(`--year: '${opts.year}' is not a year`);
      await withStore(command, async (store) => {
        const known = (await store.seriesSummary()).map((s) => s.variable);
        if (!known.includes(variable)) throw new CliError(`unknown variable '${variable}'; the store has: ${known.join(', ')}`);
        const { municipalities, values } = await loadHarmonisedSeries(store, {
          asOf: parseAsOf(opts.asOf),
          variables: [variable],
          splits: opts.estimateSplits ? 'population-share' : 'flag',
        });
        if (!municipalities.some((m) => m.code === opts.region)) {
          throw new CliError(`--region: '${opts.region}' is not a municipality of the 2024 structure`);
        }
        const rows = values
          .filter((v) => v.region === opts.region && (year === undefined || v.year === year))
          .sort((a, b) => a.year - b.year)
          .map((v) => ({ region: v.region, year: v.year, value: v.value, status: v.status, ...(v.reason ? { reason: v.reason } : {}) }));
        if (year !== undefined && rows.length === 0) rows.push({ region: opts.region, year, value: null, status: 'missing', reason: `no ${variable} for ${year} in the store` });
        if (opts.json) return printJson(rows);
        printTable(['year', 'value', 'status', 'reason'], rows.map((r) => [r.year, r.value, r.status, r.reason ?? '']));
      });
    });
}
