import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExampleDataset } from './example.ts';
import { columnOf, getProfile, rankDescending, runPipeline, type Dataset } from './index.ts';

/** The Styrkeanalysen definition written out: prank = #(strictly worse values)/(n − 1) on direction-adjusted values. */
function prankByDefinition(ds: Dataset, i: number): (number | null)[] {
  const x = ds.values.map((row) => (row[i] === null ? null : row[i]! * ds.indicators[i].direction));
  const present = x.filter((v): v is number => v !== null);
  return x.map((v) => (v === null ? null : present.filter((w) => w < v).length / (present.length - 1)));
}

describe('runPipeline with the styrkeanalysen profile', () => {
  const ds = buildExampleDataset({ structure: 'flat' });
  const r = runPipeline(ds, 'styrkeanalysen');
  const index = r.aggregates.indexOf('index');
  const scored = ds.indicators.map((m, i) => (m.weight > 0 ? i : -1)).filter((i) => i >= 0);

  it('should normalise every indicator to its direction-adjusted percentile rank', () => {
    ds.indicators.forEach((m, i) => assert.deepEqual(columnOf(r, m.code), prankByDefinition(ds, i), m.code));
  });
  it('should score a unit as the equal-weight mean of its scored pranks, reported as 100 × (1 − score)', () => {
    r.units.forEach((unit, u) => {
      if (!r.coverage[u].scored) return;
      const pr = scored.map((i) => prankByDefinition(ds, i)[u]).filter((v): v is number => v !== null);
      const mean = pr.reduce((a, b) => a + b) / pr.length;
      assert.ok(Math.abs(r.aggregated[u][index]! - mean) < 1e-15, unit);
      assert.ok(Math.abs(r.reported[u][index]! - 100 * (1 - mean)) < 1e-12, unit);
    });
  });
  it('should not rank a unit with values for fewer than 2/3 of the scored indicators, and say why', () => {
    const u5 = r.units.indexOf('U5');
    assert.equal(r.aggregated[u5][index], null);
    assert.equal(r.ranks[u5][index], null);
    assert.equal(r.coverage[u5].scored, false);
    assert.match(r.coverage[u5].reason!, /values for 1 of 4 scored indicators .* below the threshold of 66.7 %/);
    assert.equal(r.coverage[r.units.indexOf('U6')].scored, true); // 3 of 4
  });
  it('should rank by score, 1 = best, ties sharing the better rank', () => {
    assert.deepEqual(r.ranks.map((row) => row[index]), rankDescending(r.aggregated.map((row) => row[index])));
  });
  it('should expose effective weights and contributions that add up to the score', () => {
    r.units.forEach((unit, u) => {
      if (!r.coverage[u].scored) return assert.ok(r.effectiveWeights[u].every((w) => w === null));
      const w = r.effectiveWeights[u].filter((v): v is number => v !== null);
      assert.ok(Math.abs(w.reduce((a, b) => a + b) - 1) < 1e-15, unit);
      const total = r.contributions![u].reduce<number>((a, c) => a + (c ?? 0), 0);
      assert.ok(Math.abs(total - r.aggregated[u][index]!) < 1e-15, unit);
    });
  });
  it('should never let a context indicator (weight 0) change scores or coverage', () => {
    const changed = buildExampleDataset({ structure: 'flat' });
    changed.values.forEach((row, u) => (row[2] = u % 2 ? null : -row[2]!));
    const r2 = runPipeline(changed, 'styrkeanalysen');
    assert.deepEqual(r2.aggregated, r.aggregated);
    assert.deepEqual(r2.coverage, r.coverage);
    assert.equal(r.effectiveWeights[0][2], null);
  });
  it('should serialise every layer, built on first read (JSON, structuredClone)', () => {
    const fresh = runPipeline(ds, 'styrkeanalysen');
    const json = JSON.parse(JSON.stringify(fresh));
    for (const key of ['raw', 'imputed', 'treated', 'normalised', 'aggregated', 'ranks', 'effectiveWeights', 'contributions', 'reported', 'positions', 'imputedCells'] as const) {
      assert.deepEqual(json[key], r[key], key);
    }
    assert.deepEqual(structuredClone(fresh).aggregated, r.aggregated);
    assert.equal(fresh.normalised, fresh.normalised, 'built once, then kept');
  });
  it('should not modify its input and record the resolved options', () => {
    const before = structuredClone(ds);
    const again = runPipeline(ds, getProfile('styrkeanalysen'));
    assert.deepEqual(ds, before);
    assert.deepEqual(again.aggregated, r.aggregated);
    assert.equal(r.profile.availabilityThreshold, 2 / 3);
    assert.deepEqual(r.log.map((e) => e.step), ['impute', 'normalise', 'aggregate', 'availability']);
    // a resolved profile is plain data: it survives JSON and reproduces the run
    assert.deepEqual(runPipeline(ds, JSON.parse(JSON.stringify(r.profile))).aggregated, r.aggregated);
  });
});

describe('runPipeline with themes', () => {
  const ds = buildExampleDataset({ structure: 'themes' });
  const r = runPipeline(ds, 'styrkeanalysen');
  const [business, demography, index] = ['business', 'demography', 'index'].map((c) => r.aggregates.indexOf(c));

  it('should weight the themes (2 : 1) in the index', () => {
    r.units.forEach((unit, u) => {
      if (!r.coverage[u].scored) return;
      const want = (2 * r.aggregated[u][business]! + r.aggregated[u][demography]!) / 3;
      assert.ok(Math.abs(r.aggregated[u][index]! - want) < 1e-15, unit);
    });
  });
  it('should re-scale over the themes a unit has values for (U6 lacks no theme, one demography indicator)', () => {
    const u = r.units.indexOf('U6');
    const w = r.effectiveWeights[u];
    assert.ok(Math.abs(w[0]! - 1 / 3) < 1e-15 && Math.abs(w[1]! - 1 / 3) < 1e-15);
    assert.equal(w[3], null);
    assert.ok(Math.abs(w[4]! - 1 / 3) < 1e-15);
  });
  it('should apply weight overrides from the profile', () => {
    const even = runPipeline(ds, { ...getProfile('styrkeanalysen'), weights: { business: 1 } });
    const u = even.units.indexOf('U1');
    const want = (even.aggregated[u][business]! + even.aggregated[u][demography]!) / 2;
    assert.ok(Math.abs(even.aggregated[u][index]! - want) < 1e-15);
  });
});

describe('runPipeline options and errors', () => {
  const ds = buildExampleDataset();
  it('should impute by group means and keep a list of the filled cells', () => {
    const r = runPipeline(ds, { ...getProfile('minmax-amean'), impute: { method: 'mean', byGroup: 'region' } });
    const u6 = r.units.indexOf('U6');
    // U6 is in the south with U3 and U4, so its missing population growth is their mean
    assert.equal(r.imputed[u6][3], (-0.03 + 0.04) / 2);
    assert.ok(r.imputedCells.some((c) => c.unit === 'U6' && c.indicator === 'population_growth'));
    // availability is judged on observed values: imputation does not make U5 rankable
    assert.equal(r.coverage[r.units.indexOf('U5')].scored, false);
  });
  it('should drop screened units from the reference set', () => {
    const r = runPipeline(ds, { ...getProfile('styrkeanalysen'), screen: { minAvailability: 0.9 } }); // U6 has 4 of 5 values, U5 2 of 5
    assert.deepEqual(r.screenedOut, ['U5', 'U6']);
    assert.deepEqual(r.units, ['U1', 'U2', 'U3', 'U4']);
  });
  it('should throw short errors for unknown profiles, methods, codes and bad data', () => {
    assert.throws(() => runPipeline(ds, 'nope'), /unknown profile: nope \(known: styrkeanalysen/);
    assert.throws(() => runPipeline(ds, { ...getProfile('styrkeanalysen'), aggregate: { method: 'hmean' as never } }), /unknown aggregation method: hmean/);
    assert.throws(() => runPipeline(ds, { ...getProfile('styrkeanalysen'), impute: { method: 'knn' as never } }), /unknown imputation method: knn/);
    assert.throws(() => runPipeline(ds, { ...getProfile('styrkeanalysen'), impute: { method: 'mean', byGroup: 'county' } }), /unknown group variable: county/);
    assert.throws(() => runPipeline(ds, { ...getProfile('styrkeanalysen'), weights: { jobs: 1 } }), /unknown weight code: jobs/);
    const bad = buildExampleDataset();
    bad.indicators[0].parent = 'economy';
    assert.throws(() => runPipeline(bad, 'styrkeanalysen'), /indicator employment_growth: unknown parent economy/);
    const nan = buildExampleDataset();
    nan.values[1][1] = NaN;
    assert.throws(() => runPipeline(nan, 'styrkeanalysen'), /unit U2, industry_concentration: not a finite number/);
  });
});
