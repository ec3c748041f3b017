/**
 * `regionmonitor update`: fetch every SSB table the indicator catalogue needs (PxWeb API v2) and store each as a new
 * vintage, or note it unchanged. Progress on stderr, a per-table summary on stdout; exit code 1 when a table failed.
 */
import type { Command } from 'commander';
import { PxWebClient, SSB_BASE_URL } from '../../sources/pxweb/index.ts';
import { TABLES, tablesById } from '../../sources/tables/index.ts';
import { updateTables, type TableOutcome } from '../../sources/update.ts';
import { dataDir, withStore } from '../context.ts';
import { CliError } from '../errors.ts';
import { printJson, printTable } from '../output.ts';
import { formatCount, ProgressBar } from '../progress.ts';

interface UpdateCommandOptions {
  tables?: string;
  offline?: boolean;
  baseUrl: string;
  refresh?: boolean;
  maxAge: string;
  json?: boolean;
}

function printSummary(outcomes: TableOutcome[]): void {
  printTable(
    ['table', 'result', 'vintage', 'rows', 'requests', 'cached', 'why'],
    outcomes.map((o) => [
      o.table,
      o.status,
      'vintageId' in o ? `#${o.vintageId}` : null,
      'rows' in o ? o.rows : null,
      o.requests,
      o.fromCache,
      'reason' in o ? o.reason : o.title,
    ]),
  );
  const count = (s: TableOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  process.stdout.write(`\n${count('new')} new, ${count('unchanged')} unchanged, ${count('failed')} failed, ${count('skipped')} skipped\n`);
}

export function register(program: Command): void {
  program
    .command('update')
    .description(`fetch the catalogue's SSB tables (${TABLES.map((t) => t.table).join(', ')}) and store each as a vintage`)
    .option('--tables <ids>', 'only these tables, comma-separated (e.g. 06913,07984)')
    .option('--offline', 'use only the download cache; tables not in it are skipped')
    .option('--base-url <url>', 'PxWeb API v2 root', SSB_BASE_URL)
    .option('--refresh', 'download again even when the cache holds a recent response')
    .option('--max-age <hours>', 'reuse cached responses younger than this', '12')
    .option('--json', 'machine-readable summary')
    .action(async (opts: UpdateCommandOptions, command: Command) => {
      const tables = opts.tables ? tablesById(opts.tables.split(',').map((s) => s.trim()).filter(Boolean)) : TABLES;
      const maxAgeHours = Number(opts.maxAge);
      if (!(maxAgeHours >= 0)) throw new CliError(`--max-age must be a number of hours, got '${opts.maxAge}'`);
      const progress = new ProgressBar();
      const client = new PxWebClient({
        baseUrl: opts.baseUrl,
        cacheDir: PxWebClient.cacheDirFor(dataDir(command)),
        offline: Boolean(opts.offline),
        maxAgeMs: opts.refresh ? 0 : maxAgeHours * 3600_000,
        onRetry: ({ attempt, delayMs, reason }) => progress.log(`retry ${attempt} in ${Math.round(delayMs / 1000)} s: ${reason}`),
      });
      const outcomes = await withStore(command, (store) =>
        updateTables({
          store,
          client,
          tables,
          onProgress: (p) =>
            progress.update({
              done: p.requestsDone,
              total: p.requestsPlanned,
              unit: 'requests',
              detail: p.phase === 'commit' ? `storing ${formatCount(p.rowsCommitted ?? 0)} rows` : `${formatCount(p.cells)} cells`,
              label: p.table,
            }),
        }),
      );
      progress.finish();
      if (opts.json) printJson(outcomes);
      else printSummary(outcomes);
      const failed = outcomes.filter((o) => o.status === 'failed');
      if (failed.length) throw new CliError(`${failed.length} of ${outcomes.length} tables failed; the others were stored`);
    });
}
