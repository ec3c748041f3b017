import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLine } from './settlement-attractiveness.ts';
import { runIndicator, type SeriesTable } from '../testing.ts';

const close = (actual: number | null, expected: number, eps = 1e-9) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= eps, `expected ${expected}, got ${actual}`);

test('population_growth_5y should compare 1 January t with 1 January t−5', () => {
  close(runIndicator('population_growth_5y', { population_jan1: { A: { 2019: 1000, 2024: 1050 } } }, 'A', 2024).value, 0.05);
});

describe('net_migration_rate', () => {
  const table: SeriesTable = {
    net_migration: { A: { 2020: 10, 2021: 20, 2022: -3 } },
    population_jan1: { A: { 2020: 1000, 2021: 1010, 2022: 1030 } },
  };

  test('should pool net migration of t−2..t over the population on 1 January of the same years', () => {
    close(runIndicator('net_migration_rate', table, 'A', 2022).value, (1000 * 27) / 3040);
  });

  test('should be missing for the first two years of a series', () => {
    assert.match(runIndicator('net_migration_rate', table, 'A', 2021).reason!, /net_migration for A in 2019/);
  });
});

test('natural_increase_rate should be births − deaths in t per 1 000 on 1 January t', () => {
  const r = runIndicator('natural_increase_rate', { natural_increase: { A: { 2022: -6 } }, population_jan1: { A: { 2022: 1200 } } }, 'A', 2022);
  close(r.value, -5);
  assert.equal(r.formulaFilled, '1 000 × −6 / 1 200 = −5');
});

test('old_age_ratio should be 67+ over 20–66', () => {
  const table: SeriesTable = { population_67_plus: { A: { 2024: 300 } }, population_20_66: { A: { 2024: 600 } } };
  close(runIndicator('old_age_ratio', table, 'A', 2024).value, 0.5);
});

describe('settlement_attractiveness', () => {
  // Ten municipalities on the line y = 2 + 50 x, alternately 1 above and 1 below it at each x: the residuals sum to
  // zero and are uncorrelated with x, so OLS recovers a = 2, b = 50 and each residual is ±1.
  const xs = [0, 0, 0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4];
  const table: SeriesTable = { employed_15_74_workplace: {}, net_migration: {}, population_jan1: {} };
  xs.forEach((x, i) => {
    const code = `M${i}`;
    const y = 2 + 50 * x + (i % 2 === 0 ? 1 : -1);
    table.employed_15_74_workplace[code] = { 2019: 1000, 2022: 1000 * (1 + x) };
    // per-1 000 rate y in each of the three years, on a population of 1 000
    table.net_migration[code] = { 2020: y, 2021: y, 2022: y };
    table.population_jan1[code] = { 2020: 1000, 2021: 1000, 2022: 1000 };
  });

  test('fitLine should recover intercept and slope', () => {
    const fit = fitLine(xs, xs.map((x, i) => 2 + 50 * x + (i % 2 === 0 ? 1 : -1)))!;
    close(fit.a, 2);
    close(fit.b, 50);
  });

  test('should be the residual of the year’s cross-section regression', () => {
    close(runIndicator('settlement_attractiveness', table, 'M0', 2022).value, 1);
    close(runIndicator('settlement_attractiveness', table, 'M7', 2022).value, -1);
  });

  test('should be missing when too few municipalities have both series', () => {
    const r = runIndicator('settlement_attractiveness', table, 'M0', 2022, { reference: ['M0', 'M1', 'M2'] });
    assert.equal(r.value, null);
    assert.match(r.reason!, /too few municipalities/);
  });
});
