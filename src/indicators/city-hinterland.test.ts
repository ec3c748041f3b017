import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cityHinterlandMeasures } from './city-hinterland.ts';
import { lookupFromValues } from './lookup.ts';
import { flowsFrom, valuesFrom, type SeriesTable } from './testing.ts';

// City C with two hinterland municipalities H1 and H2.
const table: SeriesTable = {
  employed_total_00_99: { C: { 2022: 100 }, H1: { 2022: 50 }, H2: { 2022: 50 } },
  employed_agri_01_03: { C: { 2022: 0 }, H1: { 2022: 25 }, H2: { 2022: 0 } },
  employed_manuf_10_33: { C: { 2022: 0 }, H1: { 2022: 0 }, H2: { 2022: 25 } },
  employed_publicadmin_84: { C: { 2022: 50 }, H1: { 2022: 0 }, H2: { 2022: 0 } },
  employed_education_85: { C: { 2022: 0 }, H1: { 2022: 0 }, H2: { 2022: 0 } },
  employed_health_86_88: { C: { 2022: 0 }, H1: { 2022: 0 }, H2: { 2022: 0 } },
  employed_15_74_residence: { C: { 2022: 100 }, H1: { 2022: 50 }, H2: { 2022: 50 } },
  employed_15_74_workplace: { C: { 2017: 100, 2022: 120 }, H1: { 2022: 40 }, H2: { 2022: 40 } },
  households: { H1: { 2017: 100, 2022: 105 }, H2: { 2017: 100, 2022: 100 } },
};
const flows = flowsFrom({
  2022: { 'C>C': 90, 'C>X': 10, 'H1>H1': 20, 'H1>C': 20, 'H1>H2': 5, 'H1>X': 5, 'H2>H2': 30, 'H2>C': 10, 'H2>X': 10 },
});
const lookup = lookupFromValues(valuesFrom(table), flows);
const region = { id: 'r', name: 'Region', members: ['C', 'H1', 'H2'], city: 'C' };
const byId = (ms: ReturnType<typeof cityHinterlandMeasures>) => Object.fromEntries(ms.map((m) => [m.id, m]));
const close = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `expected ${expected}, got ${actual}`);

describe('cityHinterlandMeasures', () => {
  const m = byId(cityHinterlandMeasures(lookup, region, 2022));

  test('diversification gain should be the weighted members HHI minus the region HHI', () => {
    // C: .5 public admin + .5 rest → .5; H1: .5 agri + .5 rest → .5; H2: .5 manuf + .5 rest → .5; weighted mean .5
    // region (200): agri 25, manuf 25, public 50, rest 100 → (1/64 + 1/64 + 1/16 + 1/4) = .34375
    close(m.diversification_gain.value, 0.5 - 0.34375);
    assert.match(m.diversification_gain.explanation.en, /cover for each other/);
  });

  test('self-containment should be the share of employed residents working inside the region', () => {
    // inside: 90 + 20 + 20 + 5 + 30 + 10 = 175 of 200
    close(m.self_containment.value, 0.875);
    assert.match(m.self_containment.explanation.en, /87\.5 %/);
  });

  test('city pull should be the share of the hinterland out-commuters working in the city', () => {
    // hinterland residents 100, working inside the hinterland 20 + 5 + 30 = 55 → 45 out-commuters, 30 to the city
    close(m.city_pull.value, 30 / 45);
  });

  test('housing–jobs balance should set hinterland household growth against city job growth', () => {
    // households 200 → 205 (+2.5 %), city jobs 100 → 120 (+20 %)
    close(m.housing_jobs_balance.value, 0.025 - 0.2);
    assert.match(m.housing_jobs_balance.explanation.en, /2\.5 %.*20\.0 %/);
  });

  test('should be missing with a reason when the commuting matrix is absent', () => {
    const noFlows = byId(cityHinterlandMeasures(lookupFromValues(valuesFrom(table)), region, 2022));
    assert.equal(noFlows.self_containment.value, null);
    assert.match(noFlows.self_containment.reason!, /commuting/);
    assert.equal(noFlows.city_pull.status, 'missing');
    assert.notEqual(noFlows.diversification_gain.value, null);
  });

  test('should explain the city measures are missing for a region without a city', () => {
    const ms = byId(cityHinterlandMeasures(lookup, { ...region, city: undefined }, 2022));
    assert.equal(ms.city_pull.value, null);
    assert.equal(ms.city_pull.reason, 'own region r has no city member');
    assert.equal(ms.housing_jobs_balance.reason, 'own region r has no city member');
    close(ms.self_containment.value, 0.875);
  });
});
