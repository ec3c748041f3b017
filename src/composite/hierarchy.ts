/**
 * Validates a dataset and compiles its hierarchy (indicator → theme → … → index, any number of levels) into
 * index lists the steps can loop over. Errors name the offending code, unit or cell.
 */
import type { AggregateMeta, Dataset, IndicatorMeta } from './types.ts';

/** The compiled hierarchy: aggregates sorted by level (stable), children as index lists. */
export interface Hierarchy {
  indicators: IndicatorMeta[];
  aggregates: AggregateMeta[];
  indicatorIndex: Map<string, number>;
  aggregateIndex: Map<string, number>;
  /** For each aggregate (in `aggregates` order): its indicator children and its aggregate children. */
  childIndicators: number[][];
  childAggregates: number[][];
  /** Parent aggregate index of each indicator / aggregate, -1 for none. */
  indicatorParent: number[];
  aggregateParent: number[];
  /** Index of the top aggregate (highest level without a parent). */
  root: number;
}

const hasParent = (p: string | null | undefined): p is string => p !== null && p !== undefined && p !== '';

/** Checks shapes, codes, directions, weights and levels; throws a short error naming what is wrong. */
export function validateDataset(ds: Dataset): void {
  if (!Array.isArray(ds.units) || !Array.isArray(ds.indicators) || !Array.isArray(ds.values)) {
    throw new Error('invalid dataset: units, indicators and values must be arrays');
  }
  const seenUnits = new Set<string>();
  for (const u of ds.units) {
    if (seenUnits.has(u)) throw new Error(`duplicate unit: ${u}`);
    seenUnits.add(u);
  }
  const codes = new Set<string>();
  for (const m of [...ds.indicators, ...ds.aggregates]) {
    if (!m.code) throw new Error('indicator or aggregate without a code');
    if (codes.has(m.code)) throw new Error(`duplicate code: ${m.code}`);
    codes.add(m.code);
    if (!Number.isFinite(m.weight) || m.weight < 0) throw new Error(`${m.code}: weight must be a number ≥ 0, got ${m.weight}`);
  }
  for (const m of ds.indicators) {
    if (m.direction !== 1 && m.direction !== -1) throw new Error(`${m.code}: direction must be 1 or -1, got ${m.direction}`);
  }
  if (ds.values.length !== ds.units.length) {
    throw new Error(`values has ${ds.values.length} rows for ${ds.units.length} units`);
  }
  ds.values.forEach((row, u) => {
    if (row.length !== ds.indicators.length) {
      throw new Error(`unit ${ds.units[u]}: ${row.length} values for ${ds.indicators.length} indicators`);
    }
    row.forEach((v, i) => {
      if (v !== null && !Number.isFinite(v)) throw new Error(`unit ${ds.units[u]}, ${ds.indicators[i].code}: not a finite number: ${v}`);
    });
  });
  for (const [name, labels] of Object.entries(ds.groups ?? {})) {
    if (labels.length !== ds.units.length) throw new Error(`group ${name}: ${labels.length} labels for ${ds.units.length} units`);
  }
  for (const [name, values] of Object.entries(ds.denominators ?? {})) {
    if (values.length !== ds.units.length) throw new Error(`denominator ${name}: ${values.length} values for ${ds.units.length} units`);
  }
}

/** Validates `ds` and compiles its hierarchy. */
export function compileHierarchy(ds: Dataset): Hierarchy {
  validateDataset(ds);
  if (ds.aggregates.length === 0) throw new Error('dataset has no aggregates: add at least an index');
  // stable sort by level so every aggregate comes after its children
  const aggregates = ds.aggregates.map((a, i) => ({ a, i })).sort((x, y) => x.a.level - y.a.level || x.i - y.i).map((x) => x.a);
  const aggregateIndex = new Map(aggregates.map((a, i) => [a.code, i]));
  const indicatorIndex = new Map(ds.indicators.map((m, i) => [m.code, i]));
  const childIndicators: number[][] = aggregates.map(() => []);
  const childAggregates: number[][] = aggregates.map(() => []);

  const indicatorParent = ds.indicators.map((m) => {
    if (!hasParent(m.parent)) return -1;
    const p = aggregateIndex.get(m.parent);
    if (p === undefined) throw new Error(`indicator ${m.code}: unknown parent ${m.parent}`);
    if (aggregates[p].level < 2) throw new Error(`aggregate ${m.parent}: level must be ≥ 2 to hold indicator ${m.code}`);
    return p;
  });
  indicatorParent.forEach((p, i) => p >= 0 && childIndicators[p].push(i));

  const aggregateParent = aggregates.map((a) => {
    if (!Number.isInteger(a.level) || a.level < 2) throw new Error(`aggregate ${a.code}: level must be an integer ≥ 2, got ${a.level}`);
    if (!hasParent(a.parent)) return -1;
    const p = aggregateIndex.get(a.parent);
    if (p === undefined) throw new Error(`aggregate ${a.code}: unknown parent ${a.parent}`);
    if (aggregates[p].level <= a.level) {
      throw new Error(`aggregate ${a.code} (level ${a.level}): parent ${a.parent} must have a higher level, has ${aggregates[p].level}`);
    }
    return p;
  });
  aggregateParent.forEach((p, i) => p >= 0 && childAggregates[p].push(i));

  aggregates.forEach((a, i) => {
    if (childIndicators[i].length === 0 && childAggregates[i].length === 0) throw new Error(`aggregate ${a.code} has no children`);
  });
  let root = -1;
  aggregateParent.forEach((p, i) => {
    if (p === -1 && (root === -1 || aggregates[i].level > aggregates[root].level)) root = i;
  });
  return { indicators: ds.indicators, aggregates, indicatorIndex, aggregateIndex, childIndicators, childAggregates, indicatorParent, aggregateParent, root };
}
