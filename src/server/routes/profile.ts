/** GET /api/profile/:code?year=&profile= — one municipality's or own region's profile. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.ts';
import { CODE_PARAMS, PROFILE_NAME, YEAR, querystring } from './schemas.ts';

interface ProfileRequest {
  Params: { code: string };
  Querystring: { year?: number; profile?: string };
}

/** Registers /api/profile/:code. */
export async function profileRoutes(app: FastifyInstance, { monitor, catalog, cache }: RouteContext): Promise<void> {
  const schema = { params: CODE_PARAMS, querystring: querystring({ year: YEAR, profile: PROFILE_NAME }) };
  app.get<ProfileRequest>('/api/profile/:code', { schema }, (req, reply) => {
    const { code } = catalog.region(req.params.code);
    const year = catalog.year(req.query.year);
    const profile = catalog.profile(req.query.profile);
    return cache.send(req, reply, `profile|${code}|${year}|${profile ?? ''}`, () => monitor.profile(code, { year, profile }));
  });
}
