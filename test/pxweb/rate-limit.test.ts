import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDelayMs, RateLimiter } from '../../src/sources/pxweb/rate-limit.ts';
import { PxWebClient } from '../../src/sources/pxweb/client.ts';
import { fakeClock } from './helpers.ts';
import { allOwnTables, startReplayServer } from './replay-server.ts';

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe('RateLimiter', () => {
  test('should never start more than `limit` requests in any window', async () => {
    const { clock } = fakeClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, clock });
    const starts: number[] = [];
    for (let i = 0; i < 10; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    for (const s of starts) assert.ok(starts.filter((x) => x >= s && x < s + 1000).length <= 3);
    // 10 requests at 3 per second need at least three full waits
    assert.ok(starts[9] - starts[0] >= 3000, `spread over ${starts[9] - starts[0]} ms`);
  });

  test('should not wait while under the limit', async () => {
    const { clock, sleeps } = fakeClock();
    const limiter = new RateLimiter({ limit: 30, windowMs: 60_000, clock });
    for (let i = 0; i < 30; i++) await limiter.acquire();
    assert.deepEqual(sleeps, []);
    await limiter.acquire();
    assert.deepEqual(sleeps, [60_000]);
  });

  test("should adopt a tighter policy from SSB's headers", () => {
    const limiter = new RateLimiter({ limit: 30, windowMs: 60_000, clock: fakeClock().clock });
    limiter.observe(headers({ 'x-ratelimit-policy': '20;w=120s' }));
    assert.deepEqual(limiter.policy, { limit: 20, windowMs: 120_000 });
    limiter.observe(headers({ 'x-ratelimit-policy': '40;w=60s', 'x-ratelimit-limit': '40' }));
    assert.deepEqual(limiter.policy, { limit: 20, windowMs: 120_000 }, 'a looser announcement does not loosen ours');
  });

  test('should pause until the announced reset when no calls remain', async () => {
    const { clock, sleeps } = fakeClock();
    const limiter = new RateLimiter({ limit: 30, windowMs: 60_000, clock });
    await limiter.acquire();
    limiter.observe(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '7' }));
    await limiter.acquire();
    assert.deepEqual(sleeps, [7000]);
  });

  test('should count calls others spent when the server reports fewer remaining than we counted', async () => {
    const { clock, sleeps } = fakeClock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000, clock });
    await limiter.acquire();
    limiter.observe(headers({ 'x-ratelimit-remaining': '1' }));
    await limiter.acquire(); // the one remaining
    await limiter.acquire(); // must wait for the window
    assert.deepEqual(sleeps, [1000]);
  });

  test('should parse delays given in seconds, as an epoch time or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T09:00:00Z');
    assert.equal(parseDelayMs('5', now), 5000);
    assert.equal(parseDelayMs(String(now / 1000 + 12), now), 12_000);
    assert.equal(parseDelayMs('Sun, 01 Mar 2026 09:00:30 GMT', now), 30_000);
    assert.equal(parseDelayMs(null, now), undefined);
    assert.equal(parseDelayMs('soon', now), undefined);
  });
});

describe('rate limiting over HTTP', () => {
  test('should hold back a whole window after SSB says no calls remain', async (t) => {
    const server = await startReplayServer({
      tables: allOwnTables(),
      fault: (_req, n) =>
        n === 1 ? { status: 200, headers: { 'x-ratelimit-policy': '40;w=60s', 'x-ratelimit-remaining': '0' }, body: '{"id":"06913","label":"x"}' } : undefined,
    });
    t.after(() => server.close());
    const { clock, sleeps } = fakeClock();
    const client = new PxWebClient({ baseUrl: server.baseUrl, clock });
    await client.tableInfo('06913');
    assert.deepEqual(sleeps, []);
    await client.tableInfo('06944');
    assert.deepEqual(sleeps, [60_000]);
    assert.equal(server.requests.length, 2);
  });

  test('should spread requests to the configured limit', async (t) => {
    const server = await startReplayServer({ tables: allOwnTables() });
    t.after(() => server.close());
    const { clock, sleeps } = fakeClock();
    const client = new PxWebClient({ baseUrl: server.baseUrl, clock, rateLimit: { limit: 2, windowMs: 10_000 } });
    for (const id of ['06913', '06944', '07984', '07459', '11618']) await client.tableInfo(id);
    assert.equal(server.requests.length, 5);
    assert.deepEqual(sleeps, [10_000, 10_000]);
  });
});
