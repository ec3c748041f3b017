import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCoinrInput } from './coinr-format.ts';

const IMETA = [
  'Level,iCode,iName,Direction,Weight,Denominator,Parent,Type',
  '1,jobs,Jobs,1,1,pop,econ,Indicator',
  '1,hhi,Concentration,-1,2,,econ,Indicator',
  '2,econ,Economy,1,1,,,Aggregate',
  ',county,County,,,,,Group',
  ',pop,Population,,,,,Denominator',
].join('\n');
const IDATA = 'uName,uCode,county,pop,jobs,hhi\nBeta,B,15,100,40,0.2\nAlpha,A,15,50,NA,\n';

describe('parseCoinrInput', () => {
  const { dataset, indicatorNames, unitNames } = parseCoinrInput(IDATA, IMETA);
  it('should sort units by uCode and read NA and empty cells as missing', () => {
    assert.deepEqual(dataset.units, ['A', 'B']);
    assert.deepEqual(dataset.values, [[null, null], [40, 0.2]]);
  });
  it('should read the hierarchy, directions, weights, groups and denominators', () => {
    assert.deepEqual(dataset.indicators, [
      { code: 'jobs', parent: 'econ', direction: 1, weight: 1, denominator: 'pop' },
      { code: 'hhi', parent: 'econ', direction: -1, weight: 2 },
    ]);
    assert.deepEqual(dataset.aggregates, [{ code: 'econ', parent: null, level: 2, weight: 1 }]);
    assert.deepEqual(dataset.groups, { county: ['15', '15'] });
    assert.deepEqual(dataset.denominators, { pop: [50, 100] });
    assert.equal(indicatorNames.hhi, 'Concentration');
    assert.equal(unitNames.A, 'Alpha');
  });
  it('should name file, line and field in errors', () => {
    assert.throws(() => parseCoinrInput(IDATA.replace('0.2', '0.2x'), IMETA, { idataName: 'd.csv' }), /d\.csv:2, hhi: not a number: "0.2x"/);
    assert.throws(() => parseCoinrInput(IDATA.replace('0.2', '0,2'), IMETA, { idataName: 'd.csv' }), /d\.csv:2: 7 fields, the header has 6/);
    assert.throws(() => parseCoinrInput(IDATA, IMETA.replace(',Group', ',Grp'), { imetaName: 'm.csv' }), /m\.csv:5, Type: unknown type "Grp" for county/);
    assert.throws(() => parseCoinrInput(IDATA, IMETA.replace('1,2,,econ', '1,-2,,econ'), { imetaName: 'm.csv' }), /m\.csv:3, Weight: need a number ≥ 0 for hhi/);
    assert.throws(() => parseCoinrInput(IDATA, IMETA.replace(',pop,econ', ',area,econ'), { imetaName: 'm.csv' }), /m\.csv:2, Denominator: area is not a Denominator row/);
  });
});
