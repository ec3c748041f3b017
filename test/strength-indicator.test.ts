// The strength indicator on the real bundled data, checked against independent recomputation from the raw CSVs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Monitor } from '../src/service/monitor.ts';

const BUNDLE = resolve(import.meta.dirname, '../../shared/data/bundle');
let monitor: Monitor;

/** Raw value from a shared bundle CSV, read independently of the product's snapshot. */
function bundleValue(file: string, region: string, year: number, variable: string): number {
  const line = readFileSync(join(BUNDLE, file), 'utf8').split('\n').find((l) => l.startsWith(`${region},${year},${variable},`));
  return Number(line!.split(',')[3]);
}

describe('strength indicator (Styrkeanalysen convention) on the bundled data', () => {
  before(async () => {
    monitor = await Monitor.open({ dataDir: mkdtempSync(join(tmpdir(), 'rm-strength-')), uncertaintyRuns: 50 });
  });
  after(() => monitor.close());

  test('should rank all 357 municipalities in 2022, strongest (lowest %) first, ties sharing the better rank', async () => {
    const rows = await monitor.ranking(2022);
    assert.equal(rows.length, 357);
    const ranked = rows.filter((r) => r.rank !== null);
    assert.ok(ranked.length > 340, `${ranked.length} ranked`);
    for (let i = 1; i < ranked.length; i++) {
      assert.ok(ranked[i - 1].score_pct! <= ranked[i].score_pct!, 'sorted by score');
      const expected = ranked[i].score_pct === ranked[i - 1].score_pct ? ranked[i - 1].rank : i + 1;
      assert.equal(ranked[i].rank, expected);
    }
    for (const r of rows.filter((x) => x.rank === null)) assert.match(r.reason!, /threshold/);
    for (const r of ranked.slice(0, 10)) assert.ok(r.band && r.band[0] <= r.band[1], 'rank band present');
  });

  test('explain should rebuild Molde’s score from percentile ranks, weights and SSB figures', async () => {
    const chain = await monitor.explain('1506', 2022);
    const scored = chain.steps.filter((s) => s.prank !== null);
    assert.ok(scored.length >= 6);
    let score = 0;
    let weights = 0;
    for (const s of scored) {
      assert.equal(s.prank, (s.rank! - 1) / (s.n - 1), `${s.indicator}: prank = (r − 1)/(n − 1)`);
      assert.equal(s.position, 1 - s.prank!);
      score += s.weight * s.prank!;
      weights += s.weight;
    }
    assert.ok(Math.abs(weights - 1) < 1e-12, 'weights sum to 1');
    assert.ok(Math.abs(chain.composite.score! - score) < 1e-12);
    assert.ok(Math.abs(chain.composite.score_pct! - 100 * (1 - score)) < 1e-9);
    const ranking = await monitor.ranking(2022);
    assert.equal(chain.rank.rank, ranking.find((r) => r.region === '1506')!.rank);
  });

  test('employment growth for Molde should follow the formula from the raw 07984 figures', async (t) => {
    if (!existsSync(BUNDLE)) return t.skip(`shared data not found at ${BUNDLE}`);
    const [step] = (await monitor.explain('1506', 2022, { indicator: 'employment_growth_5y' })).steps;
    const now = bundleValue('ssb_07984_employment_residence.csv', '1506', 2022, 'employed_total_00_99');
    const then = bundleValue('ssb_07984_employment_residence.csv', '1506', 2017, 'employed_total_00_99');
    assert.equal(step.value, now / then - 1);
    assert.deepEqual(step.inputs.map((i) => [i.value, i.table]), [[now, '07984'], [then, '07984']]);
    assert.ok(step.inputs.every((i) => i.vintageId !== null && i.vintageLoadedAt !== null));
  });

  test('a percentile position should equal an independent count over all municipalities', async () => {
    const values = (await monitor.values(2022, { indicator: 'population_growth_5y' })).filter((v) => /^\d{4}$/.test(v.region));
    const observed = values.filter((v) => v.value !== null);
    const molde = values.find((v) => v.region === '1506')!;
    const below = observed.filter((v) => v.value! < molde.value!).length; // direction ↑: lower values are weaker
    assert.equal(molde.position, 1 - below / (observed.length - 1));
  });

  test('own regions should be built from summed components and placed among the municipalities', async (t) => {
    if (!existsSync(BUNDLE)) return t.skip(`shared data not found at ${BUNDLE}`);
    const [step] = (await monitor.explain('romsdal', 2022, { indicator: 'employment_growth_5y' })).steps;
    const members = ['1506', '1535', '1539', '1547', '1579'];
    const sum = (y: number) => members.reduce((s, m) => s + bundleValue('ssb_07984_employment_residence.csv', m, y, 'employed_total_00_99'), 0);
    assert.ok(Math.abs(step.value! - (sum(2022) / sum(2017) - 1)) < 1e-15);
    const regions = await monitor.ranking(2022, { set: 'regions' });
    const romsdal = regions.find((r) => r.region === 'romsdal')!;
    assert.ok(romsdal.rank! >= 1 && romsdal.rank! <= 358);
    const profile = await monitor.profile('romsdal', { year: 2022 });
    assert.ok(profile.cityHinterland!.some((m) => m.indicator === 'diversification_gain' && m.value !== null));
  });

  test('indicators the bundled data cannot support should be listed as missing with the reason', async () => {
    const catalogue = await monitor.indicators();
    const missing = catalogue.filter((i) => !i.available);
    assert.ok(missing.some((i) => i.id === 'price_to_income' && /06035/.test(i.missingReason!)));
    assert.ok(catalogue.filter((i) => i.data === 'bundled').every((i) => i.available));
    const [v] = await monitor.values(2022, { indicator: 'dwelling_mix' }).then((vs) => vs.filter((x) => x.region === '1506'));
    assert.equal(v.value, null);
    assert.match(v.reason!, /06265/);
  });

  test('theme sub-indices should apply the same rule over each theme’s indicators only', async () => {
    const profile = await monitor.profile('1506', { year: 2022 });
    const business = profile.themes.find((t) => t.theme === 'business')!;
    const chain = await monitor.explain('1506', 2022);
    const themeOf = new Map((await monitor.indicators()).map((i) => [i.id, i.theme]));
    const pranks = chain.steps.filter((s) => s.prank !== null && themeOf.get(s.indicator) === 'business').map((s) => s.prank!);
    const mean = pranks.reduce((a, b) => a + b, 0) / pranks.length; // equal weights over the values present
    assert.ok(Math.abs(business.score_pct! - 100 * (1 - mean)) < 1e-9);
    const ranking = await monitor.ranking(2022, { theme: 'business' });
    assert.equal(ranking.find((r) => r.region === '1506')!.rank, business.rank);
    const housing = profile.themes.find((t) => t.theme === 'housing')!;
    assert.equal(housing.score_pct, null); // no scored housing indicator in the bundled data: shown as missing
    assert.match(housing.reason!, /regionmonitor update/);
    await assert.rejects(monitor.ranking(2022, { theme: 'housing' }), /housing sub-index has no scored indicator/);
  });
});
