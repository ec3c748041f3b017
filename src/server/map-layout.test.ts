import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { geoArea } from 'd3-geo';
import { layoutMunicipalityMap, rewindForD3 } from './map-layout.ts';

const GEO = new URL('../../../shared/data/bundle/geo/kartverket_kommuner_2024_s.topojson', import.meta.url);

describe('rewindForD3', () => {
  test('should reverse a counter-clockwise ring so it encloses a small area', () => {
    const ccw: [number, number][] = [[10, 60], [11, 60], [11, 61], [10, 61], [10, 60]];
    assert.ok(geoArea({ type: 'Polygon', coordinates: [ccw] }) > 2 * Math.PI);
    const fixed = rewindForD3([ccw]);
    assert.ok(geoArea({ type: 'Polygon', coordinates: fixed }) < 0.01);
  });
  test('should leave a clockwise ring as it is', () => {
    const cw: [number, number][] = [[10, 60], [10, 61], [11, 61], [11, 60], [10, 60]];
    assert.equal(rewindForD3([cw])[0], cw);
  });
});

describe('layoutMunicipalityMap', () => {
  test('should project all 357 municipalities inside the viewBox', async (t) => {
    let text: string;
    try {
      text = await readFile(GEO, 'utf8');
    } catch {
      t.skip(`skipped: ${GEO.pathname} not found`);
      return;
    }
    const layout = layoutMunicipalityMap(JSON.parse(text), { width: 500 });
    assert.equal(layout.features.length, 357);
    assert.equal(new Set(layout.features.map((f) => f.code)).size, 357);
    assert.equal(layout.width, 500);
    // Norway is taller than wide in a transverse Mercator, and a mis-wound ring would blow the bounds up.
    assert.ok(layout.height > 500 && layout.height < 1000, `height ${layout.height}`);
    const molde = layout.features.find((f) => f.code === '1506');
    assert.ok(molde && molde.d.startsWith('M'));
    for (const f of layout.features) {
      const nums = f.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        assert.ok(nums[i] >= -1 && nums[i] <= 501, `${f.code} x ${nums[i]}`);
        assert.ok(nums[i + 1] >= -1 && nums[i + 1] <= layout.height + 1, `${f.code} y ${nums[i + 1]}`);
      }
    }
  });
  test('should name the missing object', () => {
    assert.throws(() => layoutMunicipalityMap({ objects: {} }), /no object 'Kommuner'/);
  });
});
