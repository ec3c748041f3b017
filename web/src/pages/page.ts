/** What every page gets from the router: where to render, and whether it is still the page being shown. */
import type { IndicatorInfo, RegionInfo } from '../api-types.ts';
import { api } from '../api.ts';

export interface PageContext {
  root: HTMLElement;
  /** False once the user has navigated elsewhere: async renders check it before touching the DOM. */
  isCurrent: () => boolean;
}

/** The known regions by code (cached by the api module). */
export async function regionsByCode(): Promise<Map<string, RegionInfo>> {
  return new Map((await api.regions()).map((r) => [r.code, r]));
}

/** The indicator catalogue by id. */
export async function indicatorsById(): Promise<Map<string, IndicatorInfo>> {
  return new Map((await api.indicators()).map((i) => [i.id, i]));
}

/** Sets the document title as "<page> — Regionmonitor". */
export function setTitle(page: string): void {
  document.title = page ? `${page} — Regionmonitor` : 'Regionmonitor';
}
