/** Shared wiring for commands: where the data lives, and a store that has the bundled snapshot in it. */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ensureSnapshotLoaded } from '../sources/snapshot.ts';
import { Store, type AsOf } from '../store/store.ts';
import { CliError } from './errors.ts';

export const DB_FILE = 'regionmonitor.duckdb';

/** The data directory from the global `--data-dir` option (or REGIONMONITOR_DATA_DIR), resolved. */
export function dataDir(command: Command): string {
  return resolve(command.optsWithGlobals().dataDir ?? '.');
}

/** Opens the store in the data directory; on first use it loads the bundled snapshot and says so on stderr. */
export async function openStore(command: Command): Promise<Store> {
  const store = await Store.open(join(dataDir(command), DB_FILE));
  try {
    await ensureSnapshotLoaded(store, {
      onTable: (t) => process.stderr.write(`loading bundled snapshot table ${t} into ${store.path}\n`),
    });
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

/** Runs `work` with an open store and always closes it. */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(command);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** `--as-of` takes a vintage number (`#3` or `3`) or a date/time (`2026-12-01`). */
export function parseAsOf(value: string | undefined): AsOf | undefined {
  if (value === undefined) return undefined;
  const id = /^#?(\d+)$/.exec(value.trim());
  if (id) return { vintageId: Number(id[1]) };
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new CliError(`--as-of: '${value}' is neither a vintage number nor a date`);
  // A bare date means "as it stood at the end of that day".
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) date.setUTCHours(23, 59, 59, 999);
  return { date };
}
