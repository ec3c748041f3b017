/**
 * 06265 Dwellings by type of building, 1 January. Region, BygnType (01, 02, 03, 04, 05, 999) and ContentsCode
 * 'Boliger' are confirmed from stored code that queries this table through API v2; that '01' is detached houses
 * ("Enebolig") is checked against the label at run time. The total is the table's own total code when it has one,
 * else the sum of all building types.
 */
import { allCells, codeOf, dimension, expectLabel, municipalityCodes, regionYear, requireCodes, sumCells, totalCode, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '06265';
const DETACHED = '01';

export const table06265: TableDefinition = {
  table: TABLE,
  title: 'Dwellings by type of building',
  variables: ['dwellings_total', 'dwellings_detached'],
  select(meta) {
    requireCodes(meta, TABLE, 'BygnType', [DETACHED]);
    expectLabel(meta, TABLE, 'BygnType', DETACHED, /enebolig|detached/i);
    return [
      { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
      { variableCode: 'BygnType', valueCodes: dimension(meta, TABLE, 'BygnType').codes },
      { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', ['Boliger']) },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    ];
  },
  toRows(parts) {
    // The metadata is not at hand here, so the total code is recognised from the labels the data carries.
    const total = parts.length ? totalCode(parts[0], TABLE, 'BygnType') : undefined;
    const all = [...allCells(parts)];
    const detached = sumCells(all, (cell) => {
      const at = regionYear(cell, TABLE);
      return at && codeOf(cell, TABLE, 'BygnType') === DETACHED ? { ...at, variable: 'dwellings_detached' } : null;
    });
    const totals = sumCells(all, (cell) => {
      const at = regionYear(cell, TABLE);
      const type = codeOf(cell, TABLE, 'BygnType');
      const counts = total === undefined || type === total;
      return at && counts ? { ...at, variable: 'dwellings_total' } : null;
    });
    return [...totals, ...detached];
  },
};
