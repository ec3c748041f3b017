import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDuplicates, decodeText, parseLocalCsv, parseStatbankCsv, parseTidyCsv } from './local-csv.ts';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('tidy CSV', () => {
  test('should read region,year,variable,value with markers and empty values', () => {
    const rows = parseTidyCsv('region,year,variable,value\n1506,2024,population_jan1,32816\n0301,2024,population_jan1,..\n', 'f.csv');
    assert.deepEqual(rows[0], { region: '1506', year: 2024, variable: 'population_jan1', value: 32816, status: 'ok' });
    assert.deepEqual([rows[1].region, rows[1].value, rows[1].status], ['0301', null, 'not_available']);
  });
  test('should name file, line and field of a bad cell', () => {
    assert.throws(() => parseTidyCsv('region,year,variable,value\n1506,2024,pop,1\n1506,2024,pop,12a\n', 'f.csv'), /f\.csv:3: field 'value': '12a' is not a number/);
    assert.throws(() => parseTidyCsv('region,year,variable,value\n150,2024,pop,1\n', 'f.csv'), /f\.csv:2: field 'region'/);
    assert.throws(() => parseTidyCsv('region,year,value\n', 'f.csv'), /f\.csv:1: missing column 'variable'/);
  });
  test('should refuse duplicate cells', () => {
    const rows = parseTidyCsv('region,year,variable,value\n1506,2024,pop,1\n1506,2024,pop,2\n', 'f.csv');
    assert.throws(() => checkDuplicates(rows, 'f.csv'), /more than one value for region 1506, year 2024/);
  });
});

describe('statbank CSV', () => {
  test('should read a Latin-1 download with a title line and years as columns', () => {
    const bytes = latin1('"07459: Befolkning, etter region, statistikkvariabel og år"\n\n"region";"statistikkvariabel";"2023";"2024"\n"1506 Molde";"Personer";32700;32816\n"1505 Kristiansund";"Personer";24000;:\n');
    assert.match(decodeText(bytes), /og år/);
    const { format, rows } = parseLocalCsv(bytes, 'sb.csv');
    assert.equal(format, 'statbank');
    assert.equal(rows.length, 4);
    assert.deepEqual(rows[1], { region: '1506', year: 2024, variable: 'personer', value: 32816, status: 'ok' });
    assert.equal(rows[3].status, 'confidential');
  });
  test('should read the long layout with a year column and name the variable as told', () => {
    const rows = parseStatbankCsv('"tittel"\n"region";"år";"Folkemengde 1. januar"\n"K-1506 Molde";"2024";"32816"\n', 'l.csv', { variable: 'population_jan1' });
    assert.deepEqual(rows, [{ region: '1506', year: 2024, variable: 'population_jan1', value: 32816, status: 'ok' }]);
  });
  test('should name the line and column of a bad cell', () => {
    assert.throws(() => parseStatbankCsv('"t"\n"region";"2024"\n"Molde";1\n', 'x.csv'), /x\.csv:3: field 'region': 'Molde' is not a municipality code/);
  });
});
