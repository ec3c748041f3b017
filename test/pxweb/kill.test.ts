/**
 * Kill tests: a `regionmonitor update` child killed while it waits for SSB, and a child killed inside
 * `Store.commitVintage`, must leave a database that opens with the previous vintages current.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Store } from '../../src/store/store.ts';
import { tempDir } from './helpers.ts';
import { allOwnTables, REPO_ROOT, startReplayServer } from './replay-server.ts';

const CLI = join(REPO_ROOT, 'bin/regionmonitor.mjs');

/** Spawns a child and collects its output; `lines` sees stdout line by line. */
function run(args: string[], onLine: (line: string, child: ChildProcess) => void = () => {}) {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout!.on('data', (d) => {
    stdout += d;
    pending += d;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, i), child);
      pending = pending.slice(i + 1);
    }
  });
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, exit, output: () => ({ stdout, stderr }) };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('killed processes', () => {
  test('should keep the previous vintages when update is killed while waiting for SSB', async (t) => {
    const dir = tempDir(t);
    const first = await startReplayServer({ tables: allOwnTables() });
    t.after(() => first.close());
    const initial = run([CLI, 'update', '--base-url', first.baseUrl, '--data-dir', dir]);
    const done = await initial.exit;
    assert.equal(done.code, 0, initial.output().stderr);
    assert.match(initial.output().stdout, /10 new, 0 unchanged, 0 failed, 0 skipped/);

    let store = await Store.open(join(dir, 'regionmonitor.duckdb'));
    const before = (await store.vintages()).filter((v) => v.source === 'ssb-pxweb');
    const oldRows = await store.observations({ variables: ['population_67_plus', 'dwellings_total'] });
    store.close();

    // A new release of every table; the server stalls on the data of 07459, after three tables were stored.
    const revised = allOwnTables();
    for (const id of Object.keys(revised)) revised[id].value = revised[id].value.map((v: number | null) => (v === null ? null : v + 1));
    const second = await startReplayServer({ tables: revised, fault: (req) => (req.path.endsWith('/07459/data') ? { stall: true } : undefined) });
    t.after(() => second.close());
    const killed = run([CLI, 'update', '--base-url', second.baseUrl, '--data-dir', dir]);
    await waitFor(() => second.requests.some((r) => r.path.endsWith('/07459/data')), 'the stalled request');
    killed.child.kill('SIGKILL');
    assert.equal((await killed.exit).signal, 'SIGKILL');

    store = await Store.open(join(dir, 'regionmonitor.duckdb'));
    t.after(() => store.close());
    const after = (await store.vintages()).filter((v) => v.source === 'ssb-pxweb');
    // Tables stored before the stall have a complete new vintage; none after it has one.
    const added = after.slice(before.length);
    assert.deepEqual(added.map((v) => v.table), ['06913', '06944', '07984']);
    for (const v of added) {
      const rows = await store.observations({ asOf: { vintageId: v.id } }).then((r) => r.filter((o) => o.vintageId === v.id));
      assert.equal(rows.length, v.rowCount, `vintage ${v.id} of ${v.table} is complete`);
    }
    const current = await store.observations({ variables: ['population_67_plus', 'dwellings_total'] });
    const key = (o: { region: string; year: number; variable: string; value: number | null; vintageId: number }) => `${o.variable}|${o.region}|${o.year}|${o.value}|${o.vintageId}`;
    assert.deepEqual(current.map(key).sort(), oldRows.map(key).sort());
  });

  test('should show the old vintage as current after a kill during commitVintage of a big table', async (t) => {
    const dir = tempDir(t);
    const path = join(dir, 'big.duckdb');
    let store = await Store.open(path);
    const old = await store.commitVintage({
      source: 'test',
      table: 'big',
      query: 'small',
      rows: Array.from({ length: 1000 }, (_, i) => ({ region: String(1000 + i), year: 2020, variable: 'big_var', value: -i })),
    });
    store.close();

    let sawRows = 0;
    const child = run(['--import', 'tsx', join(REPO_ROOT, 'test/pxweb/commit-child.ts'), path, '600000'], (line, proc) => {
      const m = /^rows (\d+)$/.exec(line);
      if (m && Number(m[1]) >= 20_000 && sawRows === 0) {
        sawRows = Number(m[1]);
        proc.kill('SIGKILL');
      }
    });
    const exit = await child.exit;
    assert.equal(exit.signal, 'SIGKILL', `the child finished before it was killed: ${JSON.stringify(child.output())}`);
    assert.ok(sawRows >= 20_000 && !child.output().stdout.includes('committed\n'));

    store = await Store.open(path);
    t.after(() => store.close());
    const vintages = (await store.vintages()).filter((v) => v.table === 'big');
    assert.deepEqual(vintages.map((v) => v.id), [old.vintage.id]);
    const rows = await store.observations({ variables: ['big_var'] });
    assert.equal(rows.length, 1000);
    assert.ok(rows.every((r) => r.vintageId === old.vintage.id && r.value! <= 0));
  });
});
