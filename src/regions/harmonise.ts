/**
 * Maps series on the codes valid each year to the 2024 municipality structure. Renumberings are renamed, merges are
 * summed, and values touched by a municipality split are flagged as not comparable — unless the caller asks for the
 * population-share estimate, whose values are then labelled `estimated`. Pure: the crosswalk comes in as data.
 */
import type { CrosswalkRow, HarmonisedValue, RawRow, ValueStatus } from '../types.ts';

export type SplitMethod = 'flag' | 'population-share';

export interface HarmoniseOptions {
  /** What to do with parts of a municipality that was split: flag them (default) or apportion by population share. */
  splits?: SplitMethod;
  /** Whether a variable may be summed over merged units (counts yes; medians, prices, indices no). */
  isAdditive: (variable: string) => boolean;
  /** For series that omit zeros (SSB's 03321 commuting flows): a part absent from the data counts as 0. */
  absentPartsAreZero?: boolean;
}

/** A source row; stored rows also carry the vintage and table they came from. */
export type SourceRow = RawRow & { vintageId?: number; table?: string };

interface Part {
  code: string;
  vintageId?: number;
  table?: string;
  share: number;
  split: boolean;
  value: number | null;
  status: ValueStatus;
}

/** The crosswalk indexed by year and source code, built once and reused for every series. */
export class CodeCrosswalk {
  private readonly byYear = new Map<number, Map<string, CrosswalkRow[]>>();
  private readonly partsOf = new Map<string, Set<string>>(); // `${year}|${target}` → source codes
  private readonly identities = new Map<string, CrosswalkRow[]>();
  private readonly oneToOne = new Set<CrosswalkRow>();
  readonly firstYear: number;
  readonly lastYear: number;

  constructor(
    rows: CrosswalkRow[],
    readonly codes2024: Set<string>,
  ) {
    for (const r of rows) {
      let year = this.byYear.get(r.year);
      if (!year) this.byYear.set(r.year, (year = new Map()));
      const list = year.get(r.code);
      if (list) list.push(r);
      else year.set(r.code, [r]);
      const key = `${r.year}|${r.target}`;
      (this.partsOf.get(key) ?? this.partsOf.set(key, new Set()).get(key)!).add(r.code);
    }
    // A code that alone makes up its 2024 municipality needs no grouping: the common case, taken on a fast path.
    for (const r of rows) if (r.share === 1 && !isSplit(r) && this.partsOf.get(`${r.year}|${r.target}`)!.size === 1) this.oneToOne.add(r);
    const years = [...this.byYear.keys()];
    this.firstYear = years.length ? Math.min(...years) : 0;
    this.lastYear = years.length ? Math.max(...years) : 0;
  }

  /** Years before the crosswalk starts use its first year: the codes of 1980–85 are those of 1986. */
  private clampYear(year: number): number {
    return year < this.firstYear ? this.firstYear : year;
  }

  /** Where a code valid in `year` goes; a 2024 code the crosswalk does not list that year maps to itself. */
  targets(code: string, year: number): CrosswalkRow[] | undefined {
    const rows = this.byYear.get(this.clampYear(year))?.get(code);
    if (rows) return rows;
    if (!this.codes2024.has(code)) return undefined;
    let identity = this.identities.get(code);
    if (!identity) this.identities.set(code, (identity = [{ code, year: 0, target: code, share: 1, method: 'identity' }]));
    return identity;
  }

  /** True when `row` maps its code whole onto a 2024 municipality that had no other part that year. */
  isOneToOne(row: CrosswalkRow): boolean {
    return row.method === 'identity' || this.oneToOne.has(row);
  }

  /** The source codes that together make up 2024 municipality `target` in `year`. */
  parts(target: string, year: number): Set<string> {
    return this.partsOf.get(`${this.clampYear(year)}|${target}`) ?? new Set([target]);
  }
}

const isSplit = (r: CrosswalkRow) => r.share < 1 || r.method.startsWith('delt');
const MISSING_STATUSES = new Set<ValueStatus>(['missing', 'not_available', 'not_applicable', 'confidential']);

export interface HarmoniseResult {
  values: HarmonisedValue[];
  /** Source codes the crosswalk does not know for their year: reported, never dropped silently. */
  unmapped: { code: string; year: number; variable: string }[];
}

/**
 * Harmonises rows of any number of variables to 2024 codes. Rows must not be flows (no counterpart).
 *
 * @example harmonise(rows, crosswalk, { isAdditive: (v) => variableDefinition(v).additive })
 */
export function harmonise(rows: SourceRow[], crosswalk: CodeCrosswalk, options: HarmoniseOptions): HarmoniseResult {
  const splits = options.splits ?? 'flag';
  const groups = new Map<string, { target: string; year: number; variable: string; parts: Part[]; direct?: Part }>();
  const unmapped: HarmoniseResult['unmapped'] = [];
  const simple = new Map<string, HarmonisedValue>();
  for (const row of rows) {
    const targets = crosswalk.targets(row.region, row.year);
    if (!targets) {
      unmapped.push({ code: row.region, year: row.year, variable: row.variable });
      continue;
    }
    const status: ValueStatus = row.status ?? (row.value === null ? 'missing' : 'ok');
    if (targets.length === 1 && crosswalk.isOneToOne(targets[0])) {
      const target = targets[0].target;
      const key = `${row.variable}|${target}|${row.year}`;
      if (targets[0].method === 'identity' || !simple.has(key)) simple.set(key, renamed(row, target, status));
      continue;
    }
    for (const t of targets) {
      const key = `${row.variable}|${t.target}|${row.year}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { target: t.target, year: row.year, variable: row.variable, parts: [] }));
      const part: Part = { code: row.region, share: t.share, split: isSplit(t), value: row.value, status, vintageId: row.vintageId, table: row.table };
      if (t.method === 'identity') g.direct = part;
      else g.parts.push(part);
    }
  }
  const values = [...simple.values()];
  for (const [key, g] of groups) {
    if (simple.has(key)) continue; // a value already on the 2024 code wins over summing its parts
    values.push(combine(g.target, g.year, g.variable, g.direct ? [g.direct] : g.parts, !!g.direct || !!options.absentPartsAreZero, crosswalk, splits, options.isAdditive(g.variable)));
  }
  return { values, unmapped };
}

/** The fast path: one source code, whole, onto one 2024 code. Same result as `combine` with a single part. */
function renamed(row: SourceRow, target: string, status: ValueStatus): HarmonisedValue {
  const missing = row.value === null || MISSING_STATUSES.has(status);
  const v: HarmonisedValue = {
    region: target,
    year: row.year,
    variable: row.variable,
    value: missing ? null : row.value,
    status: missing && status === 'ok' ? 'missing' : status,
    from: [{ code: row.region, share: 1, value: row.value }],
  };
  if (missing && status !== 'ok' && status !== 'missing') v.reason = `SSB marks ${row.region} ${row.year} as ${status.replace('_', ' ')}`;
  if (row.vintageId !== undefined) v.vintageId = row.vintageId;
  if (row.table !== undefined) v.table = row.table;
  return v;
}

function combine(
  target: string,
  year: number,
  variable: string,
  parts: Part[],
  /** True when the parts need no completeness check (a value already on its 2024 code, or zero-omitting data). */
  direct: boolean,
  crosswalk: CodeCrosswalk,
  splits: SplitMethod,
  additive: boolean,
): HarmonisedValue {
  const from = parts.map((p) => ({ code: p.code, share: p.share, value: p.value }));
  const newest = parts.reduce((a, b) => ((b.vintageId ?? 0) > (a.vintageId ?? 0) ? b : a));
  const base: Pick<HarmonisedValue, 'region' | 'year' | 'variable' | 'from' | 'vintageId' | 'table'> = { region: target, year, variable, from };
  if (newest.vintageId !== undefined) base.vintageId = newest.vintageId;
  if (newest.table !== undefined) base.table = newest.table;
  const splitParts = parts.filter((p) => p.split);
  if (splitParts.length > 0 && (splits === 'flag' || !additive)) {
    const names = splitParts.map((p) => p.code).join(', ');
    return {
      ...base,
      value: null,
      status: 'not_comparable',
      reason: `${year}: ${names} was later split between several municipalities, so ${target} has no comparable figure for this year`,
    };
  }
  const absent = parts.find((p) => p.value === null || MISSING_STATUSES.has(p.status));
  if (absent) {
    return parts.length === 1
      ? { ...base, value: null, status: absent.status === 'ok' ? 'missing' : absent.status, reason: absent.status === 'ok' || absent.status === 'missing' ? undefined : `SSB marks ${absent.code} ${year} as ${absent.status.replace('_', ' ')}` }
      : { ...base, value: null, status: 'incomplete_merge', reason: `${year}: part ${absent.code} of ${target} has no value (${absent.status})` };
  }
  if (!direct) {
    const expected = crosswalk.parts(target, year);
    if (!additive && (parts.length > 1 || expected.size > 1)) {
      return { ...base, value: null, status: 'not_additive', reason: `${year}: ${target} was then ${expected.size} municipalities (${[...expected].join(', ')}); a median or index of several units cannot be combined` };
    }
    const present = new Set(parts.map((p) => p.code));
    const lacking = [...expected].filter((c) => !present.has(c));
    if (lacking.length > 0) {
      return { ...base, value: null, status: 'incomplete_merge', reason: `${year}: ${target} is the sum of ${[...expected].join(', ')}, but ${lacking.join(', ')} ${lacking.length === 1 ? 'is' : 'are'} missing` };
    }
  }
  let sum = 0;
  for (const p of parts) sum += p.value! * (p.split ? p.share : 1);
  if (splitParts.length > 0) {
    return { ...base, value: sum, status: 'estimated', reason: `${year}: includes ${splitParts.map((p) => `${(p.share * 100).toFixed(1)} % of ${p.code}`).join(', ')} by population share (an estimate, not an SSB figure)` };
  }
  return { ...base, value: sum, status: 'ok' };
}
