import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runIndicator, type SeriesTable } from '../testing.ts';

const close = (actual: number | null, expected: number, eps = 1e-12) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= eps, `expected ${expected}, got ${actual}`);

test('household_growth_5y should compare households in t and t−5', () => {
  close(runIndicator('household_growth_5y', { households: { A: { 2019: 400, 2024: 440 } } }, 'A', 2024).value, 0.1);
});

describe('completions_per_1000', () => {
  const table: SeriesTable = {
    dwellings_completed: { A: { 2020: 10, 2021: 20, 2022: 30 } },
    population_jan1: { A: { 2020: 1000, 2021: 1000, 2022: 1000 } },
  };

  test('should pool three years of completions over three years of population', () => {
    const r = runIndicator('completions_per_1000', table, 'A', 2022);
    close(r.value, 20); // 1000 × 60 / 3000
    assert.equal(r.formulaFilled, '1 000 × (10 + 20 + 30) / (1 000 + 1 000 + 1 000) = 20');
  });

  test('should be missing when one of the three years is missing', () => {
    const r = runIndicator('completions_per_1000', table, 'A', 2023);
    assert.match(r.reason!, /no value of dwellings_completed for A in 2023/);
  });

  test('should name 05940 when completions were never fetched', () => {
    const r = runIndicator('completions_per_1000', { population_jan1: table.population_jan1 }, 'A', 2022);
    assert.equal(r.reason, 'needs SSB table 05940 (dwellings_completed) — run `regionmonitor update`');
  });
});

test('building_surplus_5y should be (Δ dwellings − Δ households) / households at the start', () => {
  const table: SeriesTable = { dwellings_total: { A: { 2018: 500, 2023: 560 } }, households: { A: { 2018: 450, 2023: 490 } } };
  close(runIndicator('building_surplus_5y', table, 'A', 2023).value, 20 / 450);
});

test('dwelling_mix should be the share of dwellings that are not detached houses', () => {
  const table: SeriesTable = { dwellings_total: { A: { 2023: 400 } }, dwellings_detached: { A: { 2023: 300 } } };
  close(runIndicator('dwelling_mix', table, 'A', 2023).value, 0.25);
});

describe('price_to_income', () => {
  const table: SeriesTable = {
    price_per_m2_nok: { A: { 2023: 40_000 }, B: { 2023: null } },
    median_household_income_after_tax_nok: { A: { 2023: 500_000 }, B: { 2023: 450_000 } },
  };

  test('should price 80 m² in years of median income', () => {
    close(runIndicator('price_to_income', table, 'A', 2023).value, 6.4);
  });

  test('should be missing where SSB publishes no price', () => {
    const r = runIndicator('price_to_income', table, 'B', 2023);
    assert.equal(r.value, null);
    assert.match(r.reason!, /price_per_m2_nok for B in 2023 is missing/);
  });
});
