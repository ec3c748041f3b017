import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cells, parseJsonStat2, statusFromMarker } from '../../src/sources/pxweb/json-stat.ts';
import { readOwnFixture, readShared, SHARED_PXWEB } from './replay-server.ts';

/** A shared recording parsed, or a skip diagnostic when ../shared/data is absent. */
function shared(t: { skip: (m: string) => void }, name: string): any {
  const text = readShared(name);
  if (text === undefined) t.skip(`skipped: ${SHARED_PXWEB}/${name} not found`);
  return text === undefined ? undefined : JSON.parse(text);
}

describe('statusFromMarker', () => {
  test('should map SSB standard symbols to missing-value reasons', () => {
    assert.equal(statusFromMarker('..', null), 'not_available');
    assert.equal(statusFromMarker('...', null), 'not_available');
    assert.equal(statusFromMarker('.', null), 'not_applicable');
    assert.equal(statusFromMarker(':', null), 'confidential');
    assert.equal(statusFromMarker(undefined, 5), 'ok');
    assert.equal(statusFromMarker(undefined, null), 'missing');
    // symbols that qualify a number keep it
    assert.equal(statusFromMarker('-', 0), 'ok');
  });
});

describe('parseJsonStat2', () => {
  test('should read the recorded SSB smoke response (table 12134)', (t) => {
    const doc = shared(t, 'kommunebarometer/01_smoke_12134_data.json');
    if (!doc) return;
    const ds = parseJsonStat2(doc, 'SSB table 12134');
    assert.deepEqual(ds.ids, ['KOKkommuneregion0000', 'ContentsCode', 'Tid']);
    const all = [...cells(ds)];
    assert.equal(all.length, doc.value.length);
    const oslo = all.find((c) => c.codes.KOKkommuneregion0000 === '0301')!;
    assert.equal(oslo.value, doc.value[0]);
    assert.equal(oslo.status, 'ok');
    assert.equal(ds.dimensions.KOKkommuneregion0000.labels['5001'], 'Trondheim - Tråante');
  });

  test('should turn the `..` markers of a recorded response into missing values', (t) => {
    const doc = shared(t, 'pxwebpy_response_no.json');
    if (!doc) return;
    const all = [...cells(parseJsonStat2(doc))];
    const marked = Object.keys(doc.status).map(Number);
    assert.ok(marked.length > 0);
    for (const i of marked) {
      assert.equal(all[i].value, null);
      assert.equal(all[i].status, 'not_available');
    }
    assert.equal(all.filter((c) => c.status === 'ok').length, doc.value.length - marked.length);
    // flat index → codes: the last dimension varies fastest
    assert.deepEqual(all[1].codes, { Region: 'TOTAL', Boligtype: '01', ContentsCode: 'Boligindeks', Tid: '2022K2' });
  });

  test('should read `.`, `..` and `:` from a recorded KOSTRA response', (t) => {
    const doc = shared(t, 'ks_resultatTest3.json');
    if (!doc) return;
    const all = [...cells(parseJsonStat2(doc))];
    const count = (s: string) => all.filter((c) => c.status === s).length;
    const markers = Object.values(doc.status as Record<string, string>);
    assert.equal(count('not_applicable'), markers.filter((m) => m === '.').length);
    assert.equal(count('confidential'), markers.filter((m) => m === ':').length);
    assert.equal(count('not_available'), markers.filter((m) => m === '..').length);
    assert.ok(count('confidential') > 0 && count('not_available') > 0);
  });

  test('should order codes by category.index, not by key order', () => {
    // Integer-like keys ("1502") come first in a JS object whatever the index says; "0301" keeps insertion order.
    const ds = parseJsonStat2(readOwnFixture('06913.json'));
    assert.deepEqual(ds.dimensions.Region.codes, ['0', '15', '1502', '1506', '1535', '0301']);
    const doc = {
      version: '2.0', class: 'dataset', id: ['Kjonn'], size: [3],
      dimension: { Kjonn: { category: { index: { '0': 0, '1': 2, '2': 1 }, label: { '0': 'Begge', '1': 'Menn', '2': 'Kvinner' } } } },
      value: [10, 4, 6],
    };
    const all = [...cells(parseJsonStat2(doc))];
    assert.deepEqual(all.map((c) => [c.codes.Kjonn, c.value]), [['0', 10], ['2', 4], ['1', 6]]);
  });

  test('should accept sparse values and a status given for all cells', () => {
    const doc = { version: '2.0', class: 'dataset', id: ['A'], size: [3], dimension: { A: { category: { index: ['x', 'y', 'z'] } } }, value: { '1': 7 }, status: ':' };
    const all = [...cells(parseJsonStat2(doc))];
    assert.deepEqual(all.map((c) => [c.value, c.status]), [[null, 'confidential'], [null, 'confidential'], [null, 'confidential']]);
  });

  test('should name the response and the problem when the document is not JSON-stat2', () => {
    assert.throws(() => parseJsonStat2({ foo: 1 }, 'SSB table 07984'), /SSB table 07984: not a JSON-stat2 dataset \(id\/size/);
    assert.throws(
      () => parseJsonStat2({ class: 'dataset', id: ['A'], size: [2], dimension: { A: { category: { index: { x: 0 } } } }, value: [] }, 'SSB table 1'),
      /dimension A has 1 categories but size says 2/,
    );
  });

  test('should read elimination and code lists from metadata', () => {
    const ds = parseJsonStat2({
      version: '2.0', class: 'dataset', id: ['Region'], size: [1], value: [],
      dimension: { Region: { category: { index: { '0301': 0 } }, extension: { elimination: true, codelists: [{ id: 'agg_KommSummer', label: 'Kommuner', type: 'Aggregation' }] } } },
    });
    assert.equal(ds.dimensions.Region.elimination, true);
    assert.deepEqual(ds.dimensions.Region.codelists.map((c) => c.id), ['agg_KommSummer']);
  });
});
