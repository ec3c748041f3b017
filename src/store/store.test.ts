import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRow } from '../types.ts';
import { contentHash, Store } from './store.ts';

const rows = (value: number): RawRow[] => [
  { region: '1506', year: 2023, variable: 'pop', value },
  { region: '1506', year: 2024, variable: 'pop', value: value + 1 },
  { region: '1505', year: 2024, variable: 'pop', value: null, status: 'confidential' },
];

describe('Store', () => {
  test('should keep every vintage and read the newest as current, older ones as of', async () => {
    const store = await Store.open(':memory:');
    const first = await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(10) });
    const second = await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(20) });
    assert.equal((await store.vintages()).length, 2);
    const current = await store.observations({ regions: ['1506'] });
    assert.deepEqual(current.map((o) => [o.year, o.value, o.vintageId]).sort(), [[2023, 20, second.vintage.id], [2024, 21, second.vintage.id]]);
    const old = await store.observations({ regions: ['1506'], asOf: { vintageId: first.vintage.id } });
    assert.deepEqual(old.map((o) => o.value).sort(), [10, 11]);
    assert.equal((await store.observations({ asOf: { date: new Date('2000-01-01') } })).length, 0);
    store.close();
  });

  test('should treat identical content as a no-op, whatever the row order', async () => {
    const store = await Store.open(':memory:');
    await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(10) });
    const again = await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(10).reverse() });
    assert.equal(again.unchanged, true);
    assert.equal((await store.vintages()).length, 1);
    assert.equal(contentHash(rows(10)), contentHash([...rows(10)].reverse()));
    store.close();
  });

  test('should keep status markers and overlay a partial vintage cell by cell', async () => {
    const store = await Store.open(':memory:');
    await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(10) });
    await store.commitVintage({ source: 'import', table: 'fix.csv', query: 'f', rows: [{ region: '1506', year: 2024, variable: 'pop', value: 99 }] });
    const current = await store.observations();
    assert.equal(current.find((o) => o.region === '1506' && o.year === 2024)?.value, 99);
    assert.equal(current.find((o) => o.region === '1506' && o.year === 2023)?.value, 10);
    assert.equal(current.find((o) => o.region === '1505')?.status, 'confidential');
    store.close();
  });

  test('should roll a failed load back completely', async () => {
    const store = await Store.open(':memory:');
    await store.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(10) });
    const bad = [...rows(30), { region: '1506', year: Number.NaN, variable: 'pop', value: 1 } as RawRow];
    await assert.rejects(store.commitVintage({ source: 's', table: 't', query: 'q', rows: bad }));
    assert.equal((await store.vintages()).length, 1);
    assert.deepEqual((await store.observations({ regions: ['1506'] })).map((o) => o.value).sort(), [10, 11]);
    store.close();
  });

  test('should survive reopening and refuse a newer schema', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rm-store-')), 'db.duckdb');
    const a = await Store.open(path);
    await a.commitVintage({ source: 's', table: 't', query: 'q', rows: rows(1) });
    a.close();
    const b = await Store.open(path);
    assert.equal((await b.observations()).length, 3);
    assert.equal(await b.schemaVersion(), 1);
    b.close();
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const raw = await (await DuckDBInstance.create(path)).connect();
    await raw.run('INSERT INTO schema_migrations VALUES (999, now())');
    raw.closeSync();
    await assert.rejects(Store.open(path), /schema version 999, newer than this program/);
  });
});
