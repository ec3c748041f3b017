/**
 * Code lists: PxWeb v2 `/codeLists/{id}` (SSB's `agg_…` aggregations such as `agg_KommSummer`, whose `valueMap`
 * names the municipality codes of every generation summed into a current one, and `vs_…` value sets), and KLASS
 * `codesAt` lists (the municipalities valid on a date). Parsers only; the client does the fetching.
 */

/** A PxWeb code list. For an aggregation, `valueMap` lists the table codes each value sums. */
export interface CodeList {
  id: string;
  label: string;
  type: string; // 'Aggregation' | 'Valueset'
  values: { code: string; label: string; valueMap: string[] }[];
}

/** Parses a `/codeLists/{id}` response. */
export function parseCodeList(doc: unknown, context: string): CodeList {
  const d = doc as any;
  if (!d || typeof d !== 'object' || !Array.isArray(d.values)) throw new Error(`${context}: not a PxWeb code list (no values array)`);
  return {
    id: String(d.id ?? ''),
    label: String(d.label ?? ''),
    type: String(d.type ?? ''),
    values: d.values.map((v: any, i: number) => {
      if (v?.code === undefined) throw new Error(`${context}: value ${i} has no code`);
      return { code: String(v.code), label: String(v.label ?? ''), valueMap: Array.isArray(v.valueMap) ? v.valueMap.map(String) : [] };
    }),
  };
}

/** One code of a KLASS classification valid on the requested date. */
export interface KlassCode {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Parses a KLASS `classifications/{id}/codesAt` response (`{"codes":[{code,name,validFrom,validTo,…}]}`). */
export function parseKlassCodes(doc: unknown, context: string): KlassCode[] {
  const d = doc as any;
  if (!d || !Array.isArray(d.codes)) throw new Error(`${context}: not a KLASS code list (no codes array)`);
  return d.codes.map((c: any, i: number) => {
    if (typeof c?.code !== 'string') throw new Error(`${context}: code ${i} has no code`);
    return { code: c.code, name: String(c.name ?? ''), validFrom: c.validFrom ?? null, validTo: c.validTo ?? null };
  });
}
