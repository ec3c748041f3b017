/** GET /api/values?year=&indicator= — every indicator value of a year, optionally for one indicator. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.ts';
import { INDICATOR_ID, YEAR, querystring } from './schemas.ts';

interface ValuesQuery {
  year?: number;
  indicator?: string;
}

/** Registers /api/values. */
export async function valuesRoutes(app: FastifyInstance, { monitor, catalog, cache }: RouteContext): Promise<void> {
  app.get<{ Querystring: ValuesQuery }>(
    '/api/values',
    { schema: { querystring: querystring({ year: YEAR, indicator: INDICATOR_ID }) } },
    (req, reply) => {
      const year = catalog.year(req.query.year);
      const indicator = catalog.indicator(req.query.indicator);
      return cache.send(req, reply, `values|${year}|${indicator ?? '*'}`, () => monitor.values(year, { indicator }));
    },
  );
}
