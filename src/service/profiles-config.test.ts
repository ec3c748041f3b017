import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfiles } from './profiles-config.ts';

const write = (doc: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'rm-profiles-')), 'profiles.json');
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
};

describe('loadProfiles', () => {
  test('should add a stored profile, completed with every default, beside the built-ins', () => {
    const profiles = loadProfiles(write({ profiles: [{ name: 'median-minmax', impute: { method: 'median' }, normalise: { method: 'minmax' }, aggregate: { method: 'amean' } }] }));
    assert.ok(profiles.styrkeanalysen);
    const p = profiles['median-minmax'];
    assert.equal(p.impute.method, 'median');
    assert.deepEqual(p.normalise.params, { range: [0, 100] });
    assert.equal(p.availabilityThreshold, 2 / 3);
  });
  test('should name the file and entry of a bad profile', () => {
    assert.throws(() => loadProfiles(write({ profiles: [{ name: 'x', normalise: { method: 'nope' } }] })), /profiles\.json: profiles\[0\] \(x\): unknown normalisation method/);
    assert.throws(() => loadProfiles(write({ profiles: [{ name: 'styrkeanalysen', normalise: { method: 'prank' } }] })), /"styrkeanalysen" is already a profile/);
    assert.throws(() => loadProfiles(write('{')), /profiles\.json: /);
  });
});
