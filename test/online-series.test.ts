// Series the bundle lacks (commuting 03321, workplace employment 11618) loaded from the tests-only data at run time,
// through the real store, harmoniser and catalogue: the "online" indicators must come alive and agree with the raw file.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsvObjects } from '../src/common/csv.ts';
import { Monitor } from '../src/service/monitor.ts';
import { ensureSnapshotLoaded } from '../src/sources/snapshot.ts';
import { Store } from '../src/store/store.ts';
import type { RawRow } from '../src/types.ts';

const TESTS_ONLY = resolve(import.meta.dirname, '../../shared/data/tests-only');
const present = existsSync(join(TESTS_ONLY, 'ssb_03321_commuting_2017_2022.csv'));
const read = (file: string) => parseCsvObjects(readFileSync(join(TESTS_ONLY, file), 'utf8')).map((r) => r.row);
let monitor: Monitor;

describe('online series from the tests-only data', { skip: present ? false : `skipped: tests-only data not found at ${TESTS_ONLY}` }, () => {
  before(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rm-online-'));
    const store = await Store.open(join(dataDir, 'regionmonitor.duckdb'));
    await ensureSnapshotLoaded(store);
    const flows: RawRow[] = read('ssb_03321_commuting_2017_2022.csv').map((r) => ({
      region: r.from_region, counterpart: r.to_region, year: Number(r.year), variable: 'commuters', value: Number(r.value),
    }));
    const jobs: RawRow[] = read('ssb_11618_employment_residence_workplace.csv').map((r) => ({
      region: r.region, year: Number(r.year), variable: r.variable, value: r.value === '' ? null : Number(r.value),
    }));
    await store.commitVintage({ source: 'test', table: '03321', query: 'tests-only', rows: flows });
    await store.commitVintage({ source: 'test', table: '11618', query: 'tests-only', rows: jobs });
    store.close();
    monitor = await Monitor.open({ dataDir, uncertaintyRuns: 0 });
  });
  after(() => monitor?.close());

  test('commuting integration for Molde 2022 should follow the formula from the raw 03321 and 11618 rows', async () => {
    const flows = read('ssb_03321_commuting_2017_2022.csv').filter((r) => r.year === '2022');
    const internal = Number(flows.find((r) => r.from_region === '1506' && r.to_region === '1506')!.value);
    const jobs = read('ssb_11618_employment_residence_workplace.csv').filter((r) => r.region === '1506' && r.year === '2022');
    const res = Number(jobs.find((r) => r.variable === 'employed_15_74_residence')!.value);
    const work = Number(jobs.find((r) => r.variable === 'employed_15_74_workplace')!.value);
    const [v] = (await monitor.values(2022, { indicator: 'commuting_integration' })).filter((x) => x.region === '1506');
    assert.ok(Math.abs(v.value! - ((res - internal) / res + (work - internal) / work) / 2) < 1e-12);
    assert.equal(v.status, 'ok');
  });

  test('online indicators should become available and enter the strength indicator', async () => {
    const available = new Set((await monitor.indicators()).filter((i) => i.available).map((i) => i.id));
    for (const id of ['jobs_growth_5y', 'commuting_integration', 'job_coverage', 'settlement_attractiveness']) assert.ok(available.has(id), id);
    const chain = await monitor.explain('1506', 2022, { indicator: 'commuting_integration' });
    assert.ok(chain.steps[0].weight > 0, 'scored in the composite');
    assert.ok(chain.steps[0].inputs.some((i) => i.table === '03321' && i.counterpart === '1506'));
  });

  test('the city–hinterland measures of Romsdal should be computed from the commuting matrix', async () => {
    const profile = await monitor.profile('romsdal', { year: 2022 });
    const byId = new Map(profile.cityHinterland!.map((m) => [m.indicator, m]));
    const selfContainment = byId.get('self_containment')!;
    assert.equal(selfContainment.status, 'ok');
    assert.ok(selfContainment.value! > 0.5 && selfContainment.value! < 1, String(selfContainment.value));
    assert.ok(byId.get('city_pull')!.value! > 0);
  });

  test('the Ålesund/Haram split should make 2020–22 flows of 1508 and 1580 not comparable', async () => {
    const [v] = (await monitor.values(2021, { indicator: 'commuting_integration' })).filter((x) => x.region === '1580');
    assert.equal(v.value, null);
    assert.equal(v.status, 'not_comparable', v.reason);
  });
});
