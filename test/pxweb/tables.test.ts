import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonStat2 } from '../../src/sources/pxweb/json-stat.ts';
import { municipalityCode, TABLES, tablesById } from '../../src/sources/tables/index.ts';
import type { TableDefinition } from '../../src/sources/tables/common.ts';
import type { RawRow } from '../../src/types.ts';
import { dice, readOwnFixture } from './replay-server.ts';

/** Runs a table definition against its fixture: metadata → selection → (diced) data → rows. */
function run(def: TableDefinition, full = readOwnFixture(`${def.table}.json`)): { rows: RawRow[]; selection: ReturnType<TableDefinition['select']> } {
  const { value: _v, status: _s, ...meta } = full;
  const selection = def.select(parseJsonStat2({ ...meta, value: [] }));
  const out = dice(full, new Map(selection.map((s) => [s.variableCode, s.valueCodes])));
  assert.equal(out.status, 200, out.body);
  return { rows: def.toRows([parseJsonStat2(JSON.parse(out.body))]), selection };
}

/** A fixture cell: its value (null when marked) and marker. */
function cell(full: any, at: Record<string, string>): { value: number | null; marker?: string } {
  let flat = 0;
  full.id.forEach((id: string, k: number) => {
    const stride = full.size.slice(k + 1).reduce((a: number, b: number) => a * b, 1);
    flat += full.dimension[id].category.index[at[id]] * stride;
  });
  return { value: full.value[flat], marker: full.status[flat] };
}

function sum(full: any, at: Record<string, string>, dim: string, codes: string[]): number | null {
  let total = 0;
  for (const c of codes) {
    const v = cell(full, { ...at, [dim]: c }).value;
    if (v === null) return null;
    total += v;
  }
  return total;
}

const find = (rows: RawRow[], region: string, year: number, variable: string, counterpart?: string) =>
  rows.find((r) => r.region === region && r.year === year && r.variable === variable && r.counterpart === counterpart);

describe('table definitions', () => {
  test('should cover every PxWeb table of the variable registry except KLASS', () => {
    assert.deepEqual(TABLES.map((t) => t.table).sort(), ['03321', '05940', '06035', '06265', '06913', '06944', '07091', '07459', '07984', '11618']);
    assert.throws(() => tablesById(['06913', '12345']), /unknown SSB table '12345' \(known: 06913/);
  });

  test('should recognise municipality codes, with or without a K- prefix', () => {
    assert.equal(municipalityCode('1506'), '1506');
    assert.equal(municipalityCode('K-3103'), '3103');
    assert.equal(municipalityCode('K_0301'), '0301');
    assert.equal(municipalityCode('0'), null);
    assert.equal(municipalityCode('15'), null);
    assert.equal(municipalityCode('030101a'), null);
  });

  test('06913: should keep municipalities only, with markers as missing values', () => {
    const full = readOwnFixture('06913.json');
    const { rows } = run(tablesById(['06913'])[0], full);
    assert.deepEqual([...new Set(rows.map((r) => r.region))].sort(), ['0301', '1502', '1506', '1535']);
    assert.equal(rows.length, 4 * 4 * 3);
    assert.equal(find(rows, '1535', 2020, 'population_jan1')?.value, cell(full, { Region: '1535', ContentsCode: 'Folkemengde', Tid: '2020' }).value);
    assert.deepEqual(find(rows, '1535', 2019, 'net_migration'), { region: '1535', year: 2019, variable: 'net_migration', value: null, status: 'not_available' });
    assert.equal(find(rows, '0301', 2021, 'natural_increase')?.status, 'confidential');
    // the old code is a value while valid, `.` after the merger
    assert.equal(find(rows, '1502', 2019, 'population_jan1')?.status, 'ok');
    assert.equal(find(rows, '1502', 2020, 'population_jan1')?.status, 'not_applicable');
  });

  test('06944: should take all households and skip city districts', () => {
    const full = readOwnFixture('06944.json');
    const { rows, selection } = run(tablesById(['06944'])[0], full);
    assert.deepEqual(selection.find((s) => s.variableCode === 'HusholdType')?.valueCodes, ['0000']);
    assert.equal(rows.some((r) => r.region.startsWith('0301') && r.region !== '0301'), false);
    const at = { Region: '1506', HusholdType: '0000', ContentsCode: 'SamletInntekt', Tid: '2021' };
    assert.equal(find(rows, '1506', 2021, 'median_household_income_after_tax_nok')?.value, cell(full, at).value);
    assert.equal(find(rows, '1535', 2021, 'median_household_income_after_tax_nok')?.status, 'not_available');
    assert.equal(find(rows, '1506', 2020, 'households')?.status, 'confidential');
  });

  test('06944: should refuse a SamletInntekt that is not the after-tax median', () => {
    const full = readOwnFixture('06944.json');
    full.dimension.ContentsCode.category.label.SamletInntekt = 'Samlet inntekt, gjennomsnitt (kr)';
    assert.throws(() => run(tablesById(['06944'])[0], full), /SSB table 06944: code 'SamletInntekt' of 'ContentsCode' is labelled 'Samlet inntekt, gjennomsnitt \(kr\)'.*update src\/sources\/tables\/06944.ts/);
  });

  test('07984: should give residence series by five groups and workplace jobs by 17 groups', () => {
    const full = readOwnFixture('07984.json');
    const { rows } = run(tablesById(['07984'])[0], full);
    const variables = new Set(rows.map((r) => r.variable));
    assert.equal(variables.size, 6 + 17);
    assert.ok(variables.has('jobs_86_88') && variables.has('jobs_00') && variables.has('employed_manuf_10_33'));
    const base = { Region: '1506', Kjonn: '0', Alder: '15-74', Tid: '2021' };
    assert.equal(find(rows, '1506', 2021, 'employed_total_00_99')?.value, cell(full, { ...base, NACE2007: '00-99', ContentsCode: 'Sysselsatte' }).value);
    assert.equal(find(rows, '1506', 2021, 'jobs_10_33')?.value, cell(full, { ...base, NACE2007: '10-33', ContentsCode: 'SysselsatteArb' }).value);
    assert.equal(find(rows, '1535', 2020, 'employed_education_85')?.status, 'not_available');
    assert.equal(find(rows, '1535', 2021, 'jobs_05_09')?.status, 'confidential');
  });

  test('07984: should name a missing code and the file to update', () => {
    const full = readOwnFixture('07984.json');
    delete full.dimension.ContentsCode.category.index.Sysselsatte;
    full.dimension.ContentsCode.category.index.SysselsatteArb = 0;
    full.size[full.id.indexOf('ContentsCode')] = 1;
    assert.throws(() => run(tablesById(['07984'])[0], full), /^TableShapeError: SSB table 07984: variable 'ContentsCode' has no code Sysselsatte \(it has SysselsatteArb\) \(update src\/sources\/tables\/07984.ts\)$/);
  });

  test('07459: should sum sexes and single ages into 20–66 and 67+', () => {
    const full = readOwnFixture('07459.json');
    const { rows, selection } = run(tablesById(['07459'])[0], full);
    assert.equal(selection.some((s) => s.variableCode === 'Kjonn'), false, 'sex is eliminable, SSB sums it');
    const ages = Object.keys(full.dimension.Alder.category.index);
    const old = ages.filter((a) => parseInt(a, 10) >= 67);
    const working = ages.filter((a) => parseInt(a, 10) >= 20 && parseInt(a, 10) <= 66);
    assert.equal(old.length, 39);
    assert.equal(working.length, 47);
    const at = { Region: '1506', ContentsCode: 'Personer1', Tid: '2021' };
    const both = (group: string[]) => (sum(full, { ...at, Kjonn: '1' }, 'Alder', group) ?? NaN) + (sum(full, { ...at, Kjonn: '2' }, 'Alder', group) ?? NaN);
    assert.equal(find(rows, '1506', 2021, 'population_67_plus')?.value, both(old));
    assert.equal(find(rows, '1506', 2021, 'population_20_66')?.value, both(working));
    assert.deepEqual(find(rows, '1535', 2021, 'population_67_plus'), { region: '1535', year: 2021, variable: 'population_67_plus', value: null, status: 'not_available' });
    assert.equal(find(rows, '1535', 2021, 'population_20_66')?.status, 'ok');
  });

  test('11618: should map the three statistics', () => {
    const { rows } = run(tablesById(['11618'])[0]);
    assert.deepEqual([...new Set(rows.map((r) => r.variable))].sort(), ['employed_15_74_residence', 'employed_15_74_workplace', 'population_15_74_residence']);
    assert.equal(find(rows, '1535', 2018, 'employed_15_74_workplace')?.status, 'not_available');
    assert.equal(find(rows, '0301', 2019, 'population_15_74_residence')?.status, 'confidential');
  });

  test('03321: should give residence → workplace flows without zeros or non-existent pairs', () => {
    const full = readOwnFixture('03321.json');
    const { rows } = run(tablesById(['03321'])[0], full);
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.variable === 'commuters' && r.counterpart !== undefined && r.value !== 0 && r.status !== 'not_applicable'));
    const flow = { Bokommuen: '1506', ArbstedKomm: '0301', ContentsCode: 'Sysselsatte', Tid: '2020' };
    const v = cell(full, flow).value;
    assert.equal(find(rows, '1506', 2020, 'commuters', '0301')?.value, v === 0 ? undefined : v);
    assert.equal(find(rows, '1535', 2021, 'commuters', '0301')?.status, 'confidential');
    const zeros = full.value.filter((x: number | null) => x === 0).length;
    assert.ok(zeros > 0, 'the fixture has zero flows to drop');
    assert.equal(rows.filter((r) => r.region === '1502' && r.year === 2020).length, 0);
  });

  test('05940: should let SSB total the building types', () => {
    const full = readOwnFixture('05940.json');
    const { rows, selection } = run(tablesById(['05940'])[0], full);
    assert.equal(selection.some((s) => s.variableCode === 'Byggeareal'), false);
    const at = { Region: '1506', ContentsCode: 'Fullforte', Tid: '2020' };
    assert.equal(find(rows, '1506', 2020, 'dwellings_completed')?.value, sum(full, at, 'Byggeareal', ['111', '121', '131']));
    assert.equal(find(rows, '1535', 2019, 'dwellings_completed')?.status, 'confidential');
  });

  test('05940: should ask for every building type and sum them when the variable cannot be eliminated', () => {
    const full = readOwnFixture('05940.json');
    full.dimension.Byggeareal.extension.elimination = false;
    const { rows, selection } = run(tablesById(['05940'])[0], full);
    assert.deepEqual(selection.find((s) => s.variableCode === 'Byggeareal')?.valueCodes, ['111', '121', '131']);
    const at = { Region: '0301', ContentsCode: 'Fullforte', Tid: '2021' };
    assert.equal(find(rows, '0301', 2021, 'dwellings_completed')?.value, sum(full, at, 'Byggeareal', ['111', '121', '131']));
  });

  test('06265: should total all building types and keep detached houses apart', () => {
    const full = readOwnFixture('06265.json');
    const { rows } = run(tablesById(['06265'])[0], full);
    const types = Object.keys(full.dimension.BygnType.category.index);
    const at = { Region: '1506', ContentsCode: 'Boliger', Tid: '2021' };
    assert.equal(find(rows, '1506', 2021, 'dwellings_total')?.value, sum(full, at, 'BygnType', types));
    assert.equal(find(rows, '1506', 2021, 'dwellings_detached')?.value, cell(full, { ...at, BygnType: '01' }).value);
    assert.equal(find(rows, '1535', 2021, 'dwellings_total')?.status, 'confidential', 'a partial sum is not a total');
    assert.equal(find(rows, '0301', 2018, 'dwellings_detached')?.status, 'not_available');
  });

  test('06035: should keep unpublished municipalities as missing', () => {
    const { rows } = run(tablesById(['06035'])[0]);
    assert.ok(rows.filter((r) => r.region === '1535').every((r) => r.value === null && r.status === 'confidential'));
    assert.equal(find(rows, '1506', 2021, 'price_per_m2_nok')?.status, 'not_available');
    assert.equal(find(rows, '1506', 2020, 'price_per_m2_nok')?.status, 'ok');
  });

  test('07091: should count establishments in total and with 100 or more employees', () => {
    const full = readOwnFixture('07091.json');
    const { rows } = run(tablesById(['07091'])[0], full);
    const at = { Region: '1506', NACE2007: '01-99', ContentsCode: 'Virksomheter', Tid: '2021' };
    assert.equal(find(rows, '1506', 2021, 'establishments_total')?.value, cell(full, { ...at, AntAnsatte: '99' }).value);
    assert.equal(find(rows, '1506', 2021, 'establishments_100plus')?.value, sum(full, at, 'AntAnsatte', ['15', '16']));
    assert.equal(find(rows, '1535', 2020, 'establishments_100plus')?.status, 'confidential');
  });
});
