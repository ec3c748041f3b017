import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { ExplainChain, IndicatorInfo, IndicatorValue, MonitorApi, MonitorMeta, Profile, RankRow, RegionInfo } from '../service/types.ts';
import { buildApp } from './app.ts';
import { openTestMonitor, type TestMonitor } from './test-monitor.ts';

let tm: TestMonitor;
let app: FastifyInstance;
let meta: MonitorMeta;

before(async () => {
  tm = await openTestMonitor();
  app = await buildApp({ monitor: tm.monitor });
  meta = (await app.inject('/api/meta')).json();
});
after(async () => {
  await app?.close();
  await tm?.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('API responses', () => {
  test('should describe the years, profiles and attribution', () => {
    assert.ok(meta.years.length > 0);
    assert.equal(meta.latestYear, Math.max(...meta.years));
    assert.match(meta.attribution.nb, /SSB/);
    assert.match(meta.attribution.nb, /Kartverket/);
  });

  test('should list 357 municipalities and the own regions', async () => {
    const regions: RegionInfo[] = (await get('/api/regions')).json();
    assert.equal(regions.filter((r) => r.kind === 'municipality').length, 357);
    assert.equal(regions.find((r) => r.code === '1506')?.name, 'Molde');
  });

  test('should rank the municipalities with the styrkeindikator in per cent', async () => {
    const res = await get(`/api/ranking?year=${meta.latestYear}`);
    assert.equal(res.statusCode, 200);
    const rows: RankRow[] = res.json();
    assert.equal(rows.length, 357);
    const ranked = rows.filter((r) => r.rank !== null);
    assert.ok(ranked.length > 300);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score_pct! <= ranked[i].score_pct!, 'lower score ranks first');
  });

  test('should rank by a theme sub-index, and refuse an unknown theme', async () => {
    const rows: RankRow[] = (await get(`/api/ranking?year=${meta.latestYear}&theme=business`)).json();
    const overall: RankRow[] = (await get(`/api/ranking?year=${meta.latestYear}`)).json();
    assert.equal(rows.length, 357);
    assert.notDeepEqual(rows.slice(0, 10).map((r) => r.region), overall.slice(0, 10).map((r) => r.region));
    assert.equal((await get(`/api/ranking?year=${meta.latestYear}&theme=weather`)).statusCode, 400);
  });

  test('should return the values of one indicator only when asked', async () => {
    const indicators: IndicatorInfo[] = (await get('/api/indicators')).json();
    const id = indicators.find((i) => i.available)!.id;
    const values: IndicatorValue[] = (await get(`/api/values?year=${meta.latestYear}&indicator=${id}`)).json();
    assert.ok(values.length >= 357);
    assert.ok(values.every((v) => v.indicator === id && v.year === meta.latestYear));
  });

  test('should serve a profile and an explain chain back to SSB tables', async () => {
    const profile: Profile = (await get('/api/profile/1506')).json();
    assert.equal(profile.region.name, 'Molde');
    assert.equal(profile.year, meta.latestYear);
    const chain: ExplainChain = (await get(`/api/explain/1506?year=${meta.latestYear}`)).json();
    assert.ok(chain.steps.length > 0);
    const tables = chain.steps.flatMap((s) => s.inputs.map((i) => i.table));
    assert.ok(tables.some((t) => /^\d{5}$/.test(t)), `SSB tables: ${[...new Set(tables)]}`);
  });

  test('should serve the projected map with all municipalities and the raw TopoJSON', async () => {
    const map = (await get('/api/map')).json();
    assert.equal(map.features.length, 357);
    const topo = (await get('/api/geometry')).json();
    assert.equal(topo.type, 'Topology');
    assert.ok(topo.objects.Kommuner);
  });
});

describe('parameter validation', () => {
  test('should answer 400 naming the parameter for a non-numeric year', async () => {
    const res = await get('/api/ranking?year=abc');
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message, /year/);
  });
  test('should answer 400 for a year without data, naming the years available', async () => {
    const res = await get('/api/values?year=1901');
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message, /1901 has no data/);
  });
  test('should answer 400 for an unknown parameter, an unknown indicator, set or profile', async () => {
    assert.match((await get('/api/ranking?yaer=2020')).json().message, /unknown parameter 'yaer'/);
    assert.match((await get('/api/values?indicator=no_such_thing')).json().message, /unknown indicator: no_such_thing/);
    assert.equal((await get('/api/ranking?set=planets')).statusCode, 400);
    assert.match((await get('/api/ranking?profile=nope')).json().message, /unknown profile: nope/);
  });
  test('should answer 404 for an unknown region and 400 for a malformed code', async () => {
    const res = await get('/api/profile/9999');
    assert.equal(res.statusCode, 404);
    assert.deepEqual(res.json(), { statusCode: 404, error: 'Not Found', message: 'unknown region: 9999' });
    assert.equal((await get('/api/explain/9999')).statusCode, 404);
    assert.equal((await get('/api/profile/%3Cscript%3E')).statusCode, 400);
  });
  test('should answer 404 in JSON for an unknown route', async () => {
    const res = await get('/api/nothing');
    assert.equal(res.statusCode, 404);
    assert.match(res.json().message, /no such resource: GET \/api\/nothing/);
  });
  test('should hide internal errors behind a bare 500', async () => {
    const failing: MonitorApi = Object.create(tm.monitor, {
      profile: { value: async () => { throw new Error('secret internal detail'); } },
    });
    const app2 = await buildApp({ monitor: failing });
    try {
      const res = await app2.inject('/api/profile/1506');
      assert.equal(res.statusCode, 500);
      assert.doesNotMatch(res.body, /secret|at .*\.ts/);
      assert.equal(res.json().statusCode, 500);
    } finally {
      await app2.close();
    }
  });
});

describe('caching', () => {
  test('should send an ETag and answer 304 when it matches', async () => {
    const first = await get('/api/regions');
    const etag = first.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(String(first.headers['cache-control']), /max-age=\d+/);
    const again = await get('/api/regions', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    assert.equal((await get('/api/regions', { 'if-none-match': '"other"' })).statusCode, 200);
  });
  test('should gzip large bodies for clients that accept it, with the same content', async () => {
    const plain = await get('/api/regions');
    const zipped = await get('/api/regions', { 'accept-encoding': 'gzip, deflate' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'accept-encoding');
    assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
  });
  test('should treat equivalent parameter spellings as one cached response', async () => {
    const a = await get(`/api/values?year=${meta.latestYear}&indicator=population_growth_5y`);
    const b = await get(`/api/values?indicator=population_growth_5y&year=${meta.latestYear}`);
    assert.equal(a.headers.etag, b.headers.etag);
  });
});
