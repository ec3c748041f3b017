/** Shared wiring for commands: where the data lives, and a store that has the bundled snapshot in it. */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ensureSnapshotLoaded } from '../sources/snapshot.ts';
import { Store } from '../store/store.ts';

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
