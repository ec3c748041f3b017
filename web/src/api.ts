/**
 * The dashboard's only door to the server: typed GETs of the JSON API, each URL fetched once per page session
 * (the server's data is fixed while it runs), so moving between pages does not refetch.
 */
import type { ExplainChain, IndicatorInfo, IndicatorValue, MapLayout, MonitorMeta, Profile, RankRow, RegionInfo } from './api-types.ts';

/** An API answer other than 2xx, with the server's message. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

const cache = new Map<string, Promise<unknown>>();

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** GETs `path` once; concurrent and later callers share the answer. Failed requests are not kept. */
export function getJson<T>(path: string): Promise<T> {
  let hit = cache.get(path) as Promise<T> | undefined;
  if (!hit) {
    hit = fetch(path, { headers: { accept: 'application/json' } }).then(async (res) => {
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null;
        throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
      }
      return (await res.json()) as T;
    });
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit;
}

/** The API, one function per route. */
export const api = {
  meta: () => getJson<MonitorMeta>('/api/meta'),
  regions: () => getJson<RegionInfo[]>('/api/regions'),
  indicators: () => getJson<IndicatorInfo[]>('/api/indicators'),
  map: () => getJson<MapLayout>('/api/map'),
  values: (year: number, indicator?: string) => getJson<IndicatorValue[]>(`/api/values${query({ year, indicator })}`),
  ranking: (year: number, set: 'municipalities' | 'regions' = 'municipalities') =>
    getJson<RankRow[]>(`/api/ranking${query({ year, set: set === 'municipalities' ? undefined : set })}`),
  profile: (code: string, year?: number) => getJson<Profile>(`/api/profile/${encodeURIComponent(code)}${query({ year })}`),
  explain: (code: string, year: number, indicator?: string) =>
    getJson<ExplainChain>(`/api/explain/${encodeURIComponent(code)}${query({ year, indicator })}`),
};
