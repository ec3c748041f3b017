import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CrosswalkRow, RawRow } from '../types.ts';
import { CodeCrosswalk, harmonise } from './harmonise.ts';

// A small invented structure: A1+A2 merge into 3001 in 2020; B1 is renumbered to 3002; C1 is split between
// 3003 (60 %) and 3004 (40 %) in 2020. 3005 has always had its code.
const rows: CrosswalkRow[] = [
  { code: 'A1', year: 2019, target: '3001', share: 1, method: 'arvet' },
  { code: 'A2', year: 2019, target: '3001', share: 1, method: 'arvet' },
  { code: 'B1', year: 2019, target: '3002', share: 1, method: 'arvet' },
  { code: 'C1', year: 2019, target: '3003', share: 0.6, method: 'delt, anslått' },
  { code: 'C1', year: 2019, target: '3004', share: 0.4, method: 'delt, anslått' },
  { code: '3005', year: 2019, target: '3005', share: 1, method: '2024-kode' },
  ...['3001', '3002', '3003', '3004', '3005'].map((c) => ({ code: c, year: 2020, target: c, share: 1, method: '2024-kode' })),
];
const crosswalk = new CodeCrosswalk(rows, new Set(['3001', '3002', '3003', '3004', '3005']));
const counts = { isAdditive: (v: string) => v !== 'median' };
const row = (region: string, year: number, value: number | null, variable = 'pop'): RawRow => ({ region, year, variable, value });
const find = (values: ReturnType<typeof harmonise>['values'], region: string, year = 2019, variable = 'pop') =>
  values.find((v) => v.region === region && v.year === year && v.variable === variable);

describe('harmonise', () => {
  test('should sum merged municipalities and rename renumbered ones', () => {
    const { values } = harmonise([row('A1', 2019, 10), row('A2', 2019, 5), row('B1', 2019, 7)], crosswalk, counts);
    assert.deepEqual([find(values, '3001')?.value, find(values, '3001')?.status], [15, 'ok']);
    assert.deepEqual(find(values, '3001')?.from.map((f) => f.code), ['A1', 'A2']);
    assert.equal(find(values, '3002')?.value, 7);
  });
  test('should leave a merge empty when one of its parts is missing', () => {
    const v = find(harmonise([row('A1', 2019, 10)], crosswalk, counts).values, '3001');
    assert.equal(v?.value, null);
    assert.equal(v?.status, 'incomplete_merge');
    assert.match(v!.reason!, /A2 is missing/);
  });
  test('should flag both successors of a split as not comparable by default', () => {
    const { values } = harmonise([row('C1', 2019, 100)], crosswalk, counts);
    for (const code of ['3003', '3004']) {
      assert.equal(find(values, code)?.value, null);
      assert.equal(find(values, code)?.status, 'not_comparable');
    }
  });
  test('should apportion a split by population share only when asked, and label it estimated', () => {
    const { values } = harmonise([row('C1', 2019, 100)], crosswalk, { ...counts, splits: 'population-share' });
    assert.equal(find(values, '3003')?.value, 60);
    assert.equal(find(values, '3004')?.status, 'estimated');
  });
  test('should not combine medians of merged units', () => {
    const { values } = harmonise([row('A1', 2019, 10, 'median'), row('A2', 2019, 5, 'median'), row('B1', 2019, 7, 'median')], crosswalk, counts);
    assert.equal(find(values, '3001', 2019, 'median')?.status, 'not_additive');
    assert.equal(find(values, '3002', 2019, 'median')?.value, 7);
  });
  test('should keep values already on 2024 codes and carry SSB markers through', () => {
    const { values } = harmonise([row('3001', 2019, 15), { ...row('3005', 2019, null), status: 'confidential' }], crosswalk, counts);
    assert.equal(find(values, '3001')?.value, 15);
    assert.equal(find(values, '3005')?.status, 'confidential');
  });
  test('should use the first crosswalk year for earlier years and report unknown codes', () => {
    const { values, unmapped } = harmonise([row('B1', 1980, 3), row('ZZ', 2019, 1)], crosswalk, counts);
    assert.equal(find(values, '3002', 1980)?.value, 3);
    assert.deepEqual(unmapped, [{ code: 'ZZ', year: 2019, variable: 'pop' }]);
  });
});
