/** `regionmonitor rank`: the national ranking by the strength indicator (styrkeindikator, lower is stronger). */
import type { Command } from 'commander';
import type { Theme } from '../../service/types.ts';
import { withMonitor, intOption, formatValue } from '../monitor-context.ts';
import { CliError } from '../errors.ts';
import { printJson } from '../output.ts';

export function register(program: Command): void {
  program
    .command('rank')
    .description('rank municipalities (or own regions, scored against the municipalities) by the strength indicator')
    .requiredOption('--year <year>', 'year')
    .option('--top <n>', 'only the first n')
    .option('--profile <name>', 'composite profile (see `regionmonitor profiles`)', 'styrkeanalysen')
    .option('--set <set>', 'municipalities | regions', 'municipalities')
    .option('--theme <theme>', 'rank by a theme sub-index: business | housing | demography')
    .option('--regions <file>', 'own-regions config (JSON)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { year: string; top?: string; profile: string; set: string; theme?: Theme; json?: boolean }, command: Command) => {
      const year = intOption(opts.year, '--year')!;
      const top = intOption(opts.top, '--top');
      if (opts.set !== 'municipalities' && opts.set !== 'regions') throw new CliError(`--set: '${opts.set}' must be municipalities or regions`);
      await withMonitor(command, async (monitor) => {
        let rows = await monitor.ranking(year, { profile: opts.profile, set: opts.set as 'municipalities' | 'regions', theme: opts.theme });
        if (top !== undefined) rows = rows.filter((r) => r.rank !== null).slice(0, top);
        if (opts.json) return printJson(rows);
        const unit = monitor.profiles[opts.profile]?.report === 'styrkeindikator' ? ' %' : '';
        const what = opts.theme ? ` — ${opts.theme} sub-index` : '';
        const title = unit ? `Styrkeindikator ${year}${what} (${opts.profile}; lower is stronger` : `Composite score ${year}${what} (${opts.profile}; higher is stronger`;
        process.stdout.write(`${title}${opts.set === 'regions' ? '; own regions placed among the municipalities' : ''})\n`);
        for (const r of rows) {
          if (r.rank === null) process.stdout.write(`   –  ${r.name}: not ranked (${r.reason})\n`);
          else process.stdout.write(`${String(r.rank).padStart(4)}. ${r.name} ${formatValue(r.score_pct, 1)}${unit}${r.band ? `   [rank band ${formatValue(r.band[0], 0)}–${formatValue(r.band[1], 0)}]` : ''}\n`);
        }
      });
    });
}
