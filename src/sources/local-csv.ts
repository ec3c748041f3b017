/**
 * Parses local CSV files for `regionmonitor import`: the project's tidy format (`region,year,variable,value`) and the
 * CSV that SSB's statbank offers for download (semicolon-separated, a title line, Latin-1 or UTF-8, regions labelled
 * `1506 Molde`, years in a column or in the headers). Pure: text in, rows out; every error names file, line and field.
 */
import { parseCsv } from '../common/csv.ts';
import type { RawRow, ValueStatus } from '../types.ts';

export class ImportError extends Error {}

/** SSB's cell markers for values that are not numbers, and what they mean. */
const MARKERS: Record<string, ValueStatus> = {
  '..': 'not_available',
  '.': 'not_applicable',
  ':': 'confidential',
  '': 'missing',
  '-': 'missing',
};

/** Decodes bytes as UTF-8, falling back to Latin-1 (SSB's older downloads) when the bytes are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function parseValue(raw: string, where: string): { value: number | null; status: ValueStatus } {
  const s = raw.trim();
  if (s in MARKERS) return { value: null, status: MARKERS[s] };
  const normalised = s.replace(/\s/g, '').replace(/,(?=\d+$)/, '.');
  const value = Number(normalised);
  if (!Number.isFinite(value) || normalised === '') throw new ImportError(`${where}: '${raw}' is not a number or an SSB marker (.. . : -)`);
  return { value, status: 'ok' };
}

function parseRegion(raw: string, where: string): string {
  const m = /^(?:K-)?(\d{4})\b/.exec(raw.trim());
  if (!m) throw new ImportError(`${where}: '${raw}' is not a municipality code (expected 4 digits, e.g. 1506 or "1506 Molde")`);
  return m[1];
}

function parseYear(raw: string, where: string): number {
  const m = /^(\d{4})$/.exec(raw.trim());
  if (!m) throw new ImportError(`${where}: '${raw}' is not a year`);
  return Number(m[1]);
}

const slug = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Tidy format: header `region,year,variable,value` (any column order; extra columns ignored). */
export function parseTidyCsv(text: string, file: string): RawRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new ImportError(`${file}: the file is empty`);
  const col = (name: string) => {
    const i = header.fields.findIndex((f) => f.trim().toLowerCase() === name);
    if (i < 0) throw new ImportError(`${file}:${header.line}: missing column '${name}' (expected region,year,variable,value)`);
    return i;
  };
  const [ri, yi, vi, xi] = [col('region'), col('year'), col('variable'), col('value')];
  return records.map(({ fields, line }) => {
    const at = (field: string) => `${file}:${line}: field '${field}'`;
    if (fields.length < header.fields.length) throw new ImportError(`${file}:${line}: ${fields.length} fields, expected ${header.fields.length}`);
    const variable = fields[vi].trim();
    if (!/^[a-z][a-z0-9_]*$/.test(variable)) throw new ImportError(`${at('variable')}: '${variable}' is not a variable id (lowercase letters, digits, _)`);
    return { region: parseRegion(fields[ri], at('region')), year: parseYear(fields[yi], at('year')), variable, ...parseValue(fields[xi], at('value')) };
  });
}

export interface StatbankOptions {
  /** Variable id for the value column(s); needed when the file has no `statistikkvariabel` column. */
  variable?: string;
}

/**
 * SSB statbank CSV ("semikolonseparert med overskrift"): title lines, then a header such as
 * `"region";"år";"Folkemengde"` (long) or `"region";"statistikkvariabel";"2023";"2024"` (years as columns).
 */
export function parseStatbankCsv(text: string, file: string, { variable }: StatbankOptions = {}): RawRow[] {
  const records = parseCsv(text, { delimiter: ';' });
  const headerIndex = records.findIndex((r) => r.fields.length >= 2);
  if (headerIndex < 0) throw new ImportError(`${file}: no semicolon-separated header line found`);
  const header = records[headerIndex];
  const names = header.fields.map((f) => f.trim());
  const regionCol = names.findIndex((n) => /^(region|kommune)/i.test(n));
  if (regionCol < 0) throw new ImportError(`${file}:${header.line}: no region column (a header starting with 'region' or 'kommune')`);
  const yearCol = names.findIndex((n) => /^(år|aar|year|tid)$/i.test(n));
  const contentsCol = names.findIndex((n) => /^(statistikkvariabel|contents)$/i.test(n));
  const yearOfHeader = (n: string) => /(?:^|\s)(\d{4})$/.exec(n)?.[1];
  const valueCols = names
    .map((n, i) => ({ n, i }))
    .filter(({ i }) => i !== regionCol && i !== yearCol && i !== contentsCol)
    .filter(({ n }) => (yearCol >= 0 ? true : yearOfHeader(n) !== undefined));
  if (valueCols.length === 0) throw new ImportError(`${file}:${header.line}: no value columns (expected a year column or year headers such as "2024")`);

  const rows: RawRow[] = [];
  for (const { fields, line } of records.slice(headerIndex + 1)) {
    if (fields.length === 1 && fields[0].trim() === '') continue;
    if (fields.length !== names.length) {
      // SSB appends footnote lines without semicolons after the table.
      if (fields.length === 1) continue;
      throw new ImportError(`${file}:${line}: ${fields.length} fields, expected ${names.length}`);
    }
    const at = (i: number) => `${file}:${line}: field '${names[i]}'`;
    const region = parseRegion(fields[regionCol], at(regionCol));
    for (const { n, i } of valueCols) {
      const contents = contentsCol >= 0 ? fields[contentsCol] : yearCol >= 0 ? n : n.replace(/\s*\d{4}$/, '');
      const id = variable ?? slug(contents);
      if (!id) throw new ImportError(`${at(i)}: cannot name the variable; pass --variable`);
      const year = yearCol >= 0 ? parseYear(fields[yearCol], at(yearCol)) : Number(yearOfHeader(n));
      rows.push({ region, year, variable: id, ...parseValue(fields[i], at(i)) });
    }
  }
  if (rows.length === 0) throw new ImportError(`${file}: no data rows after the header on line ${header.line}`);
  return rows;
}

/** Detects the format from the first lines: tidy CSV has a comma header with `region` and `value`. */
export function parseLocalCsv(bytes: Uint8Array, file: string, options: StatbankOptions = {}): { format: 'tidy' | 'statbank'; rows: RawRow[] } {
  const text = decodeText(bytes);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/^"?region"?,/.test(firstLine.trim().toLowerCase())) return { format: 'tidy', rows: parseTidyCsv(text, file) };
  return { format: 'statbank', rows: parseStatbankCsv(text, file, options) };
}

/** Rejects duplicate (region, year, variable) cells, which would make the import ambiguous. */
export function checkDuplicates(rows: RawRow[], file: string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.region}|${r.year}|${r.variable}`;
    if (seen.has(key)) throw new ImportError(`${file}: more than one value for region ${r.region}, year ${r.year}, variable ${r.variable}`);
    seen.add(key);
  }
}
