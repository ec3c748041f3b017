/** GET /api/ranking?year=&profile=&set=&theme= — the styrkeindikator (or a theme sub-index) ranking of municipalities or own regions. */
import type { FastifyInstance } from 'fastify';
import { THEMES, type Theme } from '../../service/types.ts';
import type { RouteContext } from './context.ts';
import { PROFILE_NAME, YEAR, querystring } from './schemas.ts';

interface RankingQuery {
  year?: number;
  profile?: string;
  set?: 'municipalities' | 'regions';
  theme?: Theme;
}

/** Registers /api/ranking. */
export async function rankingRoutes(app: FastifyInstance, { monitor, catalog, cache }: RouteContext): Promise<void> {
  const schema = {
    querystring: querystring({ year: YEAR, profile: PROFILE_NAME, set: { type: 'string', enum: ['municipalities', 'regions'] }, theme: { type: 'string', enum: THEMES } }),
  };
  app.get<{ Querystring: RankingQuery }>('/api/ranking', { schema }, (req, reply) => {
    const year = catalog.year(req.query.year);
    const profile = catalog.profile(req.query.profile);
    const set = req.query.set ?? 'municipalities';
    const theme = req.query.theme;
    return cache.send(req, reply, `ranking|${year}|${profile ?? ''}|${set}|${theme ?? ''}`, () => monitor.ranking(year, { profile, set, theme }));
  });
}
