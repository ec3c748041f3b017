import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PxWebClient, type PxWebClientOptions } from '../../src/sources/pxweb/client.ts';
import { PxWebError } from '../../src/sources/pxweb/errors.ts';
import { fakeClock, tempDir } from './helpers.ts';
import { allOwnTables, API_PATH, readShared, SHARED_PXWEB, startReplayServer, type ReplayOptions } from './replay-server.ts';

async function setup(t: { after: (fn: () => unknown) => void }, options: ReplayOptions = {}, client: PxWebClientOptions = {}) {
  const server = await startReplayServer({ tables: allOwnTables(), ...options });
  t.after(() => server.close());
  const fake = fakeClock();
  return { server, ...fake, client: new PxWebClient({ baseUrl: server.baseUrl, clock: fake.clock, backoffMs: 100, ...client }) };
}

async function rejection(promise: Promise<unknown>): Promise<PxWebError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof PxWebError, `expected a PxWebError, got ${err}`);
    return err;
  }
  assert.fail('expected the request to fail');
}

describe('retries', () => {
  test('should wait for Retry-After on 429 and then succeed', async (t) => {
    const { server, client, sleeps } = await setup(t, { fault: (_r, n) => (n === 1 ? { status: 429, headers: { 'retry-after': '3' }, body: '' } : undefined) });
    const meta = await client.metadata('06913');
    assert.equal(meta.value.ids.length, 3);
    assert.equal(server.requests.length, 2);
    assert.deepEqual(sleeps, [3000]);
  });

  test('should take the wait of a 429 from the rate-limit reset header when Retry-After is absent', async (t) => {
    const { client, sleeps } = await setup(t, { fault: (_r, n) => (n === 1 ? { status: 429, headers: { 'x-ratelimit-reset': '9', 'x-ratelimit-remaining': '0' }, body: '' } : undefined) });
    await client.metadata('06913');
    // the limiter pauses until the reset, the retry waits as long: no extra wait beyond 9 s
    assert.deepEqual(sleeps, [9000]);
  });

  test('should back off exponentially on 503 and then succeed', async (t) => {
    const { server, client, sleeps } = await setup(t, { fault: (_r, n) => (n <= 2 ? { status: 503, body: 'Service Unavailable' } : undefined) });
    await client.metadata('06913');
    assert.equal(server.requests.length, 3);
    assert.deepEqual(sleeps, [100, 200]);
  });

  test('should give up after the configured retries and say how often it tried', async (t) => {
    const { server, client } = await setup(t, { fault: () => ({ status: 503, body: '' }) }, { retries: 2 });
    const err = await rejection(client.metadata('06913'));
    assert.equal(server.requests.length, 3);
    assert.match(err.message, /^SSB table 06913: HTTP 503 \(after 3 attempts\)$/);
    assert.equal(err.status, 503);
  });

  test('should retry after the server closes the socket', async (t) => {
    const { server, client } = await setup(t, { fault: (_r, n) => (n === 1 ? { destroy: true } : undefined) });
    const meta = await client.metadata('07984');
    assert.ok(meta.value.ids.includes('NACE2007'));
    assert.equal(server.requests.length, 2);
  });

  test('should report a network error when the socket keeps closing', async (t) => {
    const { client } = await setup(t, { fault: () => ({ destroy: true }) }, { retries: 1 });
    const err = await rejection(client.metadata('07984'));
    assert.equal(err.kind, 'network');
    assert.match(err.message, /^SSB table 07984: network error \(.+\) \(after 2 attempts\)$/);
  });

  test('should time out a stalled request and retry it', async (t) => {
    const { server, client } = await setup(t, { fault: (_r, n) => (n === 1 ? { stall: true } : undefined) }, { timeoutMs: 300 });
    await client.metadata('06944');
    assert.equal(server.requests.length, 2);
  });

  test('should fail with a timeout error when the server never answers', async (t) => {
    const { client } = await setup(t, { fault: () => ({ stall: true }) }, { timeoutMs: 200, retries: 0 });
    const err = await rejection(client.metadata('06944'));
    assert.equal(err.kind, 'timeout');
    assert.equal(err.message, 'SSB table 06944: no answer within 200 ms');
  });

  test('should retry a 200 whose body is not valid JSON and never cache it', async (t) => {
    const dir = tempDir(t);
    const { server, client } = await setup(t, { fault: (_r, n) => (n === 1 ? { status: 200, body: '{"version":"2.0","cla' } : undefined) }, { cacheDir: dir });
    await client.metadata('06913');
    assert.equal(server.requests.length, 2);
    await client.metadata('06913');
    assert.equal(server.requests.length, 2, 'the good answer was cached, the broken one was not');
  });
});

describe('error messages', () => {
  test('should state SSB\'s diagnosis for a non-existent table', async (t) => {
    const { client } = await setup(t);
    const err = await rejection(client.metadata('99999'));
    assert.equal(err.message, 'SSB table 99999: Non-existent table (HTTP 404)');
    assert.equal(err.retryable, false);
  });

  test('should turn each recorded SSB error body into a message with its title', async (t) => {
    const index = readShared('kommunebarometer/index.json');
    if (index === undefined) return t.skip(`skipped: ${SHARED_PXWEB}/kommunebarometer/index.json not found`);
    const recorded = JSON.parse(index).responses.filter((r: { file: string }) => /^0[4-8]_/.test(r.file));
    assert.equal(recorded.length, 5);
    for (const r of recorded) {
      const body = readShared(`kommunebarometer/${r.file}`)!;
      const { title, status } = JSON.parse(body);
      const { client, server } = await setup(t, { fault: () => ({ status: r.http_status, body }) }, { retries: 0 });
      const err = await rejection(client.metadata('12134'));
      assert.equal(err.message, `SSB table 12134: ${title} (HTTP ${status})`, r.file);
      assert.equal(server.requests.length, 1, `${r.file}: a parameter error is not retried`);
    }
  });

  test('should explain the HTML 404 SSB sends for an over-long URL', async (t) => {
    if (readShared('kommunebarometer/03_singleBatch_404_truncated.html') === undefined) {
      return t.skip(`skipped: ${SHARED_PXWEB}/kommunebarometer/03_singleBatch_404_truncated.html not found`);
    }
    // the client is told a longer URL is fine, the server (like SSB) refuses it
    const { client, server } = await setup(t, { maxUrlLength: 500 }, { maxUrlLength: 100_000 });
    const meta = await client.metadata('07459');
    const ages = meta.value.dimensions.Alder.codes;
    const request = client.planData('07459', [
      { variableCode: 'Region', valueCodes: ['1506'] },
      { variableCode: 'Alder', valueCodes: ages },
      { variableCode: 'ContentsCode', valueCodes: ['Personer1'] },
      { variableCode: 'Tid', valueCodes: ['2021'] },
    ]);
    assert.equal(request[0].method, 'GET');
    const err = await rejection(client.fetchData('07459', request[0]));
    assert.match(err.message, /^SSB table 07459: URL too long or table not found \(HTTP 404 with an HTML page; the URL was \d+ characters\)$/);
    assert.equal(server.requests.length, 2, 'not retried');
  });

  test('should name the likely cause of an empty 500', async (t) => {
    const { client, server } = await setup(t, { fault: () => ({ status: 500, body: '' }) }, { retries: 1 });
    const err = await rejection(client.metadata('06913'));
    assert.match(err.message, /HTTP 500.*value code is repeated \(after 2 attempts\)$/);
    assert.equal(server.requests.length, 2);
  });
});

describe('download cache', () => {
  test('should answer a repeated request from disk, also in a new client', async (t) => {
    const dir = tempDir(t);
    const { server, client, clock } = await setup(t, {}, { cacheDir: dir });
    const first = await client.metadata('06913');
    const again = await client.metadata('06913');
    assert.equal(first.fromCache, false);
    assert.equal(again.fromCache, true);
    assert.equal(again.fetchedAt.toISOString(), first.fetchedAt.toISOString());
    const rerun = new PxWebClient({ baseUrl: server.baseUrl, cacheDir: dir, clock });
    assert.equal((await rerun.metadata('06913')).fromCache, true);
    assert.equal(server.requests.length, 1);
  });

  test('should download again when the cached answer is older than max-age', async (t) => {
    const dir = tempDir(t);
    const { server, client, advance, clock } = await setup(t, {}, { cacheDir: dir, maxAgeMs: 3600_000 });
    await client.metadata('06913');
    advance(2 * 3600_000);
    assert.equal((await client.metadata('06913')).fromCache, false);
    assert.equal(server.requests.length, 2);
    // offline accepts any age
    const offline = new PxWebClient({ baseUrl: server.baseUrl, cacheDir: dir, clock, offline: true, maxAgeMs: 0 });
    assert.equal((await offline.metadata('06913')).fromCache, true);
    assert.equal(server.requests.length, 2);
  });

  test('should fail offline on a cache miss without touching the network', async (t) => {
    const { server } = await setup(t);
    const client = new PxWebClient({ baseUrl: server.baseUrl, cacheDir: tempDir(t), offline: true });
    const err = await rejection(client.metadata('06913'));
    assert.equal(err.kind, 'offline');
    assert.equal(err.message, 'SSB table 06913: not in the download cache (offline)');
    assert.equal(server.requests.length, 0);
  });

  test('should key POST requests by their body', async (t) => {
    const dir = tempDir(t);
    const { server, client } = await setup(t, {}, { cacheDir: dir, maxUrlLength: 50 });
    const part = (year: string) => client.planData('06913', [
      { variableCode: 'Region', valueCodes: ['1506'] },
      { variableCode: 'ContentsCode', valueCodes: ['Folkemengde'] },
      { variableCode: 'Tid', valueCodes: [year] },
    ])[0];
    const a = part('2020');
    const b = part('2021');
    assert.equal(a.method, 'POST');
    assert.equal(a.url, b.url);
    const va = await client.fetchData('06913', a);
    const vb = await client.fetchData('06913', b);
    assert.notEqual(va.value.value(0), vb.value.value(0));
    assert.equal((await client.fetchData('06913', b)).fromCache, true);
    assert.equal(server.requests.filter((r) => r.path === `${API_PATH}/tables/06913/data`).length, 2);
  });
});
