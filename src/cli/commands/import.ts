/** `regionmonitor import FILE`: loads a local CSV as one new vintage, or nothing at all when any line is bad. */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkDuplicates, ImportError, parseLocalCsv } from '../../sources/local-csv.ts';
import { CliError } from '../errors.ts';
import { withStore } from '../context.ts';
import { printJson } from '../output.ts';

export function register(program: Command): void {
  program
    .command('import')
    .description('import a tidy CSV (region,year,variable,value) or a CSV downloaded from SSB statbank, as one vintage')
    .argument('<file>', 'CSV file (UTF-8 or Latin-1)')
    .option('--variable <id>', 'variable id for a statbank file whose value column has no usable name')
    .option('--table <id>', 'table id to record (default: the file name)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { variable?: string; table?: string; json?: boolean }, command: Command) => {
      const path = resolve(file);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      let parsed: ReturnType<typeof parseLocalCsv>;
      try {
        parsed = parseLocalCsv(bytes, file, { variable: opts.variable });
        checkDuplicates(parsed.rows, file);
      } catch (err) {
        if (err instanceof ImportError) throw new CliError(`${err.message}; nothing was imported`);
        throw err;
      }
      await withStore(command, async (store) => {
        const { vintage, unchanged } = await store.commitVintage({ source: 'import', table: opts.table ?? basename(file), query: path, rows: parsed.rows });
        const variables = [...new Set(parsed.rows.map((r) => r.variable))];
        const result = { file, format: parsed.format, rows: parsed.rows.length, variables, vintage: vintage.id, unchanged };
        if (opts.json) return printJson(result);
        process.stdout.write(
          unchanged
            ? `${file}: identical to vintage #${vintage.id}; nothing written\n`
            : `${file}: ${parsed.rows.length} values of ${variables.join(', ')} imported as vintage #${vintage.id} (${parsed.format} format)\n`,
        );
      });
    });
}
