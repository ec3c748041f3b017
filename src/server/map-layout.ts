/**
 * Projects the bundled municipality boundaries once, on the server, into SVG path strings, so the browser draws the
 * map without shipping d3-geo and TopoJSON decoding to every visitor. Pure: topology in, layout out.
 */
import { geoArea, geoPath, geoTransverseMercator } from 'd3-geo';
import { feature } from 'topojson-client';

type Ring = [number, number][];
interface MultiPolygonFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** One municipality of the projected map. */
export interface MapFeature {
  code: string;
  name: string;
  /** SVG path data in the layout's pixel space. */
  d: string;
}

/** The projected map: a `width` × `height` viewBox holding one path per municipality. */
export interface MapLayout {
  width: number;
  height: number;
  projection: string;
  features: MapFeature[];
}

export interface MapLayoutOptions {
  /** Width of the viewBox in pixels; the height follows from Norway's shape. */
  width?: number;
  /** TopoJSON object holding the municipalities. */
  objectName?: string;
  /** Feature property with the 4-digit municipality code. */
  codeProperty?: string;
  nameProperty?: string;
}

const SPHERE_HALF = 2 * Math.PI;

/**
 * d3-geo treats a ring's interior as the area on its right (clockwise outer rings); a counter-clockwise ring is read
 * as "the whole globe minus this polygon" and fills the map. The Kartverket file follows GeoJSON's counter-clockwise
 * convention, so every polygon whose spherical area exceeds a hemisphere gets all its rings reversed.
 */
export function rewindForD3(polygon: Ring[]): Ring[] {
  if (geoArea({ type: 'Polygon', coordinates: polygon }) <= SPHERE_HALF) return polygon;
  return polygon.map((ring) => ring.slice().reverse());
}

function rewindFeature(f: MultiPolygonFeature): MultiPolygonFeature {
  const g = f.geometry;
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: rewindForD3(g.coordinates) }
      : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map(rewindForD3) };
  return { ...f, geometry };
}

/**
 * Decodes the TopoJSON, fixes the winding and projects it with a transverse Mercator centred on 15° E (the
 * UTM 33 meridian Kartverket itself uses for all of Norway), fitted to `width`.
 *
 * @example const layout = layoutMunicipalityMap(JSON.parse(text), { width: 600 }); layout.features.length // 357
 */
export function layoutMunicipalityMap(topology: unknown, options: MapLayoutOptions = {}): MapLayout {
  const { width = 600, objectName = 'Kommuner', codeProperty = 'kommunenummer', nameProperty = 'kommunenavn' } = options;
  const objects = (topology as { objects?: Record<string, unknown> })?.objects;
  if (!objects?.[objectName]) throw new Error(`geometry: TopoJSON has no object '${objectName}'`);
  const collection = feature(topology, objects[objectName]) as { features: MultiPolygonFeature[] };
  const features = collection.features.map(rewindFeature);
  const all = { type: 'FeatureCollection', features };

  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width, all);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(all);
  const height = Math.ceil(y1 - Math.min(0, y0));

  return {
    width,
    height,
    projection: 'transverse Mercator, central meridian 15° E',
    features: features.map((f, i) => {
      const code = String(f.properties[codeProperty] ?? '');
      if (!/^\d{4}$/.test(code)) throw new Error(`geometry: feature ${i} has no 4-digit '${codeProperty}' (got '${code}')`);
      return { code, name: String(f.properties[nameProperty] ?? code), d: path(f) ?? '' };
    }),
  };
}
