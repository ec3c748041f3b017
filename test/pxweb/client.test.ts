import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PxWebClient } from '../../src/sources/pxweb/client.ts';
import { cells, type JsonStatDataset } from '../../src/sources/pxweb/json-stat.ts';
import type { Selection } from '../../src/sources/pxweb/selection.ts';
import { fakeClock } from './helpers.ts';
import { allOwnTables, API_PATH, readOwnFixture, readShared, SHARED_PXWEB, startReplayServer } from './replay-server.ts';

/** Every cell of the parts, keyed by its codes, so differently split answers can be compared. */
function byCodes(parts: JsonStatDataset[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const p of parts) for (const c of cells(p)) out.set(JSON.stringify(Object.entries(c.codes).sort()), c.value);
  return out;
}

const selection07459 = (ages: string[]): Selection => [
  { variableCode: 'Region', valueCodes: ['1502', '1506', '1535', '0301'] },
  { variableCode: 'Alder', valueCodes: ages },
  { variableCode: 'ContentsCode', valueCodes: ['Personer1'] },
  { variableCode: 'Tid', valueCodes: ['2018', '2019', '2020', '2021'] },
];

describe('PxWebClient over HTTP', () => {
  test('should read table information and metadata', async (t) => {
    const server = await startReplayServer({ tables: allOwnTables() });
    t.after(() => server.close());
    const client = new PxWebClient({ baseUrl: server.baseUrl });
    const info = await client.tableInfo('07091');
    assert.equal(info.value.id, '07091');
    const meta = await client.metadata('07459');
    assert.equal(meta.value.dimensions.Alder.codes.length, 106);
    assert.equal(meta.value.dimensions.Kjonn.elimination, true);
    assert.deepEqual(server.requests.map((r) => r.path), [`${API_PATH}/tables/07091`, `${API_PATH}/tables/07459/metadata`]);
  });

  test('should split a query over the cell limit so the server accepts every part, with the same cells as one query', async (t) => {
    const server = await startReplayServer({ tables: allOwnTables(), maxCells: 1500 });
    t.after(() => server.close());
    const ages = readOwnFixture('07459.json').dimension.Alder.category.index;
    const sel = selection07459(Object.keys(ages));
    const whole = await new PxWebClient({ baseUrl: server.baseUrl, maxCells: 1e9 }).data('07459', sel).catch((e) => e);
    assert.match(String(whole.message), /Too many cells selected \(HTTP 400\)/, 'the server enforces the limit');

    const client = new PxWebClient({ baseUrl: server.baseUrl, maxCells: 1500 });
    const plan = client.planData('07459', sel);
    assert.ok(plan.length >= 2, `${plan.length} requests`);
    const parts = await client.data('07459', sel);
    const unlimited = await startReplayServer({ tables: allOwnTables() });
    t.after(() => unlimited.close());
    const reference = await new PxWebClient({ baseUrl: unlimited.baseUrl, maxCells: 1e9 }).data('07459', sel);
    assert.equal(reference.length, 1);
    assert.deepEqual(byCodes(parts), byCodes(reference));
    assert.equal(byCodes(parts).size, 4 * 106 * 4);
  });

  test('should send a selection too long for a GET as POST, or split it when POST is off', async (t) => {
    const server = await startReplayServer({ tables: allOwnTables(), maxUrlLength: 300 });
    t.after(() => server.close());
    const ages = Object.keys(readOwnFixture('07459.json').dimension.Alder.category.index);
    const sel = selection07459(ages);
    const post = new PxWebClient({ baseUrl: server.baseUrl, maxUrlLength: 300 });
    const viaPost = await post.data('07459', sel);
    assert.deepEqual(server.requests.map((r) => r.method), ['POST']);
    const get = new PxWebClient({ baseUrl: server.baseUrl, maxUrlLength: 300, allowPost: false });
    const viaGet = await get.data('07459', sel);
    const gets = server.requests.slice(1);
    assert.ok(gets.length > 1 && gets.every((r) => r.method === 'GET' && r.url.length <= 300));
    assert.deepEqual(byCodes(viaGet), byCodes(viaPost));
  });

  test('should let SSB sum an eliminated variable', async (t) => {
    const server = await startReplayServer({ tables: allOwnTables() });
    t.after(() => server.close());
    const client = new PxWebClient({ baseUrl: server.baseUrl });
    const [summed] = await client.data('07459', selection07459(['030']));
    const [men, women] = await Promise.all(['1', '2'].map(async (sex) => (await client.data('07459', [...selection07459(['030']), { variableCode: 'Kjonn', valueCodes: [sex] }]))[0]));
    assert.equal(summed.ids.includes('Kjonn'), false);
    for (let i = 0; i < summed.cellCount; i++) {
      const expected = men.value(i) === null || women.value(i) === null ? null : men.value(i)! + women.value(i)!;
      assert.equal(summed.value(i), expected);
    }
  });

  test("should read an aggregation code list with each value's members", async (t) => {
    const body = JSON.stringify(readOwnFixture('codelist-agg_KommSummer.json'));
    const server = await startReplayServer({ routes: { [`${API_PATH}/codeLists/agg_KommSummer`]: { status: 200, body } } });
    t.after(() => server.close());
    const list = (await new PxWebClient({ baseUrl: server.baseUrl }).codeList('agg_KommSummer')).value;
    assert.equal(list.type, 'Aggregation');
    assert.deepEqual(list.values.find((v) => v.code === 'K-1506')?.valueMap, ['1502', '1543', '1557', '1506']);
    assert.equal(server.requests[0].url, `${API_PATH}/codeLists/agg_KommSummer?lang=no`);
  });

  test('should read the recorded KLASS municipality list', async (t) => {
    const body = readShared('kommunebarometer/02_klass_131_codesAt_2026-01-01.json');
    if (body === undefined) return t.skip(`skipped: ${SHARED_PXWEB}/kommunebarometer/02_klass_131_codesAt_2026-01-01.json not found`);
    const server = await startReplayServer({ routes: { '/api/klass/v1/classifications/131/codesAt': { status: 200, body } } });
    t.after(() => server.close());
    const client = new PxWebClient({ baseUrl: server.baseUrl, klassUrl: `${server.url}/api/klass/v1`, clock: fakeClock().clock });
    const codes = (await client.klassCodesAt('131', '2026-01-01')).value;
    assert.equal(codes.length, JSON.parse(body).codes.length);
    assert.equal(codes.find((c) => c.code === '0301')?.name, 'Oslo - Oslove');
    assert.ok(codes.filter((c) => /^\d{4}$/.test(c.code) && c.code !== '9999').length >= 357);
  });
});
