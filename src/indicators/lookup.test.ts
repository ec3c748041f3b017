import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupFromValues, ownRegionLookup } from './lookup.ts';
import { flowsFrom, valuesFrom } from './testing.ts';

describe('lookupFromValues', () => {
  const lookup = lookupFromValues(
    valuesFrom({
      population_jan1: { '1506': { 2019: 100, 2017: 90, 2024: 120 }, '1535': { 2019: null } },
      households: { '1535': { 2019: null } },
    }),
    flowsFrom({ 2020: { '1535>1506': 40, '1506>1506': 300 } }),
  );

  test('should return values by variable, region and year, in any insertion order', () => {
    assert.equal(lookup.get('population_jan1', '1506', 2017)?.value, 90);
    assert.equal(lookup.get('population_jan1', '1506', 2019)?.value, 100);
    assert.equal(lookup.get('population_jan1', '1506', 2024)?.value, 120);
    assert.equal(lookup.get('population_jan1', '1506', 2018), undefined);
    assert.equal(lookup.get('population_jan1', '9999', 2019), undefined);
    assert.equal(lookup.get('nothing', '1506', 2019), undefined);
  });

  test('should say a variable is present only when it has a non-null value', () => {
    assert.equal(lookup.has('population_jan1'), true);
    assert.equal(lookup.has('households'), false);
    assert.equal(lookup.has('commuters'), true);
    assert.equal(lookup.has('dwellings_total'), false);
  });

  test('should read listed flows, zero for unlisted pairs in a year with flows, undefined otherwise', () => {
    assert.equal(lookup.flow('1535', '1506', 2020)?.value, 40);
    const zero = lookup.flow('1506', '1535', 2020);
    assert.equal(zero?.value, 0);
    assert.match(zero?.reason ?? '', /omits zero flows/);
    assert.equal(lookup.flow('1535', '1506', 2019), undefined);
    assert.equal(lookup.flow('1535', '9999', 2020), undefined);
  });

  test('should refuse two values for the same key, naming it', () => {
    const v = valuesFrom({ households: { '1506': { 2020: 1 } } });
    assert.throws(() => lookupFromValues([...v, ...v]), /duplicate value for households region 1506 year 2020/);
  });
});

describe('ownRegionLookup', () => {
  const base = lookupFromValues(
    valuesFrom({
      population_jan1: { A: { 2020: 1000, 2021: 1000 }, B: { 2020: 500, 2021: [500, 'estimated', 'split share'] }, C: { 2020: 10 } },
      households: { A: { 2020: 400 }, B: { 2020: 100 } },
      net_migration: { A: { 2020: 5 }, B: { 2020: [null, 'not_comparable', 'split in 2020'] } },
      median_household_income_after_tax_nok: { A: { 2020: 500_000, 2021: 510_000 }, B: { 2020: 400_000, 2021: 420_000 } },
    }),
    flowsFrom({ 2020: { 'A>A': 300, 'A>B': 20, 'B>A': 50, 'B>B': 100, 'B>C': 7, 'C>C': 4 } }),
  );
  const lookup = ownRegionLookup(base, [{ id: 'ab', name: 'A+B', members: ['A', 'B'], city: 'A' }]);

  test('should sum additive variables over the members and keep the source codes', () => {
    const v = lookup.get('population_jan1', 'ab', 2020)!;
    assert.equal(v.value, 1500);
    assert.equal(v.status, 'ok');
    assert.deepEqual(v.from.map((x) => x.code), ['A', 'B']);
    assert.equal(v.table, 'test');
  });

  test('should pass municipality codes through unchanged', () => {
    assert.equal(lookup.get('population_jan1', 'C', 2020)?.value, 10);
  });

  test('should be missing when a member is missing, naming the member', () => {
    const v = lookup.get('households', 'ab', 2021)!;
    assert.equal(v.value, null);
    assert.equal(v.status, 'missing');
    assert.match(v.reason!, /member A has no value of households in 2021/);
  });

  test("should carry a member's not-comparable status and reason", () => {
    const v = lookup.get('net_migration', 'ab', 2020)!;
    assert.equal(v.value, null);
    assert.equal(v.status, 'not_comparable');
    assert.match(v.reason!, /member B: net_migration 2020 is not_comparable \(split in 2020\)/);
  });

  test('should mark a sum over an estimated member as estimated', () => {
    const v = lookup.get('population_jan1', 'ab', 2021)!;
    assert.equal(v.value, 1500);
    assert.equal(v.status, 'estimated');
    assert.match(v.reason!, /member B/);
  });

  test('should take the household-weighted mean of a median and mark it estimated', () => {
    const v = lookup.get('median_household_income_after_tax_nok', 'ab', 2020)!;
    // (400 × 500 000 + 100 × 400 000) / 500 = 480 000
    assert.equal(v.value, 480_000);
    assert.equal(v.status, 'estimated');
    assert.match(v.reason!, /household-weighted mean/);
  });

  test('should fall back to population weights when households are missing', () => {
    const v = lookup.get('median_household_income_after_tax_nok', 'ab', 2021)!;
    // (1000 × 510 000 + 500 × 420 000) / 1500 = 480 000
    assert.equal(v.value, 480_000);
    assert.match(v.reason!, /population-weighted mean/);
  });

  test('should sum flows over member pairs, with either end an own region', () => {
    assert.equal(lookup.flow('ab', 'ab', 2020)?.value, 470); // 300 + 20 + 50 + 100
    assert.equal(lookup.flow('ab', 'C', 2020)?.value, 7); // A>C is unlisted: zero
    assert.equal(lookup.flow('C', 'ab', 2020)?.value, 0);
    assert.equal(lookup.flow('B', 'A', 2020)?.value, 50);
    assert.equal(lookup.flow('ab', 'ab', 2021)?.status, 'missing');
  });

  test('should refuse a region without members', () => {
    assert.throws(() => ownRegionLookup(base, [{ id: 'x', name: 'x', members: [] }]), /own region x: no members/);
  });
});
