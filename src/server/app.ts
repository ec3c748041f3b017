/**
 * The regionmonitor HTTP server: a JSON API over a MonitorApi plus the built dashboard, in one Fastify instance.
 * The monitor is passed in (dependency injection), so tests and benchmarks decide which data it serves.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { MonitorApi } from '../service/types.ts';
import { Catalog } from './catalog.ts';
import { installErrorHandler } from './error-handler.ts';
import { ResponseCache } from './response-cache.ts';
import { catalogRoutes } from './routes/catalog-routes.ts';
import type { RouteContext } from './routes/context.ts';
import { explainRoutes } from './routes/explain.ts';
import { geometryRoutes } from './routes/geometry.ts';
import { profileRoutes } from './routes/profile.ts';
import { rankingRoutes } from './routes/ranking.ts';
import { valuesRoutes } from './routes/values.ts';
import { staticFiles } from './static-files.ts';

export interface AppOptions {
  monitor: MonitorApi;
  /** The built web app to serve (web/dist); without it only the API is served. */
  distDir?: string;
  /** Fastify's logger option: false (default) for tests, `{ level: 'info' }` for `serve`. */
  logger?: FastifyServerOptions['logger'];
  /** Cache-Control of API responses. The data is fixed per process, so clients may reuse them briefly and revalidate by ETag. */
  apiCacheControl?: string;
}

/**
 * Builds (but does not start) the server. Reads the monitor's vocabulary once, so bad years and unknown regions are
 * answered without touching the monitor.
 *
 * @example
 * const app = await buildApp({ monitor, distDir: 'web/dist' });
 * await app.listen({ port: 0, host: '127.0.0.1' });
 */
export async function buildApp({ monitor, distDir, logger = false, apiCacheControl = 'public, max-age=300' }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Keep unknown querystring parameters so `additionalProperties: false` rejects them instead of silently dropping them.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    // Clients such as autocannon and browsers keep connections alive; the default 72 s is fine, but do not let
    // a closing server wait for idle sockets.
    forceCloseConnections: 'idle',
  });
  installErrorHandler(app);

  const context: RouteContext = { monitor, catalog: await Catalog.load(monitor), cache: new ResponseCache({ cacheControl: apiCacheControl }) };
  await app.register(catalogRoutes, context);
  await app.register(valuesRoutes, context);
  await app.register(rankingRoutes, context);
  await app.register(profileRoutes, context);
  await app.register(explainRoutes, context);
  await app.register(geometryRoutes, context);
  if (distDir) await app.register(staticFiles, { distDir });
  return app;
}
