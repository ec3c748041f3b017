/**
 * Data queries as PxWeb API v2 selections, and the plan that turns one selection into requests SSB will accept:
 * no request over the cell limit (800 000 at SSB, empty cells included) and no GET URL over the length at which SSB
 * answers with an HTML 404 (measured at about 2 100 characters). A selection that is too long for a GET goes as a
 * POST with a JSON body (which has no length limit) or, when POST is not allowed, is split further. Pure: no I/O.
 */

/** One variable's part of a query, as in a PxWeb v2 POST body. */
export interface VariableSelection {
  variableCode: string;
  /** Explicit value codes; expressions (`*`, `top(5)`…) must be resolved against the metadata before planning. */
  valueCodes: string[];
  /** A code list (`agg_…`/`vs_…`) the value codes refer to. */
  codelist?: string;
  /** With an aggregation code list: `aggregated` sums the members, `single` picks values. */
  outputValues?: 'aggregated' | 'single';
}

export type Selection = VariableSelection[];

/** One HTTP request of a plan. */
export interface DataRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  /** Cells this request asks for (empty cells count, as at SSB). */
  cells: number;
  selection: Selection;
}

export interface PlanOptions {
  lang?: string;
  /** SSB: 800 000 cells per request. */
  maxCells?: number;
  /** Longest GET URL to send; SSB answers 404 above about 2 100 characters. */
  maxUrlLength?: number;
  /** Send over-long selections as POST with a JSON body instead of splitting them further. */
  allowPost?: boolean;
}

export const SSB_MAX_CELLS = 800_000;
export const SSB_MAX_URL_LENGTH = 2000;

const EXPRESSION = /[*?]|^\s*(top|bottom|range|from|to)\s*\(/i;

/** True for a selection expression (`*`, `?`, `top(n)`, `from(x)`…) rather than a literal code. */
export function isExpression(code: string): boolean {
  return EXPRESSION.test(code);
}

/** Number of cells a selection asks for. Throws on unresolved expressions, whose size is unknown. */
export function cellCount(selection: Selection): number {
  let n = 1;
  for (const s of selection) {
    const expr = s.valueCodes.find(isExpression);
    if (expr !== undefined) {
      throw new Error(`cannot count the cells of expression '${expr}' in ${s.variableCode}: resolve it against the table metadata first`);
    }
    n *= s.valueCodes.length;
  }
  return n;
}

/** The data endpoint of a table, with the query string for a GET of `selection` (or none, for a POST). */
export function dataUrl(baseUrl: string, table: string, selection: Selection | null, lang = 'no'): string {
  let url = `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(table)}/data?lang=${encodeURIComponent(lang)}&outputFormat=json-stat2`;
  for (const s of selection ?? []) {
    // Brackets and commas stay literal (SSB accepts them and they keep the URL short); codes are escaped ("105+").
    url += `&valueCodes[${s.variableCode}]=${s.valueCodes.map(encodeURIComponent).join(',')}`;
    if (s.codelist) url += `&codelist[${s.variableCode}]=${encodeURIComponent(s.codelist)}`;
    if (s.outputValues) url += `&outputValues[${s.variableCode}]=${s.outputValues}`;
  }
  return url;
}

/** The JSON body of a POST data request (PxWeb v2 `VariablesSelection`). */
export function postBody(selection: Selection): string {
  return JSON.stringify({
    selection: selection.map((s) => ({
      variableCode: s.variableCode,
      ...(s.codelist ? { codelist: s.codelist } : {}),
      valueCodes: s.valueCodes,
      // Not confirmed from SSB documentation for POST bodies; sent only when a table definition asks for it.
      ...(s.outputValues ? { outputValues: s.outputValues } : {}),
    })),
  });
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Index of the variable with the most codes (>1), the one to split; -1 when every variable has a single code. */
function widest(selection: Selection): number {
  let best = -1;
  selection.forEach((s, i) => {
    if (s.valueCodes.length > 1 && (best < 0 || s.valueCodes.length > selection[best].valueCodes.length)) best = i;
  });
  return best;
}

const withCodes = (selection: Selection, i: number, codes: string[]): Selection =>
  selection.map((s, k) => (k === i ? { ...s, valueCodes: codes } : s));

/**
 * Splits a selection into parts of at most `maxCells` cells each, cutting the variable with the most codes first so
 * the parts stay few and even. Together the parts ask for exactly the cells of the whole.
 */
export function splitByCells(selection: Selection, maxCells: number): Selection[] {
  const n = cellCount(selection);
  if (n <= maxCells) return [selection];
  const i = widest(selection);
  if (i < 0) throw new Error(`a single cell combination exceeds the cell limit ${maxCells}`);
  const others = n / selection[i].valueCodes.length;
  const per = Math.max(1, Math.floor(maxCells / others));
  return chunk(selection[i].valueCodes, per).flatMap((codes) => splitByCells(withCodes(selection, i, codes), maxCells));
}

/**
 * Plans the requests for one table: split by cells, then send each part as a GET when its URL is short enough, else
 * as a POST (or, with `allowPost: false`, halve the widest variable until every GET URL fits).
 */
export function planDataRequests(baseUrl: string, table: string, selection: Selection, options: PlanOptions = {}): DataRequest[] {
  const { lang = 'no', maxCells = SSB_MAX_CELLS, maxUrlLength = SSB_MAX_URL_LENGTH, allowPost = true } = options;
  const plan = (part: Selection): DataRequest[] => {
    const url = dataUrl(baseUrl, table, part, lang);
    const cells = cellCount(part);
    if (url.length <= maxUrlLength) return [{ method: 'GET', url, cells, selection: part }];
    if (allowPost) return [{ method: 'POST', url: dataUrl(baseUrl, table, null, lang), body: postBody(part), cells, selection: part }];
    const i = widest(part);
    if (i < 0) throw new Error(`SSB table ${table}: a single-code query is ${url.length} characters, over the URL limit ${maxUrlLength}`);
    const codes = part[i].valueCodes;
    const half = Math.ceil(codes.length / 2);
    return [...plan(withCodes(part, i, codes.slice(0, half))), ...plan(withCodes(part, i, codes.slice(half)))];
  };
  return splitByCells(selection, maxCells).flatMap(plan);
}
