import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeCrosswalk } from '../regions/harmonise.ts';
import type { CrosswalkRow, StoredObservation } from '../types.ts';
import { harmoniseObservations } from './harmonised-series.ts';

// A1 + A2 merge into 3001 in 2020; C1 is split between 3003 and 3004; 3002 keeps its code.
const rows: CrosswalkRow[] = [
  { code: 'A1', year: 2019, target: '3001', share: 1, method: 'arvet' },
  { code: 'A2', year: 2019, target: '3001', share: 1, method: 'arvet' },
  { code: '3002', year: 2019, target: '3002', share: 1, method: '2024-kode' },
  { code: 'C1', year: 2019, target: '3003', share: 0.5, method: 'delt' },
  { code: 'C1', year: 2019, target: '3004', share: 0.5, method: 'delt' },
];
const crosswalk = new CodeCrosswalk(rows, new Set(['3001', '3002', '3003', '3004']));
const flow = (from: string, to: string, value: number): StoredObservation => ({
  region: from, counterpart: to, year: 2019, variable: 'commuters', value, status: 'ok', vintageId: 7, table: '03321',
});

describe('harmoniseObservations (commuting flows)', () => {
  test('should sum flows over merged municipalities at both ends and keep their provenance', () => {
    const { flows } = harmoniseObservations([flow('A1', 'A1', 10), flow('A1', 'A2', 3), flow('A2', 'A1', 2), flow('A2', 'A2', 20), flow('A1', '3002', 4), flow('A2', '3002', 1)], crosswalk);
    const get = (from: string, to: string) => flows.find((f) => f.region === from && f.counterpart === to);
    assert.equal(get('3001', '3001')?.value, 35);
    assert.equal(get('3001', '3002')?.value, 5);
    assert.deepEqual([get('3001', '3002')?.vintageId, get('3001', '3002')?.table], [7, '03321']);
  });
  test('should read a flow SSB leaves out (zero) as 0 when summing a merged unit', () => {
    const { flows } = harmoniseObservations([flow('A1', 'A1', 10), flow('A2', 'A2', 20), flow('A1', 'A2', 3)], crosswalk);
    const within = flows.find((f) => f.region === '3001' && f.counterpart === '3001');
    assert.deepEqual([within?.value, within?.status], [33, 'ok']);
  });
  test('should flag flows from or to a split municipality as not comparable', () => {
    const { flows } = harmoniseObservations([flow('C1', '3002', 8), flow('3002', 'C1', 6)], crosswalk);
    assert.ok(flows.length > 0);
    for (const f of flows) assert.equal(f.status, 'not_comparable', `${f.region}→${f.counterpart}`);
  });
});
