/**
 * 06913 Population and changes during the calendar year (municipalities, all years). Dimension and ContentsCode ids
 * (Region, ContentsCode: Folkemengde, Fodselsoverskudd, Nettoinnflytting, Tid) are confirmed from stored
 * third-party documentation of this table; some sources show its region codes with a `K_` prefix, which
 * `municipalityCode` accepts.
 */
import { type TableDefinition, municipalityCodes, requireCodes, rowsByContents, yearCodes } from './common.ts';

const TABLE = '06913';

/** SSB ContentsCode → project variable. */
const CONTENTS: Record<string, string> = {
  Folkemengde: 'population_jan1', // "Folkemengde 1. januar"
  Fodselsoverskudd: 'natural_increase',
  Nettoinnflytting: 'net_migration', // incl. international migration
};

export const table06913: TableDefinition = {
  table: TABLE,
  title: 'Population 1 January and changes during the calendar year',
  variables: Object.values(CONTENTS),
  select: (meta) => [
    { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
    { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', Object.keys(CONTENTS)) },
    { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
  ],
  toRows: rowsByContents(TABLE, CONTENTS),
};
