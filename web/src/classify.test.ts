import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, colourScale, DIVERGING, MISSING_FILL, quantileBreaks, SEQUENTIAL } from './classify.ts';

describe('quantileBreaks', () => {
  test('should split values into classes of equal counts', () => {
    const values = Array.from({ length: 70 }, (_, i) => i);
    const breaks = quantileBreaks(values, 7);
    assert.equal(breaks.length, 6);
    const counts = new Array(7).fill(0);
    for (const v of values) counts[classOf(v, breaks)]++;
    for (const c of counts) assert.ok(c >= 9 && c <= 11, `counts ${counts}`);
  });
  test('should ignore non-finite values and return no breaks for none', () => {
    assert.deepEqual(quantileBreaks([NaN, Infinity], 5), []);
    assert.deepEqual(quantileBreaks([1, NaN, 3], 2), [2]);
  });
});

describe('colourScale', () => {
  const values = Array.from({ length: 100 }, (_, i) => i);
  test('should colour high values blue (robust) when higher is more robust', () => {
    const s = colourScale(values, 1);
    assert.equal(s.colour(99), DIVERGING[6]);
    assert.equal(s.colour(0), DIVERGING[0]);
  });
  test('should colour low values blue when lower is more robust (styrkeindikator)', () => {
    const s = colourScale(values, -1);
    assert.equal(s.colour(0), DIVERGING[6]);
    assert.equal(s.colour(99), DIVERGING[0]);
  });
  test('should use the sequential palette for context indicators and grey for missing', () => {
    const s = colourScale(values, 0);
    assert.equal(s.colour(99), SEQUENTIAL[6]);
    assert.equal(s.colour(null), MISSING_FILL);
  });
});
