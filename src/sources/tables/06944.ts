/**
 * 06944 Income of households by household type: median income after tax and number of households, all households.
 * Region, HusholdType (0000 = all households), ContentsCode (SamletInntekt = "Inntekt etter skatt, median (kr)",
 * AntallHushold) and Tid are confirmed from stored third-party documentation of this table. The Region variable also
 * holds city districts and sub-areas (6–8 digit codes); only municipality codes are asked for.
 */
import { type TableDefinition, expectLabel, municipalityCodes, requireCodes, rowsByContents, yearCodes } from './common.ts';

const TABLE = '06944';

const CONTENTS: Record<string, string> = {
  SamletInntekt: 'median_household_income_after_tax_nok',
  AntallHushold: 'households',
};

export const table06944: TableDefinition = {
  table: TABLE,
  title: 'Income of households: median after tax and number of households',
  variables: Object.values(CONTENTS),
  select(meta) {
    // The code name says "total income"; make sure it is the after-tax median before storing it as such.
    expectLabel(meta, TABLE, 'ContentsCode', 'SamletInntekt', /etter skatt|after tax/i);
    return [
      { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
      { variableCode: 'HusholdType', valueCodes: requireCodes(meta, TABLE, 'HusholdType', ['0000']) },
      { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', Object.keys(CONTENTS)) },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    ];
  },
  toRows: rowsByContents(TABLE, CONTENTS),
};
