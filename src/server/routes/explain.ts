/** GET /api/explain/:code?year=&indicator=&profile= — "tallenes vandring": a number's chain back to SSB. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.ts';
import { CODE_PARAMS, INDICATOR_ID, PROFILE_NAME, YEAR, querystring } from './schemas.ts';

interface ExplainRequest {
  Params: { code: string };
  Querystring: { year?: number; indicator?: string; profile?: string };
}

/** Registers /api/explain/:code. */
export async function explainRoutes(app: FastifyInstance, { monitor, catalog, cache }: RouteContext): Promise<void> {
  const schema = { params: CODE_PARAMS, querystring: querystring({ year: YEAR, indicator: INDICATOR_ID, profile: PROFILE_NAME }) };
  app.get<ExplainRequest>('/api/explain/:code', { schema }, (req, reply) => {
    const { code } = catalog.region(req.params.code);
    const year = catalog.year(req.query.year);
    const indicator = catalog.indicator(req.query.indicator);
    const profile = catalog.profile(req.query.profile);
    const key = `explain|${code}|${year}|${indicator ?? '*'}|${profile ?? ''}`;
    return cache.send(req, reply, key, () => monitor.explain(code, year, { indicator, profile }));
  });
}
