import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accurateMean, sampleSd } from '../numeric.ts';
import type { IndicatorMeta, NormaliseSpec } from '../types.ts';
import { getNormaliser, normalise, NORMALISERS, resolveNormaliseSpec } from './index.ts';

const column = Array.from([3, NaN, 7, 1, 7, 12, 5]);
const PARAMS: Record<string, NormaliseSpec['params']> = { goalposts: { posts: { x: [0, 10] } } };
const indicator = (direction: 1 | -1): IndicatorMeta => ({ code: 'x', parent: 'i', direction, weight: 1 });

// the shared contract every registered method runs
for (const method of Object.keys(NORMALISERS)) {
  describe(`normaliser ${method} (contract)`, () => {
    const spec = resolveNormaliseSpec({ method: method as NormaliseSpec['method'], params: PARAMS[method] });
    const apply = (dir: 1 | -1) => normalise({ rows: column.length, cols: [column] }, [indicator(dir)], spec).table.cols[0];

    it('should keep the length and pass missing values through', () => {
      const out = apply(1);
      assert.equal(out.length, column.length);
      column.forEach((v, i) => assert.equal(Number.isNaN(out[i]), Number.isNaN(v), `position ${i}`));
    });
    it('should not decrease when the value increases', () => {
      const out = apply(1);
      for (let i = 0; i < column.length; i++) for (let j = 0; j < column.length; j++) {
        if (column[i] < column[j]) assert.ok(out[i] <= out[j], `${column[i]} → ${out[i]} vs ${column[j]} → ${out[j]}`);
      }
    });
    it('should reverse the order for direction −1', () => {
      const out = apply(-1);
      for (let i = 0; i < column.length; i++) for (let j = 0; j < column.length; j++) {
        if (column[i] < column[j]) assert.ok(out[i] >= out[j]);
      }
    });
    it('should give the same values at table level as the method on the direction-adjusted column', () => {
      const direct = getNormaliser(method).apply(column.map((v) => -v), spec.params ?? {}, indicator(-1));
      assert.deepEqual(Array.from(apply(-1)), Array.from(direct));
    });
  });
}

describe('normalisation methods', () => {
  it('should compute percentile ranks as (r − 1)/(n − 1) with tied values sharing the lowest rank', () => {
    const out = getNormaliser('prank').apply(Array.from([10, 20, 20, 30]), {}, indicator(1));
    assert.deepEqual(Array.from(out), [0, 1 / 3, 1 / 3, 1]);
  });
  it('should scale min-max onto the range', () => {
    const out = getNormaliser('minmax').apply(Array.from([2, 4, 6]), { range: [1, 100] }, indicator(1));
    assert.deepEqual(Array.from(out), [1, 50.5, 100]);
  });
  it('should give z-scores the requested mean and sd', () => {
    const out = getNormaliser('zscore').apply(Array.from([2, 4, 4, 4, 5, 5, 7, 9]), { mean: 10, sd: 2 }, indicator(1));
    assert.ok(Math.abs(accurateMean(out) - 10) < 1e-14);
    assert.ok(Math.abs(sampleSd(out) - 2) < 1e-14);
  });
  it('should make Borda scores equal ranks minus one', () => {
    const x = Array.from([5, 1, 5, 3]);
    const r = getNormaliser('rank').apply(x, {}, indicator(1));
    assert.deepEqual(Array.from(r), [3, 1, 3, 2]);
    assert.deepEqual(Array.from(getNormaliser('borda').apply(x, {}, indicator(1))), Array.from(r, (v) => v - 1));
  });
  it('should clip goalposts and treat the lower goalpost as best for direction −1', () => {
    const up = normalise({ rows: 3, cols: [Array.from([-5, 5, 15])] }, [indicator(1)], { method: 'goalposts', params: { posts: { x: [0, 10] } } });
    assert.deepEqual(Array.from(up.table.cols[0]), [0, 0.5, 1]);
    const down = normalise({ rows: 2, cols: [Array.from([2, 12])] }, [indicator(-1)], { method: 'goalposts', params: { posts: { x: [0, 10] }, scale: 100 } });
    assert.deepEqual(Array.from(down.table.cols[0]), [80, 0]);
  });
  it('should turn an undefined result (constant column) into missing with a warning', () => {
    const r = normalise({ rows: 3, cols: [Array.from([4, 4, NaN])] }, [indicator(1)], { method: 'minmax' });
    assert.ok(r.table.cols[0].every((v) => Number.isNaN(v)));
    assert.match(r.warnings[0], /minmax is undefined for x/);
  });
  it('should throw short errors for unknown methods and bad params', () => {
    assert.throws(() => getNormaliser('softmax'), /unknown normalisation method: softmax/);
    assert.throws(() => resolveNormaliseSpec({ method: 'minmax', params: { range: [5, 1] } }), /minmax: range must be/);
    assert.throws(() => resolveNormaliseSpec({ method: 'goalposts' }), /goalposts: params.posts is required/);
    assert.throws(() => resolveNormaliseSpec({ method: 'prank', params: { range: [0, 1] } } as never), /prank: takes no params/);
  });
});
