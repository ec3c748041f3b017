/**
 * The SSB PxWeb API v2 client: table information, metadata, code lists, and data queries planned within SSB's cell
 * and URL limits, over the rate-limited, retrying, caching HTTP layer. URL forms (data.ssb.no/api/pxwebapi/v2):
 * `/tables/{id}`, `/tables/{id}/metadata`, `/tables/{id}/data?valueCodes[Var]=…` (or POST with a `selection` body),
 * `/codeLists/{id}`.
 */
import { join } from 'node:path';
import { ResponseCache } from './cache.ts';
import { parseCodeList, parseKlassCodes, type CodeList, type KlassCode } from './codelists.ts';
import { HttpClient, type HttpClientOptions, type HttpResult } from './http.ts';
import { parseJsonStat2, type JsonStatDataset } from './json-stat.ts';
import { RateLimiter } from './rate-limit.ts';
import { planDataRequests, type DataRequest, type PlanOptions, type Selection } from './selection.ts';

export const SSB_BASE_URL = 'https://data.ssb.no/api/pxwebapi/v2';
export const SSB_KLASS_URL = 'https://data.ssb.no/api/klass/v1';

/** `/tables/{id}`: what a table is and which periods it covers. */
export interface TableInfo {
  id: string;
  label: string;
  updated: string | undefined;
  firstPeriod: string | undefined;
  lastPeriod: string | undefined;
  variableNames: string[];
}

export interface PxWebClientOptions extends Omit<HttpClientOptions, 'cache' | 'rateLimiter'>, PlanOptions {
  /** Default: SSB's `https://data.ssb.no/api/pxwebapi/v2`; tests point it at a local server. */
  baseUrl?: string;
  /** KLASS API root (default SSB's). */
  klassUrl?: string;
  /** Folder for the raw-response cache (`<dataDir>/cache/pxweb`); none = no cache. */
  cacheDir?: string;
  /** Client-side limit (default 30 requests per 60 s, SSB's documented limit); server headers may tighten it. */
  rateLimit?: { limit: number; windowMs: number };
}

const json = (text: string) => JSON.parse(text) as unknown;

export class PxWebClient {
  readonly baseUrl: string;
  readonly klassUrl: string;
  readonly lang: string;
  private readonly http: HttpClient;
  private readonly planOptions: PlanOptions;

  constructor(options: PxWebClientOptions = {}) {
    const { baseUrl = SSB_BASE_URL, klassUrl = SSB_KLASS_URL, lang = 'no', cacheDir, rateLimit, maxCells, maxUrlLength, allowPost, ...http } = options;
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.klassUrl = klassUrl.replace(/\/+$/, '');
    this.lang = lang;
    this.planOptions = { lang, maxCells, maxUrlLength, allowPost };
    this.http = new HttpClient({
      ...http,
      cache: cacheDir === undefined ? undefined : new ResponseCache(cacheDir),
      rateLimiter: new RateLimiter({ ...rateLimit, clock: http.clock }),
    });
  }

  /** The cache folder for a data directory: `<dataDir>/cache/pxweb`. */
  static cacheDirFor(dataDir: string): string {
    return join(dataDir, 'cache', 'pxweb');
  }

  private get<T>(path: string, subject: string, parse: (doc: unknown) => T): Promise<HttpResult<T>> {
    return this.http.request({ method: 'GET', url: `${this.baseUrl}${path}`, subject }, (text) => parse(json(text)));
  }

  /** `/tables/{id}`: label, last update and period range. */
  tableInfo(table: string): Promise<HttpResult<TableInfo>> {
    const subject = `SSB table ${table}`;
    return this.get(`/tables/${encodeURIComponent(table)}?lang=${this.lang}`, subject, (doc) => {
      const d = doc as any;
      if (!d || typeof d.id !== 'string') throw new Error(`${subject}: table information has no id`);
      return { id: d.id, label: String(d.label ?? ''), updated: d.updated, firstPeriod: d.firstPeriod, lastPeriod: d.lastPeriod, variableNames: d.variableNames ?? [] };
    });
  }

  /** `/tables/{id}/metadata`: every variable with its codes, labels, elimination and code lists (JSON-stat2). */
  metadata(table: string): Promise<HttpResult<JsonStatDataset>> {
    const subject = `SSB table ${table}`;
    return this.get(`/tables/${encodeURIComponent(table)}/metadata?lang=${this.lang}`, subject, (doc) => parseJsonStat2(doc, `${subject} metadata`));
  }

  /** `/codeLists/{id}`, e.g. `agg_KommSummer` (merged-municipality sums) or `vs_Kommun`. */
  codeList(id: string): Promise<HttpResult<CodeList>> {
    const subject = `SSB code list ${id}`;
    return this.get(`/codeLists/${encodeURIComponent(id)}?lang=${this.lang}`, subject, (doc) => parseCodeList(doc, subject));
  }

  /** KLASS `codesAt`: the codes of a classification valid on a date (131 = municipalities). */
  klassCodesAt(classification: string, date: string): Promise<HttpResult<KlassCode[]>> {
    const subject = `SSB KLASS classification ${classification}`;
    const url = `${this.klassUrl}/classifications/${encodeURIComponent(classification)}/codesAt?date=${encodeURIComponent(date)}&language=nb`;
    return this.http.request({ method: 'GET', url, subject }, (text) => parseKlassCodes(json(text), subject));
  }

  /** The requests that fetch `selection` from a table within the cell and URL limits. */
  planData(table: string, selection: Selection): DataRequest[] {
    return planDataRequests(this.baseUrl, table, selection, this.planOptions);
  }

  /** Performs one planned data request. */
  fetchData(table: string, request: DataRequest): Promise<HttpResult<JsonStatDataset>> {
    const subject = `SSB table ${table}`;
    return this.http.request({ method: request.method, url: request.url, body: request.body, subject }, (text) => parseJsonStat2(json(text), subject));
  }

  /** Fetches a whole selection (in as many requests as the limits need), one dataset per request. */
  async data(table: string, selection: Selection): Promise<JsonStatDataset[]> {
    const parts: JsonStatDataset[] = [];
    for (const request of this.planData(table, selection)) parts.push((await this.fetchData(table, request)).value);
    return parts;
  }
}
