import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accurateMean, accurateSum, median, sampleSd } from './numeric.ts';
import { rankAscendingMin, rankDescending } from './rank.ts';

describe('rankDescending', () => {
  it('should give 1 to the best score, share the better rank on ties and keep null', () => {
    assert.deepEqual(rankDescending([0.5, 0.9, null, 0.5, 0.1]), [2, 1, null, 2, 4]);
  });
  it('should equal 1 + the number of strictly better scores for every unit', () => {
    const scores = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const ranks = rankDescending(scores);
    scores.forEach((s, i) => assert.equal(ranks[i], 1 + scores.filter((t) => t > s).length));
  });
});

describe('rankAscendingMin', () => {
  it('should rank in sport order (ties = min) and skip NaN', () => {
    assert.deepEqual(Array.from(rankAscendingMin([10, 20, NaN, 20, 30])), [1, 2, NaN, 2, 4]);
  });
});

describe('accurate numerics', () => {
  it('should sum without cancellation error', () => {
    assert.equal(accurateSum([1e16, 1, -1e16]), 1);
    // exact sum of the four doubles is 2⁻⁵⁴·… tiny but not the naive 1.1e-16
    assert.ok(Math.abs(accurateSum([0.1, 0.2, 0.3, -0.6])) < Math.abs(0.1 + 0.2 + 0.3 - 0.6));
  });
  it('should skip NaN (missing) in sum, mean, sd and median', () => {
    assert.equal(accurateSum([1, NaN, 2]), 3);
    assert.equal(accurateMean([1, NaN, 2, 3]), 2);
    assert.equal(sampleSd([2, NaN, 4, 4, 4, 5, 5, 7, 9]), Math.sqrt(32 / 7));
    assert.equal(median([5, NaN, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
  it('should give the correctly rounded mean where a naive sum drifts', () => {
    const x = Array.from({ length: 10 }, () => 0.1);
    assert.equal(accurateMean(x), 0.1);
    assert.notEqual(x.reduce((a, b) => a + b) / 10, 0.1); // the naive mean is off by an ulp
  });
  it('should return NaN when there is nothing to average', () => {
    assert.ok(Number.isNaN(accurateMean([NaN])));
    assert.ok(Number.isNaN(sampleSd([1])));
  });
});
