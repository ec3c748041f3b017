import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WORKPLACE_GROUPS } from '../industry.ts';
import { runIndicator, type SeriesTable } from '../testing.ts';

const close = (actual: number | null, expected: number, eps = 1e-12) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= eps, `expected ${expected}, got ${actual}`);

describe('employment_growth_5y', () => {
  const table: SeriesTable = {
    employed_total_00_99: {
      '1506': { 2019: 16220, 2024: 16807 },
      '1535': { 2019: [null, 'not_comparable', 'municipality split in 2020'], 2024: 3000 },
      '1539': { 2019: 0, 2024: 10 },
    },
  };

  test('should divide employment in t by employment in t−5 and show the numbers', () => {
    const r = runIndicator('employment_growth_5y', table, '1506', 2024);
    close(r.value, 587 / 16220);
    assert.equal(r.status, 'ok');
    assert.equal(r.formulaFilled, '16 807 / 16 220 − 1 = 0.0362');
    assert.deepEqual(r.inputs.map((i) => [i.variable, i.region, i.year, i.value?.value]), [
      ['employed_total_00_99', '1506', 2024, 16807],
      ['employed_total_00_99', '1506', 2019, 16220],
    ]);
  });

  test("should be missing with the input's status when an input is not comparable", () => {
    const r = runIndicator('employment_growth_5y', table, '1535', 2024);
    assert.equal(r.value, null);
    assert.equal(r.status, 'not_comparable');
    assert.match(r.reason!, /employed_total_00_99 for 1535 in 2019 is not comparable: municipality split in 2020/);
  });

  test('should be missing when an input is absent, naming variable and year', () => {
    const r = runIndicator('employment_growth_5y', table, '1506', 2023);
    assert.equal(r.status, 'missing');
    assert.match(r.reason!, /no value of employed_total_00_99 for 1506 in 2023/);
  });

  test('should be missing with a reason when the denominator is zero', () => {
    const r = runIndicator('employment_growth_5y', table, '1539', 2024);
    assert.equal(r.value, null);
    assert.match(r.reason!, /employed_total_00_99 for 1539 in 2019 is zero/);
  });

  test('should say which table to fetch when the series is absent altogether', () => {
    const r = runIndicator('employment_growth_5y', { population_jan1: { '1506': { 2024: 1 } } }, '1506', 2024);
    assert.equal(r.status, 'missing');
    assert.equal(r.reason, 'needs SSB table 07984 (employed_total_00_99) — run `regionmonitor update`');
  });
});

test('employment_rate should be 100 × employed in t over population on 1 January t+1', () => {
  const r = runIndicator('employment_rate', { employed_total_00_99: { A: { 2024: 480 } }, population_jan1: { A: { 2024: 900, 2025: 960 } } }, 'A', 2024);
  assert.equal(r.value, 50);
  assert.equal(r.formulaFilled, '100 × 480 / 960 = 50');
});

test('jobs_growth_5y should use jobs by workplace', () => {
  const r = runIndicator('jobs_growth_5y', { employed_15_74_workplace: { A: { 2017: 200, 2022: 230 } } }, 'A', 2022);
  close(r.value, 0.15);
});

describe('commuting_integration and job_coverage', () => {
  const table: SeriesTable = {
    employed_15_74_residence: { A: { 2020: 100 }, B: { 2020: 50 } },
    employed_15_74_workplace: { A: { 2020: 80 }, B: { 2020: 70 } },
  };
  const flows = { 2020: { 'A>A': 60, 'A>B': 40, 'B>A': 20, 'B>B': 30 } };

  test('should average the out-commuting and in-commuting shares', () => {
    const r = runIndicator('commuting_integration', table, 'A', 2020, { flows });
    // out: (100 − 60) / 100 = 0.4; in: (80 − 60) / 80 = 0.25
    close(r.value, 0.325);
    assert.ok(r.inputs.some((i) => i.variable === 'commuters' && i.counterpart === 'A'));
  });

  test('should treat an own region as one labour market (internal flows summed over member pairs)', () => {
    const r = runIndicator('commuting_integration', table, 'AB', 2020, { flows, ownRegions: [{ id: 'AB', name: 'AB', members: ['A', 'B'] }] });
    // internal = 150, residents 150, jobs 150: nobody commutes across the border
    close(r.value, 0);
  });

  test('should need the commuting matrix', () => {
    const r = runIndicator('commuting_integration', table, 'A', 2020);
    assert.match(r.reason!, /needs SSB table 03321 \(commuters\)/);
  });

  test('job_coverage should be jobs over employed residents', () => {
    close(runIndicator('job_coverage', table, 'B', 2020).value, 1.4);
  });
});

describe('industry mix (07984 five groups + rest)', () => {
  const table: SeriesTable = {
    employed_total_00_99: { A: { 2024: 100 }, B: { 2024: 50 } },
    employed_agri_01_03: { A: { 2024: 10 }, B: { 2024: 30 } },
    employed_manuf_10_33: { A: { 2024: 20 }, B: { 2024: 30 } },
    employed_publicadmin_84: { A: { 2024: 5 }, B: { 2024: 0 } },
    employed_education_85: { A: { 2024: 10 }, B: { 2024: 0 } },
    employed_health_86_88: { A: { 2024: 15 }, B: { 2024: 0 } },
  };

  test('industry_concentration should be Σ s² over the five groups and the rest', () => {
    // shares .1 .2 .05 .1 .15 and rest .4: .01 + .04 + .0025 + .01 + .0225 + .16
    close(runIndicator('industry_concentration', table, 'A', 2024).value, 0.245);
  });

  test('largest_industry_share should take the largest named group, not the rest', () => {
    const r = runIndicator('largest_industry_share', table, 'A', 2024);
    close(r.value, 0.2);
    assert.match(r.formulaFilled, /manufacturing/);
  });

  test('should be missing when the five groups exceed the total', () => {
    const r = runIndicator('industry_concentration', table, 'B', 2024);
    assert.equal(r.value, null);
    assert.match(r.reason!, /five industry groups \(60\) exceed employed_total_00_99 \(50\)/);
  });

  test('public_services_share should add 84, 85 and 86–88', () => {
    const r = runIndicator('public_services_share', table, 'A', 2024);
    close(r.value, 0.3);
    assert.equal(r.formulaFilled, '(5 + 10 + 15) / 100 = 0.3000');
  });

  test('manufacturing_share should be 10–33 over the total', () => {
    close(runIndicator('manufacturing_share', table, 'A', 2024).value, 0.2);
  });
});

test('large_establishment_share should be employees in 100+ establishments over all employees', () => {
  const r = runIndicator('large_establishment_share', { employees_total: { A: { 2023: 120 } }, employees_in_100plus: { A: { 2023: 30 } } }, 'A', 2023);
  close(r.value, 0.25);
});

describe('shift_share_local', () => {
  // Two industries with jobs, the other 15 groups zero everywhere.
  const jobs = (x: Record<string, [number, number]>, y: Record<string, [number, number]>): SeriesTable =>
    Object.fromEntries(
      WORKPLACE_GROUPS.map((g) => {
        const [x0, x1] = x[g.variable] ?? [0, 0];
        const [y0, y1] = y[g.variable] ?? [0, 0];
        return [g.variable, { X: { 2017: x0, 2022: x1 }, Y: { 2017: y0, 2022: y1 } }];
      }),
    );
  const table = jobs({ jobs_10_33: [100, 110], jobs_86_88: [100, 100] }, { jobs_10_33: [300, 270], jobs_86_88: [100, 140] });

  test('should remove national growth and the industry-mix effect', () => {
    // national: manufacturing 400 → 380 (−5 %), health 200 → 240 (+20 %), all 600 → 620
    // X: at national industry rates 100 × 0.95 + 100 × 1.2 = 215; actual 210; local = (210 − 215) / 200
    close(runIndicator('shift_share_local', table, 'X', 2022).value, -0.025);
    // Y: expected 300 × 0.95 + 100 × 1.2 = 405; actual 410; local = 5 / 400
    close(runIndicator('shift_share_local', table, 'Y', 2022).value, 0.0125);
  });

  test('should name the workplace table when the series are absent', () => {
    const r = runIndicator('shift_share_local', { population_jan1: { X: { 2022: 1 } } }, 'X', 2022);
    assert.match(r.reason!, /needs SSB table 07984 \(jobs_01_03, jobs_05_09, jobs_10_33 and 14 more\)/);
  });
});

describe('income', () => {
  const table: SeriesTable = {
    median_household_income_after_tax_nok: { A: { 2019: 400_000, 2024: 500_000 }, B: { 2024: 400_000 }, C: { 2024: 300_000 } },
    households: { A: { 2024: 400 }, B: { 2024: 100 } }, // C has no household count: left out of the reference
  };

  test('income_level should divide by the household-weighted mean of municipal medians', () => {
    const r = runIndicator('income_level', table, 'A', 2024);
    // reference = (400 × 500 000 + 100 × 400 000) / 500 = 480 000
    close(r.value, 500_000 / 480_000);
    assert.match(r.formulaFilled, /500 000 \/ 480 000 \(reference over 2 municipalities\)/);
    close(runIndicator('income_level', table, 'C', 2024).value, 300_000 / 480_000);
  });

  test('income_growth_5y should be nominal growth of the median', () => {
    close(runIndicator('income_growth_5y', table, 'A', 2024).value, 0.25);
  });
});

describe('centrality', () => {
  const table: SeriesTable = { centrality_index: { A: { 2024: 812 } }, centrality_class: { A: { 2024: 3 } } };

  test('should apply the stored edition to earlier and later years', () => {
    for (const year of [2010, 2024, 2026]) {
      const r = runIndicator('centrality', table, 'A', year);
      assert.equal(r.value, 812);
      assert.match(r.formulaFilled, /edition stored for 2024, class 3/);
    }
  });

  test('should give an own region the weighted mean index, estimated, with the class of that index', () => {
    const t: SeriesTable = {
      centrality_index: { A: { 2024: 812 }, B: { 2024: 500 } },
      centrality_class: { A: { 2024: 3 }, B: { 2024: 6 } },
      households: { A: { 2024: 300 }, B: { 2024: 100 } },
    };
    const r = runIndicator('centrality', t, 'AB', 2020, { ownRegions: [{ id: 'AB', name: 'AB', members: ['A', 'B'] }], reference: ['A', 'B'] });
    close(r.value, (300 * 812 + 100 * 500) / 400); // 734: class 4 (670–775)
    assert.equal(r.status, 'estimated');
    assert.match(r.formulaFilled, /class 4 by the class bounds/);
  });
});
