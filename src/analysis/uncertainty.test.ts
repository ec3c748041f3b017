import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExampleDataset } from '../composite/example.ts';
import { getProfile } from '../composite/index.ts';
import { createRandom, quantileType7, replayUncertainty, runUncertainty } from './uncertainty.ts';

describe('createRandom', () => {
  it('should repeat for a seed, differ between seeds and stay in [0, 1)', () => {
    const a = createRandom(7), b = createRandom(7), c = createRandom(8);
    const xa = Array.from({ length: 1000 }, a);
    assert.deepEqual(Array.from({ length: 1000 }, b), xa);
    assert.notDeepEqual(Array.from({ length: 1000 }, c), xa);
    assert.ok(xa.every((x) => x >= 0 && x < 1));
    const mean = xa.reduce((s, x) => s + x) / xa.length;
    assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
  });
});

describe('quantileType7', () => {
  it('should interpolate between order statistics as R type 7', () => {
    const x = [1, 2, 3, 4];
    // index = 1 + (n − 1)p; value = (1 − h)·x[lo] + h·x[hi]
    assert.equal(quantileType7(x, 0.05), 0.85 * 1 + 0.15 * 2);
    assert.equal(quantileType7(x, 0.5), 2.5);
    assert.equal(quantileType7(x, 0), 1);
    assert.equal(quantileType7(x, 1), 4);
    assert.equal(quantileType7([7, 7, 7], 0.3), 7);
  });
});

describe('runUncertainty', () => {
  const ds = buildExampleDataset();
  const options = { n: 200, seed: 42, weightNoise: 0.25, alternatives: { normalisation: [{}, { normalise: { method: 'minmax' as const } }, { normalise: { method: 'zscore' as const } }] } };

  it('should be reproducible for a seed and change with it', () => {
    const a = runUncertainty(ds, 'styrkeanalysen', options);
    assert.deepEqual(runUncertainty(ds, 'styrkeanalysen', options), a);
    assert.notDeepEqual(runUncertainty(ds, 'styrkeanalysen', { ...options, seed: 43 }).replications, a.replications);
  });
  it('should keep every perturbed weight within ± the noise share and leave the top weight alone', () => {
    const r = runUncertainty(ds, 'styrkeanalysen', options);
    for (const rep of r.replications) {
      for (const m of [...ds.indicators, ...ds.aggregates]) {
        const w = rep.weights![m.code];
        if (m.code === 'index') assert.equal(w, m.weight);
        else assert.ok(w >= m.weight * 0.75 && w <= m.weight * 1.25, `${m.code}: ${w}`);
      }
    }
    const picked = new Set(r.replications.map((rep) => rep.choices!.normalisation));
    assert.deepEqual([...picked].sort(), [0, 1, 2]);
  });
  it('should give every statistic equal to the nominal rank when nothing varies', () => {
    const r = runUncertainty(ds, 'styrkeanalysen', { n: 20, seed: 1 });
    for (const p of r.perUnit) assert.deepEqual([p.mean, p.median, p.q05, p.q95], [p.nominal, p.nominal, p.nominal, p.nominal], p.unit);
  });
  it('should summarise ranks per unit with the band inside [1, units] and null for unranked units', () => {
    const r = runUncertainty(ds, 'styrkeanalysen', { ...options, keepReplications: true });
    for (const [u, p] of r.perUnit.entries()) {
      if (p.unit === 'U5') {
        assert.deepEqual([p.nominal, p.mean, p.median, p.q05, p.q95], [null, null, null, null, null]);
        continue;
      }
      const ranks = r.ranks!.map((row) => row[u]!);
      assert.equal(p.mean, ranks.reduce((a, b) => a + b) / ranks.length);
      assert.ok(1 <= p.q05! && p.q05! <= p.median! && p.median! <= p.q95! && p.q95! <= 5);
    }
  });
  it('should replay explicit replications without sampling', () => {
    const sampled = runUncertainty(ds, 'styrkeanalysen', { ...options, keepReplications: true });
    const replayed = replayUncertainty(ds, getProfile('styrkeanalysen'), sampled.replications, { keepReplications: true });
    assert.deepEqual(replayed.scores, sampled.scores);
    assert.deepEqual(replayed.perUnit, sampled.perUnit);
  });
  it('should rank by another aggregate on request and reject unknown ones', () => {
    assert.equal(runUncertainty(ds, 'styrkeanalysen', { n: 5, seed: 1, target: 'business' }).target, 'business');
    assert.throws(() => runUncertainty(ds, 'styrkeanalysen', { n: 5, seed: 1, target: 'housing' }), /unknown target aggregate: housing/);
    assert.throws(() => runUncertainty(ds, 'styrkeanalysen', { n: 0, seed: 1 }), /n must be a positive integer/);
    assert.throws(() => runUncertainty(ds, 'styrkeanalysen', { n: 5, seed: 1, alternatives: [{ normalise: { method: 'softmax' as never } }] }), /unknown normalisation method: softmax/);
  });
});
