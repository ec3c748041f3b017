/**
 * GET /api/geometry — the bundled Kartverket TopoJSON as it is; GET /api/map — the same boundaries projected once
 * into SVG paths (map-layout.ts), which is what the dashboard draws.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { layoutMunicipalityMap } from '../map-layout.ts';
import type { RouteContext } from './context.ts';
import { querystring } from './schemas.ts';

const NO_PARAMS = { querystring: querystring({}) };
/** Pixel width of the projected map's viewBox; the SVG scales, this only sets the coordinate precision. */
const MAP_WIDTH = 500;

/** Registers /api/geometry and /api/map. */
export async function geometryRoutes(app: FastifyInstance, { monitor, cache }: RouteContext): Promise<void> {
  const readTopology = async (): Promise<Buffer> => {
    const path = monitor.geometryPath();
    try {
      return await readFile(path);
    } catch (err) {
      throw new Error(`geometry: cannot read ${path}: ${(err as Error).message}`);
    }
  };
  // A Buffer is cached as it is: the file is already JSON.
  app.get('/api/geometry', { schema: NO_PARAMS }, (req, reply) => cache.send(req, reply, 'geometry', readTopology));
  app.get('/api/map', { schema: NO_PARAMS }, (req, reply) =>
    cache.send(req, reply, 'map', async () => layoutMunicipalityMap(JSON.parse((await readTopology()).toString('utf8')), { width: MAP_WIDTH })),
  );
}
