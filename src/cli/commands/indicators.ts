/** `regionmonitor indicators`: indicator values and percentile positions of a year, or the catalogue itself. */
import type { Command } from 'commander';
import { withMonitor, intOption, formatValue } from '../monitor-context.ts';
import { CliError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';

export function register(program: Command): void {
  program
    .command('indicators')
    .description('indicator values with percentile positions (0 = most robust); --catalogue lists every indicator and whether it can be computed')
    .option('--year <year>', 'year (required unless --catalogue)')
    .option('--region <code>', 'one municipality or own region')
    .option('--indicator <id>', 'one indicator')
    .option('--catalogue', 'list the catalogue: theme, direction, tables, availability and why an indicator is missing')
    .option('--regions <file>', 'own-regions config (JSON)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { year?: string; region?: string; indicator?: string; catalogue?: boolean; json?: boolean }, command: Command) => {
      await withMonitor(command, async (monitor) => {
        if (opts.catalogue) {
          const catalogue = await monitor.indicators();
          if (opts.json) return printJson(catalogue);
          return printTable(
            ['indicator', 'theme', 'dir', 'tables', 'data', 'available'],
            catalogue.map((i) => [i.id, i.theme, i.direction === 0 ? 'context' : i.direction > 0 ? '↑' : '↓', i.tables.join(' '), i.data, i.available ? 'yes' : `no: ${i.missingReason}`]),
          );
        }
        const year = intOption(opts.year, '--year');
        if (year === undefined) throw new CliError('--year is required (or use --catalogue)');
        if (opts.region) monitor.region(opts.region);
        const values = (await monitor.values(year, { indicator: opts.indicator })).filter((v) => !opts.region || v.region === opts.region);
        if (opts.json) {
          return printJson(values.map((v) => ({ region: v.region, indicator: v.indicator, value: v.value, position: v.position, status: v.status, ...(v.reason ? { reason: v.reason } : {}) })));
        }
        printTable(
          ['region', 'indicator', 'value', 'position', 'status'],
          values.map((v) => [v.region, v.indicator, formatValue(v.value), v.position === null ? '–' : `${Math.round(v.position * 100)} %`, v.status === 'ok' ? '' : `${v.status}${v.reason ? `: ${v.reason}` : ''}`]),
        );
      });
    });
}
