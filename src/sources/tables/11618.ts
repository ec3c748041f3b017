/**
 * 11618 Population and employed persons 15–74 by place of residence and of work, 4th quarter. Region, Kjonn ('0'),
 * Alder ('15-74') and the ContentsCode ids BefolkningBosted, SysselBosted and SysselArbsted are taken from stored
 * code that queried this table through SSB's older API (v0); that they are unchanged in API v2 is NOT confirmed.
 * A missing code fails the table with a message naming it.
 */
import { type TableDefinition, municipalityCodes, requireCodes, rowsByContents, yearCodes } from './common.ts';

const TABLE = '11618';

const CONTENTS: Record<string, string> = {
  BefolkningBosted: 'population_15_74_residence',
  SysselBosted: 'employed_15_74_residence',
  SysselArbsted: 'employed_15_74_workplace', // jobs located in the municipality
};

export const table11618: TableDefinition = {
  table: TABLE,
  title: 'Population and employed persons 15–74 by place of residence and of work, 4th quarter',
  variables: Object.values(CONTENTS),
  select: (meta) => [
    { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
    { variableCode: 'Kjonn', valueCodes: requireCodes(meta, TABLE, 'Kjonn', ['0']) },
    { variableCode: 'Alder', valueCodes: requireCodes(meta, TABLE, 'Alder', ['15-74']) },
    { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', Object.keys(CONTENTS)) },
    { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
  ],
  toRows: rowsByContents(TABLE, CONTENTS),
};
