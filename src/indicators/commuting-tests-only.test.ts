// Commuting measures on SSB's real 03321 and 11618 series (../shared/data/tests-only, read at run time, never copied).
// In 2022 the Romsdal municipalities already have their 2024 codes, so no harmonisation is needed for them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvObjects } from '../common/csv.ts';
import type { HarmonisedValue } from '../types.ts';
import { cityHinterlandMeasures } from './city-hinterland.ts';
import { computeIndicators } from './compute.ts';
import { lookupFromValues, ownRegionLookup, type HarmonisedFlow } from './lookup.ts';

const DIR = fileURLToPath(new URL('../../../shared/data/tests-only/', import.meta.url));
const COMMUTING = DIR + 'ssb_03321_commuting_2017_2022.csv';
const EMPLOYMENT = DIR + 'ssb_11618_employment_residence_workplace.csv';
const YEAR = 2022;
const ROMSDAL = { id: 'romsdal', name: 'Romsdal', members: ['1506', '1535', '1539', '1547', '1579'], city: '1506' };

describe('commuting measures on the 2022 commuting matrix (Romsdal)', () => {
  const present = existsSync(COMMUTING) && existsSync(EMPLOYMENT);
  const flows: HarmonisedFlow[] = present
    ? parseCsvObjects(readFileSync(COMMUTING, 'utf8'))
        .filter(({ row }) => Number(row.year) === YEAR)
        .map(({ row }) => ({ region: row.from_region, counterpart: row.to_region, year: YEAR, variable: 'commuters', value: Number(row.value), status: 'ok', from: [] }))
    : [];
  const values: HarmonisedValue[] = present
    ? parseCsvObjects(readFileSync(EMPLOYMENT, 'utf8'))
        .filter(({ row }) => Number(row.year) === YEAR)
        .map(({ row }) => ({ region: row.region, year: YEAR, variable: row.variable, value: Number(row.value), status: 'ok', from: [] }))
    : [];
  const flow = (from: string[], to: string[]) =>
    flows.filter((f) => from.includes(f.region) && to.includes(f.counterpart)).reduce((s, f) => s + f.value!, 0);
  const employed = (regions: string[], variable: string) =>
    values.filter((v) => regions.includes(v.region) && v.variable === variable).reduce((s, v) => s + v.value!, 0);

  test('self-containment and city pull should follow from the raw flows', (t) => {
    if (!present) return t.skip(`skipped: ${DIR} not found`);
    const measures = Object.fromEntries(cityHinterlandMeasures(lookupFromValues(values, flows), ROMSDAL, YEAR).map((m) => [m.id, m]));
    const members = ROMSDAL.members;
    const hinterland = members.slice(1);
    const selfContainment = flow(members, members) / employed(members, 'employed_15_74_residence');
    assert.ok(Math.abs(measures.self_containment.value! - selfContainment) < 1e-12);
    assert.ok(selfContainment > 0.5 && selfContainment < 1, `${selfContainment}`);
    const pull = flow(hinterland, ['1506']) / (employed(hinterland, 'employed_15_74_residence') - flow(hinterland, hinterland));
    assert.ok(Math.abs(measures.city_pull.value! - pull) < 1e-12);
  });

  test('commuting integration of Molde and of Romsdal should follow from the raw flows', (t) => {
    if (!present) return t.skip(`skipped: ${DIR} not found`);
    const lookup = ownRegionLookup(lookupFromValues(values, flows), [ROMSDAL]);
    const results = computeIndicators(lookup, { regions: ['1506', 'romsdal'], years: [YEAR], referenceRegions: ROMSDAL.members });
    for (const [unit, members] of [['1506', ['1506']], ['romsdal', ROMSDAL.members]] as const) {
      const internal = flow([...members], [...members]);
      const res = employed([...members], 'employed_15_74_residence');
      const jobs = employed([...members], 'employed_15_74_workplace');
      const expected = ((res - internal) / res + (jobs - internal) / jobs) / 2;
      const r = results.get('commuting_integration', unit, YEAR)!;
      assert.equal(r.status, 'ok', r.reason);
      assert.ok(Math.abs(r.value! - expected) < 1e-12, `${unit}: ${r.value} vs ${expected}`);
    }
    // a region is more self-contained than its city alone
    assert.ok(results.value('commuting_integration', 'romsdal', YEAR)! < results.value('commuting_integration', '1506', YEAR)!);
  });
});
