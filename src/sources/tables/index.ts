/**
 * The SSB tables `regionmonitor update` fetches, one query file each: every PxWeb table named in
 * src/sources/variables.ts. KLASS 2682 (centrality) is not a PxWeb table; the bundled snapshot carries it.
 */
import type { TableDefinition } from './common.ts';
import { table03321 } from './03321.ts';
import { table05940 } from './05940.ts';
import { table06035 } from './06035.ts';
import { table06265 } from './06265.ts';
import { table06913 } from './06913.ts';
import { table06944 } from './06944.ts';
import { table07091 } from './07091.ts';
import { table07459 } from './07459.ts';
import { table07984 } from './07984.ts';
import { table11618 } from './11618.ts';

export type { TableDefinition } from './common.ts';
export { TableShapeError, municipalityCode } from './common.ts';

/** Every table, bundled ones first (they refresh the snapshot), then the online-only ones. */
export const TABLES: TableDefinition[] = [
  table06913,
  table06944,
  table07984,
  table07459,
  table11618,
  table03321,
  table05940,
  table06265,
  table06035,
  table07091,
];

/** Looks up table definitions by id; unknown ids throw, naming the known ones. */
export function tablesById(ids: string[]): TableDefinition[] {
  return ids.map((id) => {
    const t = TABLES.find((x) => x.table === id);
    if (!t) throw new Error(`unknown SSB table '${id}' (known: ${TABLES.map((x) => x.table).join(', ')})`);
    return t;
  });
}
