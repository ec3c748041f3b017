// Checks the catalogue on the real bundled SSB series (../shared/data/bundle, read at run time).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvObjects } from '../common/csv.ts';
import type { HarmonisedValue } from '../types.ts';
import { cityHinterlandMeasures } from './city-hinterland.ts';
import { centralityClass } from './catalogue/centrality.ts';
import { computeIndicators } from './compute.ts';
import { lookupFromValues, ownRegionLookup } from './lookup.ts';

const BUNDLE = fileURLToPath(new URL('../../../shared/data/bundle/', import.meta.url));
const ROMSDAL = { id: 'romsdal', name: 'Romsdal', members: ['1506', '1535', '1539', '1547', '1579'], city: '1506' };

/** Long-format bundle rows of the given regions, as harmonised values (the bundle is on 2024 codes already). */
function readRows(file: string, regions: Set<string>): HarmonisedValue[] {
  return parseCsvObjects(readFileSync(BUNDLE + file, 'utf8'))
    .filter(({ row }) => regions.has(row.region))
    .map(({ row }) => {
      const value = row.value === '' ? null : Number(row.value);
      return { region: row.region, year: Number(row.year), variable: row.variable, value, status: value === null ? 'missing' : 'ok', from: [] };
    });
}

describe('indicators on the bundled data (Molde and Romsdal)', () => {
  const present = existsSync(BUNDLE + 'ssb_07984_employment_residence.csv');
  const regions = new Set(ROMSDAL.members);
  const values = present
    ? [...readRows('ssb_07984_employment_residence.csv', regions), ...readRows('ssb_06913_population_change.csv', regions)]
    : [];
  const raw = (variable: string, region: string, year: number) => values.find((v) => v.variable === variable && v.region === region && v.year === year)?.value;

  test('should compute Molde employment growth from the 07984 rows', (t) => {
    if (!present) return t.skip(`skipped: ${BUNDLE} not found`);
    // the MANIFEST's published anchors for Molde 1506
    assert.equal(raw('employed_total_00_99', '1506', 2024), 16807);
    assert.equal(raw('employed_total_00_99', '1506', 2022), 16622);
    const lookup = lookupFromValues(values);
    const results = computeIndicators(lookup, { regions: ['1506'], years: [2024], referenceRegions: ROMSDAL.members });
    const r = results.get('employment_growth_5y', '1506', 2024)!;
    const start = raw('employed_total_00_99', '1506', 2019)!;
    assert.equal(r.value, 16807 / start - 1);
    assert.match(r.formulaFilled, new RegExp(`^16 807 / ${start.toLocaleString('en').replace(',', ' ')} − 1 = `));
  });

  test('should give Molde an industry mix whose shares add up to one', (t) => {
    if (!present) return t.skip(`skipped: ${BUNDLE} not found`);
    const lookup = lookupFromValues(values);
    const results = computeIndicators(lookup, { regions: ['1506'], years: [2008, 2024], referenceRegions: ['1506'] });
    for (const year of [2008, 2024]) {
      const hhi = results.get('industry_concentration', '1506', year)!;
      assert.equal(hhi.status, 'ok');
      assert.ok(hhi.value! > 1 / 6 && hhi.value! < 1, `HHI ${hhi.value}`);
      const total = raw('employed_total_00_99', '1506', year)!;
      const counts = hhi.inputs.slice(1).map((i) => i.value!.value!);
      assert.ok(counts.reduce((a, b) => a + b, 0) <= total);
      const shares = [...counts, total - counts.reduce((a, b) => a + b, 0)].map((c) => c / total);
      assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-12);
      assert.ok(Math.abs(shares.reduce((a, s) => a + s * s, 0) - hhi.value!) < 1e-12);
    }
  });

  test('should sum the Romsdal members for the region and find a diversification gain', (t) => {
    if (!present) return t.skip(`skipped: ${BUNDLE} not found`);
    const base = lookupFromValues(values);
    const lookup = ownRegionLookup(base, [ROMSDAL]);
    const sum = (variable: string, year: number) => ROMSDAL.members.reduce((s, m) => s + raw(variable, m, year)!, 0);
    const results = computeIndicators(lookup, { regions: ['romsdal'], years: [2024], referenceRegions: ROMSDAL.members });
    const r = results.get('population_growth_5y', 'romsdal', 2024)!;
    assert.equal(r.value, sum('population_jan1', 2024) / sum('population_jan1', 2019) - 1);
    const gain = cityHinterlandMeasures(base, ROMSDAL, 2024).find((m) => m.id === 'diversification_gain')!;
    assert.equal(gain.status, 'ok');
    assert.ok(gain.value! >= 0, `the region's HHI cannot exceed the members' weighted mean (convexity): ${gain.value}`);
  });

  test('should match the stored centrality classes with the class bounds', (t) => {
    if (!present) return t.skip(`skipped: ${BUNDLE} not found`);
    const rows = parseCsvObjects(readFileSync(BUNDLE + 'ssb_klass_centrality.csv', 'utf8'));
    for (const { row, line } of rows)
      assert.equal(centralityClass(Number(row.centrality_index)), Number(row.centrality_class), `ssb_klass_centrality.csv line ${line}`);
  });
});
