import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PxWebClient, type PxWebClientOptions } from '../../src/sources/pxweb/client.ts';
import { tablesById } from '../../src/sources/tables/index.ts';
import { PXWEB_SOURCE, updateTables } from '../../src/sources/update.ts';
import { Store } from '../../src/store/store.ts';
import { fakeClock, tempDir } from './helpers.ts';
import { allOwnTables, API_PATH, startReplayServer, type ReplayOptions } from './replay-server.ts';

/** A changed copy of the fixtures: every value of the given tables plus one, as a new SSB release would be. */
function revised(ids: string[]): Record<string, any> {
  const tables = allOwnTables();
  for (const id of ids) tables[id].value = tables[id].value.map((v: number | null) => (v === null ? null : v + 1));
  return tables;
}

async function setup(t: { after: (fn: () => unknown) => void }, dir: string, options: ReplayOptions = {}) {
  const server = await startReplayServer({ tables: allOwnTables(), ...options });
  t.after(() => server.close());
  const { clock } = fakeClock();
  const client = (extra: PxWebClientOptions = {}) =>
    new PxWebClient({ baseUrl: server.baseUrl, cacheDir: join(dir, 'cache', 'pxweb'), clock, backoffMs: 10, rateLimit: { limit: 1000, windowMs: 60_000 }, ...extra });
  const store = await Store.open(join(dir, 'regionmonitor.duckdb'));
  t.after(() => store.close());
  return { server, client, store };
}

describe('updateTables into a real store', () => {
  test('should commit every table as a vintage; a re-run is unchanged and downloads nothing', async (t) => {
    const dir = tempDir(t);
    const { server, client, store } = await setup(t, dir);
    const first = await updateTables({ store, client: client() });
    assert.deepEqual(first.map((o) => [o.table, o.status]), first.map((o) => [o.table, 'new']), JSON.stringify(first.filter((o) => o.status !== 'new')));
    assert.equal(server.requests.length, 20, 'one metadata and one data request per table');

    const vintages = await store.vintages();
    assert.equal(vintages.length, 10);
    assert.deepEqual(vintages.filter((v) => v.source !== PXWEB_SOURCE || v.fetchedAt === null || !v.query.includes(`${API_PATH}/tables/${v.table}/data`)), []);

    const pop = await store.observations({ variables: ['population_jan1'], regions: ['1502', '1506'] });
    assert.equal(pop.length, 8);
    assert.equal(pop.find((o) => o.region === '1502' && o.year === 2020)?.status, 'not_applicable');
    const full = allOwnTables()['06913'];
    const at = full.dimension.Region.category.index['1506'] * 8 * 4 + full.dimension.ContentsCode.category.index.Folkemengde * 4 + 3;
    assert.equal(pop.find((o) => o.region === '1506' && o.year === 2021)?.value, full.value[at]);
    const [marked] = await store.observations({ variables: ['net_migration'], regions: ['1535'] }).then((r) => r.filter((o) => o.year === 2019));
    assert.deepEqual([marked.value, marked.status, marked.table], [null, 'not_available', '06913']);
    const flows = await store.observations({ variables: ['commuters'], regions: ['1506'] });
    assert.ok(flows.length > 0, 'flows');
    assert.deepEqual(flows.filter((f) => f.counterpart === undefined), []);

    const rerun = await updateTables({ store, client: client() });
    assert.deepEqual(rerun.filter((o) => o.status !== "unchanged" || o.fromCache !== o.requests), []);
    assert.equal(server.requests.length, 20, 'all answers came from the cache');
    assert.equal((await store.vintages()).length, 10);

    const fresh = await updateTables({ store, client: client({ maxAgeMs: 0 }) });
    assert.deepEqual(fresh.filter((o) => o.status !== 'unchanged' || o.fromCache !== 0), []);
    assert.equal(server.requests.length, 40);
  });

  test('should use only the cache offline and skip tables that are not in it', async (t) => {
    const dir = tempDir(t);
    const { server, client, store } = await setup(t, dir);
    await updateTables({ store, client: client(), tables: tablesById(['06913', '07984']) });
    const before = server.requests.length;
    const offline = await updateTables({ store, client: client({ offline: true }) });
    assert.equal(server.requests.length, before, 'offline makes no request');
    const status = Object.fromEntries(offline.map((o) => [o.table, o.status]));
    assert.equal(status['06913'], 'unchanged');
    assert.equal(status['07984'], 'unchanged');
    for (const o of offline.filter((x) => !['06913', '07984'].includes(x.table))) {
      assert.equal(o.status, 'skipped');
      assert.equal('reason' in o && o.reason, `SSB table ${o.table}: not in the download cache (offline)`);
    }
  });

  test('should leave the previous vintage of a table that fails midway, and store the others', async (t) => {
    const dir = tempDir(t);
    const first = await setup(t, dir);
    await updateTables({ store: first.store, client: first.client({ maxCells: 400 }) });
    const oldVintage = (await first.store.vintages()).find((v) => v.table === '07459')!;
    const oldRows = await first.store.observations({ variables: ['population_67_plus'] });

    // A new release of 07459 and 06913; the third data request of 07459 keeps failing.
    let n07459 = 0;
    const second = await startReplayServer({
      tables: revised(['07459', '06913']),
      fault: (req) => (req.path.endsWith('/07459/data') && ++n07459 >= 3 ? { status: 503, body: 'Service Unavailable' } : undefined),
    });
    t.after(() => second.close());
    const client = new PxWebClient({ baseUrl: second.baseUrl, cacheDir: join(dir, 'cache', 'pxweb'), clock: fakeClock().clock, backoffMs: 10, retries: 1, maxCells: 400, rateLimit: { limit: 1000, windowMs: 60_000 } });
    const outcomes = await updateTables({ store: first.store, client });
    const by = Object.fromEntries(outcomes.map((o) => [o.table, o]));
    assert.equal(by['07459'].status, 'failed');
    assert.match('reason' in by['07459'] ? by['07459'].reason : '', /^SSB table 07459: HTTP 503: Service Unavailable \(after 2 attempts\)$/);
    assert.equal(by['07459'].requests, 1 + 3, 'metadata, two good parts, the failing third');
    assert.equal(by['06913'].status, 'new', 'the other tables are stored');
    assert.equal(by['07984'].status, 'unchanged');

    const vintages = await first.store.vintages();
    assert.equal(vintages.filter((v) => v.table === '07459').length, 1, 'no partial vintage of 07459');
    const current = await first.store.observations({ variables: ['population_67_plus'] });
    assert.ok(current.every((o) => o.vintageId === oldVintage.id));
    assert.deepEqual(current.map((o) => o.value).sort(), oldRows.map((o) => o.value).sort());
  });

  test("should fail a table whose metadata lacks an expected code, naming it, and go on with the others", async (t) => {
    const dir = tempDir(t);
    const tables = allOwnTables();
    tables['11618'].dimension.ContentsCode.category.index = { BefolkningBosted: 0, SysselBosted: 1, SysselArbstedX: 2 };
    tables['11618'].dimension.ContentsCode.category.label = { BefolkningBosted: 'a', SysselBosted: 'b', SysselArbstedX: 'c' };
    const { client, store } = await setup(t, dir, { tables });
    const outcomes = await updateTables({ store, client: client() });
    const bad = outcomes.find((o) => o.table === '11618')!;
    assert.equal(bad.status, 'failed');
    assert.match('reason' in bad ? bad.reason : '', /SSB table 11618: variable 'ContentsCode' has no code SysselArbsted/);
    assert.equal(outcomes.filter((o) => o.status === 'new').length, 9);
  });

  test('should report progress with a growing plan and a final count that matches the requests made', async (t) => {
    const dir = tempDir(t);
    const { server, client, store } = await setup(t, dir);
    const seen: { done: number; planned: number; phase: string }[] = [];
    await updateTables({ store, client: client({ maxCells: 2000 }), onProgress: (p) => seen.push({ done: p.requestsDone, planned: p.requestsPlanned, phase: p.phase }) });
    const last = seen.filter((s) => s.phase !== 'commit').at(-1)!;
    assert.equal(last.done, server.requests.length);
    assert.equal(last.planned, server.requests.length);
    assert.ok(seen.every((s, i) => i === 0 || s.done >= seen[i - 1].done));
    assert.ok(seen.some((s) => s.phase === 'commit'));
  });
});
