/**
 * Reads the current (or as-of) observations from the store and harmonises them to the 2024 structure, keeping each
 * value's vintage and table so every number can be traced back.
 */
import { CodeCrosswalk, harmonise, type SplitMethod } from '../regions/harmonise.ts';
import { variableDefinition } from '../sources/variables.ts';
import type { AsOf, Store } from '../store/store.ts';
import type { HarmonisedValue, Municipality, StoredObservation } from '../types.ts';

export interface HarmonisedSeries {
  municipalities: Municipality[];
  values: HarmonisedValue[];
  /** Commuting-type flows on 2024 codes: `region` = from, `counterpart` = to. */
  flows: (HarmonisedValue & { counterpart: string })[];
  unmapped: { code: string; year: number; variable: string }[];
}

export async function loadCrosswalk(store: Store): Promise<{ crosswalk: CodeCrosswalk; municipalities: Municipality[] }> {
  const municipalities = await store.municipalities();
  const crosswalk = new CodeCrosswalk(await store.crosswalk(), new Set(municipalities.map((m) => m.code)));
  return { crosswalk, municipalities };
}

/** Harmonises stored observations; provenance (vintage, table) is carried over from the source rows. */
export function harmoniseObservations(observations: StoredObservation[], crosswalk: CodeCrosswalk, splits: SplitMethod = 'flag') {
  const plain = observations.filter((o) => o.counterpart === undefined);
  const { values, unmapped } = harmonise(plain, crosswalk, { splits, isAdditive: (v) => variableDefinition(v).additive });
  const flows = harmoniseFlows(observations.filter((o) => o.counterpart !== undefined), crosswalk, splits);
  return { values, flows, unmapped };
}

/** Flows are harmonised at both ends by harmonising `from|to` pairs as composite codes, one end at a time. */
function harmoniseFlows(observations: StoredObservation[], crosswalk: CodeCrosswalk, splits: SplitMethod) {
  const out: (HarmonisedValue & { counterpart: string })[] = [];
  if (observations.length === 0) return out;
  const byTo = new Map<string, StoredObservation[]>();
  for (const o of observations) {
    const key = `${o.counterpart}|${o.year}|${o.variable}`;
    (byTo.get(key) ?? byTo.set(key, []).get(key)!).push(o);
  }
  // First harmonise the residence end for each workplace code, then the workplace end for each 2024 residence.
  const stage = new Map<string, { region: string; counterpart: string; year: number; variable: string; value: number | null; status: HarmonisedValue['status'] }[]>();
  const additive = (v: string) => variableDefinition(v).additive;
  // SSB leaves zero flows out of 03321, so a merged unit's absent part is a zero flow, not a gap.
  const options = { splits, isAdditive: additive, absentPartsAreZero: true };
  for (const rows of byTo.values()) {
    const to = rows[0].counterpart!;
    for (const h of harmonise(rows, crosswalk, options).values) {
      const key = `${h.region}|${h.year}|${h.variable}`;
      (stage.get(key) ?? stage.set(key, []).get(key)!).push({ region: to, counterpart: h.region, year: h.year, variable: h.variable, value: h.value, status: h.status });
    }
  }
  const meta = { vintageId: observations[0].vintageId, table: observations[0].table };
  for (const rows of stage.values()) {
    const from = rows[0].counterpart;
    for (const h of harmonise(rows, crosswalk, options).values) {
      out.push({ ...h, ...meta, region: from, counterpart: h.region });
    }
  }
  return out;
}

export async function loadHarmonisedSeries(store: Store, { asOf, splits = 'flag', variables }: { asOf?: AsOf; splits?: SplitMethod; variables?: string[] } = {}): Promise<HarmonisedSeries> {
  const { crosswalk, municipalities } = await loadCrosswalk(store);
  const observations = await store.observations({ asOf, variables });
  return { municipalities, ...harmoniseObservations(observations, crosswalk, splits) };
}
