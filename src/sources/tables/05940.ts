/**
 * 05940 Dwellings completed, by building type. Region, Byggeareal (building type) and ContentsCode 'Fullforte' are
 * confirmed from stored code that queries this table through API v2. How the building-type total is reached is
 * NOT confirmed: the variable is left out when SSB may eliminate it, else its total code is asked for, else every
 * building type is asked for and summed here (`totalSelection`).
 */
import type { Selection } from '../pxweb/selection.ts';
import { allCells, municipalityCodes, regionYear, requireCodes, sumCells, totalSelection, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '05940';

export const table05940: TableDefinition = {
  table: TABLE,
  title: 'Dwellings completed',
  variables: ['dwellings_completed'],
  select(meta) {
    const types = totalSelection(meta, TABLE, 'Byggeareal');
    const selection: Selection = [{ variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) }];
    if (types) selection.push({ variableCode: 'Byggeareal', valueCodes: types });
    selection.push(
      { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', ['Fullforte']) },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    );
    return selection;
  },
  toRows(parts) {
    return sumCells(allCells(parts), (cell) => {
      const at = regionYear(cell, TABLE);
      return at ? { ...at, variable: 'dwellings_completed' } : null;
    });
  },
};
