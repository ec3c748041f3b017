/**
 * Hash routes, so every page is linkable without server support: `#/`, `#/profile/1506?year=2024`,
 * `#/method/1506?year=2024&indicator=employment_rate`, `#/compare/1506,1505,1508`. Pure parsing and building.
 */

export type Route =
  | { page: 'overview'; params: URLSearchParams }
  | { page: 'profile'; code: string; params: URLSearchParams }
  | { page: 'method'; code: string | null; params: URLSearchParams }
  | { page: 'compare'; codes: string[]; params: URLSearchParams }
  | { page: 'not-found'; path: string; params: URLSearchParams };

/** Parses a location hash (`#/profile/1506?year=2024`) into a route. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [page, arg] = parts;
  if (!page) return { page: 'overview', params };
  if (page === 'profile' && arg && parts.length === 2) return { page: 'profile', code: arg, params };
  if (page === 'method' && parts.length <= 2) return { page: 'method', code: arg ?? null, params };
  if (page === 'compare' && parts.length <= 2) {
    const codes = (arg ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    return { page: 'compare', codes: [...new Set(codes)], params };
  }
  return { page: 'not-found', path, params };
}

/** Builds a hash link: `href('profile', '1506', { year: 2024 })` → `#/profile/1506?year=2024`. */
export function href(page: 'overview' | 'profile' | 'method' | 'compare', arg?: string | string[], params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const search = q.toString() ? `?${q}` : '';
  if (page === 'overview') return `#/${search}`;
  const a = Array.isArray(arg) ? arg.map(encodeURIComponent).join(',') : arg ? encodeURIComponent(arg) : '';
  return `#/${page}${a ? `/${a}` : ''}${search}`;
}

/** An integer query parameter, or undefined when absent or malformed. */
export function intParam(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
}
