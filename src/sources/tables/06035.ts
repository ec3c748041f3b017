/**
 * 06035 Owner-occupied dwellings: mean price per m² of detached houses. Only larger municipalities are published;
 * the rest stay missing. NOT confirmed from stored documentation: the ids Boligtype ('01' = detached houses,
 * checked against its label at run time) and ContentsCode 'KvPris' (the id SSB uses for the price per m² in the
 * related table 07241). A missing code fails the table with a message naming it.
 */
import { allCells, expectLabel, municipalityCodes, regionYear, requireCodes, rowOf, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '06035';

export const table06035: TableDefinition = {
  table: TABLE,
  title: 'Mean price per m² of detached houses',
  variables: ['price_per_m2_nok'],
  select(meta) {
    requireCodes(meta, TABLE, 'Boligtype', ['01']);
    expectLabel(meta, TABLE, 'Boligtype', '01', /enebolig|detached/i);
    return [
      { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
      { variableCode: 'Boligtype', valueCodes: ['01'] },
      { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', ['KvPris']) },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    ];
  },
  toRows(parts) {
    const rows = [];
    for (const cell of allCells(parts)) {
      const at = regionYear(cell, TABLE);
      if (at) rows.push(rowOf(cell, at, 'price_per_m2_nok'));
    }
    return rows;
  },
};
