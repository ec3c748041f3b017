/** Opens the monitor for commands that read indicators and scores, mapping its lookup errors to CLI errors. */
import type { Command } from 'commander';
import { Monitor, NotFoundError } from '../service/monitor.ts';
import { dataDir, parseAsOf } from './context.ts';
import { CliError } from './errors.ts';

export async function withMonitor<T>(command: Command, work: (monitor: Monitor) => Promise<T>): Promise<T> {
  const opts = command.optsWithGlobals() as { regions?: string; asOf?: string };
  const monitor = await Monitor.open({ dataDir: dataDir(command), regionsFile: opts.regions, asOf: parseAsOf(opts.asOf) });
  try {
    return await work(monitor);
  } catch (err) {
    if (err instanceof NotFoundError) throw new CliError(err.message);
    throw err;
  } finally {
    monitor.close();
  }
}

/** Parses a required integer option such as --year, naming the option when it is not one. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`${name}: '${value}' is not a whole number`);
  return n;
}

/** Formats a number for people: thousands separated, at most `digits` decimals. */
export function formatValue(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { maximumFractionDigits: Math.abs(x) >= 100 ? 0 : digits }).replace(/,/g, ' ');
}
