/**
 * 07984 Employed persons 15–74, 4th quarter, by industry (SN2007), by place of residence (ContentsCode
 * 'Sysselsatte') and by place of work ('SysselsatteArb' = jobs located in the municipality). Confirmed from stored
 * code that queries this table: Region, NACE2007 with the total '00-99' and SSB's 17 groups ('01-03', '05-09',
 * '10-33', '35-39', '41-43', '45-47', '49-53', '55-56', '58-63', '64-66', '68-75', '77-82', '84', '85', '86-88',
 * '90-99'), Kjonn ('0' both sexes), Alder ('15-74'), both ContentsCodes, Tid. Not confirmed: '00' (unknown
 * industry), fetched only when the table has it.
 *
 * The by-workplace series become the `jobs_<group>` variables (src/sources/variables.ts) the shift-share indicator
 * reads.
 */
import type { JsonStatDataset } from '../pxweb/json-stat.ts';
import { allCells, codeOf, dimension, municipalityCodes, regionYear, requireCodes, rowOf, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '07984';
const RESIDENCE = 'Sysselsatte';
const WORKPLACE = 'SysselsatteArb';

/** Residence-based series (the bundled snapshot's variables): NACE2007 code → variable. */
const BY_RESIDENCE: Record<string, string> = {
  '00-99': 'employed_total_00_99',
  '01-03': 'employed_agri_01_03',
  '10-33': 'employed_manuf_10_33',
  '84': 'employed_publicadmin_84',
  '85': 'employed_education_85',
  '86-88': 'employed_health_86_88',
};

const GROUPS = ['01-03', '05-09', '10-33', '35-39', '41-43', '45-47', '49-53', '55-56', '58-63', '64-66', '68-75', '77-82', '84', '85', '86-88', '90-99'];
/** Workplace-based jobs by industry group: NACE2007 code → variable (`jobs_01_03` …). */
const BY_WORKPLACE: Record<string, string> = Object.fromEntries([...GROUPS, '00'].map((c) => [c, `jobs_${c.replace('-', '_')}`]));
const OPTIONAL = new Set(['00']);

function industryCodes(meta: JsonStatDataset): string[] {
  const have = new Set(dimension(meta, TABLE, 'NACE2007').codes);
  const wanted = [...new Set([...Object.keys(BY_RESIDENCE), ...Object.keys(BY_WORKPLACE)])];
  return requireCodes(meta, TABLE, 'NACE2007', wanted.filter((c) => !OPTIONAL.has(c) || have.has(c)));
}

export const table07984: TableDefinition = {
  table: TABLE,
  title: 'Employed persons 15–74 by place of residence and of work, 4th quarter, by industry',
  variables: [...Object.values(BY_RESIDENCE), ...Object.values(BY_WORKPLACE)],
  select: (meta) => [
    { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
    { variableCode: 'NACE2007', valueCodes: industryCodes(meta) },
    { variableCode: 'Kjonn', valueCodes: requireCodes(meta, TABLE, 'Kjonn', ['0']) },
    { variableCode: 'Alder', valueCodes: requireCodes(meta, TABLE, 'Alder', ['15-74']) },
    { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', [RESIDENCE, WORKPLACE]) },
    { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
  ],
  toRows(parts) {
    const rows = [];
    for (const cell of allCells(parts)) {
      const at = regionYear(cell, TABLE);
      if (!at) continue;
      const nace = codeOf(cell, TABLE, 'NACE2007');
      const contents = codeOf(cell, TABLE, 'ContentsCode');
      // The query is a full cross; only the combinations a variable needs become rows.
      const variable = contents === RESIDENCE ? BY_RESIDENCE[nace] : contents === WORKPLACE ? BY_WORKPLACE[nace] : undefined;
      if (variable) rows.push(rowOf(cell, at, variable));
    }
    return rows;
  },
};
