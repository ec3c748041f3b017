import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExampleDataset } from './example.ts';
import { DEFAULT_PROFILE, getProfile, PROFILES, resolveProfile, runPipeline } from './index.ts';

describe('profile registry', () => {
  it('should have styrkeanalysen as the default: prank, amean, 2/3 threshold, styrkeindikator', () => {
    const p = resolveProfile(DEFAULT_PROFILE);
    assert.equal(p.name, 'styrkeanalysen');
    assert.deepEqual([p.normalise.method, p.aggregate.method, p.availabilityThreshold, p.report], ['prank', 'amean', 2 / 3, 'styrkeindikator']);
  });
  for (const name of Object.keys(PROFILES)) {
    it(`should resolve, serialise and run profile ${name}`, () => {
      const p = resolveProfile(name);
      assert.deepEqual(resolveProfile(JSON.parse(JSON.stringify(p))), p);
      const r = runPipeline(buildExampleDataset(), p);
      assert.ok(r.aggregated.some((row) => row.some((v) => v !== null)));
    });
  }
  it('should hand out copies, so callers cannot change the registry', () => {
    const p = getProfile('styrkeanalysen');
    p.normalise.method = 'minmax';
    assert.equal(getProfile('styrkeanalysen').normalise.method, 'prank');
  });
  it('should fill method defaults (COINr winsorisation, min-max range)', () => {
    const p = resolveProfile({ name: 'x', impute: { method: 'none' }, treat: { method: 'winsorise' }, normalise: { method: 'minmax' }, aggregate: { method: 'amean' } });
    assert.deepEqual(p.treat.params, { winmax: 5, skewThreshold: 2, kurtThreshold: 3.5, forceWin: false, logFallback: true });
    assert.deepEqual(p.normalise.params, { range: [0, 100] });
  });
  it('should reject bad options with short messages', () => {
    assert.throws(() => getProfile('coinr'), /unknown profile: coinr/);
    assert.throws(() => resolveProfile({ ...getProfile('styrkeanalysen'), availabilityThreshold: 2 }), /availabilityThreshold must be in \[0, 1\]/);
    assert.throws(() => resolveProfile({ ...getProfile('styrkeanalysen'), report: 'percent' as never }), /unknown report transform: percent/);
    assert.throws(() => resolveProfile({ ...getProfile('styrkeanalysen'), treat: { method: 'trim' as never } }), /unknown treatment method: trim/);
  });
});
