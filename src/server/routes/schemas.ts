/**
 * JSON schemas for the API's parameters, validated by Fastify before a handler runs. They check shape only
 * (an integer year, a well-formed code); whether the year or region exists is the Catalog's job.
 */

/** A year: an integer in a plausible range (the catalog then checks it has data). */
export const YEAR = { type: 'integer', minimum: 1900, maximum: 2100 } as const;
/** An indicator id such as `employment_growth_5y`. */
export const INDICATOR_ID = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' } as const;
/** A weighting profile name. */
export const PROFILE_NAME = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;
/** A 4-digit municipality code or an own region's id (`romsdal`). */
export const REGION_CODE = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;

/** A querystring object schema that rejects unknown parameters, so a typo (`yaer=2020`) is a 400, not ignored. */
export function querystring(properties: Record<string, object>): object {
  return { type: 'object', properties, additionalProperties: false };
}

/** The `:code` path parameter. */
export const CODE_PARAMS = { type: 'object', properties: { code: REGION_CODE }, required: ['code'] } as const;
