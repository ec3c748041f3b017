/** `regionmonitor update` as a user runs it: a child process against the local replay server. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { allOwnTables, REPO_ROOT, startReplayServer } from './replay-server.ts';

/** Runs the CLI asynchronously enough for the in-process replay server to answer (spawnSync would block it). */
async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/regionmonitor.mjs'), ...args], { cwd: REPO_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

describe('regionmonitor update (CLI)', () => {
  test('should skip every table offline with an empty cache and still succeed', async (t) => {
    const dir = tempDir(t);
    const out = await cli(['update', '--offline', '--base-url', 'http://127.0.0.1:9/api/pxwebapi/v2', '--data-dir', dir]);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /0 new, 0 unchanged, 0 failed, 10 skipped/);
    assert.match(out.stdout, /06913\s+skipped.*not in the download cache \(offline\)/);
  });

  test('should store the good tables, report the failed one and exit 1', async (t) => {
    const dir = tempDir(t);
    const server = await startReplayServer({
      tables: allOwnTables(),
      fault: (req) => (req.path.endsWith('/06944/metadata') ? { status: 400, body: '{"type":"Parameter error","title":"Non-existent table","status":404}' } : undefined),
    });
    t.after(() => server.close());
    const out = await cli(['update', '--tables', '06913,06944', '--base-url', server.baseUrl, '--data-dir', dir]);
    assert.equal(out.code, 1);
    assert.match(out.stdout, /06913\s+new/);
    assert.match(out.stdout, /06944\s+failed.*SSB table 06944: Non-existent table \(HTTP 404\)/);
    assert.match(out.stdout, /1 new, 0 unchanged, 1 failed, 0 skipped/);
    assert.match(out.stderr, /regionmonitor: 1 of 2 tables failed; the others were stored/);
    // progress went to stderr as plain lines (not a terminal)
    assert.match(out.stderr, /^\d+\/\d+ requests · /m);
    assert.equal(out.stderr.includes('\r'), false);
  });

  test('should name the known tables when --tables has an unknown one', () => {
    const out = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/regionmonitor.mjs'), 'update', '--tables', '12345', '--offline', '--data-dir', '/nonexistent-regionmonitor'], { encoding: 'utf8' });
    assert.equal(out.status, 1);
    assert.match(out.stderr, /unknown SSB table '12345' \(known: 06913, 06944/);
  });
});
