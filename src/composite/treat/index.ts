/**
 * Treat step: applies the outlier treatment to every indicator column of a table (COINr `Treat` defaults:
 * winsorise up to 5 points by the skew/kurtosis rule, then a log fallback).
 */
import type { Table } from '../table.ts';
import type { TreatmentDetail, TreatOptions, WinsoriseParams } from '../types.ts';
import { treatColumn } from './winsorise.ts';

export { checkSkewKurt, kurtosis, skewness } from './skew-kurt.ts';
export { treatColumn } from './winsorise.ts';

/** COINr's defaults for `Treat`. */
export const WINSORISE_DEFAULTS: Required<WinsoriseParams> = {
  winmax: 5,
  skewThreshold: 2,
  kurtThreshold: 3.5,
  forceWin: false,
  logFallback: true,
};

export interface TreatResult {
  table: Table;
  details: TreatmentDetail[];
  /** flags[unit][indicator] */
  flags: string[][];
  warnings: string[];
}

/** Treats each column of `t` (indicator codes in `codes`) and reports what was done. */
export function treat(t: Table, opts: TreatOptions, codes: string[]): TreatResult {
  if (opts.method !== 'winsorise') throw new Error(`unknown treatment method: ${opts.method}`);
  const params = { ...WINSORISE_DEFAULTS, ...opts.params };
  const skip = new Set(opts.skip ?? []);
  const flags = Array.from({ length: t.rows }, () => new Array<string>(codes.length).fill(''));
  const details: TreatmentDetail[] = [];
  const warnings: string[] = [];
  const cols = t.cols.map((col, j) => {
    const observed = col.reduce((n, v) => (v === v ? n + 1 : n), 0);
    if (skip.has(codes[j]) || observed < 4) {
      if (!skip.has(codes[j])) warnings.push(`treat: ${codes[j]} has ${observed} values, too few for skew/kurtosis; left untreated`);
      details.push({ indicator: codes[j], before: null, nwin: null, afterWinsorise: null, logTransformed: false, afterLog: null, note: skip.has(codes[j]) ? 'skipped' : 'too few values' });
      return col;
    }
    const r = treatColumn(col, params);
    r.flags.forEach((f, u) => (flags[u][j] = f));
    details.push({ indicator: codes[j], before: r.before, nwin: r.nwin, afterWinsorise: r.afterWinsorise, logTransformed: r.logTransformed, afterLog: r.afterLog });
    return r.x;
  });
  return { table: { rows: t.rows, cols }, details, flags, warnings };
}
