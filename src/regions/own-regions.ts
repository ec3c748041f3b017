/**
 * Own regions (named sets of municipalities such as `romsdal`) from a JSON config. Validated strictly: an unknown
 * code or a malformed entry is an error naming the file and the field, since a silently dropped member would change
 * every summed figure of the region.
 */
import type { OwnRegion } from '../types.ts';

export class RegionConfigError extends Error {}

const ID = /^[a-z][a-z0-9_-]*$/;

/** Parses and validates a regions config: `{ "regions": [ { "id", "name", "members": [codes], "city"? } ] }`. */
export function parseOwnRegions(text: string, file: string, municipalityCodes: Set<string>): OwnRegion[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new RegionConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const list = (doc as { regions?: unknown })?.regions;
  if (!Array.isArray(list)) throw new RegionConfigError(`${file}: expected an object with a "regions" array`);
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const at = (field: string) => `${file}: regions[${i}].${field}`;
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || !ID.test(e.id)) throw new RegionConfigError(`${at('id')}: expected a lowercase id such as "romsdal"`);
    if (municipalityCodes.has(e.id) || seen.has(e.id)) throw new RegionConfigError(`${at('id')}: "${e.id}" is already used`);
    seen.add(e.id);
    if (typeof e.name !== 'string' || e.name.trim() === '') throw new RegionConfigError(`${at('name')}: expected a name`);
    if (!Array.isArray(e.members) || e.members.length < 2) throw new RegionConfigError(`${at('members')}: expected at least two municipality codes`);
    const members = e.members.map((code, j) => {
      if (typeof code !== 'string' || !municipalityCodes.has(code)) {
        throw new RegionConfigError(`${at(`members[${j}]`)}: ${JSON.stringify(code)} is not a municipality of the 2024 structure`);
      }
      return code;
    });
    if (new Set(members).size !== members.length) throw new RegionConfigError(`${at('members')}: a municipality is listed twice`);
    const region: OwnRegion = { id: e.id, name: e.name, members };
    if (e.city !== undefined) {
      if (typeof e.city !== 'string' || !members.includes(e.city)) throw new RegionConfigError(`${at('city')}: must be one of the members`);
      region.city = e.city;
    }
    return region;
  });
}
