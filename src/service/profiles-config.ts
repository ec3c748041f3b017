/**
 * Composite profiles: the built-in ones (src/composite/profiles.ts) plus the user's own, stored as JSON in
 * `<data-dir>/profiles.json`: `{ "profiles": [ { "name": "themes-equal", "normalise": { "method": "prank" }, … } ] }`.
 * Each is validated and completed by the engine's `resolveProfile`, so a stored profile records every setting.
 */
import { readFileSync } from 'node:fs';
import { PROFILES, resolveProfile, type Profile } from '../composite/index.ts';

export class ProfileConfigError extends Error {}

/** Built-ins merged with the profiles in `file` (when given); a user profile may not reuse a built-in name. */
export function loadProfiles(file?: string): Record<string, Profile> {
  const profiles: Record<string, Profile> = Object.fromEntries(Object.keys(PROFILES).map((name) => [name, resolveProfile(name)]));
  if (!file) return profiles;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ProfileConfigError(`${file}: ${(err as Error).message}`);
  }
  const list = (doc as { profiles?: unknown })?.profiles;
  if (!Array.isArray(list)) throw new ProfileConfigError(`${file}: expected an object with a "profiles" array`);
  list.forEach((entry, i) => {
    const name = (entry as { name?: unknown })?.name;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(name)) throw new ProfileConfigError(`${file}: profiles[${i}].name: expected a lowercase name such as "my-profile"`);
    if (Object.hasOwn(profiles, name)) throw new ProfileConfigError(`${file}: profiles[${i}].name: "${name}" is already a profile`);
    try {
      profiles[name] = resolveProfile({ ...(entry as Profile), name });
    } catch (err) {
      throw new ProfileConfigError(`${file}: profiles[${i}] (${name}): ${(err as Error).message}`);
    }
  });
  return profiles;
}
