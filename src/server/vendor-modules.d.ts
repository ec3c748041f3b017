/**
 * The few signatures the server uses from d3-geo and topojson-client, which ship no type declarations (and adding
 * @types packages for two calls is not worth a dependency).
 */
declare module 'd3-geo' {
  export interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    rotate(angles: [number, number] | [number, number, number]): GeoProjection;
    fitWidth(width: number, object: unknown): GeoProjection;
  }
  export interface GeoPath {
    (object: unknown): string | null;
    bounds(object: unknown): [[number, number], [number, number]];
    digits(digits: number): GeoPath;
  }
  export function geoTransverseMercator(): GeoProjection;
  export function geoPath(projection?: GeoProjection): GeoPath;
  export function geoArea(object: unknown): number;
}

declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
