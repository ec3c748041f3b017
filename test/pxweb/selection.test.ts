import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cellCount, dataUrl, planDataRequests, postBody, splitByCells, type Selection } from '../../src/sources/pxweb/selection.ts';

const regions = Array.from({ length: 450 }, (_, i) => String(1000 + i));
const years = Array.from({ length: 20 }, (_, i) => String(2005 + i));
const selection: Selection = [
  { variableCode: 'Region', valueCodes: regions },
  { variableCode: 'ContentsCode', valueCodes: ['Folkemengde', 'Nettoinnflytting'] },
  { variableCode: 'Tid', valueCodes: years },
];

/** Every (region, contents, year) combination the parts ask for, as strings. */
function combos(parts: Selection[]): string[] {
  return parts.flatMap((p) => p[0].valueCodes.flatMap((r) => p[1].valueCodes.flatMap((c) => p[2].valueCodes.map((y) => `${r}|${c}|${y}`))));
}

describe('splitting a selection', () => {
  test('should count cells as the product of the code lists', () => {
    assert.equal(cellCount(selection), 450 * 2 * 20);
  });

  test('should refuse to count an unresolved expression', () => {
    assert.throws(() => cellCount([{ variableCode: 'Tid', valueCodes: ['top(5)'] }]), /expression 'top\(5\)' in Tid/);
  });

  test('should keep a selection under the limit whole', () => {
    assert.equal(splitByCells(selection, 800_000).length, 1);
  });

  test('should split a selection over the cell limit into parts under it that cover every cell once', () => {
    const parts = splitByCells(selection, 1000);
    assert.ok(parts.length > 1);
    for (const p of parts) assert.ok(cellCount(p) <= 1000, `part of ${cellCount(p)} cells`);
    const all = combos(parts);
    assert.equal(all.length, cellCount(selection));
    assert.equal(new Set(all).size, all.length);
  });

  test('should split the next variable when one code of the widest already exceeds the limit', () => {
    const parts = splitByCells(selection, 30); // 2 contents × 20 years = 40 per region > 30
    for (const p of parts) assert.ok(cellCount(p) <= 30);
    assert.equal(new Set(combos(parts)).size, cellCount(selection));
  });
});

describe('planning requests', () => {
  const base = 'http://127.0.0.1:1/api/pxwebapi/v2';

  test('should build a GET URL with literal brackets and commas and escaped codes', () => {
    const url = dataUrl(base, '07459', [{ variableCode: 'Alder', valueCodes: ['067', '105+'] }, { variableCode: 'Region', valueCodes: ['K-3103'], codelist: 'agg_KommSummer', outputValues: 'aggregated' }]);
    assert.equal(url, `${base}/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Alder]=067,105%2B&valueCodes[Region]=K-3103&codelist[Region]=agg_KommSummer&outputValues[Region]=aggregated`);
  });

  test('should use GET while the URL is short enough', () => {
    const plan = planDataRequests(base, '06913', [{ variableCode: 'Region', valueCodes: ['0301'] }, { variableCode: 'Tid', valueCodes: ['2024'] }]);
    assert.deepEqual(plan.map((r) => r.method), ['GET']);
    assert.equal(plan[0].body, undefined);
  });

  test('should send an over-long selection as POST with the v2 selection body', () => {
    const plan = planDataRequests(base, '06913', selection, { maxUrlLength: 2000 });
    assert.equal(plan.length, 1);
    assert.equal(plan[0].method, 'POST');
    assert.ok(plan[0].url.length < 200);
    assert.deepEqual(JSON.parse(plan[0].body!), JSON.parse(postBody(selection)));
    assert.deepEqual(JSON.parse(plan[0].body!).selection[0], { variableCode: 'Region', valueCodes: regions });
  });

  test('should split until every GET URL fits when POST is not allowed', () => {
    const plan = planDataRequests(base, '06913', selection, { maxUrlLength: 400, allowPost: false });
    assert.ok(plan.length > 1);
    for (const r of plan) {
      assert.equal(r.method, 'GET');
      assert.ok(r.url.length <= 400, `URL of ${r.url.length} characters`);
    }
    assert.equal(new Set(combos(plan.map((r) => r.selection))).size, cellCount(selection));
  });

  test('should apply the cell limit and the URL limit together', () => {
    const plan = planDataRequests(base, '06913', selection, { maxCells: 5000, maxUrlLength: 2000 });
    assert.ok(plan.length >= 4);
    for (const r of plan) assert.ok(r.cells <= 5000);
    assert.equal(plan.reduce((n, r) => n + r.cells, 0), cellCount(selection));
  });
});
