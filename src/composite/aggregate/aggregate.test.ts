import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileHierarchy } from '../hierarchy.ts';
import type { Dataset } from '../types.ts';
import { aggregateAll, amean, getAggregator, gmean } from './index.ts';

const f64 = (...v: number[]): number[] => v;

describe('weighted means', () => {
  it('should re-scale the weights to sum to 1 (amean)', () => {
    assert.equal(amean(f64(1, 3), f64(1, 2), 2), 7 / 3);
  });
  it('should take exp(Σ w log x / Σ w) (gmean)', () => {
    assert.equal(gmean(f64(1, 4), f64(1, 1), 2), 2);
    assert.ok(Math.abs(gmean(f64(2, 8), f64(2, 1), 2) - Math.cbrt(32)) < 1e-15);
  });
  it('should refuse zero or negative values in gmean, as COINr does', () => {
    assert.throws(() => gmean(f64(0, 4), f64(1, 1), 2), /gmean needs values > 0, got 0/);
  });
  it('should throw for unknown methods', () => {
    assert.throws(() => getAggregator('median'), /unknown aggregation method: median/);
  });
});

describe('aggregateAll', () => {
  const ds: Dataset = {
    units: ['a', 'b', 'c'],
    indicators: [
      { code: 'x', parent: 't', direction: 1, weight: 1 },
      { code: 'y', parent: 't', direction: 1, weight: 3 },
      { code: 'ctx', parent: 't', direction: 1, weight: 0 },
    ],
    aggregates: [{ code: 't', parent: null, level: 2, weight: 1 }],
    values: [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
  };
  const h = compileHierarchy(ds);
  const w = { indicators: [1, 3, 0], aggregates: [1] };
  const cols = [f64(0.2, NaN, NaN), f64(0.6, 0.5, NaN), f64(100, 100, 100)];

  it('should skip missing children, re-scale weights and ignore weight-0 (context) children', () => {
    const [t] = aggregateAll(h, cols, w, 'amean', 3);
    assert.equal(t[0], 0.25 * 0.2 + 0.75 * 0.6);
    assert.equal(t[1], 0.5);
    assert.ok(Number.isNaN(t[2]), 'no scored child present → missing');
  });
  it('should leave units that are not scored missing', () => {
    const [t] = aggregateAll(h, cols, w, 'amean', 3, [true, false, true]);
    assert.ok(Number.isNaN(t[1]));
  });
});
