/**
 * Normalise step and its method registry. Each indicator column is multiplied by its direction first, so every
 * method sees "higher is better"; missing values pass through; a result that is not a finite number (constant
 * column, single value) becomes missing with a warning, as COINr's NaN would.
 */
import { newColumn, type Column, type Table } from '../table.ts';
import type { GoalpostsParams, IndicatorMeta, MinmaxParams, NormaliseMethod, NormaliseOptions, NormaliseSpec, ZscoreParams } from '../types.ts';
import { goalposts, validateGoalposts } from './goalposts.ts';
import { minmax, validateMinmax } from './minmax.ts';
import { prank } from './prank.ts';
import { borda, rank } from './rank.ts';
import { validateZscore, zscore } from './zscore.ts';

/** A normalisation method: validates its params once, then maps a direction-adjusted column. */
export interface Normaliser {
  validate(params: unknown): Record<string, unknown>;
  apply(x: Column, params: any, indicator: IndicatorMeta): Column;
}

const noParams = (name: string) => (p: unknown) => {
  if (p !== undefined && (typeof p !== 'object' || p === null || Object.keys(p).length > 0)) throw new Error(`${name}: takes no params`);
  return {};
};

/** −x, element-wise (plain loop: typed-array `map` is slow in V8). */
export function negate(x: Column): Column {
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) out[i] = -x[i];
  return out;
}

/** The registry: method name → implementation. */
export const NORMALISERS: Record<NormaliseMethod, Normaliser> = {
  prank: { validate: noParams('prank'), apply: (x) => prank(x) },
  minmax: { validate: (p) => ({ ...validateMinmax(p as MinmaxParams) }), apply: (x, p: MinmaxParams) => minmax(x, p) },
  zscore: { validate: (p) => ({ ...validateZscore(p as ZscoreParams) }), apply: (x, p: ZscoreParams) => zscore(x, p) },
  rank: { validate: noParams('rank'), apply: (x) => rank(x) },
  borda: { validate: noParams('borda'), apply: (x) => borda(x) },
  goalposts: {
    validate: (p) => ({ ...validateGoalposts(p as GoalpostsParams) }),
    // goalposts are on the raw scale, so the method needs the direction itself
    apply: (x, p: GoalpostsParams, ind) => goalposts(x, p, ind.code, ind.direction),
  },
};

/** Looks up a method, throwing `unknown normalisation method: …` for anything else. */
export function getNormaliser(method: string): Normaliser {
  const n = Object.hasOwn(NORMALISERS, method) ? NORMALISERS[method as NormaliseMethod] : undefined;
  if (!n) throw new Error(`unknown normalisation method: ${method} (known: ${Object.keys(NORMALISERS).join(', ')})`);
  return n;
}

/** Validates a spec and fills method defaults. */
export function resolveNormaliseSpec(spec: NormaliseSpec): NormaliseSpec {
  if (!spec || typeof spec !== 'object') throw new Error('normalise: expected {method, params}');
  return { method: spec.method, params: getNormaliser(spec.method).validate(spec.params) as NormaliseSpec['params'] };
}

/** Normalises every column of `t` with its indicator's direction and the resolved options. */
export function normalise(t: Table, indicators: IndicatorMeta[], opts: NormaliseOptions): { table: Table; warnings: string[] } {
  const warnings: string[] = [];
  const cols = t.cols.map((col, j) => {
    const ind = indicators[j];
    const spec = opts.perIndicator?.[ind.code] ?? opts;
    const x = ind.direction === 1 ? col : negate(col);
    const out = getNormaliser(spec.method).apply(x, spec.params ?? {}, ind);
    let undefinedCells = 0;
    for (let u = 0; u < out.length; u++) {
      if (col[u] === col[u] && !Number.isFinite(out[u])) {
        out[u] = NaN;
        undefinedCells++;
      }
    }
    if (undefinedCells) warnings.push(`normalise: ${spec.method} is undefined for ${ind.code} (constant or single value); ${undefinedCells} value(s) set to missing`);
    return out;
  });
  return { table: { rows: t.rows, cols }, warnings };
}
