/**
 * Minimal RFC 4180 CSV reading and writing. Pure: callers pass text and get rows, so file, line and field errors
 * can be reported by the caller with its own file name.
 */

export interface CsvOptions {
  delimiter?: string;
}

/** Splits CSV text into records of fields; quoted fields may hold delimiters, quotes ("") and newlines. Returns the line number each record starts on. */
export function parseCsv(text: string, { delimiter = ',' }: CsvOptions = {}): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const text2 = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // strip a byte-order mark
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (inQuotes) {
      if (c === '"') {
        if (text2[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text2[i + 1] === '\n') i++;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new Error(`unterminated quoted field starting on line ${recordLine}`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
}

/** Parses CSV with a header row into objects keyed by column name, with the line each row came from. */
export function parseCsvObjects(text: string, options?: CsvOptions): { row: Record<string, string>; line: number }[] {
  const [header, ...records] = parseCsv(text, options);
  if (!header) return [];
  return records.map(({ fields, line }) => {
    const row: Record<string, string> = {};
    header.fields.forEach((name, i) => (row[name] = fields[i] ?? ''));
    return { row, line };
  });
}

function quoteField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows as CSV with a header; numbers in JavaScript's shortest round-trip form, null as an empty field. */
export function formatCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(quoteField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quoteField(row[c])).join(','));
  return lines.join('\n') + '\n';
}
