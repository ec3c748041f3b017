/** GET /api/meta, /api/regions, /api/indicators: the monitor's vocabulary. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.ts';
import { querystring } from './schemas.ts';

const NO_PARAMS = { querystring: querystring({}) };

/** Registers the vocabulary routes. */
export async function catalogRoutes(app: FastifyInstance, { monitor, cache }: RouteContext): Promise<void> {
  app.get('/api/meta', { schema: NO_PARAMS }, (req, reply) => cache.send(req, reply, 'meta', () => monitor.meta()));
  app.get('/api/regions', { schema: NO_PARAMS }, (req, reply) => cache.send(req, reply, 'regions', () => monitor.regions()));
  app.get('/api/indicators', { schema: NO_PARAMS }, (req, reply) =>
    cache.send(req, reply, 'indicators', () => monitor.indicators()),
  );
}
