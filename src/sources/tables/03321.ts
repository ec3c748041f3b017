/**
 * 03321 Employed persons 15–74 by municipality of residence and municipality of work, 4th quarter: the commuting
 * matrix. The variable ids Bokommuen (residence) and ArbstedKomm (workplace) are taken from stored code that queried
 * this table through SSB's older API (v0), NOT confirmed for API v2; its ContentsCode id was not found in stored
 * documentation, so the table's single statistic is taken from the metadata (more than one fails the table).
 * Rows: region = residence, counterpart = workplace. Zero flows, and pairs SSB marks `.` (one of the codes did not
 * exist that year), are left out: the matrix is sparse and absent flows are zero.
 */
import { allCells, codeOf, dimension, municipalityCode, municipalityCodes, rowOf, TableShapeError, yearCodes, type TableDefinition } from './common.ts';
import type { RawRow } from '../../types.ts';

const TABLE = '03321';
const RESIDENCE = 'Bokommuen';
const WORKPLACE = 'ArbstedKomm';
/** The matrix is large (about a thousand codes of every generation on each side); 2008 matches 07984's first year. */
const FIRST_YEAR = 2008;

export const table03321: TableDefinition = {
  table: TABLE,
  title: 'Employed persons 15–74 by municipality of residence and of work (commuting), 4th quarter',
  variables: ['commuters'],
  select(meta) {
    const contents = dimension(meta, TABLE, 'ContentsCode').codes;
    if (contents.length !== 1) throw new TableShapeError(TABLE, `expected one statistic in ContentsCode, found ${contents.join(', ')}`);
    return [
      { variableCode: RESIDENCE, valueCodes: municipalityCodes(meta, TABLE, RESIDENCE) },
      { variableCode: WORKPLACE, valueCodes: municipalityCodes(meta, TABLE, WORKPLACE) },
      { variableCode: 'ContentsCode', valueCodes: contents },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE, { from: FIRST_YEAR }) },
    ];
  },
  toRows(parts) {
    const rows: RawRow[] = [];
    for (const cell of allCells(parts)) {
      if (cell.value === 0 || cell.status === 'not_applicable') continue;
      const region = municipalityCode(codeOf(cell, TABLE, RESIDENCE));
      const counterpart = municipalityCode(codeOf(cell, TABLE, WORKPLACE));
      if (region === null || counterpart === null) continue;
      rows.push(rowOf(cell, { region, counterpart, year: Number(codeOf(cell, TABLE, 'Tid')) }, 'commuters'));
    }
    return rows;
  },
};
