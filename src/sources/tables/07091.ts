/**
 * 07091 Establishments by industry (SN2007) and number of employees. NOTE: this table counts establishments
 * (bedrifter), not employees, so it cannot fill `employees_total` / `employees_in_100plus` as the variable registry
 * describes them; it yields `establishments_total` and `establishments_100plus` (establishments with 100 or more
 * employees) instead, for the indicator owner to use as the cornerstone-firm proxy. Region, NACE2007 and AntAnsatte
 * (size classes '00'…'05', '15', '16', total '99') are confirmed from stored code querying this table; the meaning
 * of each size class is read from its label at run time (a class counts as 100+ when its label's first number is
 * at least 100), and the single ContentsCode is taken from the metadata.
 */
import type { JsonStatDataset } from '../pxweb/json-stat.ts';
import { allCells, codeOf, dimension, firstCode, municipalityCodes, regionYear, sumCells, TableShapeError, totalCode, yearCodes, type TableDefinition } from './common.ts';

const TABLE = '07091';
const SIZE = 'AntAnsatte';

/** Lower bound of a size-class label ("100-249 ansatte" → 100, "Ingen ansatte" → 0), or null when it has none. */
function lowerBound(label: string): number | null {
  if (/^\s*ingen\b/i.test(label)) return 0;
  const m = /(\d+)/.exec(label);
  return m ? Number(m[1]) : null;
}

/** Size-class code → which variables it counts towards, from the labels of `ds` (metadata or data). */
function sizeClasses(ds: JsonStatDataset): Map<string, string[]> {
  const d = dimension(ds, TABLE, SIZE);
  const total = totalCode(ds, TABLE, SIZE);
  const out = new Map<string, string[]>();
  for (const code of d.codes) {
    if (code === total) {
      out.set(code, ['establishments_total']);
      continue;
    }
    const low = lowerBound(d.labels[code] ?? '');
    if (low === null) throw new TableShapeError(TABLE, `size class '${code}' ('${d.labels[code]}') has no number of employees`);
    out.set(code, low >= 100 ? ['establishments_100plus', ...(total ? [] : ['establishments_total'])] : total ? [] : ['establishments_total']);
  }
  if (![...out.values()].some((v) => v.includes('establishments_100plus'))) throw new TableShapeError(TABLE, `no size class of 100 employees or more in ${SIZE}`);
  return out;
}

export const table07091: TableDefinition = {
  table: TABLE,
  title: 'Establishments, total and with 100 or more employees',
  variables: ['establishments_total', 'establishments_100plus'],
  select(meta) {
    const contents = dimension(meta, TABLE, 'ContentsCode').codes;
    if (contents.length !== 1) throw new TableShapeError(TABLE, `expected one statistic in ContentsCode, found ${contents.join(', ')}`);
    sizeClasses(meta); // fail early on unexpected size classes
    return [
      { variableCode: 'Region', valueCodes: municipalityCodes(meta, TABLE) },
      { variableCode: 'NACE2007', valueCodes: [totalCode(meta, TABLE, 'NACE2007') ?? firstCode(meta, TABLE, 'NACE2007', ['00-99', '01-99'])] },
      { variableCode: SIZE, valueCodes: dimension(meta, TABLE, SIZE).codes },
      { variableCode: 'ContentsCode', valueCodes: contents },
      { variableCode: 'Tid', valueCodes: yearCodes(meta, TABLE) },
    ];
  },
  toRows(parts) {
    if (parts.length === 0) return [];
    const classes = sizeClasses(parts[0]);
    const all = [...allCells(parts)];
    return ['establishments_total', 'establishments_100plus'].flatMap((variable) =>
      sumCells(all, (cell) => {
        const at = regionYear(cell, TABLE);
        return at && classes.get(codeOf(cell, TABLE, SIZE))?.includes(variable) ? { ...at, variable } : null;
      }),
    );
  },
};
