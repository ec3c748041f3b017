/** The SSB PxWeb API v2 client: public surface. */
export { PxWebClient, SSB_BASE_URL, SSB_KLASS_URL, type PxWebClientOptions, type TableInfo } from './client.ts';
export { PxWebError, describeErrorResponse, type PxWebErrorKind } from './errors.ts';
export { parseJsonStat2, cells, statusFromMarker, type JsonStatDataset, type JsonStatDimension, type JsonStatCell } from './json-stat.ts';
export { planDataRequests, splitByCells, cellCount, dataUrl, postBody, isExpression, SSB_MAX_CELLS, SSB_MAX_URL_LENGTH, type Selection, type VariableSelection, type DataRequest, type PlanOptions } from './selection.ts';
export { RateLimiter, SYSTEM_CLOCK, parseDelayMs, type Clock, type RateLimiterOptions } from './rate-limit.ts';
export { ResponseCache, cacheKey, type CachedResponse } from './cache.ts';
export { parseCodeList, parseKlassCodes, type CodeList, type KlassCode } from './codelists.ts';
export type { HttpResult } from './http.ts';
