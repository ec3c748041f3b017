import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOwnRegions } from './own-regions.ts';

const codes = new Set(['1506', '1535', '1539', '1547', '1579', '1505']);
const doc = (regions: unknown[]) => JSON.stringify({ regions });

describe('parseOwnRegions', () => {
  test('should read members and city', () => {
    const [r] = parseOwnRegions(doc([{ id: 'romsdal', name: 'Romsdal', city: '1506', members: ['1506', '1535'] }]), 'r.json', codes);
    assert.deepEqual(r, { id: 'romsdal', name: 'Romsdal', city: '1506', members: ['1506', '1535'] });
  });
  test('should name the file and field of an unknown code', () => {
    assert.throws(
      () => parseOwnRegions(doc([{ id: 'x', name: 'X', members: ['1506', '1599'] }]), 'r.json', codes),
      /r\.json: regions\[0\]\.members\[1\]: "1599" is not a municipality of the 2024 structure/,
    );
  });
  test('should refuse a city outside the members, duplicate ids and bad JSON', () => {
    assert.throws(() => parseOwnRegions(doc([{ id: 'x', name: 'X', city: '1505', members: ['1506', '1535'] }]), 'r.json', codes), /regions\[0\]\.city/);
    const two = { id: 'x', name: 'X', members: ['1506', '1535'] };
    assert.throws(() => parseOwnRegions(doc([two, two]), 'r.json', codes), /regions\[1\]\.id: "x" is already used/);
    assert.throws(() => parseOwnRegions('{', 'r.json', codes), /r\.json: not valid JSON/);
  });
  test('the shipped config should be valid against the 2024 registry', () => {
    const repo = resolve(import.meta.dirname, '../..');
    const all = new Set(readFileSync(resolve(repo, 'data/snapshot/registry/municipalities.csv'), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]).filter(Boolean));
    const regions = parseOwnRegions(readFileSync(resolve(repo, 'config/regions.json'), 'utf8'), 'config/regions.json', all);
    assert.deepEqual(regions.map((r) => r.id), ['romsdal', 'alesund', 'kristiansund']);
  });
});
