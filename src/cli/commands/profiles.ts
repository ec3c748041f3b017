/** `regionmonitor profiles`: the composite profiles that can be selected, built-in and stored in the data folder. */
import type { Command } from 'commander';
import { withMonitor } from '../monitor-context.ts';
import { printJson, printTable } from '../output.ts';

export function register(program: Command): void {
  program
    .command('profiles')
    .description('list the composite profiles (built-in, plus your own in <data-dir>/profiles.json) with their steps')
    .option('--json', 'machine-readable output: every profile with all its settings')
    .action(async (opts: { json?: boolean }, command: Command) => {
      await withMonitor(command, async (monitor) => {
        const profiles = Object.values(monitor.profiles);
        if (opts.json) return printJson(profiles);
        printTable(
          ['profile', 'impute', 'treat', 'normalise', 'aggregate', 'threshold', 'description'],
          profiles.map((p) => [p.name, p.impute.method, p.treat.method, p.normalise.method, p.aggregate.method, p.availabilityThreshold?.toFixed(2), p.description ?? '']),
        );
      });
    });
}
