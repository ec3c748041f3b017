/** GET /api/ranking?year=&profile=&set= — the styrkeindikator ranking of municipalities or own regions. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.ts';
import { PROFILE_NAME, YEAR, querystring } from './schemas.ts';

interface RankingQuery {
  year?: number;
  profile?: string;
  set?: 'municipalities' | 'regions';
}

/** Registers /api/ranking. */
export async function rankingRoutes(app: FastifyInstance, { monitor, catalog, cache }: RouteContext): Promise<void> {
  const schema = {
    querystring: querystring({ year: YEAR, profile: PROFILE_NAME, set: { type: 'string', enum: ['municipalities', 'regions'] } }),
  };
  app.get<{ Querystring: RankingQuery }>('/api/ranking', { schema }, (req, reply) => {
    const year = catalog.year(req.query.year);
    const profile = catalog.profile(req.query.profile);
    const set = req.query.set ?? 'municipalities';
    return cache.send(req, reply, `ranking|${year}|${profile ?? ''}|${set}`, () => monitor.ranking(year, { profile, set }));
  });
}
