/**
 * 07459 Population by sex and single year of age, 1 January: summed here to residents 20–66 and 67+ for the old-age
 * ratio. Region, Kjonn ('1','2'), Alder ('000' … '104', '105+'), ContentsCode ('Personer1') and Tid are confirmed
 * from stored third-party documentation of this table. Sex is left out of the query when SSB may eliminate it
 * (SSB then sums it), otherwise both sexes are asked for and summed here.
 */
import type { JsonStatDataset } from '../pxweb/json-stat.ts';
import type { Selection } from '../pxweb/selection.ts';
import { allCells, codeOf, dimension, regionYear, requireCodes, municipalityCodes, sumCells, totalSelection, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '07459';

/** Age in whole years of an Alder code ('067' → 67, '105+' → 105), or null for a non-age code. */
function age(code: string): number | null {
  const m = /^(\d{1,3})\+?$/.exec(code);
  return m ? Number(m[1]) : null;
}

function ageGroup(code: string): string | null {
  const a = age(code);
  if (a === null || a < 20) return null;
  return a >= 67 ? 'population_67_plus' : 'population_20_66';
}

/** `ageGroup` for every Alder code of a response, looked up once instead of once per cell. */
function ageGroups(parts: JsonStatDataset[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of parts) for (const c of p.dimensions.Alder?.codes ?? []) out.set(c, ageGroup(c));
  return out;
}

export const table07459: TableDefinition = {
  table: TABLE,
  title: 'Population 1 January, residents 20–66 and 67 and over',
  variables: ['population_20_66', 'population_67_plus'],
  select(meta) {
    const ages = dimension(meta, TABLE, 'Alder').codes.filter((c) => ageGroup(c) !== null);
    if (!ages.some((c) => ageGroup(c) === 'population_67_plus')) requireCodes(meta, TABLE, 'Alder', ['067']);
    const sexes = totalSelection(meta, TABLE, 'Kjonn');
    const selection: Selection = [{ variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) }];
    if (sexes) selection.push({ variableCode: 'Kjonn', valueCodes: sexes });
    selection.push(
      { variableCode: 'Alder', valueCodes: ages },
      { variableCode: 'ContentsCode', valueCodes: requireCodes(meta, TABLE, 'ContentsCode', ['Personer1']) },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    );
    return selection;
  },
  toRows(parts) {
    const groups = ageGroups(parts);
    return sumCells(allCells(parts), (cell) => {
      const at = regionYear(cell, TABLE);
      const variable = groups.get(codeOf(cell, TABLE, 'Alder'));
      return at && variable ? { ...at, variable } : null;
    });
  },
};
