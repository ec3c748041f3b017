/**
 * 07984 Employed persons 15–74 by place of residence, 4th quarter, by industry (SN2007). Region, NACE2007 ('00-99'
 * all industries), Kjonn ('0' both sexes), Alder ('15-74'), ContentsCode ('Sysselsatte' by residence) and Tid are
 * confirmed from stored code that queries this table. The section codes of the five industry groups are NOT
 * confirmed from stored documentation for this table: '01-03', '10-33', '85' and '86-88' are the forms SSB uses in
 * table 07091; for public administration both '84' and 07091's '84.100-84.399' are accepted. A code the table lacks
 * fails the table with a message naming it.
 */
import { allCells, codeOf, firstCode, municipalityCodes, regionYear, requireCodes, rowOf, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '07984';

/** Project variable → acceptable NACE2007 codes, the first the table has wins. */
const INDUSTRIES: Record<string, string[]> = {
  employed_total_00_99: ['00-99'],
  employed_agri_01_03: ['01-03'],
  employed_manuf_10_33: ['10-33'],
  employed_publicadmin_84: ['84', '84.100-84.399'],
  employed_education_85: ['85'],
  employed_health_86_88: ['86-88'],
};

/** NACE2007 code → variable, resolved against the metadata by `select`. */
function industryCodes(meta: Parameters<TableDefinition['select']>[0]): Map<string, string> {
  return new Map(Object.entries(INDUSTRIES).map(([variable, alternatives]) => [firstCode(meta, TABLE, 'NACE2007', alternatives), variable]));
}

export const table07984: TableDefinition = {
  table: TABLE,
  title: 'Employed persons 15–74 by place of residence, 4th quarter, by industry',
  variables: Object.keys(INDUSTRIES),
  select: (meta) => [
    { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
    { variableCode: 'NACE2007', valueCodes: [...industryCodes(meta).keys()] },
    { variableCode: 'Kjonn', valueCodes: requireCodes(meta, TABLE, 'Kjonn', ['0']) },
    { variableCode: 'Alder', valueCodes: requireCodes(meta, TABLE, 'Alder', ['15-74']) },
    { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', ['Sysselsatte']) },
    { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
  ],
  toRows(parts) {
    // Map every code either alternative could have produced; only the selected ones occur in the data.
    const variableOf = new Map(Object.entries(INDUSTRIES).flatMap(([variable, codes]) => codes.map((c) => [c, variable] as const)));
    const rows = [];
    for (const cell of allCells(parts)) {
      const at = regionYear(cell, TABLE);
      const variable = variableOf.get(codeOf(cell, TABLE, 'NACE2007'));
      if (at && variable) rows.push(rowOf(cell, at, variable));
    }
    return rows;
  },
};
