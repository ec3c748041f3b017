/**
 * `regionmonitor update` without the CLI: fetch every catalogue table from SSB and commit each as one vintage.
 * First the metadata of every table (so the whole plan, and the progress total, is known), then each table's data
 * requests. A table commits whole or not at all, and one table's failure never touches the others. Offline, a table
 * whose responses are not all in the cache is skipped, not failed.
 */
import type { PxWebClient } from './pxweb/client.ts';
import { PxWebError } from './pxweb/errors.ts';
import type { JsonStatDataset } from './pxweb/json-stat.ts';
import type { DataRequest } from './pxweb/selection.ts';
import { TABLES, type TableDefinition } from './tables/index.ts';
import type { Store } from '../store/store.ts';

export const PXWEB_SOURCE = 'ssb-pxweb';

/** What happened to one table. */
export type TableOutcome = { table: string; title: string; requests: number; fromCache: number } & (
  | { status: 'new' | 'unchanged'; vintageId: number; rows: number }
  | { status: 'failed' | 'skipped'; reason: string }
);

/** Progress after every request and during each commit. */
export interface UpdateProgress {
  table: string;
  phase: 'metadata' | 'data' | 'commit';
  requestsDone: number;
  /** Grows as each table's plan becomes known from its metadata. */
  requestsPlanned: number;
  cells: number;
  rowsCommitted?: number;
}

export interface UpdateOptions {
  store: Pick<Store, 'commitVintage'>;
  client: PxWebClient;
  tables?: TableDefinition[];
  onProgress?: (progress: UpdateProgress) => void;
}

const isOfflineMiss = (err: unknown) => err instanceof PxWebError && err.kind === 'offline';

/** The provenance stored with a vintage: every request, one per line. */
function describeRequests(requests: DataRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url}${r.body ? ` ${r.body}` : ''}`).join('\n');
}

/** Fetches and commits the given tables (default: all of them). Never throws for a table's failure. */
export async function updateTables({ store, client, tables = TABLES, onProgress }: UpdateOptions): Promise<TableOutcome[]> {
  const state = { requestsDone: 0, requestsPlanned: tables.length, cells: 0 };
  const report = (table: string, phase: UpdateProgress['phase'], extra: Partial<UpdateProgress> = {}) =>
    onProgress?.({ table, phase, ...state, ...extra });
  const outcomes = new Map<string, TableOutcome>();
  const fail = (def: TableDefinition, err: unknown, requests: number, fromCache: number) =>
    outcomes.set(def.table, {
      table: def.table,
      title: def.title,
      requests,
      fromCache,
      status: isOfflineMiss(err) ? 'skipped' : 'failed',
      reason: (err as Error)?.message ?? String(err),
    });

  // plan: metadata of every table first
  const plans: { def: TableDefinition; requests: DataRequest[]; fromCache: number }[] = [];
  for (const def of tables) {
    try {
      const meta = await client.metadata(def.table);
      const requests = client.planData(def.table, def.select(meta.value));
      state.requestsPlanned += requests.length;
      plans.push({ def, requests, fromCache: meta.fromCache ? 1 : 0 });
    } catch (err) {
      fail(def, err, 1, 0);
    }
    state.requestsDone++;
    report(def.table, 'metadata');
  }

  // fetch and commit, one table at a time
  for (const { def, requests, fromCache: metaFromCache } of plans) {
    let done = 1;
    let fromCache = metaFromCache;
    try {
      const parts: JsonStatDataset[] = [];
      let fetchedAt: Date | undefined;
      for (const request of requests) {
        let result;
        try {
          result = await client.fetchData(def.table, request);
        } finally {
          done++;
          state.requestsDone++;
        }
        if (result.fromCache) fromCache++;
        parts.push(result.value);
        state.cells += result.value.cellCount;
        // A vintage is as old as its oldest part.
        if (!fetchedAt || result.fetchedAt < fetchedAt) fetchedAt = result.fetchedAt;
        report(def.table, 'data');
      }
      const rows = def.toRows(parts);
      parts.length = 0; // the parsed responses can be large: let them go before the commit
      if (rows.length === 0) throw new Error(`SSB table ${def.table}: the response held no municipality rows`);
      const result = await store.commitVintage(
        { source: PXWEB_SOURCE, table: def.table, query: describeRequests(requests), fetchedAt, rows },
        { onRows: (n) => report(def.table, 'commit', { rowsCommitted: n }) },
      );
      outcomes.set(def.table, {
        table: def.table,
        title: def.title,
        requests: done,
        fromCache,
        status: result.unchanged ? 'unchanged' : 'new',
        vintageId: result.vintage.id,
        rows: rows.length,
      });
    } catch (err) {
      // Requests this table will not make no longer count as planned.
      state.requestsPlanned -= requests.length + 1 - done;
      fail(def, err, done, fromCache);
      report(def.table, 'data');
    }
  }
  return tables.map((def) => outcomes.get(def.table)!);
}
