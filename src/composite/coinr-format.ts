/**
 * Reads COINr's input format — `iData` (one row per unit: uCode, optional uName/Time, group, denominator and
 * indicator columns) and `iMeta` (one row per indicator, aggregate, group or denominator) — into a `Dataset`.
 * Pure: takes the CSV text and file names (for messages); errors name file, line and field.
 * Units are sorted by uCode, as COINr's `new_coin` does.
 */
import { parseCsv } from '../common/csv.ts';
import type { AggregateMeta, Dataset, IndicatorMeta } from './types.ts';

export interface CoinrInput {
  dataset: Dataset;
  indicatorNames: Record<string, string>;
  unitNames: Record<string, string>;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function readTable(text: string, file: string) {
  const records = parseCsv(text);
  if (records.length === 0) throw new Error(`${file}: empty file`);
  const [header, ...rows] = records;
  const col = new Map(header.fields.map((name, i) => [name.trim(), i]));
  return { header: header.fields.map((f) => f.trim()), rows, col };
}

/** Parses a numeric cell: '' or 'NA' = missing; anything else must be a plain decimal number. */
function parseNumber(cell: string | undefined, where: string): number | null {
  const s = (cell ?? '').trim();
  if (s === '' || s === 'NA') return null;
  if (!NUMBER.test(s)) throw new Error(`${where}: not a number: "${s}"`);
  return Number(s);
}

/** Builds a dataset from COINr-style iData and iMeta CSV texts. */
export function parseCoinrInput(idataText: string, imetaText: string, { idataName = 'iData', imetaName = 'iMeta' } = {}): CoinrInput {
  const meta = readTable(imetaText, imetaName);
  for (const required of ['iCode', 'Level', 'Parent', 'Weight']) {
    if (!meta.col.has(required)) throw new Error(`${imetaName}:1: missing column ${required}`);
  }
  const field = (fields: string[], name: string) => (meta.col.has(name) ? (fields[meta.col.get(name)!] ?? '').trim() : '');

  const indicators: IndicatorMeta[] = [];
  const aggregates: AggregateMeta[] = [];
  const groupVars: string[] = [];
  const denominatorVars: string[] = [];
  const indicatorNames: Record<string, string> = {};
  const metaLine = new Map<string, number>();
  for (const { fields, line } of meta.rows) {
    const code = field(fields, 'iCode');
    const where = `${imetaName}:${line}`;
    if (!code) throw new Error(`${where}: empty iCode`);
    if (metaLine.has(code)) throw new Error(`${where}: duplicate iCode ${code} (first on line ${metaLine.get(code)})`);
    metaLine.set(code, line);
    const level = parseNumber(field(fields, 'Level'), `${where}, Level`);
    const type = field(fields, 'Type') || (level === 1 ? 'Indicator' : level !== null ? 'Aggregate' : '');
    if (type === 'Group') groupVars.push(code);
    else if (type === 'Denominator') denominatorVars.push(code);
    else if (type === 'Indicator' || type === 'Aggregate') {
      const weight = parseNumber(field(fields, 'Weight'), `${where}, Weight`);
      if (weight === null || weight < 0) throw new Error(`${where}, Weight: need a number ≥ 0 for ${code}`);
      if (level === null || !Number.isInteger(level) || level < 1) throw new Error(`${where}, Level: need an integer ≥ 1 for ${code}`);
      const parent = field(fields, 'Parent') || null;
      indicatorNames[code] = field(fields, 'iName') || code;
      if (type === 'Indicator') {
        if (level !== 1) throw new Error(`${where}, Level: indicator ${code} must be level 1`);
        const direction = parseNumber(field(fields, 'Direction'), `${where}, Direction`);
        if (direction !== 1 && direction !== -1) throw new Error(`${where}, Direction: must be 1 or -1 for ${code}`);
        const denominator = field(fields, 'Denominator') || undefined;
        indicators.push({ code, parent, direction, weight, ...(denominator ? { denominator } : {}) });
      } else {
        if (level < 2) throw new Error(`${where}, Level: aggregate ${code} must be level 2 or higher`);
        aggregates.push({ code, parent, level, weight });
      }
    } else if (type !== 'Other') throw new Error(`${where}, Type: unknown type "${type}" for ${code}`);
  }
  if (indicators.length === 0) throw new Error(`${imetaName}: no indicators (Type = Indicator)`);

  const data = readTable(idataText, idataName);
  const ucodeCol = data.col.get('uCode');
  if (ucodeCol === undefined) throw new Error(`${idataName}:1: missing uCode column`);
  for (const code of [...indicators.map((m) => m.code), ...groupVars, ...denominatorVars]) {
    if (!data.col.has(code)) throw new Error(`${imetaName}:${metaLine.get(code)}: ${code} is not a column of ${idataName}`);
  }
  for (const m of indicators) {
    if (m.denominator && !denominatorVars.includes(m.denominator)) {
      throw new Error(`${imetaName}:${metaLine.get(m.code)}, Denominator: ${m.denominator} is not a Denominator row`);
    }
  }
  for (const a of aggregates) {
    if (data.col.has(a.code)) throw new Error(`${idataName}:1: aggregate ${a.code} must not be a column of the input data`);
  }

  const seen = new Map<string, number>();
  const rows = data.rows.map(({ fields, line }) => {
    if (fields.length !== data.header.length) throw new Error(`${idataName}:${line}: ${fields.length} fields, the header has ${data.header.length}`);
    const unit = (fields[ucodeCol] ?? '').trim();
    if (!unit) throw new Error(`${idataName}:${line}, uCode: empty`);
    if (seen.has(unit)) throw new Error(`${idataName}:${line}, uCode: duplicate ${unit} (first on line ${seen.get(unit)})`);
    seen.set(unit, line);
    const num = (code: string) => parseNumber(fields[data.col.get(code)!], `${idataName}:${line}, ${code}`);
    return {
      unit,
      name: data.col.has('uName') ? fields[data.col.get('uName')!] ?? '' : '',
      values: indicators.map((m) => num(m.code)),
      groups: groupVars.map((g) => (fields[data.col.get(g)!] ?? '').trim() || null),
      denominators: denominatorVars.map(num),
    };
  });
  rows.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));

  const dataset: Dataset = {
    units: rows.map((r) => r.unit),
    indicators,
    aggregates,
    values: rows.map((r) => r.values),
  };
  if (groupVars.length) dataset.groups = Object.fromEntries(groupVars.map((g, k) => [g, rows.map((r) => r.groups[k])]));
  if (denominatorVars.length) dataset.denominators = Object.fromEntries(denominatorVars.map((d, k) => [d, rows.map((r) => r.denominators[k])]));
  return { dataset, indicatorNames, unitNames: Object.fromEntries(rows.map((r) => [r.unit, r.name])) };
}
