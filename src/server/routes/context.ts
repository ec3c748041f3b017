/** What every route plugin receives: the monitor, its vocabulary and the shared response cache. */
import type { MonitorApi } from '../../service/types.ts';
import type { Catalog } from '../catalog.ts';
import type { ResponseCache } from '../response-cache.ts';

export interface RouteContext {
  monitor: MonitorApi;
  catalog: Catalog;
  cache: ResponseCache;
}
