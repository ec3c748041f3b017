import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE } from './catalogue/index.ts';
import { computeIndicators } from './compute.ts';
import { lookupFromValues, ownRegionLookup } from './lookup.ts';
import { ReferenceSet } from './reference-set.ts';
import { valuesFrom, type SeriesTable } from './testing.ts';

// A tiny "nation" of three municipalities and one own region made of two of them.
const table: SeriesTable = {
  population_jan1: { A: { 2019: 1000, 2024: 1200, 2025: 1210 }, B: { 2019: 3000, 2024: 3000, 2025: 2990 }, C: { 2019: 500, 2024: 450 } },
  employed_total_00_99: { A: { 2019: 500, 2024: 600 }, B: { 2019: 1500, 2024: 1400 }, C: { 2019: 200, 2024: 200 } },
  median_household_income_after_tax_nok: { A: { 2024: 600_000 }, B: { 2024: 500_000 }, C: { 2024: 400_000 } },
  households: { A: { 2024: 500 }, B: { 2024: 1300 }, C: { 2024: 200 } },
};
const municipalities = ['A', 'B', 'C'];
const own = [{ id: 'AB', name: 'A and B', members: ['A', 'B'], city: 'B' }];
const lookup = ownRegionLookup(lookupFromValues(valuesFrom(table)), own);
const results = computeIndicators(lookup, { regions: [...municipalities, 'AB'], years: [2019, 2024], referenceRegions: municipalities });

describe('computeIndicators', () => {
  test('should compute every indicator for every region and year', () => {
    assert.equal([...results.entries()].length, CATALOGUE.length * 2 * 4);
    const values = results.values('population_growth_5y', 2024);
    assert.equal(values.length, 4);
    [0.2, 0, -0.1].forEach((expected, i) => assert.ok(Math.abs(values[i]! - expected) < 1e-12, `region ${i}`));
  });

  test('should compute an own region from summed components, not from the mean of member ratios', () => {
    const r = results.get('population_growth_5y', 'AB', 2024)!;
    // (1200 + 3000) / (1000 + 3000) − 1 = 0.05, whereas the mean of 0.2 and 0 would be 0.1
    assert.ok(Math.abs(r.value! - 0.05) < 1e-12);
    assert.equal(r.inputs[0].value?.from.length, 2);
    const e = results.get('employment_growth_5y', 'AB', 2024)!;
    assert.ok(Math.abs(e.value! - 0) < 1e-12); // (600 + 1400) / (500 + 1500) − 1
  });

  test('should score an own region against the national reference, estimated where medians are averaged', () => {
    const r = results.get('income_level', 'AB', 2024)!;
    // reference over A, B, C = (500 × 600k + 1300 × 500k + 200 × 400k) / 2000 = 515 000
    // AB median = (500 × 600k + 1300 × 500k) / 1800 = 527 777.78 (household-weighted, estimated)
    assert.ok(Math.abs(r.value! - (950_000_000 / 1800) / 515_000) < 1e-12);
    assert.equal(r.status, 'estimated');
    assert.match(r.reason!, /household-weighted mean/);
  });

  test('should mark online indicators missing with the table to fetch', () => {
    const r = results.get('jobs_growth_5y', 'A', 2024)!;
    assert.equal(r.value, null);
    assert.equal(r.reason, 'needs SSB table 11618 (employed_15_74_workplace) — run `regionmonitor update`');
  });

  test('should give the same results as computing each indicator on its own', () => {
    for (const def of CATALOGUE)
      for (const year of [2019, 2024])
        for (const region of [...municipalities, 'AB']) {
          const alone = def.compute({ lookup, region, year, reference: new ReferenceSet(lookup, municipalities, year) });
          const together = results.get(def.id, region, year)!;
          assert.deepEqual([together.value, together.status, together.reason], [alone.value, alone.status, alone.reason], `${def.id} ${region} ${year}`);
        }
  });

  test('should trace a result on demand and serialise all of it', () => {
    const r = results.get('employment_growth_5y', 'A', 2024)!;
    assert.equal(r.formulaFilled, '600 / 500 − 1 = 0.2000');
    const json = JSON.parse(JSON.stringify(r));
    assert.deepEqual(Object.keys(json).sort(), ['formulaFilled', 'inputs', 'status', 'value']);
    assert.equal(json.inputs.length, 2);
    const missing = JSON.parse(JSON.stringify(results.get('employment_growth_5y', 'A', 2019)));
    assert.match(missing.reason, /no value of employed_total_00_99 for A in 2014/);
    assert.deepEqual(results.statuses('employment_growth_5y', 2019), ['missing', 'missing', 'missing', 'missing']);
  });

  test('should answer undefined for what was not computed and refuse unknown columns', () => {
    assert.equal(results.get('population_growth_5y', 'Z', 2024), undefined);
    assert.equal(results.get('population_growth_5y', 'A', 2000), undefined);
    assert.throws(() => results.values('nope', 2024), /not computed: indicator nope year 2024/);
  });
});

describe('catalogue', () => {
  test('should have unique ids and complete bilingual metadata', () => {
    const ids = CATALOGUE.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const d of CATALOGUE) {
      assert.ok(d.name.nb && d.name.en && d.description.nb && d.description.en, d.id);
      assert.ok(d.inputs.length > 0 && d.tables.length > 0 && d.formula && d.referenceTime && d.unit, d.id);
    }
  });

  test('should list every indicator of the domain brief', () => {
    const brief = [
      'employment_growth_5y', 'employment_rate', 'jobs_growth_5y', 'commuting_integration', 'job_coverage',
      'industry_concentration', 'largest_industry_share', 'public_services_share', 'manufacturing_share',
      'large_establishment_share', 'shift_share_local', 'income_level', 'income_growth_5y', 'centrality',
      'household_growth_5y', 'completions_per_1000', 'building_surplus_5y', 'dwelling_mix', 'price_to_income',
      'population_growth_5y', 'net_migration_rate', 'natural_increase_rate', 'old_age_ratio', 'settlement_attractiveness',
    ];
    assert.deepEqual(CATALOGUE.map((d) => d.id).sort(), brief.sort());
  });
});
